"""A week of half-hour cells for one channel, painted open or closed with the mouse or keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ces_planner import labels
from ces_planner.domain.hours import SLOTS_PER_DAY, SLOTS_PER_WEEK, WEEKDAYS

OPEN = QColor("#2f7d8c")
CURSOR = QColor("#f39c12")


class HoursGrid(QWidget):
    """Rows are weekdays, columns half hours. A drag paints every cell it crosses the way the
    first cell was toggled; ``painted`` is emitted once, when the drag ends."""

    painted = Signal(list)  # the 336 slots after the stroke

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots = [False] * SLOTS_PER_WEEK
        self.overlay: list[float] | None = None  # arrivals per slot, drawn as shade
        self.read_only = False
        self._stroke: bool | None = None
        self._before: list[bool] | None = None
        self.cursor_slot = 8 * 2  # Monday 08:00, for keyboard painting
        # Rows of a line of text at the least (a page short of room: a laptop at 150 %), of
        # 26 pixels where there is room; never taller.
        self.setMinimumSize(560, 28 + WEEKDAYS * (self.fontMetrics().height() + 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Weekly opening hours grid"))
        self.setToolTip(
            self.tr("Drag to open or close half hours. Keyboard: arrows move, Space toggles.")
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(860, 212)

    def set_slots(self, slots: list[bool]) -> None:
        self.slots = list(slots)
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _grid(self) -> QRect:
        return QRect(44, 20, self.width() - 52, self.height() - 28)

    def _cell_size(self) -> tuple[float, float]:
        grid = self._grid()
        return grid.width() / SLOTS_PER_DAY, grid.height() / WEEKDAYS

    def slot_at(self, point: QPoint) -> int | None:
        grid = self._grid()
        if not grid.contains(point):
            return None
        width, height = self._cell_size()
        column = min(SLOTS_PER_DAY - 1, int((point.x() - grid.left()) / width))
        row = min(WEEKDAYS - 1, int((point.y() - grid.top()) / height))
        return row * SLOTS_PER_DAY + column

    def slot_centre(self, slot: int) -> QPoint:
        grid = self._grid()
        width, height = self._cell_size()
        row, column = divmod(slot, SLOTS_PER_DAY)
        return QPoint(
            int(grid.left() + (column + 0.5) * width), int(grid.top() + (row + 0.5) * height)
        )

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        grid = self._grid()
        width, height = self._cell_size()
        text = self.palette().text().color()
        biggest = max(self.overlay or [0]) or 1
        for slot in range(SLOTS_PER_WEEK):
            row, column = divmod(slot, SLOTS_PER_DAY)
            cell = QRect(
                int(grid.left() + column * width),
                int(grid.top() + row * height),
                int(width) + 1,
                int(height) + 1,
            )
            if self.slots[slot]:
                painter.fillRect(cell, OPEN)
            else:
                painter.fillRect(cell, self.palette().base())
            if self.overlay and self.overlay[slot]:
                shade = QColor("#c0392b" if not self.slots[slot] else "#ffffff")
                shade.setAlphaF(0.15 + 0.6 * self.overlay[slot] / biggest)
                painter.fillRect(cell.adjusted(2, int(height * 0.55), -2, -1), shade)
        painter.setPen(self.palette().mid().color())
        for column in range(SLOTS_PER_DAY + 1):
            x = int(grid.left() + column * width)
            painter.setPen(text if column % 2 == 0 else self.palette().midlight().color())
            painter.drawLine(x, grid.top(), x, grid.bottom())
        painter.setPen(text)
        for row in range(WEEKDAYS + 1):
            y = int(grid.top() + row * height)
            painter.drawLine(grid.left(), y, grid.right(), y)
        for row in range(WEEKDAYS):
            painter.drawText(
                QRect(0, int(grid.top() + row * height), grid.left() - 6, int(height)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                labels.weekday(row, short=True),
            )
        for hour in range(0, 25, 3):
            x = int(grid.left() + hour * 2 * width)
            painter.drawText(
                QRect(x - 20, 0, 40, grid.top() - 2), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}"
            )
        if self.hasFocus():
            row, column = divmod(self.cursor_slot, SLOTS_PER_DAY)
            painter.setPen(CURSOR)
            painter.drawRect(
                QRect(
                    int(grid.left() + column * width),
                    int(grid.top() + row * height),
                    int(width),
                    int(height),
                )
            )
        painter.end()

    # -- painting with the mouse -------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        slot = self.slot_at(event.position().toPoint())
        if slot is None or self.read_only:
            return
        self._before = list(self.slots)
        self._stroke = not self.slots[slot]
        self.cursor_slot = slot
        self._paint(slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._stroke is None:
            return
        slot = self.slot_at(event.position().toPoint())
        if slot is not None:
            self._paint(slot)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._stroke is None:
            return
        self._stroke = None
        if self.slots != self._before:
            self.painted.emit(list(self.slots))

    def _paint(self, slot: int) -> None:
        assert self._stroke is not None
        if self.slots[slot] != self._stroke:
            self.slots[slot] = self._stroke
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        row, column = divmod(self.cursor_slot, SLOTS_PER_DAY)
        if key == Qt.Key.Key_Left:
            column = max(0, column - 1)
        elif key == Qt.Key.Key_Right:
            column = min(SLOTS_PER_DAY - 1, column + 1)
        elif key == Qt.Key.Key_Up:
            row = max(0, row - 1)
        elif key == Qt.Key.Key_Down:
            row = min(WEEKDAYS - 1, row + 1)
        elif key == Qt.Key.Key_Space and not self.read_only:
            slots = list(self.slots)
            slots[self.cursor_slot] = not slots[self.cursor_slot]
            self.slots = slots
            self.painted.emit(list(slots))
        else:
            super().keyPressEvent(event)
            return
        self.cursor_slot = row * SLOTS_PER_DAY + column
        self.update()
