"""A whole day as a facilitator lives it, with keystrokes only (issue 13): a new event, a
30-row list, check-in and walk-ins, the pre-test, the slides (a note typed, presented), the
film (a clip made with ffmpeg when there is one), the post-test, notes, commitments, a
captioned photo and the activity report as a PDF. The store is checked after every step;
the report is read back.

Buttons are pressed with their Alt keys and file dialogs are answered by typing the path, as
a person would; nothing calls a page's methods.
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from pdf_tools import needs_poppler, text
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
)
from window_support import back_to

from kerinjing_desktop.core.store.events import list_events
from kerinjing_desktop.core.store.notes import list_commitments, list_notes
from kerinjing_desktop.core.store.participants import list_participants
from kerinjing_desktop.core.store.photos import list_photos
from kerinjing_desktop.core.store.slide_edits import slide_edits
from kerinjing_desktop.film.library import FilmLibrary, film_key
from kerinjing_desktop.film.player import PlayerState
from kerinjing_desktop.gui.keys import _mnemonic_letter
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.slides.event_deck import bundled_for_event

pytestmark = needs_poppler

GROUPS = ["PKK", "Karang Taruna", "Perangkat Desa", "Tokoh Masyarakat", "Lainnya"]
NAMES = [
    "Ma'ruf Hidayat", "Siti Rahmah", "Nur-Aini", "Budi Santoso", "Dewi Lestari", "Agus Salim",
    "Rina Wati", "Joko Susilo", "Yanti Sari", "Hendra Jaya", "Lina Marlina", "Eko Prasetyo",
    "Tuti Alawiyah", "Rudi Hartono", "Wulan Dari", "Fajar Nugroho", "Intan Permata",
    "Bambang Irawan", "Ratna Sari", "Dedi Kurniawan", "Sri Mulyani", "Andi Saputra",
    "Mega Putri", "Yusuf Maulana", "Nining Suryani", "Hasan Basri", "Lia Amalia", "Iwan Setiawan",
    "Ani Rohani", "Taufik Hidayat",
]  # fmt: skip


WOMEN = {"Siti", "Nur-Aini", "Dewi", "Rina", "Yanti", "Lina", "Tuti", "Wulan", "Intan", "Ratna",
         "Sri", "Mega", "Nining", "Lia", "Ani"}  # fmt: skip


def _focus(qtbot) -> object:
    """The widget that has the keyboard, once a window has it: on a loaded machine a dialog
    that just opened is made the active window a moment later (a train failed there)."""

    def some_window_has_it() -> bool:
        if QApplication.focusWidget() or QApplication.activeWindow():
            return True
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.activateWindow()
        return False

    qtbot.waitUntil(some_window_has_it, timeout=5000)
    return QApplication.focusWidget() or QApplication.activeWindow()


def _type(qtbot, keys: str) -> None:
    QTest.keyClicks(_focus(qtbot), keys)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(qtbot), key, modifier)
    qtbot.wait(20)


def _ctrl(qtbot, key) -> None:
    _key(qtbot, key, Qt.KeyboardModifier.ControlModifier)


def _alt_button(qtbot, page, words: str) -> None:
    """Press the Alt key of the page's visible button whose words are `words`."""
    button = next(
        b for b in page.findChildren(QAbstractButton)
        if b.text().replace("&", "") == words and b.isVisible()
    )  # fmt: skip
    letter = _mnemonic_letter(button.text())
    assert letter, f"{words} has no Alt key"
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(150)  # a mnemonic "animates" its click: the button is pressed 100 ms later


class FileDialogTyper:
    """Answers the next file dialog by typing `path` into its name box, then Enter."""

    def __init__(self):
        self.paths: list[str] = []
        self.messages: list[str] = []  # a message box is read, closed and fails the test
        self.timer = QTimer()
        self.timer.timeout.connect(self._answer)
        self.timer.start(40)

    def expect(self, path) -> None:
        self.paths.append(str(path))

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            if dialog.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
                self.messages.append(dialog.text())
            dialog.reject()  # "Saved: …" is read and closed too
            return
        if isinstance(dialog, QFileDialog) and self.paths and dialog.isVisible():
            if QApplication.activeWindow() is not dialog:
                dialog.activateWindow()  # typed only once it has the keyboard
                return
            box = dialog.focusWidget()
            if box is None:
                return
            QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(box, self.paths[0])
            QTest.keyClick(box, Qt.Key.Key_Return)
            if not dialog.isVisible():
                self.paths.pop(0)


