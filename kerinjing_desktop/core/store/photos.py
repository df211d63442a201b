"""Photos of the day and the signature/stamp images, kept in the data dir's `media/`.

Images are resized on import (at most MAX_SIDE pixels) and re-encoded, which also drops EXIF
data such as the GPS position a phone camera writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kerinjing_desktop.core.changes import OpChanges, writes
from kerinjing_desktop.core.domain import ValidationError, clean_text
from kerinjing_desktop.core.errors import os_reason
from kerinjing_desktop.core.files import atomic_path
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.paths import ensure_private_dir
from kerinjing_desktop.core.store.connection import Store
from kerinjing_desktop.core.store.rows import records, value

MAX_SIDE = 1600
MAX_CAPTION = 300
Image.MAX_IMAGE_PIXELS = 80_000_000  # refuse decompression bombs, allow any real camera


@dataclass(frozen=True)
class Photo:
    id: str
    event_id: str
    file_name: str
    caption: str
    position: int


def media_dir(store: Store) -> Path | None:
    """The store's media folder (None for an in-memory store)."""
    return None if store.path is None else store.path.parent / "media"


def media_file(store: Store, file_name: str) -> Path | None:
    folder = media_dir(store)
    if folder is None or not file_name or Path(file_name).name != file_name:
        return None
    path = folder / file_name
    return path if path.is_file() else None


def import_image(store: Store, source: Path, max_side: int = MAX_SIDE) -> str:
    """Copy a JPEG/PNG into media/ (resized, EXIF dropped); returns the new file name."""
    folder = media_dir(store)
    if folder is None:
        raise ValidationError([("file", _("This store has no data folder for pictures."))])
    try:
        with Image.open(source) as image:
            if image.format not in ("JPEG", "PNG"):
                raise ValidationError(
                    [("file", _("{name} is not a JPEG or PNG picture.").format(name=source.name))]
                )
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail((max_side, max_side))
            keep_alpha = image.format == "PNG" and picture.mode in ("RGBA", "LA", "P")
            ensure_private_dir(folder)
            name = f"{uuid.uuid4().hex}.{'png' if keep_alpha else 'jpg'}"
            with atomic_path(folder / name) as temp:
                if keep_alpha:
                    picture.save(temp, "PNG", optimize=True)
                else:
                    picture.convert("RGB").save(temp, "JPEG", quality=85)
    except (UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise ValidationError(
            [("file", _("{name} is not a JPEG or PNG picture.").format(name=source.name))]
        ) from error
    except OSError as error:
        raise ValidationError(
            [
                (
                    "file",
                    _("Cannot read {name}: {reason}").format(
                        name=source.name, reason=os_reason(error)
                    ),
                )
            ]
        ) from error
    return name


@writes(OpChanges.PHOTOS)
def add_photo(store: Store, event_id: str, source: Path, caption: str = "") -> Photo:
    name = import_image(store, source)
    position = value(
        store, "SELECT coalesce(max(position), 0) + 1 FROM photos WHERE event_id = ?", [event_id]
    )
    row = store.row_meta() | {
        "event_id": event_id,
        "file_name": name,
        "caption": clean_text(caption)[:MAX_CAPTION],
        "position": position,
    }
    store.db.table("photos").insert(row)
    return Photo(row["id"], event_id, name, row["caption"], position)


def list_photos(store: Store, event_id: str) -> list[Photo]:
    return records(
        store,
        Photo,
        "SELECT id, event_id, file_name, caption, position FROM photos WHERE event_id = ? "
        "ORDER BY position, created_at",
        [event_id],
    )


@writes(OpChanges.PHOTOS)
def set_caption(store: Store, photo_id: str, caption: str) -> None:
    store.db.table("photos").update(
        photo_id, {"caption": clean_text(caption)[:MAX_CAPTION]} | store.touch()
    )


@writes(OpChanges.PHOTOS)
def delete_photo(store: Store, photo_id: str) -> None:
    """Remove the row, then the file (a leftover file is harmless; a dangling row is not)."""
    name = value(store, "SELECT file_name FROM photos WHERE id = ?", [photo_id])
    store.execute("DELETE FROM photos WHERE id = ?", [photo_id])
    if name is not None:
        path = media_file(store, name)
        if path is not None:
            path.unlink(missing_ok=True)
