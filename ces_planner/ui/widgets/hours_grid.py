"""A week of half-hour cells for one channel, painted open or closed with the mouse or keys."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ces_planner import labels
from ces_planner.domain.hours import SLOTS_PER_DAY, SLOTS_PER_WEEK, WEEKDAYS

OPEN = QColor("#2f7d8c")
CURSOR = QColor("#f39c12")


class HoursGrid(QWidget):
    """Rows are weekdays, columns half hours. A drag paints every cell it crosses the way the
    first cell was toggled; ``painted`` is emitted once, when the drag ends.

    The grid is drawn once into a picture (a pixmap of the widget's size), which a paint only
    copies; a cell that a drag changes is drawn again in the picture and only its rectangle
    is repainted. Drawing the whole grid takes some 700 painter calls from Python, far too
    many to repeat at every move of the pointer."""

    painted = Signal(list)  # the 336 slots after the stroke

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots = [False] * SLOTS_PER_WEEK
        self._overlay: list[float] | None = None  # arrivals per slot, drawn as shade
        self.read_only = False
        self._stroke: bool | None = None
        self._before: list[bool] | None = None
        self._last_point: QPointF | None = None  # where the pointer was at the last move
        self._picture: QPixmap | None = None
        self.pictures_drawn = 0  # whole pictures drawn (a drag should draw none)
        self.cursor_slot = 8 * 2  # Monday 08:00, for keyboard painting
        # Rows of a line of text at the least (a page short of room: a laptop at 150 %), of
        # 26 pixels where there is room; never taller.
        self.setMinimumSize(560, 28 + WEEKDAYS * (self.fontMetrics().height() + 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the picture covers it
        self.setAccessibleName(self.tr("Weekly opening hours grid"))
        self.setToolTip(
            self.tr("Drag to open or close half hours. Keyboard: arrows move, Space toggles.")
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(860, 212)

    def set_slots(self, slots: list[bool]) -> None:
        if list(slots) != self.slots:
            self.slots = list(slots)
            self._forget_picture()

    @property
    def overlay(self) -> list[float] | None:
        return self._overlay

    @overlay.setter
    def overlay(self, values: list[float] | None) -> None:
        if values != self._overlay:
            self._overlay = values
            self._forget_picture()

    # -- geometry ----------------------------------------------------------------------

    def _grid(self) -> QRect:
        return QRect(44, 20, self.width() - 52, self.height() - 28)

    def _cell_size(self) -> tuple[float, float]:
        grid = self._grid()
        return grid.width() / SLOTS_PER_DAY, grid.height() / WEEKDAYS

    def _cell(self, slot: int) -> QRect:
        grid = self._grid()
        width, height = self._cell_size()
        row, column = divmod(slot, SLOTS_PER_DAY)
        return QRect(
            int(grid.left() + column * width),
            int(grid.top() + row * height),
            int(width) + 1,
            int(height) + 1,
        )

    def slot_at(self, point: QPoint) -> int | None:
        grid = self._grid()
        if not grid.contains(point):
            return None
        return self._slot_at(QPointF(point))

    def _slot_at(self, point: QPointF) -> int:
        """The cell under ``point``, or the nearest one when it is outside the grid (a drag
        that leaves the grid goes on along its edge)."""
        grid = self._grid()
        width, height = self._cell_size()
        column = int((point.x() - grid.left()) / width)
        row = int((point.y() - grid.top()) / height)
        column = max(0, min(SLOTS_PER_DAY - 1, column))
        row = max(0, min(WEEKDAYS - 1, row))
        return row * SLOTS_PER_DAY + column

    def slot_centre(self, slot: int) -> QPoint:
        grid = self._grid()
        width, height = self._cell_size()
        row, column = divmod(slot, SLOTS_PER_DAY)
        return QPoint(
            int(grid.left() + (column + 0.5) * width), int(grid.top() + (row + 0.5) * height)
        )

    def slots_crossed(self, start: QPointF, end: QPointF) -> list[int]:
        """The cells a pointer crosses going straight from ``start`` to ``end``, in order
        (however fast it moved, and however few moves the system reported)."""
        width, height = self._cell_size()
        step = max(1.0, min(width, height) / 3)  # a third of a cell: no cell is jumped over
        distance = math.hypot(end.x() - start.x(), end.y() - start.y())
        steps = max(1, math.ceil(distance / step))
        crossed: list[int] = []
        for n in range(steps + 1):
            t = n / steps
            x = start.x() + (end.x() - start.x()) * t
            slot = self._slot_at(QPointF(x, start.y() + (end.y() - start.y()) * t))
            if not crossed or crossed[-1] != slot:
                crossed.append(slot)
        return crossed

    # -- painting ----------------------------------------------------------------------

    def _forget_picture(self) -> None:
        self._picture = None
        self.update()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._picture = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self._forget_picture()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        ratio = self.devicePixelRatioF()
        picture = self._picture
        if (
            picture is None
            or picture.devicePixelRatioF() != ratio
            or picture.deviceIndependentSize().toSize() != self.size()
        ):
            picture = self._picture = self._draw_picture(ratio)
        painter = QPainter(self)
        painter.drawPixmap(event.rect(), picture, self._source(event.rect(), ratio))
        if self.hasFocus():
            painter.setPen(CURSOR)
            painter.drawRect(self._cell(self.cursor_slot).adjusted(0, 0, -1, -1))
        painter.end()

    @staticmethod
    def _source(rect: QRect, ratio: float) -> QRect:
        """``rect`` of the widget in the picture's pixels."""
        return QRect(
            int(rect.x() * ratio),
            int(rect.y() * ratio),
            math.ceil(rect.width() * ratio),
            math.ceil(rect.height() * ratio),
        )

    def _draw_picture(self, ratio: float) -> QPixmap:
        """The whole grid (cells, lines, labels) in a picture of the widget's size."""
        self.pictures_drawn += 1
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(self.palette().window().color())
        painter = QPainter(picture)
        grid = self._grid()
        width, height = self._cell_size()
        for slot in range(SLOTS_PER_WEEK):
            self._fill_cell(painter, slot)
        self._draw_lines(painter, range(SLOTS_PER_DAY + 1), range(WEEKDAYS + 1))
        painter.setPen(self.palette().text().color())
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
        painter.end()
        return picture

    def _fill_cell(self, painter: QPainter, slot: int) -> None:
        cell = self._cell(slot)
        painter.fillRect(cell, OPEN if self.slots[slot] else self.palette().base().color())
        overlay = self._overlay
        if overlay and overlay[slot]:
            biggest = max(overlay) or 1
            shade = QColor("#c0392b" if not self.slots[slot] else "#ffffff")
            shade.setAlphaF(min(1.0, 0.15 + 0.6 * overlay[slot] / biggest))
            height = self._cell_size()[1]
            painter.fillRect(cell.adjusted(2, int(height * 0.55), -2, -1), shade)

    def _draw_lines(self, painter: QPainter, columns: range, rows: range) -> None:
        """The lines left of ``columns`` and above ``rows`` (hours darker than half hours)."""
        grid = self._grid()
        width, height = self._cell_size()
        text = self.palette().text().color()
        half_hour = self.palette().midlight().color()
        for column in columns:
            x = int(grid.left() + column * width)
            painter.setPen(text if column % 2 == 0 else half_hour)
            painter.drawLine(x, grid.top(), x, grid.bottom())
        painter.setPen(text)
        for row in rows:
            y = int(grid.top() + row * height)
            painter.drawLine(grid.left(), y, grid.right(), y)

    def _redraw_cell(self, slot: int) -> None:
        """One cell drawn again in the picture (with the lines around it), and only its
        rectangle repainted."""
        cell = self._cell(slot)
        around = cell.adjusted(-1, -1, 1, 1)
        if self._picture is not None:
            row, column = divmod(slot, SLOTS_PER_DAY)
            painter = QPainter(self._picture)
            painter.setClipRect(around)
            self._fill_cell(painter, slot)
            self._draw_lines(painter, range(column, column + 2), range(row, row + 2))
            painter.end()
        self.update(around)

    # -- painting with the mouse -------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        slot = self.slot_at(event.position().toPoint())
        if slot is None or self.read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        self._before = list(self.slots)
        self._stroke = not self.slots[slot]
        self._last_point = event.position()
        self._move_cursor(slot)
        self._paint(slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._stroke is None or self._last_point is None:
            return
        point = event.position()
        for slot in self.slots_crossed(self._last_point, point):
            self._paint(slot)
        self._last_point = point

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._stroke is None:
            return
        if self._last_point is not None:
            for slot in self.slots_crossed(self._last_point, event.position()):
                self._paint(slot)
        self._stroke = None
        self._last_point = None
        if self.slots != self._before:
            self.painted.emit(list(self.slots))

    def _paint(self, slot: int) -> None:
        assert self._stroke is not None
        if self.slots[slot] != self._stroke:
            self.slots[slot] = self._stroke
            self._redraw_cell(slot)

    def _move_cursor(self, slot: int) -> None:
        if slot != self.cursor_slot:
            self.update(self._cell(self.cursor_slot).adjusted(-1, -1, 1, 1))
            self.cursor_slot = slot
        self.update(self._cell(slot).adjusted(-1, -1, 1, 1))

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        self._move_cursor(self.cursor_slot)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self._move_cursor(self.cursor_slot)

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
            self.slots[self.cursor_slot] = not self.slots[self.cursor_slot]
            self._redraw_cell(self.cursor_slot)
            self.painted.emit(list(self.slots))
            return
        else:
            super().keyPressEvent(event)
            return
        self._move_cursor(row * SLOTS_PER_DAY + column)
