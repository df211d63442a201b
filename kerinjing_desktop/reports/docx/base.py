"""What both Word drafts share: the page, the named styles, tables, pictures, page numbers.

Every paragraph and table gets a named style (Word's built-in names where one fits: Title,
Heading 1-3, Caption, List Number, Table Grid; our own otherwise: Cover Title, Prompt,
Signature, Table Text, Figure). A facilitator's template restyles the draft by defining
those names; a template that lacks one gets ours, based on its own Normal style, so its fonts
carry over. The template's margins, header and footer (a letterhead) are kept as they are.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from kerinjing_desktop.core.files import atomic_open
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.reports.docx.errors import TemplateError

KEEP_TOGETHER_ROWS = 15
PAPER_CM = {"a4": (21.0, 29.7), "f4": (21.5, 33.0)}
# (name, based on, bold, italic, size pt, centred, outline level or None)
OWN_STYLES = (
    ("Title", "Normal", True, False, 16, True, None),
    ("Subtitle", "Normal", False, False, 12, True, None),
    ("Heading 1", "Normal", True, False, 14, False, 0),
    ("Heading 2", "Normal", True, False, 12, False, 1),
    ("Heading 3", "Normal", True, True, 11, False, 2),
    ("Caption", "Normal", False, True, 9, True, None),
    ("List Number", "Normal", False, False, None, False, None),
    ("List Bullet", "Normal", False, False, None, False, None),
    ("Numbered Item", "Normal", False, False, None, False, None),
    ("Bibliography", "Normal", False, False, None, False, None),
    ("Cover Title", "Title", True, False, 22, True, None),
    ("Cover Text", "Normal", False, False, 13, True, None),
    ("Letterhead", "Normal", True, False, 12, True, None),
    ("Prompt", "Normal", False, True, None, False, None),
    ("Signature", "Normal", False, False, None, True, None),
    ("Table Text", "Normal", False, False, 9.5, False, None),
    ("Table Heading", "Table Text", True, False, None, True, None),
    ("Figure", "Normal", False, False, None, True, None),
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def safe(text: object) -> str:
    """Text Word can hold: characters XML forbids (control codes, lone surrogates) dropped."""
    return _NOT_XML.sub("", str(text))


def open_document(template: Path | None, lang: str) -> DocxDocument:
    """A blank document: the template's styles, page and header, or ours."""
    if template is None:
        document = Document()
        normal = document.styles["Normal"]
        normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    else:
        try:
            document = Document(str(template))
        except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
            raise TemplateError(
                _("{name} is not a Word document (.docx) that can be used as a template.", lang)
                .format(name=template.name)
            ) from error  # fmt: skip
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):  # the template's own text goes, its page stays
                body.remove(child)
    _ensure_styles(document)
    return document


def new_document(
    template: Path | None, lang: str, paper: str, title: str, facilitators: str
) -> DocxDocument:
    """How every Word document begins: `open_document` on the chosen paper (a template keeps
    its own margins), titled, and by the day's facilitators (else the app) as its author."""
    document = open_document(template, lang)
    set_page(document, paper, keep_margins=template is not None)
    document.core_properties.title = title
    document.core_properties.author = facilitators or "Kerinjing Desktop"
    return document


def _ensure_styles(document: DocxDocument) -> None:
    styles = document.styles
    names = {style.name for style in styles}
    for name, base, bold, italic, size, centred, level in OWN_STYLES:
        if name in names:
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base] if base in {s.name for s in styles} else None
        style.font.bold, style.font.italic = bold or None, italic or None
        if size:
            style.font.size = Pt(size)
        if centred:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if level is not None:
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level))
            style.element.get_or_add_pPr().append(outline)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
        if name in ("Numbered Item", "Bibliography"):  # typed numbers: lists restart anywhere
            style.paragraph_format.left_indent = Cm(0.75)
            style.paragraph_format.first_line_indent = Cm(-0.75)
        if name == "Prompt":
            style.font.color.rgb = RGBColor(0xA0, 0x3C, 0x00)
        names.add(name)
    if "Table Grid" not in names:
        styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE)


def set_page(document: DocxDocument, paper: str, keep_margins: bool) -> None:
    """A4 or F4 on every section; our margins (4 cm binding side, 3 cm elsewhere) unless the
    template brought its own."""
    width, height = PAPER_CM[paper]
    for section in document.sections:
        section.page_width, section.page_height = Cm(width), Cm(height)
        if not keep_margins:
            section.left_margin = Cm(4)
            section.right_margin = section.top_margin = section.bottom_margin = Cm(3)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader's program fills in."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), ("end", None)):
        if kind is None:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {text} "
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)
        if kind == "separate":
            placeholder = OxmlElement("w:t")
            placeholder.text = "1"
            run._r.append(placeholder)


