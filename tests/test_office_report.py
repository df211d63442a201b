"""`print programme`: the Laporan Program holds counts only, in both languages and papers."""

from __future__ import annotations

import pytest
from office_support import collected, people
from pdf_tools import fonts_all_embedded, info, needs_poppler, text

from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.notes import add_note
from kerinjing_desktop.core.store.participants import (
    import_participants,
    list_participants,
    set_attendance,
)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return collected(tmp_path_factory.mktemp("office"))[1]


@needs_poppler
@pytest.mark.parametrize(("lang", "paper"), [("id", "a4"), ("en", "f4")])
def test_the_report_names_nobody_and_follows_language_and_paper(office, tmp_path, lang, paper):
    from kerinjing_desktop.cli import main

    out = tmp_path / "programme.pdf"
    argv = ["--lang", lang, "--data-dir", str(office), "print", "programme", "--out", str(out),
            "--paper", paper]  # fmt: skip
    assert main(argv) == 0
    words = text(out)
    flat = " ".join(words.split())
    assert ("LAPORAN PROGRAM" if lang == "id" else "PROGRAMME REPORT") in words
    assert ("Calon PMI" if lang == "id" else "Prospective migrant workers") in flat
    for person in people(office):
        assert person["full_name"] not in flat
        assert not person["phone"] or person["phone"] not in flat
    assert "menunggu kabar" not in flat  # a sensitive finding never prints
    _pages, width, height = info(out)
    assert round(height / width, 2) == (1.41 if paper == "a4" else 1.53)
    assert fonts_all_embedded(out)


@needs_poppler
def test_a_small_village_prints_less_than_five_and_no_gain(tmp_path, cli, make_store):
    store = make_store(cli.data_dir)
    event = add_event(store, "Kecil", "Sukamaju", "2026-03-02", kabupaten="Teluk Damar")
    import_participants(
        store, event.id, [PersonInput(f"Orang Kecil{i}", "L", 30, consent=False) for i in range(3)]
    )
    set_attendance(store, event.id, [p.code for p in list_participants(store, event.id)], True)
    add_note(store, event.id, "fgd", "Orang Kecil1 takut ditipu calo", "Calo")
    store.close()
    out = tmp_path / "kecil.pdf"
    result = cli("--lang", "en", "print", "programme", "--kabupaten", "teluk damar",
                 "--from", "2026-01-01", "--out", str(out))  # fmt: skip
    assert result.status == 0, result.err
    words = " ".join(text(out).split())
    assert "Kabupaten: teluk damar" in words
    assert "02-03-2026 Sukamaju Teluk Damar <5 <5 0 – – – –" in words  # no commitments: –
    assert "[…] takut ditipu calo" in words and "Orang Kecil" not in words


def test_bad_dates_and_options_are_refused_in_words(cli, tmp_path):
    out = str(tmp_path / "x.pdf")
    refused = cli("print", "programme", "--from", "2026-13-01", "--out", out)
    assert refused.status == 2 and "2026-13-01 bukan tanggal" in refused.err
    assert cli("print", "programme", "--event", "abcd", "--out", out).status == 2
    assert "gunakan nama berkas .pdf" in cli("print", "programme", "--out", "x.docx").err
    assert "hanya untuk print programme" in cli("print", "summary", "--event", "abcd",
                                                "--to", "2026-01-01", "--out", out).err  # fmt: skip


def test_commitments_are_counted_per_village_and_notes_are_bounded():
    """Commitments print as counts by the latest visit's word (a follow-up of a commitment the
    village no longer lists is not counted), the most common by their words; of the notes,
    each village's first (a finding before a discussion), shortened."""
    from kerinjing_desktop.core.office.publish import (
        EventFigures,
        PublicFollowUp,
        PublicText,
        Published,
    )
    from kerinjing_desktop.reports.programme_commitments import (
        NOTE_CHARS,
        chosen_notes,
        most_common,
        per_kabupaten,
        per_village,
    )

    def event(id_, kabupaten):
        return EventFigures(id_, "2026-01-02", id_, "", kabupaten, "", 9, 9, 9, *[None] * 5)

    said = "Warga " + "sering ditawari kerja ke luar negeri lewat media sosial " * 8
    published = Published(
        events=[event("e1", "Danau Biru"), event("e2", "Danau Biru"), event("e3", "Lain")],
        texts=[
            PublicText("e1", "commitment", "", 1, "Perdes pekerja migran"),
            PublicText("e1", "commitment", "", 2, "Nomor pengaduan di balai"),
            PublicText("e1", "commitment", "", 3, "Cek tawaran ke Disnaker"),
            PublicText("e2", "commitment", "", 1, "perdes  pekerja migran"),
            PublicText("e1", "fgd", "", 1, "Diskusi ramai"),
            PublicText("e1", "finding", "", 2, said),
            PublicText("e3", "other", "", 1, "Pendek saja"),
        ],
        follow_ups=[
            PublicFollowUp("e1", "Perdes pekerja migran", "2026-04-01", "done", ""),
            PublicFollowUp("e1", "Nomor pengaduan di balai", "2026-04-01", "started", ""),
            PublicFollowUp("e1", "Janji lama yang diganti", "2026-04-01", "done", ""),
            PublicFollowUp("e2", "perdes  pekerja migran", "2026-04-01", "not_started", ""),
        ],
    )
    villages = per_village(published)
    assert set(villages) == {"e1", "e2"}
    one, two = villages["e1"], villages["e2"]
    assert (one.made, one.done, one.started, one.not_started, one.not_visited) == (3, 1, 1, 0, 1)
    assert (two.made, two.not_started, two.not_visited) == (1, 1, 0)
    (area,) = per_kabupaten(published).values()
    assert (area.made, area.done, area.not_started, area.not_visited) == (4, 1, 1, 1)
    first = most_common(published)[0]
    assert (first.villages, first.done, first.not_started) == (2, 1, 1)
    assert most_common(published, 1) == [first]
    notes = chosen_notes(published)
    assert [(n.event_id, n.kind) for n in notes] == [("e1", "finding"), ("e3", "other")]
    assert len(notes[0].text) <= NOTE_CHARS and notes[0].text.endswith("…")
    assert notes[0].text.startswith("Warga sering ditawari") and notes[1].text == "Pendek saja"
