"""The pages of the walk-through, one per navigator entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.domain.actions import (
    ActionFilter,
    is_due_this_week,
    is_overdue,
    status_counts,
)
from ces_planner.domain.errors import PlanError
from ces_planner.domain.hours import slots_from_windows, weekly_open_minutes, windows_from_slots
from ces_planner.domain.model import (
    ActionStatus,
    Area,
    ChannelStatus,
    Insight,
    Segment,
    matching_name,
)
from ces_planner.domain.readiness import Section
from ces_planner.i18n import N_, tr
from ces_planner.numbers import format_number
from ces_planner.services.findings import Finding, by_quadrant, findings
from ces_planner.ui.evidence import EvidenceState
from ces_planner.ui.pages import specs
from ces_planner.ui.pages.base import Page
from ces_planner.ui.pages.tables import RecordsEditor, TablePage
from ces_planner.ui.record_table import TableSpec
from ces_planner.ui.session import PlanSession
from ces_planner.ui.undo_text import UndoText
from ces_planner.ui.widgets.hours_grid import HoursGrid
from ces_planner.ui.widgets.matrix import ValueMatrix
from ces_planner.ui.widgets.measures_chart import MeasuresChart

if TYPE_CHECKING:
    from ces_planner.ui.matrix_window import MatrixWindow


class ContactReasonsPage(TablePage):
    """The reasons table beside the live value/irritant matrix, sized by volume."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.CONTACT_REASONS, specs.contact_reasons())
        self.evidence = evidence
        evidence.changed.connect(self.refresh)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setObjectName("reason_suggestions")
        self.add_suggested = QPushButton(self.tr("Add them to the plan"))
        self.add_suggested.clicked.connect(self._add_suggested)
        self.full_screen_button = QPushButton(self.tr("Matrix on the whole screen (F11)"))
        self.full_screen_button.setToolTip(
            self.tr("Show the matrix on the whole screen, every reason named, for the team")
        )
        self.full_screen_button.clicked.connect(self.show_full_matrix)
        QShortcut(QKeySequence("F11"), self, self.show_full_matrix)
        self.full_matrix: MatrixWindow | None = None  # made when first asked for
        row = QHBoxLayout()
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.add_suggested)
        row.addWidget(self.full_screen_button)
        self.body.addLayout(row)
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
        self.splitters.append(splitter)
        self.editor.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())

    def _moved(self, reason_id: int, customer: int, company: int) -> None:
        reason = next(r for r in self.session.plan().contact_reasons if r.id == reason_id)
        try:
            self.session.update(
                dataclasses.replace(reason, value_to_customer=customer, value_to_company=company),
                UndoText("Move {0} on the matrix", reason.name),
            )
        except PlanError as error:
            self.show_problem(error.sentence())

    def _select(self, reason_id: int) -> None:
        row = self.editor.model.row_of(reason_id)
        if row >= 0:
            self.editor.table.selectRow(row)

    def _follow(self) -> None:
        record = self.editor.current_record()
        for matrix in self._matrices():
            matrix.current_id = record.id if record is not None else None
            matrix.update()

    def _matrices(self) -> list[ValueMatrix]:
        """The page's matrix, and the whole-screen one while it is open."""
        full = self.full_matrix
        return [self.matrix] + ([full.matrix] if full is not None and full.isVisible() else [])

    def _fill_matrices(self) -> None:
        plan = self.session.plan()
        volumes = self.evidence.volumes_by_reason()
        for matrix in self._matrices():
            matrix.read_only = self.session.read_only
            matrix.volumes = {
                r.id: float(volumes[r.name])
                for r in plan.contact_reasons
                if r.id is not None and r.name in volumes
            }
            matrix.set_reasons(list(plan.contact_reasons))
        if self.full_matrix is not None:
            self.full_matrix.show_plan(plan.info.title, self.session.read_only)
        self._follow()

    def show_full_matrix(self) -> None:
        """The matrix on the whole screen, every point named; edits there are the page's."""
        if self.full_matrix is None:
            from ces_planner.ui.matrix_window import MatrixWindow

            self.full_matrix = MatrixWindow(self, self.session.undo_stack)
            self.full_matrix.matrix.moved.connect(self._moved)
            self.full_matrix.matrix.selected.connect(self._select)
        self.full_matrix.open()
        self._fill_matrices()

    def missing_reasons(self) -> list[tuple[str, int]]:
        """Reasons the contact log has and the plan lacks, biggest first."""
        plan = self.session.plan()
        volumes = self.evidence.volumes_by_reason()
        return [(name, n) for name, n in volumes.items() if plan.reason_named(name) is None]

    def _add_suggested(self) -> None:
        from ces_planner.domain.model import ContactReason

        for name, _n in self.missing_reasons():
            try:
                self.session.add(
                    ContactReason(name),
                    None,
                    UndoText("Add {0} from the evidence", name),
                )
            except PlanError as error:
                self.show_problem(error.sentence())
                return

    def refresh(self) -> None:
        super().refresh()
        self._fill_matrices()
        volumes = self.evidence.volumes_by_reason()
        missing = self.missing_reasons()
        total = sum(volumes.values()) or 1
        if missing:
            listed = ", ".join(f"{name} ({n / total:.0%})" for name, n in missing[:6])
            self.suggestion.setText(
                self.tr("The contact log has reasons this plan lacks: {0}").replace("{0}", listed)
            )
        elif volumes:
            top = sorted(volumes.items(), key=lambda kv: -kv[1])
            covered, running = 0, 0
            for covered, (_name, n) in enumerate(top, start=1):  # noqa: B007
                running += n
                if running >= 0.8 * total:
                    break
            self.suggestion.setText(
                self.tr(
                    "Pareto: {0} of {1} reasons make up 80 % of contacts. Points on the matrix are "
                    "sized by volume."
                )
                .replace("{0}", str(covered))
                .replace("{1}", str(len(top)))
            )
        else:
            self.suggestion.setText("")
        self.suggestion.setVisible(bool(self.suggestion.text()))
        self.add_suggested.setVisible(bool(missing) and not self.session.read_only)


