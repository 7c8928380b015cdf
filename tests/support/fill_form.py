#!/usr/bin/env python3
"""Fill every field of a noticegen form with pypdf, save it, read it back.

Usage: fill_form.py IN.pdf OUT.pdf [--text PREFIX] [--answer Yes|No] [--keep-prefilled]
Prints JSON: {"fields": {name: {"type": ..., "states": [...]}}, "filled": {name: value},
"read_back": {name: value}}. Text fields get PREFIX + the field name; radio groups get the
answer; checkboxes are ticked. With --keep-prefilled, fields that already hold a value (a
per-recipient form's account, organisation...) are left as they are, as a customer would.
"""
import argparse
import json

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject


def terminal_fields(reader):
    out = {}
    for name, field in reader.get_fields().items():
        ft = field.get("/FT")
        if ft is None:
            continue  # an intermediate node of the field tree
        states = [str(s) for s in field.get("/_States_", [])]
        v = field.get("/V")
        out[name] = {"type": str(ft), "states": states, "value": None if v is None else str(v)}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--text", default="Jānis Bērziņš ķ ņ ļ š ž — ")
    ap.add_argument("--answer", default="Yes")
    ap.add_argument("--keep-prefilled", action="store_true")
    a = ap.parse_args()

    reader = PdfReader(a.src)
    fields = terminal_fields(reader)
    values = {}
    for name, info in fields.items():
        if a.keep_prefilled and info["value"] not in (None, "", "/Off"):
            continue
        if info["type"] == "/Tx":
            values[name] = a.text + name
        elif info["type"] == "/Btn":
            states = [s for s in info["states"] if s != "/Off"]
            wanted = "/" + a.answer
            values[name] = wanted if wanted in states else states[0]
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    # Viewers must show the appearances pypdf wrote, not regenerate their own.
    writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(False)
    with open(a.dst, "wb") as f:
        writer.write(f)

    back = {}
    for name, field in PdfReader(a.dst).get_fields().items():
        if field.get("/FT") in ("/Tx", "/Btn"):  # signatures are signed, not typed
            v = field.get("/V")
            back[name] = None if v is None else str(v)
    print(json.dumps({"fields": fields, "filled": values, "read_back": back}, ensure_ascii=False))


if __name__ == "__main__":
    main()
