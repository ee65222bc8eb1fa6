"""The value/irritant matrix on a whole screen, for a team looking at it on a projector: every
point named, dragged or moved with the arrow keys as on the contact reasons page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ces_planner.ui.widgets.matrix import ValueMatrix

# The names and axes read from the back of a room.
FONT_SCALE = 1.4


class MatrixWindow(QWidget):
    """A window of its own around a ValueMatrix; the page fills it and acts on its signals."""

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._parent = parent
        # Undo and redo here as in the plan's window (a point dragged too far goes back).
        for action, keys in (
            (undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts(keys)
            self.addAction(action)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        leave = QPushButton(self.tr("Leave (Esc)"))
        leave.clicked.connect(self.close)
        self.matrix = ValueMatrix()
        self.matrix.setObjectName("full_matrix")
        self.matrix.names_shown = True
        font = self.matrix.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.matrix.setFont(font)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.matrix, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc, or F11 again, leaves (keys the matrix and the button leave to their window)."""
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        self._parent.window().activateWindow()  # the keyboard back to the plan's window

    def show_plan(self, plan_title: str, read_only: bool) -> None:
        """The plan's title in the window's, and what can be done with the points."""
        heading = self.tr("Contact reasons: value to the customer and to the company")
        self.title.setText(heading)
        self.setWindowTitle(f"{heading} — {plan_title}" if plan_title else heading)
        if read_only:
            hint = self.tr("This plan is read-only: the points cannot be moved.")
        else:
            hint = self.tr(
                "Drag a point to re-rate its reason, or select it and use the arrow keys; "
                "Ctrl+Z undoes."
            )
        self.hint.setText(hint + " " + self.tr("Points are sized by contacts."))

    def open(self) -> None:
        # The screen of the page's window; where full screen is not granted, still fill it.
        self.setGeometry(self._parent.screen().availableGeometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.matrix.setFocus()
