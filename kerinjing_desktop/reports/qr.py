"""QR codes on printed pages, drawn fast enough for 200 certificates in a blink.

zxing-cpp encodes (about 0.2 ms a code, against about 2 ms for reportlab's pure-Python
encoder with one fixed mask; zxing-cpp also picks the most readable mask, as the standard
says). The code is then drawn as one filled path: a rectangle per run of dark modules in a
row, written in module units (small integers) under one transform. Drawing each run through
reportlab's path API formatted every coordinate as a float in Python, about 0.9 s for 200
codes; here a page's code is a few hundred short operators.
"""

from __future__ import annotations

import re

from reportlab.pdfgen.canvas import Canvas

_DARK_RUN = re.compile(b"\x00+")  # zxing-cpp's module image: 0 is dark, 255 light


def modules(payload: str) -> tuple[int, bytes]:
    """The symbol's side in modules and one byte a module, row by row (0 dark), error
    correction level M (15 %: a folded or smudged certificate still scans)."""
    import zxingcpp  # here: only the documents with a QR code pay for loading it

    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    # zxing-cpp's Image has the buffer protocol; its type stub does not say so
    return image.shape[0], bytes(memoryview(image))  # type: ignore[arg-type]


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, side: float) -> None:
    """The QR code of `payload` filling the square with its lower left corner at (x, y),
    a quiet zone of one module inside it on each side, in the current fill colour."""
    count, dark = modules(payload)
    cell = side / (count + 2)
    runs = []
    for row in range(count):
        start = row * count
        for run in _DARK_RUN.finditer(dark, start, start + count):
            runs.append(f"{run.start() - start} {row} {run.end() - run.start()} 1 re")
    canvas.saveState()
    # module (column, row) → page: one module in from the left, rows downwards from the top
    canvas.transform(cell, 0, 0, -cell, x + cell, y + side - cell)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()
