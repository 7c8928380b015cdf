#!/usr/bin/env python3
"""Fill every field of a noticegen form with pypdf, save it, read it back.

Usage: fill_form.py IN.pdf OUT.pdf [--text PREFIX] [--answer Yes|No] [--keep-prefilled]
                    [--date VALUE] [--set NAME=VALUE ...]
Prints JSON: {"fields": {name: {"type": ..., "states": [...]}}, "filled": {name: value},
"read_back": {name: value}}. Text fields get PREFIX + the field name; radio groups get the
answer; checkboxes are ticked; date fields (those with an AFDate_FormatEx action) get 8 May 2024
in their own format, or VALUE with --date. With --keep-prefilled, fields that already hold a value (a
per-recipient form's account, organisation...) are left as they are, as a customer would.
--set gives one text field its own value (a quantity, say).
"""
import argparse
import json
import re

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject


def date_format(field):
    """The pattern of a field's AFDate_FormatEx format action, or None."""
    actions = field.get("/AA")
    if actions is None:
        return None
    action = actions.get_object().get("/F")
    if action is None:
        return None
    match = re.search(r'AFDate_FormatEx\("([^"]*)"\)', str(action.get_object().get("/JS", "")))
    return match.group(1) if match else None


def format_date(pattern):
    """8 May 2024 in an AFDate pattern (d, dd, m, mm, mmm, yyyy)."""
    parts = {"yyyy": "2024", "mmm": "May", "mm": "05", "m": "5", "dd": "08", "d": "8"}
    return re.sub(r"yyyy|mmm|mm|m|dd|d", lambda m: parts[m.group(0)], pattern)


def terminal_fields(reader):
    out = {}
    for name, field in reader.get_fields().items():
        ft = field.get("/FT")
        if ft is None:
            continue  # an intermediate node of the field tree
        states = [str(s) for s in field.get("/_States_", [])]
        v = field.get("/V")
        out[name] = {"type": str(ft), "states": states, "value": None if v is None else str(v),
                     "date_format": date_format(field)}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--text", default="Jānis Bērziņš ķ ņ ļ š ž — ")
    ap.add_argument("--answer", default="Yes")
    ap.add_argument("--keep-prefilled", action="store_true")
    ap.add_argument("--date", help="the value of every date field")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    a = ap.parse_args()
    own = dict(item.split("=", 1) for item in a.set)

    reader = PdfReader(a.src)
    fields = terminal_fields(reader)
    values = {}
    for name, info in fields.items():
        if a.keep_prefilled and info["value"] not in (None, "", "/Off"):
            continue
        if name in own:
            values[name] = own[name]
        elif info["type"] == "/Tx" and info["date_format"]:
            values[name] = a.date if a.date is not None else format_date(info["date_format"])
        elif info["type"] == "/Tx":
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