class HoursPage(Page):
    """A weekly grid per channel, painted with the mouse, arrivals shaded over it, and dated
    exceptions."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.HOURS)
        self.evidence = evidence
        evidence.changed.connect(self._show_channel)
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
        self.splitters.append(self.exceptions.splitter)
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
        arrivals = self._arrivals(plan.channel_name(channel_id) or "")
        self.grid.overlay = [float(n) for day in arrivals for n in day] if arrivals else None
        self.grid.update()
        closed_text = ""
        report = self.evidence.report
        name = plan.channel_name(channel_id) or ""
        if report is not None and arrivals:
            # The same count as the evidence report: exceptions and all.
            closed = next(
                (
                    r["contacts"]
                    for r in (report["outside_hours"] or {}).get("by_channel", [])
                    if r["channel"] == name
                ),
                0,
            )
            total = sum(sum(day) for day in arrivals) or 1
            closed_text = " · " + self.tr(
                "{0} logged contacts ({1}) arrived while closed (shaded red)"
            ).replace("{0}", f"{closed:,}").replace("{1}", f"{closed / total:.1%}")
            worth = self._closed_by_value(report, name)
            if worth:
                closed_text += "\n" + worth
        if channel_id is None:
            self.total.setText(self.tr("Add a channel on the Channels page first."))
        elif not windows:
            self.total.setText(
                self.tr("No hours set: treated as open around the clock (168 h a week).")
            )
        else:
            self.total.setText(self.tr("Open {0} hours a week").replace("{0}", f"{hours:g}"))
        if closed_text:
            self.total.setText(self.total.text() + closed_text)

    def _closed_by_value(self, report: dict[str, Any], channel: str) -> str:
        """What the contacts that found the channel closed were worth: their reasons'
        quadrants on the value/irritant matrix, biggest first."""
        rows = (report["outside_hours"] or {}).get("by_channel_and_reason", [])
        counts = by_quadrant(
            self.session.plan(), [r for r in rows if r["channel"] == channel], "contacts"
        )
        total = sum(counts.values())
        if not total:
            return ""
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        return self.tr("Their reasons, by value: {0}").replace(
            "{0}",
            " · ".join(
                f"{labels.choice(q) if q else self.tr('reasons not in the plan')} {n / total:.0%}"
                for q, n in ranked
            ),
        )

    def _arrivals(self, channel: str) -> list[list[int]] | None:
        report = self.evidence.report
        if report is None:
            return None
        by_channel = (report["arrivals"] or {}).get("by_channel", {})
        return by_channel.get(channel)

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


EVIDENCE_METRICS = (
    ("repeat_rate", N_("Repeat-contact rate"), 100.0),
    ("service_level", N_("Service level"), 100.0),
    ("abandon_rate", N_("Abandon rate"), 100.0),
    ("aht_seconds", N_("Average handle time (s)"), 1.0),
    ("asa_seconds", N_("Average speed of answer (s)"), 1.0),
    ("fcr", N_("First-contact resolution"), 100.0),
    ("csat", N_("Satisfaction score (mean)"), 1.0),
    ("effort", N_("Customer effort score (mean)"), 1.0),
)
CHANNEL_METRICS = ("service_level", "abandon_rate", "aht_seconds", "asa_seconds", "fcr")


def evidence_metric(report: dict[str, Any], key: str, channel: str | None = None) -> float | None:
    """A figure from the evidence: the whole centre's, or one channel's."""
    if channel is not None:
        row = next((r for r in report["by_channel"] if r["channel"] == channel), None)
        return None if row is None else row.get(key)
    if key == "repeat_rate":
        return report.get("repeat_rate")
    return report["overall"].get(key)


class MeasuresPage(TablePage):
    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.MEASURES, specs.measures())
        self.evidence = evidence
        self.chart = MeasuresChart()
        self.chart.setObjectName("measures_chart")
        self.body.insertWidget(0, self.chart)
        row = QHBoxLayout()
        self.evidence_metric = QComboBox()  # filled with the figures the log has
        # As wide as its longest figure whenever it is filled: sized only when first shown, it
        # kept the width of a list made before the log's figures were known ("Repeat-c…").
        self.evidence_metric.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.use_evidence = QPushButton(
            self.tr("Set the selected measure's current value from the evidence")
        )
        self.use_evidence.clicked.connect(self.take_from_evidence)
        row.addWidget(self.evidence_metric)
        row.addWidget(self.use_evidence)
        row.addStretch(1)
        self.body.addLayout(row)
        evidence.changed.connect(self.refresh)

    def take_from_evidence(self) -> None:
        record = self.editor.current_record()
        report = self.evidence.report
        if record is None or report is None:
            return
        key, channel = self.evidence_metric.currentData() or (None, None)
        scale = next((s for k, _l, s in EVIDENCE_METRICS if k == key), 1.0)
        value = evidence_metric(report, key, channel) if key else None
        if value is None:
            self.show_problem(self.tr("The contact log has no data for that figure."))
            return
        try:
            self.session.update(
                dataclasses.replace(record, current=round(value * scale, 2)),
                UndoText("Set {0} from the evidence", record.name),
            )
        except PlanError as error:
            self.show_problem(error.sentence())

    def refresh(self) -> None:
        super().refresh()
        self.chart.set_measures(list(self.session.plan().measures))
        report = self.evidence.report
        available = report is not None and not self.session.read_only
        self.evidence_metric.setVisible(available)
        self.use_evidence.setVisible(available)
        if report is not None:
            self._offer_metrics(report)

    def _offer_metrics(self, report: dict[str, Any]) -> None:
        """The centre's figures, then each channel's (a measure is often one channel's, such
        as the phone service level); the choice is kept across refreshes."""
        choices = [(tr(label), (key, None)) for key, label, _scale in EVIDENCE_METRICS]
        for row in report["by_channel"]:
            for key, label, _scale in EVIDENCE_METRICS:
                if key in CHANNEL_METRICS and row.get(key) is not None:
                    choices.append((f"{tr(label)}: {row['channel']}", (key, row["channel"])))
        chosen = self.evidence_metric.currentData()
        self.evidence_metric.blockSignals(True)
        self.evidence_metric.clear()
        for label, data in choices:
            self.evidence_metric.addItem(label, data)
        found = next((i for i, (_l, data) in enumerate(choices) if data == chosen), 0)
        self.evidence_metric.setCurrentIndex(found)
        self.evidence_metric.blockSignals(False)


class ChannelsPage(TablePage):
    """Channels, and how each segment's stated preferences compare with what it uses."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.CHANNELS, specs.channels())
        self.evidence = evidence
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.comparison.setObjectName("channel_comparison")
        self.comparison.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.comparison)
        evidence.changed.connect(self.refresh)

    def refresh(self) -> None:
        super().refresh()
        report = self.evidence.report
        if report is None or not report["by_segment_channel"]:
            self.comparison.setText("")
            self.comparison.hide()
            return
        plan = self.session.plan()
        used: dict[str, list[tuple[str, int]]] = {}
        for row in report["by_segment_channel"]:
            used.setdefault(matching_name(row["segment"]), []).append(
                (row["channel"], row["contacts"])
            )
        lines = []
        for segment in plan.segments:
            rows = used.get(matching_name(segment.name))
            if not rows:
                continue
            total = sum(n for _c, n in rows) or 1
            actual = ", ".join(f"{c} {n / total:.0%}" for c, n in rows[:3])
            preferred = ", ".join(
                filter(None, (plan.channel_name(i) for i in segment.preferred_channel_ids))
            )
            lines.append(
                f"<b>{html.escape(segment.name)}</b>: "
                + html.escape(
                    self.tr("prefers {0}; uses {1}")
                    .replace("{0}", preferred or "–")
                    .replace("{1}", actual)
                )
            )
        self.comparison.setText("<br>".join(lines))
        self.comparison.setVisible(bool(lines))