@pytest.fixture
def day(qtbot, tmp_path, make_store, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    store = make_store("data")
    session = Session(store, tmp_path / "data", "id")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    typer = FileDialogTyper()
    yield window, store, typer
    typer.timer.stop()
    assert typer.messages == []
    for page in window._pages.values():
        if hasattr(page, "shutdown"):
            page.shutdown()


def _village_list(path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Nama", "L/P", "Umur", "Kelompok"])
        for n, name in enumerate(NAMES):
            gender = "P" if name.split()[0] in WOMEN else "L"
            writer.writerow([name, gender, 18 + n, GROUPS[n % len(GROUPS)]])


def _answer_keys(questions) -> str:
    keys = ""
    for question in questions:
        if question.kind == "open":
            keys += "1"
        else:
            keys += question.letters("id")[0]
    return keys


def test_a_whole_day_with_the_keyboard(qtbot, day, tmp_path):
    window, store, typer = day

    # 1. A new event for another village, Tab through the form, Ctrl+S creates it.
    _ctrl(qtbot, Qt.Key.Key_1)
    page = window.page("event")
    page.inputs["title"].setFocus()
    _type(qtbot, "Sosialisasi TPPO")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Lubuk Keliat")
    _key(qtbot, Qt.Key.Key_Tab)
    _ctrl(qtbot, Qt.Key.Key_A)
    _type(qtbot, "5 Desember 2026")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Tanjung Batu")
    _ctrl(qtbot, Qt.Key.Key_S)
    [summary] = list_events(store)
    event = summary.event
    assert (event.title, event.village, event.date, event.kecamatan) == (
        "Sosialisasi TPPO", "Lubuk Keliat", "2026-12-05", "Tanjung Batu")  # fmt: skip

    # 2. The village's list of 30 from Excel (saved as CSV), imported with Enter.
    listing = tmp_path / "daftar.csv"
    _village_list(listing)
    _ctrl(qtbot, Qt.Key.Key_2)
    participants = window.page("participants")
    typer.expect(listing)
    _alt_button(qtbot, participants, "Impor daftar…")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog)
                    and not isinstance(QApplication.activeModalWidget(), QFileDialog),
                    timeout=10_000)  # fmt: skip
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(list_participants(store, event.id)) == 30, timeout=5000)
    back_to(qtbot, window)

    # 3. Check-in: a name (as people type it), Space; a code, Space; a walk-in.
    participants.search.setFocus()
    _type(qtbot, "maruf")
    _key(qtbot, Qt.Key.Key_Space)
    _type(qtbot, "nur aini")
    _key(qtbot, Qt.Key.Key_Space)
    _type(qtbot, "4")  # P-004, Budi Santoso
    _key(qtbot, Qt.Key.Key_Space)
    for name in NAMES[4:20]:
        _type(qtbot, name.split()[0].lower())
        if participants.proxy.rowCount() > 1:
            _type(qtbot, " " + name.split()[-1].lower())
        _key(qtbot, Qt.Key.Key_Space)
    present = {p.name for p in list_participants(store, event.id) if p.attended}
    assert present == {"Ma'ruf Hidayat", "Nur-Aini", "Budi Santoso", *NAMES[4:20]}
    _type(qtbot, "maruf")
    _key(qtbot, Qt.Key.Key_Space)  # a second check-in keeps him present
    assert {p.name for p in list_participants(store, event.id) if p.attended} == present
    _ctrl(qtbot, Qt.Key.Key_N)
    _type(qtbot, "Wahyuni")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "P")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "24")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)
    walk_in = next(p for p in list_participants(store, event.id) if p.name == "Wahyuni")
    assert walk_in.attended and walk_in.code == "P-031" and walk_in.group == "Lainnya"

    # 4. Pre-test: Ctrl+G, the code, Enter, one key per answer.
    _papers(qtbot, window, store, event.id, "pre")

    # 5. Slides: the bundled deck for this village, a note typed for slide 2, F5 and Esc.
    _slides(qtbot, window, store, event.id)

    # 6. The film: Play with no film says to choose one; a tiny clip plays and pauses.
    _film(qtbot, window, store, typer, tmp_path)

    # 7. Post-test, as the pre-test.
    _papers(qtbot, window, store, event.id, "post")

    # 8. Discussion: a note, the commitments (template and one typed), a captioned photo.
    _ctrl(qtbot, Qt.Key.Key_8)
    notes = window.page("fgd")
    notes.tabs.setFocus()
    _ctrl(qtbot, Qt.Key.Key_Tab)  # to the discussion notes
    notes.editor.setFocus()
    _type(qtbot, "Banyak pemuda berangkat lewat calo.")
    assert [n.body for n in list_notes(store, event.id)] == ["Banyak pemuda berangkat lewat calo."]
    notes.tabs.setFocus()
    _ctrl(qtbot, Qt.Key.Key_Tab)  # to the commitments
    _alt_button(qtbot, notes, "Pakai templat")
    _alt_button(qtbot, notes, "Tambah")
    _type(qtbot, "Kepala desa membentuk satgas TPPO")
    _key(qtbot, Qt.Key.Key_Return)
    commitments = [c.text for c in list_commitments(store, event.id)]
    assert len(commitments) >= 5 and commitments[-1] == "Kepala desa membentuk satgas TPPO"
    notes.tabs.setFocus()
    _ctrl(qtbot, Qt.Key.Key_Tab)  # to the photos
    picture = tmp_path / "pembukaan.png"
    Image.new("RGB", (640, 480), "teal").save(picture)
    typer.expect(picture)
    _alt_button(qtbot, notes, "Tambah foto…")
    qtbot.waitUntil(lambda: notes.photos.list.count() == 1, timeout=10_000)
    back_to(qtbot, window)
    assert _focus(qtbot) is notes.photos.caption  # the new photo is selected, ready for its caption
    _type(qtbot, "Pembukaan oleh kepala desa")
    _key(qtbot, Qt.Key.Key_Return)
    assert [p.caption for p in list_photos(store, event.id)] == ["Pembukaan oleh kepala desa"]

    # 9. The activity report, saved as a PDF by typing its name; read back.
    _ctrl(qtbot, Qt.Key.Key_9)
    documents = window.page("documents")
    report = tmp_path / "laporan.pdf"
    typer.expect(report)
    save, _print = documents.buttons["summary"]
    letter = _mnemonic_letter(save.text())
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: report.exists() or bool(typer.messages), timeout=30_000)
    assert typer.messages == []
    qtbot.waitUntil(lambda: report.stat().st_size > 1000, timeout=30_000)
    body = " ".join(text(report).split())
    for words in ("Lubuk Keliat", "Kepala desa membentuk satgas TPPO",
                  "Pembukaan oleh kepala desa", "Karang Taruna", "PKK"):  # fmt: skip
        assert words in body, words


