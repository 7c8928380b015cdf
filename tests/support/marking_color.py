#!/usr/bin/env python3
"""Where the red is on page 1 of a PDF, as PDFium (Chrome's engine) renders it.

Usage: marking_color.py FILE.pdf
Prints JSON: {"red_pixels": N, "first_red_row": Y, "height": H, "first_ink_row": Y}: the count of
strongly red pixels, the first pixel row (from the top) that holds one, the page's height in
pixels, and the first row with any ink at all.
"""
import json
import sys

import pypdfium2 as pdfium


def main():
    page = pdfium.PdfDocument(sys.argv[1])[0]
    image = page.render(scale=1).to_pil().convert("RGB")
    width, height = image.size
    pixels = image.load()
    red, first_red, first_ink = 0, None, None
    for y in range(height):
        for x in range(width):
            r, g, b = pixels[x, y]
            if first_ink is None and r + g + b < 600:
                first_ink = y
            if r > 140 and g < 70 and b < 90:
                red += 1
                if first_red is None:
                    first_red = y
    print(json.dumps({"red_pixels": red, "first_red_row": first_red, "height": height,
                      "first_ink_row": first_ink}))


if __name__ == "__main__":
    main()
