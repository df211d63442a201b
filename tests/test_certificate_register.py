"""The certificates register without printing: serials, check codes, settings, `verify`.

These pin what a village secretary and a programme rely on: the serial's Indonesian form for
every month and for the event's own activity code, one running number per laptop across
events, a forged paper or a changed register entry called NOT GENUINE, a short serial from
two laptops called ambiguous until the check code settles it, and the verdict in plain words.
"""

from __future__ import annotations

import re

import pytest

from kerinjing_desktop.core import i18n
from kerinjing_desktop.core.domain import PersonInput
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.core.store.certificates import (
    CertificateSettings,
    Signatory,
    Verdict,
    certificates_for_event,
    explain,
    get_settings,
    issue_certificates,
    printed_settings,
    set_settings,
    verify,
)
from kerinjing_desktop.core.store.events import add_event
from kerinjing_desktop.core.store.institution import Institution, Signer, set_institution
from kerinjing_desktop.core.store.participants import import_participants, list_participants
from kerinjing_desktop.core.store.settings import set_json


def _issue(store, title, date, names):
    """An event on `date` whose people (all of them) get their certificates now."""
    event = add_event(store, title, f"Desa {title}", date)
    import_participants(store, event.id, [PersonInput(n, "P", 30) for n in names])
    return event, issue_certificates(store, event, list_participants(store, event.id))


def _other_code(*codes):
    """A check code none of `codes` is: what a forger would print."""
    return next(c for c in ("00000000", "11111111", "22222222") if c not in codes)


def _laptop_code(certificate):
    return certificate.serial.rsplit("/", 1)[1]


def test_every_month_is_written_in_roman_numerals(store):
    """January is I … December XII: the month of the event, never of the printing."""
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    for month, numeral in enumerate(roman, 1):
        _event, [certificate] = _issue(store, f"Bulan {month}", f"2023-{month:02d}-28", ["A"])
        code = _laptop_code(certificate)
        assert certificate.serial == f"001/PKM-TPPO/{numeral}/2023/{code}", month


def test_an_events_own_activity_code_goes_into_its_serials_and_only_its_own(store):
    """The code typed for one event (cleaned: upper case, no slash) numbers that event; an
    event with nothing set uses the default PKM-TPPO; a code of only punctuation falls back
    to the default rather than leaving an empty field in the serial."""
    kkn = add_event(store, "KKN", "Desa Satu", "2022-07-04")
    set_settings(store, kkn.id, CertificateSettings(activity_code=" kkn / unsri 2022 "))
    assert get_settings(store, kkn.id).activity_code == "KKN-UNSRI-2022"
    import_participants(store, kkn.id, [PersonInput("Rina", "P", 21)])
    [paper] = issue_certificates(store, kkn, list_participants(store, kkn.id))
    assert paper.serial == f"001/KKN-UNSRI-2022/VII/2022/{_laptop_code(paper)}"

    _plain, [other] = _issue(store, "Biasa", "2022-07-05", ["Dodi"])
    assert other.serial == f"001/PKM-TPPO/VII/2022/{_laptop_code(other)}"
    assert get_settings(store, _plain.id) == CertificateSettings("", "PKM-TPPO", [])

    odd = add_event(store, "Aneh", "Desa Dua", "2022-07-06")
    set_settings(store, odd.id, CertificateSettings(activity_code=" // ?? "))
    assert get_settings(store, odd.id).activity_code == "PKM-TPPO"


def test_serials_run_on_per_code_month_and_year(store):
    """Each activity code, month and year has its own running number on a laptop: the same
    code and month go on (003 after 001 and 002), the same month of another year and another
    code in the same month start again at 001."""
    _first, a = _issue(store, "Satu", "2024-05-02", ["A", "B"])
    _second, b = _issue(store, "Dua", "2024-05-20", ["C"])
    _next_year, c = _issue(store, "Tiga", "2025-05-02", ["D"])
    own = add_event(store, "Empat", "Desa Empat", "2024-05-21")
    set_settings(store, own.id, CertificateSettings(activity_code="KKN"))
    import_participants(store, own.id, [PersonInput("E", "L", 30)])
    d = issue_certificates(store, own, list_participants(store, own.id))
    numbers = [x.serial.split("/", 1)[0] for x in (*a, *b, *c, *d)]
    assert numbers == ["001", "002", "003", "001", "001"]
    assert d[0].serial.split("/")[1:4] == ["KKN", "V", "2024"]


