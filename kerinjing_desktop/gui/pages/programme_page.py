"""Programme office: every event of the store on one page, with a step list of its own.

The office's copy of the app collects many laptops' bundles (Collect: gui/pages/
collect_dialog.py); this page shows what they add up to: the events (filtered by period,
kabupaten and facilitator), reach by gender, age band and group (Calon PMI a group of its
own), gains per village with honest intervals, the questions that stay hard, and the
follow-up of commitments, where a later visit's word is recorded.
Every figure comes from core/office/publish.py, the same filter as the printed report and the
data package, so what the office sees is what it may hand on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kerinjing_desktop.core.groups import group_name
from kerinjing_desktop.core.i18n import N_, _, ngettext, pgettext
from kerinjing_desktop.core.kinds import Gender
from kerinjing_desktop.core.office.publish import Filters, Published, hardest, kept, publish
from kerinjing_desktop.core.store.programme import ProgrammeData, read_programme
from kerinjing_desktop.gui.pages.collect_dialog import CollectDialog
from kerinjing_desktop.gui.pages.programme_outputs import ProgrammeOutputs
from kerinjing_desktop.gui.pages.programme_tables import (
    FollowUpPane,
    WebViewControl,
    figure,
    fill_table,
    make_table,
    short_date,
    shown_count,
)
from kerinjing_desktop.gui.session import Session

INNER_STEPS = (
    N_("Events"),
    N_("Reach"),
    N_("Gains per village"),
    N_("Questions"),
    N_("Follow-up of commitments"),
)
DIMENSION_TITLES = (("gender", N_("Gender")), ("age_band", N_("Age band")), ("group", N_("Group")))


class ProgrammePage(QWidget):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.data: ProgrammeData | None = None
        self.published = Published()
        heading = QLabel(_("Programme"))
        heading.setObjectName("pageHeading")
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for box in (self.date_from, self.date_to):
            box.setPlaceholderText(_("YYYY-MM-DD"))
            box.setMaximumWidth(120)
            box.editingFinished.connect(self.apply_filters)
        self.kabupaten = QComboBox()
        self.facilitator = QComboBox()
        for combo in (self.kabupaten, self.facilitator):
            combo.setMinimumWidth(160)
            combo.activated.connect(lambda _index: self.apply_filters())
        filters = QHBoxLayout()
        for label, widget in (
            (_("From"), self.date_from),
            (pgettext("end of a date range", "To"), self.date_to),
            (_("Kabupaten"), self.kabupaten),
            (_("Facilitator"), self.facilitator),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.web_view = WebViewControl(session)
        self.collect_folder = QPushButton(_("Collect a folder of bundles…"))
        self.collect_files = QPushButton(_("Collect bundle files…"))
        self.collect_folder.clicked.connect(self.choose_folder)
        self.collect_files.clicked.connect(self.choose_files)
        collect_row = QHBoxLayout()
        collect_row.addWidget(self.collect_folder)
        collect_row.addWidget(self.collect_files)
        collect_row.addStretch(1)
        self.collector: CollectDialog | None = None
        self.outputs = ProgrammeOutputs(session, self.filters)

        self.inner = QListWidget()
        self.inner.setMaximumWidth(210)
        for number, title in enumerate(INNER_STEPS, start=1):
            self.inner.addItem(f"{number}. {_(title)}")
        self.panes = QStackedWidget()
        self.events = make_table(
            [_("Date"), _("Village"), _("Kecamatan"), _("Kabupaten"), _("Facilitator"),
             _("Registered"), _("Attended"), _("Pairs"), _("Gain (points)")]
        )  # fmt: skip
        self.reach = QWidget()
        reach_row = QHBoxLayout(self.reach)
        self.reach_tables = {}
        for key, title in DIMENSION_TITLES:
            table = make_table([_(title), _("People")])
            self.reach_tables[key] = table
            reach_row.addWidget(table)
        self.gains = make_table(
            [_("Village"), _("Date"), _("Pairs"), _("Pre %"), _("Post %"),
             _("Gain (points)"), _("95% interval")]
        )  # fmt: skip
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        self.questions = make_table([_("Question"), _("Pairs"), _("Pre %"), _("Post %")])
        self.hard = QLabel()
        self.hard.setWordWrap(True)
        questions_layout.addWidget(self.questions)
        questions_layout.addWidget(self.hard)
        self.follow_up = FollowUpPane(session)
        for pane in (self.events, self.reach, self.gains, questions, self.follow_up):
            self.panes.addWidget(pane)
        self.inner.currentRowChanged.connect(self.panes.setCurrentIndex)

        body = QHBoxLayout()
        body.addWidget(self.inner)
        body.addWidget(self.panes, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(collect_row)
        layout.addLayout(filters)
        layout.addWidget(self.totals)
        layout.addWidget(self.outputs)
        layout.addWidget(self.web_view)
        layout.addLayout(body, 1)
        self.inner.setCurrentRow(0)
        session.changed.connect(lambda *_change: self._stale())  # every event's figures
        self._is_stale = True

    def choose_folder(self) -> None:
        """A facilitator's USB stick, or a folder the office copied every stick into."""
        folder = QFileDialog.getExistingDirectory(self, _("Collect a folder of bundles"))
        if folder:
            self.collect([Path(folder)])

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Collect bundle files"), "", "Kerinjing (*.kbundle);;* (*)"
        )
        if paths:
            self.collect([Path(p) for p in paths])

    def collect(self, names: list[Path]) -> None:
        """Collect in the background, bundle by bundle, in a dialog that shows each."""
        self.collector = CollectDialog(self.session, names, self)
        self.collector.setModal(True)
        self.collector.show()
        self.collector.start()

    def _stale(self) -> None:
        self._is_stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._is_stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the store again (after a collect or a recorded visit) and redraw."""
        self.data = read_programme(self.session.store, texts=False)  # it shows no notes
        self._is_stale = False
        self._fill_choices()
        self.apply_filters()

    def _fill_choices(self) -> None:
        assert self.data is not None
        names = sorted({e.kabupaten for e in self.data.events if e.kabupaten})
        people = sorted({e.facilitators for e in self.data.events if e.facilitators})
        for box, values in ((self.kabupaten, names), (self.facilitator, people)):
            current = box.currentData()
            box.clear()
            box.addItem(_("All"), None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(box.findData(current), 0) if current else 0)

    def filters(self) -> Filters:
        return Filters(
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            kabupaten=self.kabupaten.currentData(),
            facilitator=self.facilitator.currentData(),
        )

    def apply_filters(self) -> None:
        if self.data is None:
            return
        self.published = publish(self.data, self.filters())
        self.outputs.describe()
        self._draw()

    def _draw(self) -> None:
        lang, p = self.session.lang, self.published
        total = p.total
        done = kept(p)
        self.totals.setText(
            _("{events} · {registered} registered · {attended} attended · {pairs} with "
              "both tests · commitments done {done}, started {started}, not started "
              "{not_started}").format(
                events=ngettext("{n} event", "{n} events", total.events).format(n=total.events),
                registered=shown_count(total.registered),
                attended=shown_count(total.attended), pairs=shown_count(total.paired), **done)
        )  # fmt: skip
        fill_table(self.events, [
            [short_date(e.date), e.village, e.kecamatan, e.kabupaten, e.facilitators,
             shown_count(e.registered), shown_count(e.attended), shown_count(e.paired),
             figure(e.gain_points, lang)]
            for e in p.events
        ])  # fmt: skip
        overall = p.selection("reach")  # each event's rows are not made: none is shown
        for key, table in self.reach_tables.items():
            fill_table(table, [
                [_category(key, r.category), shown_count(r.people)]
                for r in overall if r.dimension == key
            ])  # fmt: skip
        fill_table(self.gains, [
            [e.village, short_date(e.date), shown_count(e.paired), figure(e.pre_pct, lang),
             figure(e.post_pct, lang), figure(e.gain_points, lang),
             f"{figure(e.gain_low, lang)} – {figure(e.gain_high, lang)}"
             if e.gain_low is not None else "–"]
            for e in p.events
        ])  # fmt: skip
        fill_table(self.questions, [
            [str(q.question), shown_count(q.pairs), figure(q.pre_pct, lang),
             figure(q.post_pct, lang)]
            for q in p.questions if not q.event_id
        ])  # fmt: skip
        hard = hardest(p, 1)
        self.hard.setText(
            _("Question {n} stays the hardest: {pct}% right after the day.").format(
                n=hard[0].question, pct=figure(hard[0].post_pct, lang))
            if hard else ""
        )  # fmt: skip
        self.follow_up.show_programme(p)


def _category(dimension: str, category: str) -> str:
    if dimension == "gender":
        return _("Men") if category == Gender.MALE else _("Women")
    if category == "?":
        return _("not known")
    return group_name(category) if dimension == "group" else category
