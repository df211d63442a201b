"""Import a participant list: read it off the GUI thread, preview, then commit all or none."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.domain import Event, gender_label
from kerinjing_desktop.core.groups import shown_group
from kerinjing_desktop.core.i18n import _, ngettext
from kerinjing_desktop.core.importer import ImportFileError, ImportResult, read_people_file
from kerinjing_desktop.core.store.consent import consent_default
from kerinjing_desktop.core.store.integrity import explain
from kerinjing_desktop.core.store.participants import import_participants
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.keys import add_mnemonics
from kerinjing_desktop.gui.models import RowsModel
from kerinjing_desktop.gui.session import Session

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(self, session: Session, event: Event, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.target_event = event
        self.path = Path(path)
        self.preview: ImportResult | None = None
        self._on_done: Callable[[int], None] | None = None
        self.setWindowTitle(_("Import participants"))
        self.resize(900, 600)

    def open_and_import(self, on_done: Callable[[int], None]) -> None:
        self._on_done = on_done
        agreed = consent_default(self.session.store, self.target_event.id)
        run_job(
            self.parentWidget(),
            _("Reading {name}…").format(name=self.path.name),
            lambda: read_people_file(self.path, default_consent=agreed),
            on_success=self._show_preview,
            on_failure=self._show_failure,
        )

    def _show_failure(self, error: Exception) -> None:
        reason = (
            str(error)
            if isinstance(error, ImportFileError)
            else _("The file could not be read: {reason}").format(reason=error)
        )
        QMessageBox.warning(self.parentWidget(), _("Import participants"), reason)

    def _show_preview(self, result: ImportResult) -> None:
        self.preview = result
        layout = QVBoxLayout(self)
        bad_rows = len({p.row for p in result.problems})
        good = len(result.rows)
        summary = _("{file}: {ready}, {problems}.").format(
            file=self.path.name,
            ready=ngettext("{n} row ready to import", "{n} rows ready to import", good).format(
                n=good
            ),
            problems=ngettext("{n} row with problems", "{n} rows with problems", bad_rows).format(
                n=bad_rows
            ),
        )
        if result.duplicates:
            pairs = len(result.duplicates)
            summary += " " + ngettext(
                "{n} pair of rows has the same name (flagged, still imported).",
                "{n} pairs of rows have the same name (flagged, still imported).",
                pairs,
            ).format(n=pairs)
        layout.addWidget(QLabel(summary))
        if result.problems:
            layout.addWidget(QLabel(_("Problems (row as in the file):")))
            layout.addWidget(
                self._table(
                    [_("Row"), _("Column"), _("Problem")],
                    [(p.row, p.column, p.message) for p in result.problems],
                    fit=6,
                )
            )
        if result.notices:
            layout.addWidget(QLabel(_("Imported with a change (row as in the file):")))
            layout.addWidget(
                self._table(
                    [_("Row"), _("Column"), _("Note")],
                    [(n.row, n.column, n.message) for n in result.notices],
                    fit=4,
                )
            )
        layout.addWidget(QLabel(_("Preview:")))
        layout.addWidget(
            self._table(
                [_("Row"), _("Name"), _("M/F"), _("Age"), _("Group"), _("Phone"), _("Named")],
                [
                    (
                        r.row,
                        r.person.name,
                        gender_label(r.person.gender),
                        r.person.age,
                        shown_group(r.person.group, r.person.group_label),
                        r.person.phone,
                        # consent to be named: from the file's column or the event's default
                        _("yes") if r.person.consent else _("no"),
                    )
                    for r in result.rows[:PREVIEW_ROWS]
                ],
            ),
            1,
        )
        self.skip = QCheckBox(_("Import the valid rows and skip the rows with problems"))
        self.skip.setVisible(bool(result.problems))
        layout.addWidget(self.skip)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_("Import {n}").format(n=len(result.rows)))
        self.ok_button.setEnabled(bool(result.rows) and not result.problems)
        self.skip.toggled.connect(lambda on: self.ok_button.setEnabled(bool(result.rows) and on))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        add_mnemonics(self)
        self.open()

    def _table(self, headers: list[str], rows: list[tuple], fit: int = 0) -> QTableView:
        """A read-only table; with `fit`, no taller than its rows (at most `fit` of them shown),
        so that lists of problems and notes leave the room to the preview."""
        view = QTableView()
        view.setModel(RowsModel(headers, rows, view))
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        if fit:
            shown = min(len(rows), fit)
            rows_height = shown * view.verticalHeader().defaultSectionSize()
            frame = 2 * view.frameWidth()
            view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + rows_height + frame)
        return view

    def accept(self) -> None:
        assert self.preview is not None
        try:
            count = import_participants(
                self.session.store, self.target_event.id, [r.person for r in self.preview.rows]
            )
        except sqlite3.Error as error:  # a full disk: nothing was imported (one transaction)
            QMessageBox.warning(
                self,
                _("Import participants"),
                _("Nothing was imported. {reason}").format(reason=explain(error)),
            )
            return
        super().accept()
        if self._on_done:
            self._on_done(count)