def test_the_running_number_goes_on_after_serials_from_before_laptop_codes(store):
    """A register from before serials carried a laptop code (`007/PKM-TPPO/IX/2021`, signed
    by this laptop) numbers on from it: the next serial is 008, not a second 001."""
    _event, [old] = _issue(store, "Lama", "2021-09-10", ["A"])
    short = "007/PKM-TPPO/IX/2021"
    store.execute("UPDATE certificates SET serial = ? WHERE id = ?", [short, old.id])
    _later, [new] = _issue(store, "Baru", "2021-09-30", ["B"])
    assert new.serial == f"008/PKM-TPPO/IX/2021/{_laptop_code(new)}"


def test_check_codes_are_eight_random_hex_digits(store):
    """What is printed under the QR code: eight hex digits, different on every paper."""
    _event, issued = _issue(store, "Kode", "2021-09-21", [f"Orang {i}" for i in range(30)])
    codes = [c.check_code for c in issued]
    assert all(re.fullmatch(r"[0-9A-F]{8}", code) for code in codes), codes
    assert len(set(codes)) == 30


def test_settings_are_cleaned_and_keep_at_most_two_signatories(store):
    """The institution and names are trimmed; a signatory with only a name or only a title
    is kept, a blank one dropped; a register holding more than two (written elsewhere) prints
    the first two; fields this version does not know are ignored."""
    event = add_event(store, "Acara", "Desa", "2021-09-21")
    set_settings(
        store,
        event.id,
        CertificateSettings(
            "  Universitas   Contoh ",
            "pkm tppo",
            [Signatory(" Dr.  Ani ", ""), Signatory("", " Kepala  Desa ")],
        ),
    )
    assert get_settings(store, event.id) == CertificateSettings(
        "Universitas Contoh", "PKM-TPPO", [Signatory("Dr. Ani"), Signatory("", "Kepala Desa")]
    )
    set_settings(store, event.id, CertificateSettings("X", signatories=[Signatory(" ", " ")]))
    assert get_settings(store, event.id).signatories == []

    three = [{"name": n, "title": "Ketua", "note": "?"} for n in ("A", "B", "C")]
    set_json(store, f"certificates:{event.id}", {"signatories": ["not a person", *three]})
    assert get_settings(store, event.id).signatories == [
        Signatory("A", "Ketua"),
        Signatory("B", "Ketua"),
    ]


def test_a_blank_signatory_does_not_take_the_place_of_one_filled_in_after_it(store):
    """Signatory 1 left blank, 2 and 3 filled in: 2 and 3 sign. Blank ones are left out before
    the list is cut to two, when the settings are saved and when a register written elsewhere
    holds a blank one first."""
    event = add_event(store, "Acara", "Desa", "2021-09-21")
    typed = [Signatory(" ", ""), Signatory("Dr. Ani", "Ketua"), Signatory("", "Kepala Desa")]
    set_settings(store, event.id, CertificateSettings("X", signatories=typed))
    both = [Signatory("Dr. Ani", "Ketua"), Signatory("", "Kepala Desa")]
    assert get_settings(store, event.id).signatories == both
    assert printed_settings(store, event.id).signatories == both

    stored = [{"name": "", "title": " "}, {"name": "A"}, {"name": "B"}, {"name": "C"}]
    set_json(store, f"certificates:{event.id}", {"signatories": stored})
    assert get_settings(store, event.id).signatories == [Signatory("A"), Signatory("B")]


def test_a_page_prints_the_institution_from_settings_unless_the_event_has_its_own(store):
    """Without choices of its own an event prints the institution (unit and name) and its
    first two signatories from Settings; an event's own institution and signatories win."""
    set_institution(
        store,
        Institution(
            name="Universitas Contoh",
            unit="LPPM",
            signatories=(Signer("Dr. A", "Ketua"), Signer("B", "Sekretaris"), Signer("C", "")),
        ),
    )
    event = add_event(store, "Acara", "Desa", "2021-09-21")
    shown = printed_settings(store, event.id)
    assert shown.institution == "LPPM Universitas Contoh"
    assert shown.signatories == [Signatory("Dr. A", "Ketua"), Signatory("B", "Sekretaris")]

    own = CertificateSettings("Desa Kerinjing", signatories=[Signatory("Pak Kades", "Kades")])
    set_settings(store, event.id, own)
    assert printed_settings(store, event.id) == own

    set_institution(store, Institution(name="Universitas Contoh"))
    other = add_event(store, "Lain", "Desa", "2021-09-22")
    assert printed_settings(store, other.id).institution == "Universitas Contoh"


