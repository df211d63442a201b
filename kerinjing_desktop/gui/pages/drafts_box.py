"""Certificates & report → Word drafts: the activity report and the article as .docx, with
the facilitator's own template. Saved drafts offer to open their folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from kerinjing_desktop.core.i18n import N_, _
from kerinjing_desktop.core.store import open_store
from kerinjing_desktop.gui.jobs import run_job
from kerinjing_desktop.gui.session import Session
from kerinjing_desktop.reports.docx.errors import TemplateError

# kind → (English title, "module:function", file name start)
DRAFTS = {
    "summary": (
        N_("Activity report (Word)…"),
        "kerinjing_desktop.reports.docx.summary:build",
        N_("report"),
    ),
    "article": (
        N_("Article draft (Word)…"),
        "kerinjing_desktop.reports.docx.article:build",
        N_("article"),
    ),
}


class DraftsBox(QGroupBox):
    """`page` gives the paper/names/sensitive options and the saved/failed messages."""

    def __init__(self, session: Session, options: Callable, sensitive: Callable, saved, failed):
        super().__init__(_("Word drafts to edit"))
        self.session, self.options, self.sensitive = session, options, sensitive
        self.saved, self.failed = saved, failed
        layout = QVBoxLayout(self)
        intro = QLabel(
            _("Editable .docx drafts built from the day's data: the activity report with its "
              "approval page, and a community-service article with prompts for what only you "
              "can write.")
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for kind, (title, _target, _name) in DRAFTS.items():
            button = QPushButton(_(title))
            button.clicked.connect(lambda _c=False, k=kind: self.save_draft(k))
            row.addWidget(button)
            self.buttons[kind] = button
        row.addStretch(1)
        layout.addLayout(row)
        template_row = QHBoxLayout()
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        choose = QPushButton(_("Choose a template…"))
        choose.clicked.connect(self.choose_template)
        self.clear_button = QPushButton(_("Built-in styles"))
        self.clear_button.clicked.connect(self.clear_template)
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(choose)
        template_row.addWidget(self.clear_button)
        layout.addLayout(template_row)
        self.show_template()

    def show_template(self) -> None:
        from kerinjing_desktop.reports.docx.template import saved_template

        found = saved_template(self.session.store)
        self.template_label.setText(
            _("Template: your own (its styles, margins and letterhead)")
            if found
            else _("Template: built-in styles")
        )
        self.clear_button.setEnabled(found is not None)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    def choose_template(self) -> None:
        from kerinjing_desktop.reports.docx.template import save_template

        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a Word template"), str(Path.home()), _("Word documents (*.docx)")
        )
        if not name:
            return
        try:
            save_template(self.session.store, Path(name), self.session.lang)
        except (TemplateError, OSError) as error:
            QMessageBox.warning(self, _("Word drafts to edit"), str(error))
        self.show_template()

    def clear_template(self) -> None:
        from kerinjing_desktop.reports.docx.template import clear_template

        clear_template(self.session.store)
        self.show_template()

    def make(self, kind: str, out: Path) -> Path:
        """Build one draft (off the GUI thread: it opens its own store connection)."""
        import importlib

        from kerinjing_desktop.reports.docx.template import saved_template

        module_name, function_name = DRAFTS[kind][1].split(":")
        build = getattr(importlib.import_module(module_name), function_name)
        data_dir = self.session.data_dir
        store = open_store(data_dir) if data_dir else self.session.store
        try:
            return build(
                store,
                self.session.event,
                out,
                self.options(),
                include_sensitive=self.sensitive(),
                template=saved_template(store),
            )
        finally:
            if store is not self.session.store:
                store.close()

    def save_draft(self, kind: str) -> None:
        event = self.session.event
        if event is None:
            return
        suggested = Path.home() / f"{_(DRAFTS[kind][2])}-{event.village}-{event.date}.docx"
        name, _filter = QFileDialog.getSaveFileName(
            self, _(DRAFTS[kind][0]).rstrip("…"), str(suggested), _("Word documents (*.docx)")
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        run_job(
            self,
            _("Making the Word draft…"),
            lambda: self.make(kind, out),
            on_success=self.saved,
            on_failure=self.failed,
        )