def add_page_numbers(document: DocxDocument, lang: str, skip_first: bool) -> None:
    """'Halaman 2 dari 9' in the footer, unless the template's footer already numbers pages."""
    section = document.sections[0]
    footer = section.footer
    if "PAGE" in "".join(footer._element.itertext()) or any(
        "PAGE" in (node.text or "") for node in footer._element.iter(qn("w:instrText"))
    ):
        return
    section.different_first_page_header_footer = skip_first
    paragraph = footer.add_paragraph(style="Footer" if _has(document, "Footer") else None)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, middle, after = _("Page {page} of {pages}", lang).replace("{page}", "\0").replace(
        "{pages}", "\0").split("\0")  # fmt: skip
    paragraph.add_run(before)
    _field(paragraph, "PAGE")
    paragraph.add_run(middle)
    _field(paragraph, "NUMPAGES")
    paragraph.add_run(after)


def _has(document: DocxDocument, style: str) -> bool:
    return style in {s.name for s in document.styles}


def para(document, text: str, style: str = "Normal", bold: bool = False):
    paragraph = document.add_paragraph(style=style)
    if text:
        paragraph.add_run(safe(text)).bold = bold or None
    return paragraph


def numbered(document, items: Sequence[str]) -> None:
    for number, text in enumerate(items, 1):
        para(document, f"{number}.\t{text}", "Numbered Item")


def lines(paragraph, text: str) -> None:
    """Text with line breaks kept as breaks inside one paragraph."""
    for index, line in enumerate(safe(text).splitlines() or [""]):
        if index:
            paragraph.add_run().add_break()
        paragraph.add_run(line)


def heading(document, text: str, level: int = 1):
    return para(document, text, f"Heading {level}")


def prompt(document, text: str):
    """A part only the authors can write: a marked, bracketed paragraph to replace."""
    return para(document, f"[{text}]", "Prompt")


def page_break(document) -> None:
    document.add_paragraph(style="Normal").add_run().add_break(WD_BREAK.PAGE)


def new_section(document) -> None:
    document.add_section(WD_SECTION.NEW_PAGE)


def table(document, header: Sequence[str], rows: Sequence[Sequence[object]], widths_cm=None):
    """A real table: the header row repeats on every page, cells carry named styles."""
    grid = document.add_table(rows=1, cols=len(header))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = grid.rows[0]
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    head._tr.get_or_add_trPr().append(marker)
    # the style's id set directly: python-docx's style setter looks up the default style
    # for every cell, which made a 200-row appendix take a second
    heading_id = document.styles["Table Heading"].style_id
    text_id = document.styles["Table Text"].style_id
    for cell, text in zip(head.cells, header, strict=True):
        cell.paragraphs[0]._p.get_or_add_pPr().style = heading_id
        cell.paragraphs[0].add_run(safe(text))
    for values in rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0]._p.get_or_add_pPr().style = text_id
            cell.paragraphs[0].add_run(safe("" if value is None else value))
    if len(grid.rows) <= KEEP_TOGETHER_ROWS:  # a short table never breaks across pages
        for row in list(grid.rows)[:-1]:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
    if widths_cm:  # Word reads the cells' widths, LibreOffice the grid's: set both
        grid.autofit = False
        for column, width in zip(grid.columns, widths_cm, strict=True):
            column.width = Cm(width)
            for cell in column.cells:
                cell.width = Cm(width)
    document.add_paragraph(style="Normal")  # air before whatever follows the table
    return grid


def table_caption(document, text: str):
    """A table's caption, kept on the page of the table it names."""
    paragraph = para(document, text, "Caption")
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def picture(document, png: bytes, width_cm: float, caption: str = ""):
    paragraph = document.add_paragraph(style="Figure")
    paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
    paragraph.paragraph_format.keep_with_next = bool(caption)
    if caption:
        para(document, caption, "Caption")
    return paragraph


def save(document: DocxDocument, out: Path) -> Path:
    """Written whole or not at all, owner-only (core/files.py): drafts carry names."""
    with atomic_open(out, "wb") as file:
        document.save(file)
    return Path(out)
