#!/usr/bin/env python3
"""What a PDF claims about itself, read with pikepdf: the PDF/A identification in its XMP
metadata, title, language and keywords, whether it is tagged, its output intent, and its
form fields.

Usage: pdfa_check.py FILE.pdf   (prints JSON)
"""
import json
import sys

import pikepdf


def main():
    pdf = pikepdf.open(sys.argv[1])
    meta = pdf.open_metadata()
    root = pdf.Root
    mark = root.get("/MarkInfo")
    acroform = root.get("/AcroForm")
    print(json.dumps({
        "part": meta.get("pdfaid:part"),
        "conformance": meta.get("pdfaid:conformance"),
        "title": meta.get("dc:title"),
        "language": sorted(meta.get("dc:language") or []),
        "keywords": meta.get("pdf:Keywords"),
        "lang": str(root.get("/Lang", "")),
        "tagged": bool(mark is not None and mark.get("/Marked", False)) and "/StructTreeRoot" in root,
        "output_intents": len(root.get("/OutputIntents", [])),
        "fields": len(acroform.get("/Fields", [])) if acroform is not None else 0,
        "need_appearances": bool(acroform.get("/NeedAppearances", False)) if acroform is not None else False,
        "notice": str(pdf.docinfo.get("/NoticegenNotice", "")),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
