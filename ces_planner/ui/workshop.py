"""Workshop mode: the discussion on a projector, one question at a time, with the plan's facts
beside it, a timer, live notes and decisions, and decisions turned into owned actions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.dates import DateUnreadable
from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    DiscussionQuestion,
    Measure,
    Person,
    Plan,
)
from ces_planner.domain.quadrants import Quadrant
from ces_planner.i18n import tr
from ces_planner.numbers import format_number
from ces_planner.ui.pages.base import CommitTextEdit
from ces_planner.ui.session import PlanSession
from ces_planner.ui.undo_text import UndoText
from ces_planner.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from ces_planner.ui.evidence import EvidenceState

STYLE = """
QWidget#workshop { background: #101418; color: #f4f6f8; font-size: 17pt; }
QLabel#question { font-size: 26pt; font-weight: bold; color: #ffffff; }
QLabel#timer { font-size: 26pt; font-family: monospace; color: #ffd54f; }
QLabel#position, QLabel.caption { color: #b0bec5; font-size: 14pt; }
QPlainTextEdit, QLineEdit, QComboBox, QTextBrowser {
    background: #1c2329; color: #ffffff; border: 1px solid #455a64; font-size: 17pt; }
QPushButton { background: #263238; color: #ffffff; border: 1px solid #607d8b;
              padding: 6px 14px; font-size: 14pt; }
QPushButton:focus, QPlainTextEdit:focus, QLineEdit:focus { border: 2px solid #ffd54f; }
"""


def facts_for(
    question: DiscussionQuestion, plan: Plan, report: dict[str, Any] | None = None
) -> str:
    """What the room needs to see beside a question, as simple HTML; with the plan's
    evidence ``report``, what the contact log says too."""

    def items(rows: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(r)}</li>" for r in rows) + "</ul>"

    def value(number: float | None) -> str:
        return "–" if number is None else format_number(number)

    def figures(m: Measure) -> str:  # one piece: a line breaks before it, never inside it
        return f"{value(m.current)} → {value(m.target)} {m.unit}".strip().replace(" ", "\u00a0")

    measures = [f"{m.name}: {figures(m)}" for m in plan.measures]
    key = question.builtin_key
    parts: list[str] = []
    if key == "aligned":
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.OVERVIEW))}</h3>"
            f"<p>{html.escape(plan.info.strategy_alignment or '–')}</p>"
        )
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.MEASURES))}</h3>"
            + items(measures)
        )
    elif key == "customer_centred":
        counts = {q: sum(r.quadrant is q for r in plan.contact_reasons) for q in Quadrant}
        shares = _quadrant_shares(plan, report)
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.CONTACT_REASONS))}"
            "</h3>"
            + items(
                [
                    f"{labels.choice(q)}: "
                    + tr("{n} of {total} reasons", n=n, total=len(plan.contact_reasons))
                    + (
                        " · " + tr("{share} of contacts", share=f"{shares.get(q, 0):.0%}")
                        if shares
                        else ""
                    )
                    for q, n in counts.items()
                ]
            )
        )
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.MEASURES))}</h3>"
            + items(measures)
        )
    elif key == "leadership":
        open_actions = [
            a for a in plan.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        ]
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.ACTIONS))}</h3>"
            + items(
                [
                    f"{a.title} — {plan.person_name(a.owner_id) or '?'}, "
                    f"{a.due.isoformat() if a.due else '?'}"
                    for a in open_actions[:8]
                ]
            )
        )
    elif key in ("existing_intelligence", "new_intelligence"):
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.INTELLIGENCE))}</h3>"
            + items([f"{i.title} → {i.recipient or '?'}" for i in plan.insights])
        )
        if key == "new_intelligence":
            parts.append(
                f"<h3>{html.escape(labels.section_title(labels.Section.CONTACT_REASONS))}"
                "</h3>" + items([r.name for r in plan.contact_reasons])
            )
        if report is not None:
            from ces_planner.services.findings import findings

            suggested = [f.title for f in findings(plan, report)]
            if suggested:
                parts.append(
                    f"<h3>{html.escape(tr('What the contact log suggests'))}</h3>"
                    + items(suggested)
                )
    else:
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.CHANNELS))}</h3>"
            + items([f"{c.name} ({labels.choice(c.status)})" for c in plan.channels])
        )
        parts.append(
            f"<h3>{html.escape(labels.section_title(labels.Section.MEASURES))}</h3>"
            + items(measures)
        )
    return "".join(parts)


def _quadrant_shares(plan: Plan, report: dict[str, Any] | None) -> dict[Quadrant, float]:
    """Each quadrant's share of the logged contacts (none without a log)."""
    if report is None:
        return {}
    from ces_planner.services.findings import by_quadrant

    shares = by_quadrant(plan, report["by_reason"], "share")
    return {quadrant: share for quadrant, share in shares.items() if quadrant is not None}


class WorkshopWindow(QWidget):
    def __init__(
        self,
        session: PlanSession,
        parent: QWidget | None = None,
        evidence: EvidenceState | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.evidence = evidence
        self.setObjectName("workshop")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Workshop — {0}").replace("{0}", session.plan().info.title))
        self.index = 0
        self.elapsed = 0
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)

        top = QHBoxLayout()
        self.position = QLabel()
        self.position.setObjectName("position")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("timer")
        self.timer_button = QPushButton(self.tr("Start timer (T)"))
        self.timer_button.clicked.connect(self.toggle_timer)
        reset = QPushButton(self.tr("Reset"))
        reset.clicked.connect(self.reset_timer)
        add_question = QPushButton(self.tr("Add a question"))
        add_question.clicked.connect(self.add_question)
        summary = QPushButton(self.tr("Export summary…"))
        summary.clicked.connect(self.choose_summary)
        leave = QPushButton(self.tr("Leave (Esc)"))
        leave.clicked.connect(self.close)
        for widget in (self.position, self.timer_label, self.timer_button, reset):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (add_question, summary, leave):
            top.addWidget(widget)

        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.question.setMinimumHeight(150)
        self.question.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes = CommitTextEdit()
        self.notes.setObjectName("workshop_notes")
        self.notes.setPlaceholderText(self.tr("Notes from the discussion"))
        self.decisions = CommitTextEdit()
        self.decisions.setObjectName("workshop_decisions")
        self.decisions.setPlaceholderText(self.tr("Decisions taken"))
        self.notes.committed.connect(lambda text: self._save("notes", self.notes.owner, text))
        self.decisions.committed.connect(
            lambda text: self._save("decisions", self.decisions.owner, text)
        )

        action_row = QHBoxLayout()
        self.action_title = QLineEdit()
        self.action_title.setObjectName("workshop_action")
        self.action_title.setPlaceholderText(self.tr("Turn a decision into an action…"))
        self.action_owner = QComboBox()
        self.action_owner.setEditable(True)
        self.action_due = DateField()
        self.action_due.setObjectName("workshop_due")
        self.action_due.set_date(dt.date.today() + dt.timedelta(days=14))
        make = QPushButton(self.tr("Create action (Ctrl+Enter)"))
        make.clicked.connect(self.create_action)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.create_action)
        owner_label = QLabel(self.tr("Owner"))
        owner_label.setProperty("class", "caption")
        due_label = QLabel(self.tr("Due"))
        due_label.setProperty("class", "caption")
        action_row.addWidget(owner_label)
        action_row.addWidget(self.action_owner, 2)
        action_row.addWidget(due_label)
        action_row.addWidget(self.action_due)
        action_row.addWidget(make)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.question)
        for caption, text_widget in (
            (self.tr("Notes"), self.notes),
            (self.tr("Decisions"), self.decisions),
        ):
            label = QLabel(caption)
            label.setProperty("class", "caption")
            left_layout.addWidget(label)
            left_layout.addWidget(text_widget, 1)
        left_layout.addWidget(self.action_title)
        left_layout.addLayout(action_row)
        self.message = QLabel()
        self.action_due.problem.connect(self.message.setText)  # beside the field
        self.message.setWordWrap(True)
        left_layout.addWidget(self.message)
        self.facts = QTextBrowser()
        self.facts.setObjectName("workshop_facts")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.facts)
        splitter.setSizes([1100, 600])

        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← Previous (PgUp)"))
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton(self.tr("Next (PgDn) →"))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 20, 30, 20)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(nav)
        QShortcut(QKeySequence("PgDown"), self, lambda: self.go(self.index + 1))
        QShortcut(QKeySequence("PgUp"), self, lambda: self.go(self.index - 1))
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("T"), self, self.toggle_timer)
        session.changed.connect(self.refresh)
        if evidence is not None:
            evidence.changed.connect(self.refresh)  # the log's figures, once computed
        screen = self.screen() if self.screen() is not None else None
        if screen is not None:  # where full screen is not granted, still fill the screen
            self.resize(screen.availableGeometry().size())
        self.refresh()

    # -- questions -----------------------------------------------------------------------

    def current(self) -> DiscussionQuestion | None:
        questions = self.session.plan().discussion
        return questions[self.index] if 0 <= self.index < len(questions) else None

    def go(self, index: int) -> None:
        for editor in (self.notes, self.decisions):
            if editor.hasFocus():
                editor.commit()
        count = len(self.session.plan().discussion)
        self.index = max(0, min(index, count - 1))
        self.refresh()

    def refresh(self) -> None:
        plan = self.session.plan()
        question = self.current()
        count = len(plan.discussion)
        self.position.setText(
            self.tr("Question {0} of {1}")
            .replace("{0}", str(self.index + 1))
            .replace("{1}", str(count))
        )
        self.question.setText(question.question if question else self.tr("No questions yet."))
        question_id = question.id if question else None
        self.notes.set_text_quietly(question.notes if question else "", question_id)
        self.decisions.set_text_quietly(question.decisions if question else "", question_id)
        for editor in (self.notes, self.decisions):
            editor.setReadOnly(self.session.read_only or question is None)
        report = self.evidence.report if self.evidence is not None else None
        self.facts.setHtml(facts_for(question, plan, report) if question else "")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        owner = self.action_owner.currentText()
        self.action_owner.clear()
        self.action_owner.addItem("")
        for person in plan.people:
            self.action_owner.addItem(person.name)
        self.action_owner.setCurrentText(owner)

    def _save(self, field: str, question_id: object, text: str) -> None:
        """Notes or decisions, to the question they were typed for."""
        question = next((q for q in self.session.plan().discussion if q.id == question_id), None)
        if question is None or self.session.read_only or getattr(question, field) == text:
            return
        try:
            changes: dict[str, Any] = {field: text}
            self.session.update(
                dataclasses.replace(question, **changes), UndoText("Workshop notes")
            )
        except PlanError as error:
            self.message.setText(error.sentence())

    def add_question(self) -> None:
        try:
            self.session.add(
                DiscussionQuestion(self.tr("A question of our own?")),
                None,
                UndoText("Add a question"),
            )
        except PlanError as error:
            self.message.setText(error.sentence())
            return
        self.go(len(self.session.plan().discussion) - 1)
        self.question.setFocus()

    # -- decisions into actions ------------------------------------------------------------

    def create_action(self) -> Action | None:
        title = self.action_title.text().strip()
        if not title:
            lines = [
                line.strip() for line in self.decisions.toPlainText().splitlines() if line.strip()
            ]
            title = lines[-1] if lines else ""
        if not title:
            self.message.setText(self.tr("Type the action, or write a decision first."))
            return None
        if self.session.read_only:
            return None
        owner_name = " ".join(self.action_owner.currentText().split())
        try:
            due = self.action_due.date()
        except DateUnreadable:
            self.message.setText(self.action_due.problem_text())
            self.action_due.setFocus()
            return None
        try:
            with self.session.together(UndoText("Action from the workshop")):
                action = self._add_action(title, owner_name, due)
        except PlanError as error:
            self.message.setText(error.sentence())
            return None
        self.action_title.clear()
        self.message.setText(self.tr("Action created: {0}").replace("{0}", title))
        return action

    def _add_action(self, title: str, owner_name: str, due: object) -> Action:
        """The action (and its owner, if new to the plan), from the question shown."""
        owner_id = None
        if owner_name:
            known = {p.name.lower(): p.id for p in self.session.plan().people}
            owner_id = known.get(owner_name.lower())
            if owner_id is None:
                owner_id = self.session.add(Person(owner_name)).id
        question = self.current()
        return self.session.add(
            Action(
                title=title,
                owner_id=owner_id,
                due=due if isinstance(due, dt.date) else None,
                origin=ActionOrigin.WORKSHOP,
                notes=self.tr("From the workshop question: {0}").replace(
                    "{0}", question.question if question else ""
                ),
            )
        )

    # -- timer and summary -----------------------------------------------------------------

    def toggle_timer(self) -> None:
        if self.clock.isActive():
            self.clock.stop()
            self.timer_button.setText(self.tr("Start timer (T)"))
        else:
            self.clock.start()
            self.timer_button.setText(self.tr("Pause timer (T)"))

    def reset_timer(self) -> None:
        self.elapsed = 0
        self.timer_label.setText("00:00")

    def _tick(self) -> None:
        self.elapsed += 1
        minutes, seconds = divmod(self.elapsed, 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    def choose_summary(self) -> None:
        folder = self.session.files_folder
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the workshop summary"),
            str(folder / "Workshop summary.pdf"),
            "PDF (*.pdf);;Word (*.docx)",
        )
        if chosen:
            self.export_summary(Path(chosen))

    def export_summary(self, target: Path) -> None:
        from ces_planner.services.export import export_workshop_summary

        for editor in (self.notes, self.decisions):
            editor.commit()
        fmt = "docx" if target.suffix.lower() == ".docx" else "pdf"
        try:
            export_workshop_summary(self.session.document, fmt, target.with_suffix(f".{fmt}"))
        except PlanError as error:
            QMessageBox.warning(self, self.windowTitle(), error.sentence())
            return
        self.message.setText(self.tr("Saved {0}").replace("{0}", str(target)))

    def closeEvent(self, event) -> None:  # noqa: N802
        for editor in (self.notes, self.decisions):
            if editor.hasFocus():
                editor.commit()
        self.clock.stop()
        super().closeEvent(event)
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()  # the keyboard back to the plan's window
