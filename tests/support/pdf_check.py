#!/usr/bin/env python3
"""A PDF's structure and fonts, read with pikepdf (qpdf): what `qpdf --check` finds wrong,
and every font the pages, their annotations' appearances and the form resources use, with
whether its program is embedded (as `pdffonts` lists them).

Usage: pdf_check.py FILE.pdf...   (prints one JSON object per file, one per line)
"""
import json
import sys

import pikepdf


def font_program(font):
    """Whether a font dictionary's glyphs are in the file."""
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        return all(font_program(d) for d in font.get("/DescendantFonts", []))
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def fonts_in(resources, found, seen):
    if resources is None or resources.objgen in seen and resources.objgen != (0, 0):
        return
    seen.add(resources.objgen)
    for _, font in (resources.get("/Font") or {}).items():
        name = str(font.get("/BaseFont", "(no name)"))
        found.setdefault(name, font_program(font))
    for _, xobject in (resources.get("/XObject") or {}).items():
        if xobject.get("/Subtype") == "/Form":
            fonts_in(xobject.get("/Resources"), found, seen)


def check(path):
    pdf = pikepdf.open(path)
    found, seen = {}, set()
    for page in pdf.pages:
        fonts_in(page.obj.get("/Resources"), found, seen)
        for annot in page.obj.get("/Annots", []):
            appearances = annot.get("/AP")
            if appearances is None:
                continue
            for _, state in appearances.items():
                streams = [state] if isinstance(state, pikepdf.Stream) else [v for _, v in state.items()]
                for stream in streams:
                    fonts_in(stream.get("/Resources"), found, seen)
    acroform = pdf.Root.get("/AcroForm")
    if acroform is not None:
        fonts_in(acroform.get("/DR"), found, seen)
    return {
        "file": path,
        "problems": [str(p) for p in pdf.check_pdf_syntax()],
        "fonts": [{"name": n, "embedded": e} for n, e in sorted(found.items())],
        "pages": len(pdf.pages),
    }


def main():
    for path in sys.argv[1:]:
        print(json.dumps(check(path), ensure_ascii=False))


if __name__ == "__main__":
    main()
