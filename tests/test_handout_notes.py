"""Long speaker notes in the handout go on in the notes' column, under the notes beside the
slide, not at the page's full width under the slide's picture (page 10 of a real handout)."""

from __future__ import annotations

import re
import subprocess

from pdf_tools import needs_poppler

from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.slide_edits import save_slide_edit
from kerinjing_desktop.slides.event_deck import bundled_for_event
from kerinjing_desktop.slides.exports import write_handout

WHY = "# Mengapa ini penting di desa kita"


def _word_lefts(pdf, prefix: str) -> dict[str, float]:
    """xMin of every word starting with `prefix`, from poppler's word boxes."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout  # fmt: skip
    found = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', html)
    return {word: float(x) for x, word in found if word.startswith(prefix)}


@needs_poppler
def test_notes_too_long_to_sit_beside_the_slide_stay_in_their_column(store, tmp_path, qapp):
    event = add_event(store, "T", "Sukamaju", "2026-12-05")
    lines = [f"Zeta{n:02d} hal ini untuk fasilitator: " + "kata penjelas " * 12 for n in range(30)]
    save_slide_edit(store, event.id, "id", WHY, "# Mengapa di Sukamaju\n- Poin\nCatatan:\n"
                    + "\n".join(lines))  # fmt: skip
    out = write_handout(bundled_for_event(store, event.id, "id"), tmp_path / "h.pdf")
    lefts = _word_lefts(out, "Zeta")
    assert len(lefts) == 30, sorted(lefts)  # every line is in the handout
    column = lefts["Zeta00"]
    assert column > 200  # beside the picture, not under it
    assert all(abs(x - column) < 1 for x in lefts.values()), lefts
