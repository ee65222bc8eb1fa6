"""The pages of the walk-through, one per navigator entry."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.domain.errors import PlanError
from ces_planner.domain.hours import slots_from_windows, weekly_open_minutes, windows_from_slots
from ces_planner.domain.model import ChannelStatus, Language, PlanInfo
from ces_planner.domain.readiness import Section, readiness_gaps
from ces_planner.ui.pages import specs
from ces_planner.ui.pages.base import CommitTextEdit, Page, RecordsEditor, TablePage
from ces_planner.ui.session import PlanSession
from ces_planner.ui.widgets.hours_grid import HoursGrid
from ces_planner.ui.widgets.matrix import ValueMatrix
from ces_planner.ui.widgets.measures_chart import MeasuresChart


class OverviewPage(Page):
    """Title, organisation, strategy alignment, executive summary, and readiness of every area."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.OVERVIEW, notes=False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.author = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.addItem("日本語", Language.JAPANESE.value)
        self.alignment = CommitTextEdit()
        self.summary = CommitTextEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.hide()
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Author"), self.author),
            (self.tr("&Language of the plan"), self.language),
            (self.tr("&Strategy or mission it serves"), self.alignment),
            (self.tr("&Executive summary"), self.summary),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow(self.problem)
        self.title.setObjectName("overview_title")
        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        self.organisation.editingFinished.connect(
            lambda: self._save("organisation", self.organisation.text())
        )
        self.author.editingFinished.connect(lambda: self._save("author", self.author.text()))
        self.language.activated.connect(
            lambda _i: self._save("language", Language(self.language.currentData()))
        )
        self.alignment.committed.connect(lambda text: self._save("strategy_alignment", text))
        self.summary.committed.connect(lambda text: self._save("executive_summary", text))
        splitter.addWidget(form_widget)
        readiness_box = QGroupBox(self.tr("Readiness"))
        box_layout = QVBoxLayout(readiness_box)
        self.readiness = QListWidget()
        self.readiness.setWordWrap(True)
        self.readiness.setObjectName("readiness")
        box_layout.addWidget(self.readiness)
        splitter.addWidget(readiness_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)

    def _save(self, field: str, value: object) -> None:
        info = self.session.plan().info
        if self.session.read_only or getattr(info, field) == value:
            return
        try:
            self.session.set_info(
                dataclasses.replace(info, **{field: value}), self.tr("Edit plan details")
            )
            self.problem.hide()
        except PlanError as error:
            self.problem.setText(error.sentence())
            self.problem.show()

    def refresh(self) -> None:
        plan = self.session.plan()
        info: PlanInfo = plan.info
        for edit, value in (
            (self.title, info.title),
            (self.organisation, info.organisation),
            (self.author, info.author),
        ):
            if not edit.hasFocus() and edit.text() != value:
                edit.setText(value)
            edit.setReadOnly(self.session.read_only)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language.value)))
        self.language.setEnabled(not self.session.read_only)
        self.alignment.set_text_quietly(info.strategy_alignment)
        self.summary.set_text_quietly(info.executive_summary)
        for edit in (self.alignment, self.summary):
            edit.setReadOnly(self.session.read_only)
        self.readiness.clear()
        gaps = readiness_gaps(plan)
        for section in Section:
            found = [g for g in gaps if g.section is section]
            mark = "✔" if not found else f"{len(found)} ✱"
            item = QListWidgetItem(f"{mark}  {labels.section_title(section)}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.readiness.addItem(item)
            for gap in found[:4]:
                self.readiness.addItem(QListWidgetItem("      " + gap.message))
            if len(found) > 4:
                self.readiness.addItem(
                    QListWidgetItem(
                        "      " + self.tr("… and {0} more").replace("{0}", str(len(found) - 4))
                    )
                )


class ContactReasonsPage(TablePage):
    """The reasons table beside the live value/irritant matrix."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.CONTACT_REASONS, specs.contact_reasons())
        self.matrix = ValueMatrix()
        self.matrix.setObjectName("matrix")
        self.matrix.moved.connect(self._moved)
        self.matrix.selected.connect(self._select)
        self.body.removeWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.matrix)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        self.editor.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())

    def _moved(self, reason_id: int, customer: int, company: int) -> None:
        reason = next(r for r in self.session.plan().contact_reasons if r.id == reason_id)
        try:
            self.session.update(
                dataclasses.replace(reason, value_to_customer=customer, value_to_company=company),
                self.tr("Move {0} on the matrix").replace("{0}", reason.name),
            )
        except PlanError as error:
            self.show_problem(error.sentence())

    def _select(self, reason_id: int) -> None:
        row = self.editor.model.row_of(reason_id)
        if row >= 0:
            self.editor.table.selectRow(row)

    def _follow(self) -> None:
        record = self.editor.current_record()
        self.matrix.current_id = record.id if record is not None else None
        self.matrix.update()

    def refresh(self) -> None:
        super().refresh()
        self.matrix.read_only = self.session.read_only
        self.matrix.set_reasons(list(self.session.plan().contact_reasons))
        self._follow()


class HoursPage(Page):
    """A weekly grid per channel, painted with the mouse, and dated exceptions."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.HOURS)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Channel"))
        self.channel = QComboBox()
        self.channel.setObjectName("hours_channel")
        caption.setBuddy(self.channel)
        self.channel.currentIndexChanged.connect(lambda _i: self._show_channel())
        self.total = QLabel()
        self.total.setObjectName("hours_total")
        top.addWidget(caption)
        top.addWidget(self.channel, 1)
        top.addWidget(self.total, 2)
        self.body.addLayout(top)
        self.grid = HoursGrid()
        self.grid.setObjectName("hours_grid")
        self.grid.painted.connect(self._painted)
        self.body.addWidget(self.grid)
        box = QGroupBox(self.tr("Holidays and other exceptions"))
        box_layout = QVBoxLayout(box)
        self.exceptions = RecordsEditor(session, specs.hours_exceptions(), box)
        box_layout.addWidget(self.exceptions)
        self.body.addWidget(box, 1)

    def current_channel_id(self) -> int | None:
        data = self.channel.currentData()
        return int(data) if data is not None else None

    def _painted(self, slots: list[bool]) -> None:
        channel_id = self.current_channel_id()
        if channel_id is None:
            return
        try:
            self.session.set_windows(channel_id, windows_from_slots(channel_id, slots))
        except PlanError as error:
            self.show_problem(error.sentence())
            self._show_channel()

    def _show_channel(self) -> None:
        plan = self.session.plan()
        channel_id = self.current_channel_id()
        windows = plan.windows_of(channel_id) if channel_id is not None else ()
        self.grid.set_slots(slots_from_windows(windows))
        self.grid.read_only = self.session.read_only or channel_id is None
        hours = weekly_open_minutes(windows) / 60
        if channel_id is None:
            self.total.setText(self.tr("Add a channel on the Channels page first."))
        elif not windows:
            self.total.setText(
                self.tr("No hours set: treated as open around the clock (168 h a week).")
            )
        else:
            self.total.setText(self.tr("Open {0} hours a week").replace("{0}", f"{hours:g}"))

    def show_problem(self, message: str) -> None:
        self.exceptions.show_problem(message)

    def refresh(self) -> None:
        super().refresh()
        plan = self.session.plan()
        current = self.current_channel_id()
        self.channel.blockSignals(True)
        self.channel.clear()
        for channel in plan.channels:
            suffix = (
                ""
                if channel.status is ChannelStatus.CURRENT
                else f" ({labels.choice(channel.status)})"
            )
            self.channel.addItem(channel.name + suffix, channel.id)
        index = self.channel.findData(current)
        self.channel.setCurrentIndex(index if index >= 0 else 0)
        self.channel.blockSignals(False)
        self._show_channel()
        self.exceptions.refresh()