class _SegmentFiguresPage(TablePage):
    """A table of segments, with what the contact log says about each below it."""

    def __init__(
        self, session: PlanSession, section: Section, spec: TableSpec, evidence: EvidenceState
    ) -> None:
        super().__init__(session, section, spec)
        self.evidence = evidence
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setObjectName("segment_figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.figures)
        evidence.changed.connect(self.refresh)

    def heading(self) -> str:
        raise NotImplementedError

    def describe(self, segment: Segment, row: dict[str, Any]) -> str:
        """What the segment's row of the evidence says."""
        raise NotImplementedError

    def named(self, segment: Segment) -> str:
        return segment.name

    def refresh(self) -> None:
        super().refresh()
        report = self.evidence.report
        found = {matching_name(r["segment"]): r for r in (report or {}).get("by_segment", [])}
        lines = [
            f"<b>{html.escape(self.named(segment))}</b>: {html.escape(self.describe(segment, row))}"
            for segment in self.session.plan().segments
            if (row := found.get(matching_name(segment.name))) is not None
        ]
        if lines:
            lines.insert(0, html.escape(self.heading()))
        self.figures.setText("<br>".join(lines))
        self.figures.setVisible(bool(lines))


class SegmentsPage(_SegmentFiguresPage):
    """Segments, and how much of the centre's work each brings."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.SEGMENTS, specs.segments(), evidence)

    def heading(self) -> str:
        return self.tr("Who contacts us, from the contact log:")

    def describe(self, segment: Segment, row: dict[str, Any]) -> str:
        customers = segment.customer_share
        return (
            self.tr("{0} of contacts ({1} of customers) · {2} contacts")
            .replace("{0}", _percent(row["share"]))
            .replace("{1}", "–" if customers is None else f"{format_number(customers)}%")
            .replace("{2}", f"{row['contacts']:,}")
        )


class PriorityPage(_SegmentFiguresPage):
    """Tiers and service promises, beside how each segment is served today: the area asks
    whether priority customers really get better service."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.PRIORITY, specs.priority(), evidence)

    def heading(self) -> str:
        return self.tr("How each segment is served today, from the contact log:")

    def describe(self, segment: Segment, row: dict[str, Any]) -> str:
        asa, csat = row["asa_seconds"], row["csat"]
        return (
            self.tr(
                "{0} contacts · service level {1} · answered in {2} s on average · "
                "{3} abandoned · satisfaction {4}"
            )
            .replace("{0}", f"{row['contacts']:,}")
            .replace("{1}", _percent(row["service_level"]))
            .replace("{2}", "–" if asa is None else f"{asa:.0f}")
            .replace("{3}", _percent(row["abandon_rate"]))
            .replace("{4}", "–" if csat is None else f"{csat:.2f}")
        )

    def named(self, segment: Segment) -> str:
        return f"{segment.name} ({labels.choice(segment.tier)})"


class IntelligencePage(TablePage):
    """Insights for other departments, and the ones the contact log suggests: each can be
    added as it is worded, then edited and sent."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.INTELLIGENCE, specs.insights())
        self.evidence = evidence
        self.suggestions = QGroupBox(self.tr("What the contact log suggests"))
        self.suggestions.setObjectName("suggested_insights")
        self.suggested = QVBoxLayout(self.suggestions)
        self.shown: list[Finding] = []
        self.body.addWidget(self.suggestions)
        evidence.changed.connect(self.refresh)

    def refresh(self) -> None:
        super().refresh()
        report = self.evidence.report
        plan = self.session.plan()
        added = {i.title.strip().lower() for i in plan.insights}
        fresh = [
            f
            for f in (findings(plan, report) if report is not None else [])
            if f.title.strip().lower() not in added
        ]
        if fresh != self.shown:
            self.shown = fresh
            self._show(fresh)
        self.suggestions.setVisible(bool(fresh))

    def _show(self, fresh: list[Finding]) -> None:
        layout = self.suggested
        while (item := layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for finding in fresh:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(
                f"<b>{html.escape(finding.title)}</b><br>{html.escape(finding.observation)}"
            )
            text.setWordWrap(True)
            add = QPushButton(self.tr("Add as an insight"))
            add.setEnabled(not self.session.read_only)
            add.clicked.connect(lambda _checked=False, f=finding: self.add_finding(f))
            line.addWidget(text, 1)
            line.addWidget(add)
            layout.addWidget(row)

    def add_finding(self, finding: Finding) -> None:
        """Add the finding as an insight, then open its recipient: who should hear it is what
        the log cannot say."""
        try:
            record = self.session.add(
                Insight(finding.title, finding.observation, finding.evidence),
                None,
                UndoText("Add the insight {0}", finding.title),
            )
        except PlanError as error:
            self.show_problem(error.sentence())
            return
        self.refresh()
        model, table = self.editor.model, self.editor.table
        column = next(i for i, c in enumerate(model.spec.columns) if c.field == "recipient")
        cell = model.index(model.row_of(record.id), column)
        table.setCurrentIndex(cell)
        table.setFocus()
        table.edit(cell)


def _percent(value: float | None) -> str:
    """A share in whole percent; a small one keeps a decimal, so it does not read 0%."""
    if value is None:
        return "–"
    return f"{value:.1%}" if 0 < value < 0.01 else f"{value:.0%}"


OVERDUE_COLOUR = "#f8d7da"
DUE_SOON_COLOUR = "#fff3cd"
SORTS = (
    ("plan", N_("Plan order")),
    ("due", N_("Due date")),
    ("owner", N_("Owner")),
    ("status", N_("Status")),
)


class ActionsPage(Page):
    """Actions with owners and dates: filters, counts, overdue rows marked, Excel round trip,
    calendar; and the people who can own them."""

    def __init__(self, session: PlanSession, today=dt.date.today) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, Section.ACTIONS, notes=False)
        self.today = today
        self.counts = QLabel()
        self.counts.setObjectName("action_counts")
        self.body.addWidget(self.counts)
        bar = QHBoxLayout()
        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.area_filter = QComboBox()
        self.overdue_filter = QCheckBox(self.tr("Only &overdue"))
        self.sort = QComboBox()
        for key, label in SORTS:
            self.sort.addItem(tr(label), key)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ActionStatus:
            self.status_filter.addItem(labels.choice(status), status.value)
        self.area_filter.addItem(self.tr("Any area"), None)
        for area in Area:
            self.area_filter.addItem(labels.section_title(area), area.value)
        for text, widget in (
            (self.tr("Owner"), self.owner_filter),
            (self.tr("Status"), self.status_filter),
            (self.tr("Area"), self.area_filter),
        ):
            bar.addWidget(QLabel(text))
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(self.overdue_filter)
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("find_actions")
        self.find_box.setPlaceholderText(self.tr("Find in titles and notes (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._filters_changed)
        find_key = QShortcut(QKeySequence("Ctrl+F"), self)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key.activated.connect(self._find)
        bar.addWidget(self.find_box, 1)
        bar.addWidget(QLabel(self.tr("Sort by")))
        bar.addWidget(self.sort)
        self.sort.currentIndexChanged.connect(self._filters_changed)
        self.body.addLayout(bar)
        spec = specs.actions()
        spec.accepts = self._accepts
        spec.row_colour = self._colour
        self.actions_spec = spec
        self.tabs = QTabWidget()
        self.actions_editor = RecordsEditor(session, spec)
        self.people_editor = RecordsEditor(session, specs.people())
        self.splitters += [self.actions_editor.splitter, self.people_editor.splitter]
        self.tabs.addTab(self.actions_editor, self.tr("Actions"))
        self.tabs.addTab(self.people_editor, self.tr("People"))
        self.body.addWidget(self.tabs, 1)
        files = QHBoxLayout()
        export_button = QPushButton(self.tr("Export to Excel…"))
        export_button.clicked.connect(lambda: self.export_xlsx())
        self.import_button = QPushButton(self.tr("Import from Excel or CSV…"))
        self.import_button.clicked.connect(self.choose_import)
        calendar_button = QPushButton(self.tr("Save a calendar (.ics)…"))
        calendar_button.clicked.connect(lambda: self.export_ics())
        for button in (export_button, self.import_button, calendar_button):
            files.addWidget(button)
        files.addStretch(1)
        self.body.addLayout(files)

    # -- filters -------------------------------------------------------------------------

    def current_filter(self) -> ActionFilter:
        status = self.status_filter.currentData()
        area = self.area_filter.currentData()
        return ActionFilter(
            status=ActionStatus(status) if status else None,
            owner=self.owner_filter.currentData(),
            area=Area(area) if area else None,
            overdue_only=self.overdue_filter.isChecked(),
            text=self.find_box.text(),
        )

    def _find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _accepts(self, action) -> bool:  # type: ignore[no-untyped-def]
        return self.current_filter().accepts(action, self.session.plan(), self.today())

    def _colour(self, action) -> str | None:  # type: ignore[no-untyped-def]
        if is_overdue(action, self.today()):
            return OVERDUE_COLOUR
        if is_due_this_week(action, self.today()):
            return DUE_SOON_COLOUR
        return None

    def _filters_changed(self) -> None:
        key = self.sort.currentData()
        self.actions_spec.sort_key = None if key == "plan" else _SORT_KEYS[key]
        sorted_view = key != "plan"
        self.actions_editor.refresh()
        for button in (self.actions_editor.up_button, self.actions_editor.down_button):
            button.setEnabled(button.isEnabled() and not sorted_view)
        self._count()

    def _count(self) -> None:
        plan = self.session.plan()
        counts = status_counts(plan.actions)
        overdue = sum(is_overdue(a, self.today()) for a in plan.actions)
        parts = [f"{labels.choice(s)}: {n}" for s, n in counts.items()]
        shown = self.actions_editor.model.rowCount()
        self.counts.setText(
            "  ·  ".join(parts)
            + "  ·  "
            + self.tr("Overdue: {0}  ·  showing {1} of {2}")
            .replace("{0}", str(overdue))
            .replace("{1}", str(shown))
            .replace("{2}", str(len(plan.actions)))
        )

    # -- files ---------------------------------------------------------------------------

    def _ask(self, title: str, name: str, pattern: str, save: bool = True) -> Path | None:
        folder = self.session.files_folder
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), pattern)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), pattern)
        return Path(chosen) if chosen else None

    def export_xlsx(self, path: Path | None = None) -> None:
        from ces_planner.services.actions import export_actions_xlsx

        path = path or self._ask(self.tr("Export the action table"), "Actions.xlsx", "*.xlsx")
        if path is None:
            return
        try:
            export_actions_xlsx(self.session.plan(), path)
        except PlanError as error:
            QMessageBox.warning(self, self.tr("Export"), error.sentence())
            return
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Saved {0}").replace("{0}", str(path)), 8000
        )

    def export_ics(self, path: Path | None = None) -> None:
        from ces_planner.services.actions import save_actions_ics

        path = path or self._ask(self.tr("Save a calendar"), "Actions.ics", "*.ics")
        if path is None:
            return
        try:
            save_actions_ics(self.session.plan(), path, dt.datetime.now())
        except PlanError as error:
            QMessageBox.warning(self, self.tr("Calendar"), error.sentence())

    def choose_import(self) -> None:
        path = self._ask(self.tr("Import the action table"), "", "*.xlsx *.csv", save=False)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        from ces_planner.services.actions import ActionsImportRejected, import_actions

        try:
            result = import_actions(self.session.document, path)
        except ActionsImportRejected as rejected:
            listed = "\n".join(
                self.tr("Row {0}: {1}").replace("{0}", str(r)).replace("{1}", reason)
                for r, reason in rejected.problems[:15]
            )
            answer = QMessageBox.question(
                self,
                self.tr("Import"),
                self.tr("Some rows cannot be imported:")
                + "\n\n"
                + listed
                + "\n\n"
                + self.tr("Import the rows that can be read?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes or rejected.problems[0][0] <= 1:
                return
            try:
                result = import_actions(self.session.document, path, accept_valid_rows=True)
            except PlanError as error:
                QMessageBox.warning(self, self.tr("Import"), error.sentence())
                return
        except PlanError as error:
            QMessageBox.warning(self, self.tr("Import"), error.sentence())
            return
        # The import wrote to the file outside the undo stack: it cannot be undone step by
        # step, so earlier steps are dropped rather than left pointing at changed rows.
        self.session.undo_stack.clear()
        self.session.changed.emit()
        message = (
            self.tr("{0} added, {1} updated, {2} unchanged")
            .replace("{0}", str(result.added))
            .replace("{1}", str(result.updated))
            .replace("{2}", str(result.unchanged))
        )
        if result.new_people:
            message += ". " + self.tr("New people: {0}").replace(
                "{0}", ", ".join(result.new_people)
            )
        self.window().statusBar().showMessage(message, 10000)  # type: ignore[attr-defined]
        self.last_import = result

    def show_problem(self, message: str) -> None:
        self.actions_editor.show_problem(message)

    def refresh(self) -> None:
        super().refresh()
        plan = self.session.plan()
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Anyone"), None)
        for person in plan.people:
            self.owner_filter.addItem(person.name, person.name)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current)))
        self.owner_filter.blockSignals(False)
        self.import_button.setEnabled(not self.session.read_only)
        self.actions_editor.refresh()
        self.people_editor.refresh()
        self._count()


_SORT_KEYS = {
    "due": lambda plan, a: (a.due is None, a.due or dt.date.max),
    "owner": lambda plan, a: ((plan.person_name(a.owner_id) or "\uffff").lower(),),
    "status": lambda plan, a: (list(ActionStatus).index(a.status),),
}


_TABLES = {
    Section.DISCUSSION: specs.discussion,
}


def table(session: PlanSession, section: Section) -> TablePage:
    """The page of an area that is one table of records."""
    return TablePage(session, section, _TABLES[section]())
