#!/usr/bin/env python3
"""Types a name of every EU language (and Greek, Cyrillic) into every text field of a PDF form
the way Chrome's viewer does (PDFium form fill: focus the widget, FORM_OnChar per UTF-16 code
unit, kill focus), saves the filled copy (FPDF_SaveAsCopy), reopens it, flattens it
(FPDFPage_Flatten) and reports, per language and field:

  - the value PDFium stored in /V,
  - the text drawn by the flattened appearance (read back from its text objects),
  - the fonts drawing it, and whether each is embedded.

A field passes when its drawn text equals what was typed and every font drawing it is embedded.

    python3 pdfium_type.py FORM.pdf [--lang lv --lang pl ...] [--rotate] [--out DIR]
                               [--json FILE] [--quiet]

Exit status: 0 every field passed; 1 some field failed; 2 the PDF has no text field.
The filled and flattened copies are kept in --out (default: a temporary folder) to look at.
"""
import argparse
import ctypes
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as r

sys.path.insert(0, str(Path(__file__).resolve().parent))
from samples import SAMPLES  # noqa: E402


def _utf16_call(fn, *args):
    """Calls a PDFium getter that fills a UTF-16LE buffer and returns its byte length."""
    n = fn(*args, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    fn(*args, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
    return buf.raw[: n - 2].decode("utf-16-le", "replace")


def _font_info(font):
    n = r.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(max(n, 1))
    r.FPDFFont_GetBaseFontName(font, buf, n)
    name = buf.value.decode("latin-1")
    return name, bool(r.FPDFFont_GetIsEmbedded(font))


def _rect(annot):
    fs = r.FS_RECTF()
    r.FPDFAnnot_GetRect(annot, ctypes.byref(fs))
    return (fs.left, fs.bottom, fs.right, fs.top)


def text_fields(pdf, page):
    """(annot handle, field name, rect) of every editable text widget on the page."""
    out = []
    env = pdf.formenv
    for i in range(r.FPDFPage_GetAnnotCount(page)):
        annot = r.FPDFPage_GetAnnot(page, i)
        if r.FPDFAnnot_GetSubtype(annot) != r.FPDF_ANNOT_WIDGET:
            r.FPDFPage_CloseAnnot(annot)
            continue
        if r.FPDFAnnot_GetFormFieldType(env, annot) != r.FPDF_FORMFIELD_TEXTFIELD:
            r.FPDFPage_CloseAnnot(annot)
            continue
        flags = r.FPDFAnnot_GetFormFieldFlags(env, annot)
        if flags & r.FPDF_FORMFLAG_READONLY:
            r.FPDFPage_CloseAnnot(annot)
            continue
        name = _utf16_call(r.FPDFAnnot_GetFormFieldName, env, annot)
        out.append((annot, name, _rect(annot)))
    return out


def max_len(annot):
    """The field's /MaxLen (a date field's), or None."""
    value = ctypes.c_float()
    if r.FPDFAnnot_HasKey(annot, b"MaxLen") and r.FPDFAnnot_GetNumberValue(annot, b"MaxLen", ctypes.byref(value)):
        return int(value.value)
    return None


def type_into(pdf, page, annot, text, method="char"):
    """Focuses the widget, selects its text and types `text`: one FORM_OnChar per UTF-16
    code unit (keyboard typing), or one FORM_ReplaceSelection (paste, IME commit)."""
    env = pdf.formenv
    if not r.FORM_SetFocusedAnnot(env, annot):
        raise RuntimeError("FORM_SetFocusedAnnot failed")
    r.FORM_SelectAllText(env, page)  # typing replaces a prefilled value
    units = text.encode("utf-16-le")
    if method == "replace":
        buf = ctypes.create_string_buffer(units + b"\0\0")
        r.FORM_ReplaceSelection(env, page, ctypes.cast(buf, r.FPDF_WIDESTRING))
    else:
        for k in range(0, len(units), 2):
            r.FORM_OnChar(env, page, int.from_bytes(units[k:k + 2], "little"), 0)
    r.FORM_ForceToKillFocus(env)


def fill(src, dst, texts, method="char"):
    """Types into every text field of `src` (field number i gets `texts(i)`); saves to `dst`.
    Returns {field: (typed, value PDFium stored)}."""
    pdf = pdfium.PdfDocument(str(src))
    pdf.init_forms()
    values = {}
    i = 0
    for pno in range(len(pdf)):
        page = pdf[pno]
        fields = text_fields(pdf, page)
        typed = []
        for annot, name, _ in fields:
            text = texts(i)
            i += 1
            # A field with a maximum length (a date) keeps only that many characters.
            limit = max_len(annot)
            if limit is not None:
                text = text[:limit]
            type_into(pdf, page, annot, text, method)
            typed.append(text)
        for (annot, name, _), text in zip(fields, typed):
            values[name] = (text, _utf16_call(r.FPDFAnnot_GetFormFieldValue, pdf.formenv, annot))
            r.FPDFPage_CloseAnnot(annot)
        page.close()
    pdf.save(str(dst))
    pdf.close()
    return values


def _walk_text(obj, depth=0):
    t = r.FPDFPageObj_GetType(obj)
    if t == r.FPDF_PAGEOBJ_TEXT:
        yield obj
    elif t == r.FPDF_PAGEOBJ_FORM and depth < 8:
        for k in range(r.FPDFFormObj_CountObjects(obj)):
            yield from _walk_text(r.FPDFFormObj_GetObject(obj, k), depth + 1)


def _bounds(obj):
    a, b, c, d = (ctypes.c_float() for _ in range(4))
    r.FPDFPageObj_GetBounds(obj, *(ctypes.byref(x) for x in (a, b, c, d)))
    return (a.value, b.value, c.value, d.value)


def _overlap(p, q):  # noqa: E302
    w = min(p[2], q[2]) - max(p[0], q[0])
    h = min(p[3], q[3]) - max(p[1], q[1])
    return max(w, 0) * max(h, 0)


def _origin(obj):
    m = r.FS_MATRIX()
    if not r.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return None
    return (m.e, m.f)


def _widget_forms(obj, rects, depth=0):
    """Yields (field, form object) for the form XObjects that draw one field each.

    PDFium flattens a page's widgets into one form XObject that places each widget's
    appearance, itself a form XObject, with a matrix moving its /BBox onto the widget's
    /Rect: the matrix's translation is the rectangle's lower left corner (appearances of
    unrotated widgets with a /BBox at 0 0, as every engine writes them). Matching on that,
    not on the drawn content's bounds, also finds fields whose text overflows the box."""
    if r.FPDFPageObj_GetType(obj) != r.FPDF_PAGEOBJ_FORM or depth > 8:
        return
    origin = _origin(obj)
    if origin is not None and depth > 0:
        for name, rect in rects:
            if abs(origin[0] - rect[0]) < 1.5 and abs(origin[1] - rect[1]) < 1.5:
                yield name, obj
                return
    for k in range(r.FPDFFormObj_CountObjects(obj)):
        yield from _widget_forms(r.FPDFFormObj_GetObject(obj, k), rects, depth + 1)


def flatten_and_read(filled, flat, rects):
    """Flattens `filled` (its stored appearances) into `flat`; returns {field: (drawn text, [(font, embedded, chars)])}.

    `rects` maps page index -> [(field, rect)]. PDFium appends each flattened widget to the
    page as one form XObject placed at the widget's rectangle; the objects added after the
    page's own content are matched to fields by overlap."""
    pdf = pdfium.PdfDocument(str(filled))
    before = {}
    for pno in range(len(pdf)):
        page = pdf[pno]
        before[pno] = r.FPDFPage_CountObjects(page)
        # No form environment: flatten what the file stores in /AP /N, regenerate nothing.
        if r.FPDFPage_Flatten(page, r.FLAT_NORMALDISPLAY) == r.FLATTEN_FAIL:
            raise RuntimeError(f"FPDFPage_Flatten failed on page {pno + 1}")
        page.close()
    pdf.save(str(flat))
    pdf.close()

    pdf = pdfium.PdfDocument(str(flat))
    result = {}
    for pno in range(len(pdf)):
        page = pdf[pno]
        textpage = r.FPDFText_LoadPage(page)
        for k in range(before[pno], r.FPDFPage_CountObjects(page)):
            for name, obj in _widget_forms(r.FPDFPage_GetObject(page, k), rects.get(pno, [])):
                drawn, fonts = [], {}
                for tobj in _walk_text(obj):
                    s = _utf16_call(r.FPDFTextObj_GetText, tobj, textpage)
                    font = r.FPDFTextObj_GetFont(tobj)
                    key = _font_info(font) if font else ("?", False)
                    if s:
                        fonts[key] = fonts.get(key, "") + s
                    drawn.append(s)
                result[name] = ("".join(drawn), [(f, e, s) for (f, e), s in fonts.items()])
        r.FPDFText_ClosePage(textpage)
        page.close()
    pdf.close()
    return result


def field_rects(src):
    pdf = pdfium.PdfDocument(str(src))
    pdf.init_forms()
    rects = {}
    for pno in range(len(pdf)):
        page = pdf[pno]
        fields = text_fields(pdf, page)
        rects[pno] = [(name, rect) for _, name, rect in fields]
        for annot, _, _ in fields:
            r.FPDFPage_CloseAnnot(annot)
        page.close()
    pdf.close()
    return rects


def _norm(s):
    return "".join(s.split())


def check(form, langs, outdir, method="char", rotate=False):
    """Each language into every field (one pass per language), or with `rotate` the
    languages in turn across the fields, in as many passes as every language needs to be
    typed once and every field to be filled once."""
    rects = field_rects(form)
    count = sum(len(f) for f in rects.values())
    if not count:
        return None
    if rotate:
        passes = [(f"pass{p}", lambda i, p=p: SAMPLES[langs[(i + p * count) % len(langs)]])
                  for p in range(-(-len(langs) // count))]
    else:
        passes = [(lang, lambda i, lang=lang: SAMPLES[lang]) for lang in langs]
    def language(text):
        return next((k for k, v in SAMPLES.items() if v.startswith(text)), "?")
    report = []
    for tag, texts in passes:
        filled = outdir / f"{tag}-filled.pdf"
        flat = outdir / f"{tag}-flat.pdf"
        values = fill(form, filled, texts, method)
        drawn = flatten_and_read(filled, flat, rects)
        for pno, fields in rects.items():
            for name, _ in fields:
                text, value = values.get(name, ("", None))
                got, fonts = drawn.get(name, ("", []))
                missing = Counter(_norm(text)) - Counter(_norm(got))
                extra = Counter(_norm(got)) - Counter(_norm(text))
                ok = (not missing and not extra and all(e for _, e, _ in fonts)
                      and value == text)
                report.append({
                    "lang": language(text), "page": pno + 1, "field": name,
                    "typed": text, "value": value, "drawn": got,
                    "missing": "".join(sorted(missing.elements())),
                    "extra": "".join(sorted(extra.elements())),
                    "fonts": [{"font": f, "embedded": e, "chars": s} for f, e, s in fonts],
                    "ok": ok,
                })
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("form")
    ap.add_argument("--lang", action="append", choices=sorted(SAMPLES), help="default: all")
    ap.add_argument("--out", help="folder for the filled and flattened copies")
    ap.add_argument("--json", help="write the full report here")
    ap.add_argument("--quiet", action="store_true", help="print failures and the summary only")
    ap.add_argument("--rotate", action="store_true",
                    help="the languages in turn across the fields (every language typed once "
                         "and every field filled once, in as few passes as that takes)")
    ap.add_argument("--method", choices=["char", "replace"], default="char",
                    help="char: FORM_OnChar per UTF-16 unit (typing, default); "
                         "replace: FORM_ReplaceSelection (paste, IME)")
    args = ap.parse_args()
    langs = args.lang or list(SAMPLES)
    outdir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="pdfium-type-"))
    outdir.mkdir(parents=True, exist_ok=True)
    report = check(Path(args.form), langs, outdir, args.method, args.rotate)
    if report is None:
        print(f"{args.form}: no editable text field")
        return 2
    for row in report:
        if args.quiet and row["ok"]:
            continue
        fonts = ", ".join(f"{f['font'] or '(no name)'}{'' if f['embedded'] else ' [NOT EMBEDDED]'}: {f['chars']!r}"
                          for f in row["fonts"]) or "(nothing drawn)"
        print(f"{'ok  ' if row['ok'] else 'FAIL'} {row['lang']} p{row['page']} {row['field']}")
        if not row["ok"]:
            print(f"       typed   {row['typed']!r}")
            if row["value"] != row["typed"]:
                print(f"       /V      {row['value']!r}")
            print(f"       drawn   {row['drawn']!r}")
            if row["missing"]:
                print(f"       missing {row['missing']!r}")
            if row["extra"]:
                print(f"       extra   {row['extra']!r}")
        print(f"       fonts   {fonts}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1))
    bad = [r_ for r_ in report if not r_["ok"]]
    print(f"pdfium {pdfium.PDFIUM_INFO} ({args.method}): {len(report) - len(bad)} passed, {len(bad)} failed "
          f"({len({r_['field'] for r_ in report})} fields, {len({r_['lang'] for r_ in report})} languages; copies in {outdir})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
