"""Every string shown to a person has a finished Indonesian translation, and the catalogues the
app reads are the ones translators edit (translations/id.po → the .mo; the Qt .ts → the .qm)."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kerinjing_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(_spec)
sys.modules["i18n_tool"] = i18n_tool  # its dataclass looks its module up
_spec.loader.exec_module(i18n_tool)
PLACEHOLDER = re.compile(r"\{(\w*)\}")
REDO = "run `python tools/i18n.py extract`, translate in translations/id.po, then `… compile`"


def _key(message) -> tuple[str, str | None]:
    return (message.id if isinstance(message.id, str) else message.id[0], message.context)


def test_every_marked_string_has_a_finished_translation():
    """No string marked in the package (_, N_, ngettext, pgettext) lacks a finished Indonesian
    translation: absent from the .po, left empty or fuzzy there, all fail."""
    missing = i18n_tool.missing()
    assert not missing, (
        REDO + "; untranslated:\n" + "\n".join(f"{w}: {s}" for s, w in missing.items())
    )


def test_the_po_holds_exactly_the_marked_strings():
    """The .po is the extraction of the code: no entry missing, none left over, and a counted
    sentence is a plural entry with the same English plural."""
    wanted = {_key(m): m.id for m in i18n_tool.template() if m.id}
    held = {_key(m): m.id for m in i18n_tool.read_catalog() if m.id}
    assert not wanted.keys() - held.keys(), REDO
    assert not held.keys() - wanted.keys(), "no longer in the code: " + REDO
    differ = [key for key in wanted if wanted[key] != held[key]]
    assert not differ, REDO + ": " + repr(differ[:5])


def test_the_extraction_finds_every_kind_of_mark(tmp_path, monkeypatch):
    """Marks inside f-strings, plurals and contexts are found; a variable is not (not vacuous)."""
    package = tmp_path / "kerinjing_desktop"
    package.mkdir()
    (package / "sample.py").write_text(
        'a = _("Save")\nb = f"{_(\'Q\')}{n}"\nc = ngettext("{n} row", "{n} rows", n)\n'
        'd = pgettext("question number", "Q")\ne = N_("Later")\nf = _(text)\n'
    )
    monkeypatch.setattr(i18n_tool, "ROOT", tmp_path)
    monkeypatch.setattr(i18n_tool, "PACKAGE", package)
    found = [(m.msgid, m.context, m.where) for m in i18n_tool.marked_strings()]
    assert found == [
        ("Save", None, "kerinjing_desktop/sample.py:1"),
        ("Q", None, "kerinjing_desktop/sample.py:2"),
        (("{n} row", "{n} rows"), None, "kerinjing_desktop/sample.py:3"),
        ("Q", "question number", "kerinjing_desktop/sample.py:4"),
        ("Later", None, "kerinjing_desktop/sample.py:5"),
    ]


# Two letters or fewer, written the same everywhere they are used
SHORT_WITHOUT_CONTEXT = {
    "no",  # the answer in a yes/no cell of a table, beside "yes"
    "M/F",  # the gender column's heading (its letters, M or F, have their context)
}


def test_short_ambiguous_keys_have_a_context():
    """A message of one or two letters ("Q" for question, "M"/"F", "No" for number) says what
    it is with pgettext: the translator sees the hint, and the same letters used for something
    else become an entry of their own."""
    short = sorted(
        f"{m.where}: {m.msgid}"
        for m in i18n_tool.marked_strings()
        if isinstance(m.msgid, str)
        and m.context is None
        and len([c for c in m.msgid if c.isalpha()]) <= 2
        and not any(c.isdigit() for c in m.msgid)  # "+10 s" says what it is
        and m.msgid not in SHORT_WITHOUT_CONTEXT
    )
    assert not short, "use pgettext(context, text):\n" + "\n".join(short)


def test_contexts_keep_the_short_keys_apart():
    """The question letter, the gender letters and the row-number heading in Indonesian."""
    assert i18n.pgettext("question, as in Q3", "Q", "id") == "S"
    assert i18n.pgettext("question, as in Q3", "Q", "en") == "Q"
    assert i18n.pgettext("male or female, one letter", "M", "id") == "L"
    assert i18n.pgettext("male or female, one letter", "F", "id") == "P"
    assert i18n.pgettext("row number column", "No.", "id") == "No."
    assert i18n.pgettext("no such context", "Q", "id") == "Q"  # the context is part of the key


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def test_translations_keep_their_placeholders():
    """A translation uses exactly the {placeholders} of its source (else .format() fails); a
    counted one those of the English plural, which names the count."""
    wrong = []
    for message in i18n_tool.read_catalog():
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[1]
        expected = sorted(PLACEHOLDER.findall(source))
        if any(sorted(PLACEHOLDER.findall(form)) != expected for form in _forms(message)):
            wrong.append(source)
    assert not wrong, wrong


def test_indonesian_counted_sentences_have_one_form():
    """Indonesian has one plural form (Plural-Forms: nplurals=1): one translation each."""
    catalog = i18n_tool.read_catalog()
    assert catalog.num_plurals == 1
    assert all(len(_forms(m)) == 1 for m in catalog if m.id and not isinstance(m.id, str))


def test_compiled_mo_is_up_to_date():
    """The .mo the app reads gives every finished .po translation (else: tools/i18n.py compile),
    and the app finds it where it looks (a missing one would fall back to English silently)."""
    with i18n_tool.MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for message in i18n_tool.read_catalog():
        if not message.id or not i18n_tool.finished(message):
            continue
        if isinstance(message.id, str):
            got = [compiled.pgettext(message.context, message.id) if message.context
                   else compiled.gettext(message.id)]  # fmt: skip
        else:
            got = [compiled.ngettext(*message.id, 5)]
        if got != _forms(message):
            stale.append(message.id)
    assert not stale, "run `python tools/i18n.py compile`; stale in the .mo: " + repr(stale[:10])
    assert gettext.find(i18n.DOMAIN, i18n.locale_dir(), ["id"]) == str(i18n_tool.MO_FILE)
    assert isinstance(i18n.translations("id"), gettext.GNUTranslations)


# ---------------------------------------------------------------- strings that bypass _()
GUI_FILES = [
    *sorted((ROOT / "kerinjing_desktop" / "gui").rglob("*.py")),
    *(ROOT / "kerinjing_desktop" / "slides" / f"{n}.py" for n in ("console", "presenter", "views")),
    ROOT / "kerinjing_desktop" / "film" / "video_window.py",
]
TEXT_CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QAction", "QToolButton", "QMenu", "QToolBar", "QListWidgetItem",
                     "QTableWidgetItem"}  # fmt: skip
# method → index of its text argument
TEXT_METHODS = {"setText": 0, "setWindowTitle": 0, "setToolTip": 0, "setPlaceholderText": 0,
                "setStatusTip": 0, "showMessage": 0, "setWhatsThis": 0, "setTitle": 0,
                "setLabelText": 0, "addRow": 0, "addTab": 1, "insertTab": 2, "setTabText": 1,
                "addItem": 0, "addItems": 0, "setHorizontalHeaderLabels": 0,
                "setHeaderLabels": 0, "setInformativeText": 0, "addButton": 0}  # fmt: skip
MESSAGE_BOXES = {"warning", "information", "critical", "question", "about"}
FILE_DIALOGS = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
ALLOWED = {
    "Kerinjing Desktop",  # the product's name, the same in every language
    "L", "P", "L/P",  # sex codes as printed on Indonesian forms (laki-laki / perempuan)
    "A4", "F4",  # paper sizes
    "KB",  # a unit symbol
    "001/PKM-TPPO/IX/2021",  # an example certificate number, not words
    "PDF (*.pdf)", "Excel (*.xlsx)", "Kerinjing (*.kbundle)",  # file-type names in dialogs
    "Kerinjing (*.kbundle);;* (*)",
}  # fmt: skip


def _texts(node):
    """(line, text) for each literal piece of a text argument (f-string: its fixed parts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        fixed = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        yield node.lineno, fixed
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _texts(element)
    elif isinstance(node, ast.BinOp):
        yield from _texts(node.left)
        yield from _texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _texts(node.body)
        yield from _texts(node.orelse)


def _text_arguments(call: ast.Call):
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    owner = (
        func.value.id
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
        else None
    )  # noqa: E501
    if isinstance(func, ast.Name) and name in TEXT_CONSTRUCTORS:
        return call.args
    if owner == "QMessageBox" and name in MESSAGE_BOXES:
        return call.args[1:3]
    if owner == "QFileDialog" and name in FILE_DIALOGS:
        return call.args[1:2] + call.args[3:4]
    if isinstance(func, ast.Attribute) and name in TEXT_METHODS:
        index = TEXT_METHODS[name]
        return call.args[index : index + 1]
    return []


def bypassing_strings() -> list[str]:
    found = []
    for path in GUI_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for argument in _text_arguments(call):
                for line, text in _texts(argument):
                    words = re.sub(r"<[^>]*>", "", text).strip()  # markup is not words
                    if any(c.isalpha() for c in words) and words not in ALLOWED:
                        found.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    return found


def test_no_user_visible_string_bypasses_translation():
    """No literal with words reaches a Qt text setter or constructor in the GUI without _()."""
    found = bypassing_strings()
    assert not found, "wrap in _() and translate:\n" + "\n".join(found)


def test_the_bypass_check_catches_a_bare_literal(tmp_path, monkeypatch):
    """The check above does find `QPushButton("Save")` and `.setToolTip("…")` (not vacuous)."""
    sample = tmp_path / "sample.py"
    sample.write_text('b = QPushButton("Save")\nb.setToolTip(f"{n} rows")\nQLabel(_("Ok"))\n')
    monkeypatch.setattr(sys.modules[__name__], "GUI_FILES", [sample])
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert bypassing_strings() == ["sample.py:1: 'Save'", "sample.py:2: ' rows'"]


# ---------------------------------------------------------------- Qt's own texts
def _ts_messages(lang: str):
    """(context, source, translation) of every finished message of Qt's own texts (.ts)."""
    for path in i18n_tool.ts_files(lang):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.get("type") is None and node.text:
                    yield name, message.findtext("source"), node.text


@pytest.mark.parametrize("lang", i18n_tool.QT_LANGUAGES)
def test_compiled_qm_is_up_to_date(qapp, lang):
    """qt_<lang>.qm gives every translation of Qt's own texts (else: tools/i18n.py compile)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n_tool.qm_file(lang)))
    messages = list(_ts_messages(lang))
    assert messages
    stale = [
        source
        for context, source, translated in messages
        if translator.translate(context, source) != translated
    ]
    assert not stale, "run `python tools/i18n.py compile`; stale or missing in the .qm: " + repr(
        stale[:10]
    )


def test_qt_own_texts_only_in_the_qm():
    """The .ts files hold Qt's own contexts only: the app's strings belong in the .po."""
    contexts = {c for lang in i18n_tool.QT_LANGUAGES for c, _s, _t in _ts_messages(lang)}
    assert len(contexts) > 5 and all(c.startswith("Q") for c in contexts), contexts


@pytest.fixture
def qt_language(qapp):
    """Installs Qt's translators for a language as the app's start does; removes them after."""
    from PySide6.QtCore import QTranslator

    from kerinjing_desktop.gui.app import _install_qt_translations

    added = []

    def install(lang: str) -> None:
        before = set(qapp.findChildren(QTranslator))
        _install_qt_translations(qapp, lang)
        added.extend(t for t in qapp.findChildren(QTranslator) if t not in before)

    yield install
    for translator in added:
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.parametrize(("lang", "expected"), [("id", ["&Tidak", "&Ya"]), ("en", ["&No", "&Yes"])])
def test_a_question_answers_in_the_window_language(qtbot, qt_language, lang, expected):
    """Our yes/no question: Ya / Tidak in Indonesian (Qt ships no Indonesian of its own), with
    their Alt-letters; Yes is the default, Esc means No, and a click on Yes counts as yes."""
    from PySide6.QtWidgets import QMessageBox

    from kerinjing_desktop.gui.dialogs.ask import answered_yes, question_box

    qt_language(lang)
    box = question_box(None, "Hapus?", "Hapus foto ini?")
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == expected
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is yes and box.escapeButton() is no
    assert not answered_yes(box)
    no.click()
    assert not answered_yes(box)
    yes.click()
    assert answered_yes(box)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("id", {"&Simpan", "Batal", "&Tutup"}), ("en", {"&Save", "Cancel", "&Close"})],
)
def test_standard_buttons_speak_the_window_language(qtbot, qt_language, lang, expected):
    """Save / Cancel / Close of a dialog read Simpan / Batal / Tutup in Indonesian, and Save and
    Close keep their Alt-letter in both languages (Qt's own English has none)."""
    from PySide6.QtWidgets import QDialogButtonBox

    qt_language(lang)
    which = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(which.Save | which.Cancel | which.Close)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == expected
