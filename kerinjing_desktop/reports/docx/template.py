"""The facilitator's own Word template, kept in the data folder so that it outlives the USB
stick it came from: `media/draft-template.docx`. Both drafts adopt its styles, margins,
header and footer (see base.py)."""

from __future__ import annotations

from pathlib import Path

from kerinjing_desktop.core.files import write_bytes
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import ensure_private_dir
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.photos import media_dir
from kerinjing_desktop.reports.docx.base import open_document
from kerinjing_desktop.reports.docx.errors import TemplateError

FILE_NAME = "draft-template.docx"


def saved_template(store: Store) -> Path | None:
    folder = media_dir(store)
    path = None if folder is None else folder / FILE_NAME
    return path if path is not None and path.is_file() else None


def save_template(store: Store, source: Path, lang: str) -> Path:
    """Check that `source` opens as a Word document, then keep a copy; TemplateError if not."""
    open_document(source, lang)  # raises TemplateError for anything Word would refuse
    folder = media_dir(store)
    if folder is None:
        raise TemplateError(_("This store has no data folder for a template.", lang))
    ensure_private_dir(folder)
    return write_bytes(folder / FILE_NAME, Path(source).read_bytes())


def clear_template(store: Store) -> None:
    path = saved_template(store)
    if path is not None:
        path.unlink(missing_ok=True)
