"""The Backups step: the verified backups, back up now, restore one, move data by bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.bundle import BundleError, export_bundle
from kerinjing_desktop.core.bundle_plan import Plan, carry_out, plan_import
from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import StoreError, open_store
from kerinjing_desktop.core.store.backup import list_backups, make_backup
from kerinjing_desktop.core.store.restore import restore_backup
from kerinjing_desktop.gui.dialogs.ask import ask
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.session import Session


class BackupsPage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        heading = QLabel(_("Backups"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        intro = QLabel(
            _(
                "A verified copy of the data is made when the app starts and closes, and every "
                "10 minutes while you work. The last 10 are kept, and one a day for 30 days."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([_("Taken"), _("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for label, slot in (
            (_("Back up now"), self.backup_now),
            (_("Restore selected…"), self.restore_selected),
            (_("Export bundle…"), self.export_bundle),
            (_("Import bundle…"), self.import_bundle),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    @property
    def data_dir(self) -> Path | None:
        return self.session.data_dir

    def refresh(self) -> None:
        backups = list_backups(self.data_dir) if self.data_dir else []
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            when = QTableWidgetItem(info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            when.setData(0x0100, str(info.path))  # Qt.UserRole
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(f"{info.size // 1024} KB"))

    def backup_now(self) -> None:
        if self.data_dir is None:
            return
        store, data_dir = self.session.store, self.data_dir

        def saved(info) -> None:
            self.session.status.emit(_("Backup saved: {file}").format(file=info.path.name))
            self.refresh()

        run_job(
            self,
            _("Back up now"),
            lambda: make_backup(store, data_dir),
            on_success=saved,
            on_failure=lambda error: QMessageBox.warning(self, _("Backups"), str(error)),
        )

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.data_dir is None:
            return
        source = Path(self.table.item(row, 0).data(0x0100))
        answer = ask(
            self,
            _("Restore"),
            _("Replace the current data with the backup from {when}? The current data is kept "
              "aside, not deleted.").format(when=self.table.item(row, 0).text()),
        )  # fmt: skip
        if not answer:
            return
        from kerinjing_desktop.gui.recovery import wait_for_jobs

        wait_for_jobs()  # a backup or an import running on the store ends first
        # The window keeps the data dir (dirlock) while its store is closed for the swap.
        self.session.store.close()
        try:
            restore_backup(self.data_dir, source)
        except StoreError as error:
            QMessageBox.warning(self, _("Restore"), str(error))
        self.session.store = open_store(self.data_dir, owner="window")
        self.session.set_event(None)
        self.session.ran(self, restore_backup)  # every page reads the other store
        self.refresh()

    def export_bundle(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export bundle"), "kerinjing.kbundle", "Kerinjing (*.kbundle)"
        )
        if not path:
            return
        event, store = self.session.event, self.session.store

        def written(summary) -> None:
            self.session.status.emit(summary.describe(path))

        run_job(
            self,
            _("Export bundle"),
            lambda: export_bundle(store, Path(path), event.id if event else None),
            on_success=written,
            on_failure=lambda error: self._job_failed(_("Export bundle"), error),
        )

    def _job_failed(self, title: str, error: Exception) -> None:
        known = isinstance(error, (BundleError, StoreError, OSError))
        reason = str(error) if known else _("an unexpected problem: {reason}").format(reason=error)
        QMessageBox.warning(self, title, reason)

    def import_bundle(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Import bundle"), "", "Kerinjing (*.kbundle);;* (*)"
        )
        if not paths:
            return
        store = self.session.store
        run_job(
            self,
            _("Import bundle"),
            lambda: plan_import(store, [Path(p) for p in paths]),
            on_success=self._planned,
            on_failure=lambda error: self._job_failed(_("Import bundle"), error),
        )

    def _planned(self, plan: Plan) -> None:
        """Say what the merge would do; above the threshold, merge only after a yes."""
        lines = plan.describe()
        if plan.needs_confirmation:
            lines.append(_("A backup is taken first, so a merge can be undone by Restore."))
            lines.append(_("Merge anyway?"))
            if not ask(self, _("Import bundle"), "\n".join(lines)):
                self.session.status.emit(_("Nothing was merged."))
                return
        else:
            self.session.status.emit(" ".join(lines))
        store = self.session.store
        run_job(
            self,
            _("Import bundle"),
            lambda: carry_out(store, plan),
            on_success=self._imported,
            on_failure=lambda error: self._job_failed(_("Import bundle"), error),
        )

    def _imported(self, report) -> None:
        text = _("Merged: {added} added, {updated} updated, {deleted} deleted, {same} unchanged.")
        lines = [
            text.format(
                added=report.added, updated=report.updated, deleted=report.deleted,
                same=report.unchanged,
            )
        ] + report.conflicts[:30]  # fmt: skip
        QMessageBox.information(self, _("Import bundle"), "\n".join(lines))
        self.session.ran(self, carry_out)
        self.session.refresh_event()