def _papers(qtbot, window, store, event_id: str, test: str) -> None:
    _ctrl(qtbot, Qt.Key.Key_3 if test == "pre" else Qt.Key.Key_6)
    scores = window.page("pretest" if test == "pre" else "posttest")
    answers = _answer_keys(scores.model.questions)
    for code in ("1", "2", "4"):
        _ctrl(qtbot, Qt.Key.Key_G)
        _type(qtbot, code)
        _key(qtbot, Qt.Key.Key_Return)
        _type(qtbot, answers)
    assert _scored_codes(store, event_id, test) == {"P-001", "P-002", "P-004"}


def _slides(qtbot, window, store, event_id: str) -> None:
    """The bundled deck as localised for this event; a note typed is kept as this event's
    edit of the slide (in the store at once); F5 presents, Esc comes back to the page."""
    _ctrl(qtbot, Qt.Key.Key_4)
    slides = window.page("slides")
    assert slides.deck.kind == "bundled" and slides.deck.event_id == event_id
    assert "Lubuk Keliat" in slides.deck_label.text()
    slides.thumbs.setFocus()
    _key(qtbot, Qt.Key.Key_Home)
    _key(qtbot, Qt.Key.Key_Right)  # the thumbnails are a grid: Right is the next slide
    assert slides.thumbs.currentRow() == 1
    key = slides.deck.key(1)
    slides.notes.setFocus()
    _ctrl(qtbot, Qt.Key.Key_End)
    _type(qtbot, " Tanya dulu nama calo di desa ini.")
    qtbot.waitUntil(
        lambda: "Tanya dulu nama calo" in slide_edits(store, event_id, "id").get(key, ""),
        timeout=5000,
    )
    _key(qtbot, Qt.Key.Key_F5)
    presenter = slides.presenter
    assert presenter is not None and presenter.index == 0
    QTest.keyClick(presenter.console, Qt.Key.Key_Right)
    QTest.keyClick(presenter.console, Qt.Key.Key_Escape)
    assert slides.presenter is None and slides.thumbs.currentRow() == 1
    back_to(qtbot, window)
    assert "Tanya dulu nama calo" in slide_edits(store, event_id, "id")[key]
    assert "Tanya dulu nama calo" in bundled_for_event(store, event_id, "id").notes(1)


