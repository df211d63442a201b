"""What a first-time facilitator tripped over on a whole day (issue 13's walkthrough): a stale
error in the status bar, and the film page's buttons with no film chosen."""

from __future__ import annotations

import pytest
from film_support import requires_vlc
from PySide6.QtCore import Qt

from kerinjing_desktop.core.domain import validate_person
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.participants import add_participant
from kerinjing_desktop.core.store.scores import participant_cells
from kerinjing_desktop.film.library import demo_clip
from kerinjing_desktop.gui.main_window import MainWindow
from kerinjing_desktop.gui.session import Session


@pytest.fixture
def window(qtbot, store):
    event = add_event(store, "Sosialisasi TPPO", "Sukamaju", "2026-12-05")
    for name in ("Siti", "Rohani"):
        add_participant(store, event.id, validate_person(name, "P"), checked_in=True)
    session = Session(store, None, "id")
    main = MainWindow(session)
    qtbot.addWidget(main)
    session.set_event(event.id)
    main.show()
    return main


def test_a_valid_score_clears_the_error_left_in_the_status_bar(qtbot, window, store):
    """9 is refused (the status bar says why); the 1 typed next is stored, and the refusal no
    longer stands in the status bar."""
    window.show_step("pretest")
    page = window.page("pretest")
    grid = page.grid
    grid.move_to(0, page.model.first_question_column())
    grid.setFocus()
    qtbot.keyClick(grid, "9")
    refused = window.statusBar().currentMessage()
    assert refused and refused in page.message.text()
    qtbot.keyClick(grid, "1")
    person = page.model.people[0]
    assert participant_cells(store, person.registration_id, "pre")[1].score == 1
    assert window.statusBar().currentMessage() == ""
    assert page.message.text() == ""


def test_another_message_in_the_status_bar_is_left_alone(qtbot, window):
    window.show_step("pretest")
    page = window.page("pretest")
    page.grid.move_to(0, page.model.first_question_column())
    page.grid.setFocus()
    qtbot.keyClick(page.grid, "9")
    window.session.status.emit("Cadangan dibuat.")
    qtbot.keyClick(page.grid, "1")
    assert window.statusBar().currentMessage() == "Cadangan dibuat."


@requires_vlc
def test_the_film_page_without_a_film_says_what_to_do(qtbot, store):
    """No film chosen: no made-up length beside the clock, and Play (Alt+P's button) and
    Check the file each say to choose the film first, instead of doing nothing."""
    from kerinjing_desktop.gui.pages.film_page import FilmPage

    page = FilmPage(Session(store, None, "id"))
    qtbot.addWidget(page)
    page.show()
    try:
        assert page.film is None
        assert page.time_label.text() == "00:00"
        qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
        assert page.message_label.isVisible()
        assert "Pilih film" in page.message_label.text()
        qtbot.mouseClick(page.files.check_button, Qt.MouseButton.LeftButton)
        assert "Pilih film" in page.check_label.text() and page.check_label.isVisible()
        assert page.player is not None and page.player.state != "playing"
        page.open_film(demo_clip())
        assert page.time_label.text().startswith("00:00 / ")
        assert not page.message_label.isVisible()
    finally:
        page.shutdown()


def test_certificates_without_signer_or_institution_warn_on_the_page(qtbot, window, monkeypatch):
    """No institution and no signatory: the page says so beside the settings, and Save PDF
    asks first (No puts the cursor in the institution's field); once typed, neither."""
    from PySide6.QtWidgets import QFileDialog

    from kerinjing_desktop.gui import signing_warning

    asked: list[str] = []
    monkeypatch.setattr(signing_warning, "ask", lambda _p, _t, text: asked.append(text) or False)
    dialogs: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: dialogs.append("save") or ("", "")
    )
    window.show_step("documents")
    page = window.page("documents")
    assert page.certificate_settings.signing_gap.isVisible()
    assert "Pengaturan sertifikat" in page.certificate_settings.signing_gap.text()
    save, _print = page.buttons["certificates"]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "nama lembaga dan penanda tangan" in asked[0]
    assert (
        dialogs == []
        and page.certificate_settings.institution.window().focusWidget()
        is page.certificate_settings.institution
    )
    qtbot.keyClicks(page.certificate_settings.institution, "Universitas Sriwijaya")
    assert (
        "penanda tangan" in page.certificate_settings.signing_gap.text()
        and "lembaga" not in page.certificate_settings.signing_gap.text()
    )
    qtbot.keyClicks(page.certificate_settings.signers[0]["name"], "Dr. Siti")
    assert not page.certificate_settings.signing_gap.isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and dialogs == ["save"]


def test_certificates_from_the_command_line_warn(cli, tmp_path, make_store):
    from kerinjing_desktop.core.store.certificates import (
        CertificateSettings,
        Signatory,
        set_settings,
    )

    event = cli("events", "add", "--title", "T", "--village", "V", "--date",
                "2026-12-05").out.strip()  # fmt: skip
    out = tmp_path / "c.pdf"
    made = cli("print", "certificates", "--event", event, "--out", str(out))
    assert made.status == 0 and out.is_file()
    assert "peringatan" in made.err and "Pengaturan sertifikat" in made.err
    store = make_store(cli.data_dir)
    try:
        set_settings(store, event, CertificateSettings("LPPM", "", [Signatory("Dr. Siti", "")]))
    finally:
        store.close()
    again = cli("print", "certificates", "--event", event, "--out", str(out))
    assert again.status == 0 and again.err == ""


def test_the_window_asks_before_making_a_named_data_folder(tmp_path, monkeypatch):
    """`kerinjing-desktop --data-dir TYPO` (the window): asked first, No closes the app
    without making the folder; the default folder and an existing one are not asked about."""
    from kerinjing_desktop.gui import recovery

    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(recovery, "_ask", lambda _p, _t, text: asked.append(text) or answer["yes"])
    typo = tmp_path / "kerinjng"
    assert not recovery.new_folder_agreed(typo, named=True)
    assert not typo.exists() and str(typo) in asked[0] and "tidak ada" in asked[0]
    answer["yes"] = True
    assert recovery.new_folder_agreed(typo, named=True) and len(asked) == 2
    assert recovery.new_folder_agreed(tmp_path / "default", named=False)
    assert recovery.new_folder_agreed(tmp_path, named=True) and len(asked) == 2


def test_the_clock_shows_no_length_before_a_film_is_chosen(qtbot, store, tmp_path):
    """Dragging the slider with no film: the position alone, not the expected film's length."""
    from kerinjing_desktop.gui.pages.film_page import FilmPage

    page = FilmPage(Session(store, None, "id"))
    qtbot.addWidget(page)
    try:
        page.controls.scrubbed.emit(65_000)
        assert page.time_label.text() == "01:05"
        assert page.logic.total_ms() > 0  # the expected length still places the pauses
    finally:
        page.shutdown()