def test_a_forged_paper_or_a_changed_register_entry_is_not_genuine(store):
    """The paper's code typed in any case with the serial: genuine. Another code: a forgery,
    whatever the register says. An entry changed after signing (the name swapped in the
    database): CHANGED even with the right code. Unsigned, or signed by a laptop this
    register does not know: cannot be confirmed."""
    _event, [siti, rohani, dewi] = _issue(store, "Acara", "2021-09-21", ["Siti", "Rohani", "Dewi"])
    found = verify(store, f"{siti.serial}|{siti.check_code.lower()}")
    assert found.verdict is Verdict.GENUINE and found.genuine and found.code_given
    assert found.certificate == siti and found.laptop == _laptop_code(siti)
    assert (found.event_title, found.event_date, found.village) == (
        "Acara",
        "2021-09-21",
        "Desa Acara",
    )
    forged = verify(store, f"{siti.serial}|{rohani.check_code}")
    assert forged.verdict is Verdict.WRONG_CODE and not forged.genuine

    store.execute("UPDATE certificates SET holder_name = 'Orang Lain' WHERE id = ?", [rohani.id])
    changed = verify(store, f"{rohani.serial}|{rohani.check_code}")
    assert changed.verdict is Verdict.CHANGED and not changed.genuine
    assert verify(store, rohani.serial).verdict is Verdict.CHANGED
    assert (
        verify(store, f"{rohani.serial}|{_other_code(rohani.check_code)}").verdict
        is Verdict.WRONG_CODE
    )

    store.execute("UPDATE certificates SET signature = '' WHERE id = ?", [dewi.id])
    assert verify(store, f"{dewi.serial}|{dewi.check_code}").verdict is Verdict.UNCONFIRMED
    store.execute("DELETE FROM signing_keys")
    unknown = verify(store, f"{siti.serial}|{siti.check_code}")
    assert unknown.verdict is Verdict.UNCONFIRMED and unknown.laptop == ""


def test_what_people_type_is_read_leniently(store):
    """Spaces anywhere, lower case, a QR reader's `SERIAL|CODE`, a trailing `|` with no code;
    the serial without its laptop code finds the one laptop's certificate."""
    _event, [siti] = _issue(store, "Acara", "2021-09-21", ["Siti"])
    spaced = " ".join(siti.serial.lower()) + " | " + " ".join(siti.check_code.lower())
    assert verify(store, spaced).verdict is Verdict.GENUINE
    bare = verify(store, siti.serial + "|")
    assert bare.certificate == siti and not bare.code_given
    short = siti.serial.rsplit("/", 1)[0]
    assert verify(store, f" {short.lower()} ").certificate == siti
    assert verify(store, "002/PKM-TPPO/IX/2021") is None
    assert verify(store, short + "/ZZZZ") is None
    assert verify(store, "001/PKM-TPPO") is None


def test_a_name_or_role_corrected_after_printing_keeps_the_serial(store):
    """The serial stays; name, role and a new check code follow the correction, stored and
    signed, so the new paper verifies and the old one is refused; the others are untouched;
    issuing again without a change keeps everything as it was."""
    from kerinjing_desktop.core.store.participants import set_role, update_person

    event, [siti, rohani] = _issue(store, "Acara", "2021-09-21", ["Siti", "Rohani"])
    update_person(store, siti.registration_id, PersonInput("Siti Aminah", "P", 30))
    set_role(store, rohani.registration_id, "narasumber")
    again = issue_certificates(store, event, list_participants(store, event.id))
    stored = {c.registration_id: c for c in certificates_for_event(store, event.id)}
    assert again == [stored[siti.registration_id], stored[rohani.registration_id]]
    new_siti, new_rohani = again
    assert (new_siti.serial, new_siti.holder_name, new_siti.role) == (
        siti.serial,
        "Siti Aminah",
        "peserta",
    )
    assert (new_rohani.serial, new_rohani.holder_name, new_rohani.role) == (
        rohani.serial,
        "Rohani",
        "narasumber",
    )
    assert new_siti.check_code != siti.check_code and new_rohani.check_code != rohani.check_code
    for old, new in ((siti, new_siti), (rohani, new_rohani)):
        assert verify(store, f"{new.serial}|{new.check_code}").verdict is Verdict.GENUINE
        assert verify(store, f"{old.serial}|{old.check_code}").verdict is Verdict.WRONG_CODE
    assert issue_certificates(store, event, list_participants(store, event.id)) == again