def _tiny_clip(folder) -> object:
    """A three-second test picture with a tone, made with ffmpeg (None without it)."""
    if shutil.which("ffmpeg") is None:
        return None
    clip = folder / "film.mp4"
    made = subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=duration=3:size=320x180:rate=25", "-f", "lavfi", "-i", "sine=duration=3",
         "-shortest", "-pix_fmt", "yuv420p", str(clip)],
        capture_output=True, timeout=60,
    )  # fmt: skip
    return clip if made.returncode == 0 and clip.is_file() else None


def _film(qtbot, window, store, typer, folder) -> None:
    _ctrl(qtbot, Qt.Key.Key_5)
    film = window.page("film")
    if film.player is None:  # no VLC on this machine: the page says how to install it
        assert film.vlc_box.isVisible() and film.vlc_message.text()
        return
    play = film.play_button.text().replace("&", "")
    _alt_button(qtbot, film, play)
    assert "Belum ada film" in film.message_label.text() and film.message_label.isVisible()
    assert film.player.state != PlayerState.PLAYING and film.time_label.text() == "00:00"
    clip = _tiny_clip(folder)
    if clip is None:
        return
    typer.expect(clip)
    _alt_button(qtbot, film, film.files.choose_button.text().replace("&", ""))
    qtbot.waitUntil(lambda: FilmLibrary(store).remembered_file() == clip, timeout=10_000)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: "00:03" in film.check_label.text(), timeout=15_000)
    assert not film.message_label.isVisible()
    back_to(qtbot, window)  # the check's progress window has come and gone
    _alt_button(qtbot, film, play)
    qtbot.waitUntil(lambda: film.player.state == PlayerState.PLAYING, timeout=10_000)
    qtbot.wait(600)
    back_to(qtbot, window)
    _alt_button(qtbot, film, film.play_button.text().replace("&", ""))  # Pause
    assert film.player.state == PlayerState.PAUSED
    assert FilmLibrary(store).saved_position(film_key(clip)) > 0  # Play later goes on there
    _alt_button(
        qtbot, film, film.controls.window_button.text().replace("&", "")
    )  # audience window off
    assert film.video is not None and not film.video.isVisible()
    back_to(qtbot, window)


def _scored_codes(store, event_id, test) -> set[str]:
    from kerinjing_desktop.core.store.exports import score_rows

    return {
        row.code
        for row in score_rows(store, event_id)
        if row.test == test and row.state == "scored"
    }
