#!/usr/bin/env python3
"""The text of a PDF, page by page, as PDFium (Chrome's engine) extracts it.

Usage: pdf_text.py FILE.pdf   (prints the text, pages separated by form feeds)
"""
import sys

import pypdfium2 as pdfium


def main():
    pdf = pdfium.PdfDocument(sys.argv[1])
    pages = []
    for page in pdf:
        text = page.get_textpage().get_text_bounded()
        pages.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    sys.stdout.write("\f".join(pages))


if __name__ == "__main__":
    main()