def test_deleting_a_person_keeps_their_certificate_genuine_without_the_name(store):
    """After a person's data is deleted the paper they hold still verifies, as the
    anonymous holder; their name is nowhere in the register."""
    from kerinjing_desktop.core.store.privacy import ANONYMOUS, delete_person

    event, [siti, rohani] = _issue(store, "Acara", "2021-09-21", ["Siti Aminah", "Rohani"])
    person = next(p for p in list_participants(store, event.id) if p.name == "Siti Aminah")
    delete_person(store, person.person_id)
    found = verify(store, f"{siti.serial}|{siti.check_code}")
    assert found.verdict is Verdict.GENUINE and found.certificate.holder_name == ANONYMOUS
    assert verify(store, f"{rohani.serial}|{rohani.check_code}").certificate == rohani
    names = [c.holder_name for c in certificates_for_event(store, event.id)]
    assert sorted(names) == sorted([ANONYMOUS, "Rohani"])


@pytest.fixture
def two_laptops(tmp_path):
    """Laptops A and B each print 001 of September 2021 for their own event; A then imports
    B's bundle, so A's register holds both: one short serial, two certificates."""
    from kerinjing_desktop.core.bundle import export_bundle, import_bundle

    stores, issued = [], []
    for name, holder, day in (("a", "Sri Rahayu", "2021-09-21"), ("b", "Wayan Sudi", "2021-09-23")):
        store = open_store(tmp_path / name)
        _event, [certificate] = _issue(store, f"Acara {name}", day, [holder])
        stores.append(store)
        issued.append(certificate)
    export_bundle(stores[1], tmp_path / "b.kbundle", include_sensitive=True)
    import_bundle(stores[0], tmp_path / "b.kbundle")
    yield stores[0], issued
    for store in stores:
        store.close()


def test_a_short_serial_from_two_laptops_needs_the_check_code(two_laptops):
    """The serial without a laptop code is ambiguous; with a paper's check code it finds that
    paper's holder (genuine); with a code neither laptop issued, it is a forgery; the full
    serial finds its own certificate."""
    store, (a, b) = two_laptops
    short = a.serial.rsplit("/", 1)[0]
    assert short == b.serial.rsplit("/", 1)[0] and a.serial != b.serial
    assert verify(store, short).verdict is Verdict.AMBIGUOUS
    for paper in (a, b):
        found = verify(store, f"{short}|{paper.check_code}")
        assert found.verdict is Verdict.GENUINE and found.certificate == paper
        assert found.laptop == _laptop_code(paper)
        assert verify(store, paper.serial).certificate == paper
    wrong = _other_code(a.check_code, b.check_code)
    assert verify(store, f"{short}|{wrong}").verdict is Verdict.WRONG_CODE


def test_each_verdict_is_told_in_plain_words_with_the_serial_and_laptop(two_laptops):
    """The sentence a secretary reads: English and Indonesian, serial and laptop filled in."""
    store, (a, _b) = two_laptops
    short = a.serial.rsplit("/", 1)[0]
    laptop = _laptop_code(a)
    i18n.set_language("en")
    said = {
        "genuine": explain(verify(store, f"{a.serial}|{a.check_code}")),
        "listed": explain(verify(store, a.serial)),
        "forged": explain(verify(store, f"{a.serial}|{_other_code(a.check_code)}")),
        "ambiguous": explain(verify(store, short)),
    }
    assert said["genuine"] == (
        f"Genuine: the check code on the paper matches the register, signed by laptop {laptop}."
    )
    assert said["listed"] == (
        f"The register holds this certificate (signed by laptop {laptop}). To check a paper, "
        f"also type the check code printed on it: {a.serial}|CODE."
    )
    assert said["forged"].startswith(
        f"NOT GENUINE: the check code on this paper is not the one issued with serial {a.serial}."
    )
    assert said["ambiguous"].startswith("Several certificates carry this number")
    store.execute("UPDATE certificates SET holder_name = 'X' WHERE id = ?", [a.id])
    assert explain(verify(store, a.serial)) == (
        f"NOT GENUINE: the register entry for {a.serial} was changed after it was signed."
    )
    store.execute("DELETE FROM signing_keys")
    assert explain(verify(store, a.serial)).startswith("Cannot confirm: this certificate")

    i18n.set_language("id")
    assert explain(verify(store, short)).startswith("Beberapa sertifikat memakai nomor ini")
    assert explain(verify(store, f"{a.serial}|{_other_code(a.check_code)}")).startswith(
        "TIDAK ASLI: kode cek"
    )