class MeasuresPage(TablePage):
    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.MEASURES, specs.measures())
        self.chart = MeasuresChart()
        self.chart.setObjectName("measures_chart")
        self.body.insertWidget(0, self.chart)

    def refresh(self) -> None:
        super().refresh()
        self.chart.set_measures(list(self.session.plan().measures))


class ActionsPage(Page):
    """Actions with owners and dates, and the people who can own them."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.ACTIONS, notes=False)
        self.tabs = QTabWidget()
        self.actions_editor = RecordsEditor(session, specs.actions())
        self.people_editor = RecordsEditor(session, specs.people())
        self.tabs.addTab(self.actions_editor, self.tr("Actions"))
        self.tabs.addTab(self.people_editor, self.tr("People"))
        self.body.addWidget(self.tabs, 1)

    def show_problem(self, message: str) -> None:
        self.actions_editor.show_problem(message)

    def refresh(self) -> None:
        super().refresh()
        self.actions_editor.refresh()
        self.people_editor.refresh()


class EvidencePage(Page):
    """Evidence from the centre's contact records."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.OVERVIEW, notes=False)
        self.setObjectName("page_evidence")
        title = self.findChild(QLabel, "pageTitle")
        if title is not None:
            title.setText(self.tr("Evidence from contact records"))
        self.guidance.setText(
            self.tr(
                "<p>Evidence turns the plan's opinions into figures: contacts per reason and "
                "channel, repeat contacts, service level, arrivals by half hour, and contacts that "
                "arrive while a channel is closed.</p>"
            )
        )
        self.empty = QLabel(
            self.tr(
                "<h3>No contact records in this plan yet</h3>"
                "<p>Evidence comes from a contact log exported from your telephony, CRM or "
                "ticketing tool (CSV or Excel): one row per contact, with at least when it "
                "arrived, its channel and its reason. Until a log is imported, the plan rests on "
                "the team's judgement alone.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.empty, 1)


def build_pages(session: PlanSession) -> list[Page]:
    """Every page of the walk-through, in navigator order."""
    return [
        OverviewPage(session),
        TablePage(session, Section.SEGMENTS, specs.segments()),
        TablePage(session, Section.PRIORITY, specs.priority()),
        ContactReasonsPage(session),
        TablePage(session, Section.CHANNELS, specs.channels()),
        HoursPage(session),
        MeasuresPage(session),
        TablePage(session, Section.INTELLIGENCE, specs.insights()),
        TablePage(session, Section.DISCUSSION, specs.discussion()),
        ActionsPage(session),
        EvidencePage(session),
    ]
