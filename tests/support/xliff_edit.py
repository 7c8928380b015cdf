#!/usr/bin/env python3
"""Edit an XLIFF file as a CAT tool would, with Python's own XML library (xml.etree).

Usage: xliff_edit.py FILE.xlf ACTION FILE-ID UNIT-ID [TEXT]
  set-target    replace the unit's target with TEXT (plain text, its inline codes dropped)
  append-target append TEXT after the target's content, keeping its inline codes
  drop-code     remove the target's first inline code (<ph>/<x>)
  rename        rename the unit to TEXT
  clear-target  empty the unit's target
  review        mark the unit reviewed (2.0 segment state, 1.2 target state)
  remove        remove the unit from the file, as a tool that exports a selection does
Prints the unit's new target text.
"""
import sys
import xml.etree.ElementTree as ET

NS = {"2.0": "urn:oasis:names:tc:xliff:document:2.0", "1.2": "urn:oasis:names:tc:xliff:document:1.2"}


def main():
    path, action, file_id, unit_id = sys.argv[1:5]
    text = sys.argv[5] if len(sys.argv) > 5 else ""
    tree = ET.parse(path)
    root = tree.getroot()
    version = root.get("version")
    ns = NS[version]
    ET.register_namespace("", ns)
    q = lambda tag: "{%s}%s" % (ns, tag)
    for f in root.iter(q("file")):
        name = f.get("id") if version == "2.0" else f.get("original", "").removesuffix(".ftl")
        if name != file_id:
            continue
        for unit in f.iter(q("unit") if version == "2.0" else q("trans-unit")):
            if unit.get("id") != unit_id:
                continue
            if action == "remove":
                parent = next(p for p in f.iter() if unit in list(p))
                parent.remove(unit)
                tree.write(path, encoding="UTF-8", xml_declaration=True)
                return
            target = next(unit.iter(q("target")))
            if action == "set-target":
                for child in list(target):
                    target.remove(child)
                target.text = text
            elif action == "append-target":
                if len(target):
                    last = target[-1]
                    last.tail = (last.tail or "") + text
                else:
                    target.text = (target.text or "") + text
            elif action == "drop-code":
                code = next(e for e in target.iter() if e.tag in (q("ph"), q("x")))
                parent = next(p for p in target.iter() if code in list(p))
                parent.remove(code)
            elif action == "rename":
                unit.set("id", text)
            elif action == "review":
                if version == "2.0":
                    next(unit.iter(q("segment"))).set("state", "reviewed")
                else:
                    target.set("state", "signed-off")
            elif action == "clear-target":
                for child in list(target):
                    target.remove(child)
                target.text = ""
            tree.write(path, encoding="UTF-8", xml_declaration=True)
            print("".join(target.itertext()))
            return
    sys.exit(f"no unit {unit_id} in file {file_id}")


if __name__ == "__main__":
    main()
