"""What every page shares: a title, collapsible guidance, free-text notes, previous and next.
The records tables are in :mod:`ces_planner.ui.pages.tables`, which the first page (the
overview) does not need."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.domain.errors import PlanError
from ces_planner.domain.readiness import Section
from ces_planner.ui.guidance import guidance
from ces_planner.ui.session import PlanSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter


class CommitTextEdit(QPlainTextEdit):
    """A multi-line editor that commits when it loses focus or after a pause in typing.

    What the person types is never rewritten under them: while the editor has the keyboard,
    or holds typing not yet committed, a new value from the plan (a refresh after any edit)
    is kept aside and shown when the editor is left, unless the person's text has replaced
    it by then. Text typed for one record (``owner``) is committed before the editor is
    given another record's text, and goes to the record it was typed for."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self, singleShot=True, interval=1200)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self._loading = False
        self.owner: object = None  # what the text belongs to (a record's id), while committed
        self._stored = ""  # the text as last shown from the plan or committed
        self._kept_aside: str | None = None  # the plan's newer text, shown when left
        # Set while an undo asked for from the menu runs: the plan's text is shown at once.
        self.follow_changes = False

    @property
    def typing(self) -> bool:
        """The text differs from what the plan holds: typing not yet committed."""
        return self.toPlainText() != self._stored

    def set_text_quietly(self, text: str, owner: object = None) -> None:
        """Show the plan's ``text`` for ``owner`` (see the class for when it waits)."""
        if owner != self.owner:
            if self.typing:
                self.commit()  # to the record it was typed for
            self.owner = owner
        elif (self.hasFocus() or self.typing) and not self.follow_changes:
            self._kept_aside = None if text == self._stored else text
            return
        self._kept_aside = None
        self._replace(text)

    def _replace(self, text: str) -> None:
        self._stored = text
        shown = self.toPlainText()
        if text == shown:
            return
        self._loading = True
        if not shown:
            self.setPlainText(text)  # nothing to keep the cursor in
        else:
            cursor = self.textCursor().position()
            self.setPlainText(text)
            c = self.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.setTextCursor(c)
        self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        self._stored = text
        self.committed.emit(text)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        if self._timer.isActive() or self.typing:
            self.commit()
        if self._kept_aside is not None and not self.typing:
            text, self._kept_aside = self._kept_aside, None
            self._replace(text)
        super().focusOutEvent(event)


class GuidanceText(QLabel):
    """An area's guidance: rich text wrapped to the page's width.

    Laying out a page asks for its height at the same two or three widths over and over (each
    layout pass forgets the last one's answers), and every answer lays the text out afresh:
    the answers are kept until the text, font or style changes."""

    KEPT = 16  # widths remembered; a window being resized asks for a new one every step

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self.KEPT:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._heights.clear()  # font, style, direction...: cheap to forget, costly to be wrong
        super().changeEvent(event)


class _NotesEdit(CommitTextEdit):
    """An area's notes: as small as their smallest when the page is short of room (the
    records come first), as tall as their largest when there is room to spare."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.minimumHeight())


class Page(QWidget):
    """A page of the walk-through: title, guidance, content, notes, and previous/next."""

    go_previous = Signal()
    go_next = Signal()
    go_to = Signal(str)  # the page of a section (its value), e.g. from the overview's list

    def __init__(self, session: PlanSession, section: Section, notes: bool = True) -> None:
        super().__init__()
        self.session = session
        self.section = section
        # Its splitters, whose sizes the window keeps for the next start (named here rather
        # than found: finding them would make Python objects of every widget of the page).
        self.splitters: list[QSplitter] = []
        self.setObjectName(f"page_{section.value}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 18, 12)
        header = QHBoxLayout()
        title = QLabel(labels.section_title(section))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title, 1)
        self.guidance_button = QToolButton()
        self.guidance_button.setCheckable(True)
        self.guidance_button.setToolTip(self.tr("Show or hide the guidance for this area (F1)"))
        header.addWidget(self.guidance_button)
        outer.addLayout(header)
        self.guidance = GuidanceText(guidance(section))
        self.guidance.setObjectName("guidance")
        self.guidance.setStyleSheet(
            "QLabel#guidance { background: palette(alternate-base); border-left: 4px solid "
            "#2f7d8c; padding: 6px 10px; }"
        )
        outer.addWidget(self.guidance)  # first: shown while it had no parent, it is a window
        self.set_guidance_visible(True)
        self.guidance_button.toggled.connect(self.set_guidance_visible)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 5)
        self.notes: CommitTextEdit | None = None
        if notes:
            box = QGroupBox(self.tr("Notes"))
            box_layout = QVBoxLayout(box)
            self.notes = _NotesEdit()
            self.notes.setObjectName("area_notes")
            self.notes.setPlaceholderText(
                self.tr(
                    "Anything the team should remember about this area: sources, doubts, ideas."
                )
            )
            self.notes.setMinimumHeight(40)  # two lines: the page fits a 768-pixel screen
            self.notes.setMaximumHeight(80)
            self.notes.committed.connect(self._save_notes)
            box_layout.addWidget(self.notes)
            outer.addWidget(box, 1)  # a sixth of the room to spare, up to its largest
        footer = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.go_next)
        footer.addWidget(self.previous_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        outer.addLayout(footer)

    def set_neighbours(self, previous: str | None, following: str | None) -> None:
        self.previous_button.setVisible(previous is not None)
        self.next_button.setVisible(following is not None)
        self.previous_button.setText("← " + self.tr("Previous: {0}").replace("{0}", previous or ""))
        self.next_button.setText(self.tr("Next: {0}").replace("{0}", following or "") + " →")

    def set_guidance_visible(self, visible: bool) -> None:
        self.guidance.setVisible(visible)
        self.guidance_button.setChecked(visible)
        self.guidance_button.setText(("▾ " if visible else "▸ ") + self.tr("Guidance"))

    def _save_notes(self, text: str) -> None:
        if self.session.read_only:
            return
        if self.session.plan().area_notes.get(self.section.value, "") == text:
            return
        try:
            self.session.set_area_notes(self.section.value, text)
        except PlanError as error:
            self.show_problem(error.sentence())

    def show_problem(self, message: str) -> None:
        """Overridden by pages with a message line."""
        self.window().statusBar().showMessage(message, 8000)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Re-read the plan after any change."""
        if self.notes is not None:
            self.notes.set_text_quietly(
                self.session.plan().area_notes.get(self.section.value, ""), self.section
            )
            self.notes.setReadOnly(self.session.read_only)
