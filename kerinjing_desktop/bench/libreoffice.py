"""The reference for `bench pdf`: LibreOffice, headless, converting a document equivalent to
our 200 certificates (one landscape page per person: a frame, the title, the name, the
serial and a QR code) to PDF. A whole `soffice --convert-to pdf` process is what a
facilitator would otherwise run; it starts from its own profile folder, made once by an
untimed first run."""

from __future__ import annotations

import base64
import io
import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

CANDIDATES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)
NOT_FOUND = "LibreOffice not found (Debian: apt install libreoffice-writer-nogui)"

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="297mm"
  fo:page-height="210mm" style:print-orientation="landscape" fo:margin="12mm"
  fo:border="2.5pt solid #8c1a1a" fo:padding="8mm"/></style:page-layout>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties
  fo:text-align="center" fo:margin-top="10mm"/><style:text-properties fo:font-size="30pt"
  fo:font-weight="bold" fo:color="#8c1a1a" style:font-name="DejaVu Serif"/></style:style>
 <style:style style:name="TitleBreak" style:family="paragraph" style:parent-style-name="Title">
  <style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Name" style:family="paragraph"><style:paragraph-properties
  fo:text-align="center" fo:margin-top="10mm"/><style:text-properties fo:font-size="34pt"
  fo:font-weight="bold" style:font-name="DejaVu Serif"/></style:style>
 <style:style style:name="Line" style:family="paragraph"><style:paragraph-properties
  fo:text-align="center" fo:margin-top="4mm"/><style:text-properties fo:font-size="12pt"
  style:font-name="DejaVu Sans"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
_TAIL = "</office:text></office:body></office:document>\n"


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in CANDIDATES if os.path.exists(c)), None)


def _qr_png(payload: str) -> bytes:
    from PIL import Image

    from kerinjing_desktop.reports.qr import modules

    count, dark = modules(payload)
    image = Image.frombytes("L", (count, count), dark).resize((count * 8, count * 8))
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


def write_document(path: Path, people: list[tuple[str, str, str]]) -> Path:
    """A flat ODF text document: one certificate page per (name, serial, QR payload)."""
    parts = [_HEAD]
    for number, (name, serial, payload) in enumerate(people):
        png = base64.b64encode(_qr_png(payload)).decode("ascii")
        parts.append(
            f'<text:p text:style-name="{"TitleBreak" if number else "Title"}">SERTIFIKAT</text:p>'
            '<text:p text:style-name="Line">diberikan kepada</text:p>'
            f'<text:p text:style-name="Name">{escape(name)}</text:p>'
            '<text:p text:style-name="Line">sebagai PESERTA Sosialisasi Pencegahan TPPO</text:p>'
            f'<text:p text:style-name="Line">No. {escape(serial)}</text:p>'
            '<text:p text:style-name="Line"><draw:frame text:anchor-type="as-char" '
            'svg:width="22mm" svg:height="22mm"><draw:image><office:binary-data>'
            f"{png}</office:binary-data></draw:image></draw:frame></text:p>"
        )
    parts.append(_TAIL)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def convert_command(soffice: str, document: Path, out_dir: Path, profile: Path) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        str(document),
    ]


def pdf_pages(path: Path) -> int:
    """Pages in a PDF, counted from its page objects (enough to check the conversion)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))


def first_run(command: list[str]) -> None:
    """The untimed run that makes LibreOffice's profile folder."""
    subprocess.run(command, capture_output=True, timeout=600, check=True)
