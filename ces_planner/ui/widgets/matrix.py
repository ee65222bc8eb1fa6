"""The value/irritant matrix: each contact reason a point; drag one to re-rate it."""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ces_planner import labels
from ces_planner.domain.model import ContactReason
from ces_planner.domain.quadrants import VALUE_MAX, VALUE_MIN, VALUED_FROM, Quadrant
from ces_planner.numbers import format_number
from ces_planner.text import broken_into_lines

# Small enough to leave a laptop at 150 % a few rows of the table under it, tall enough for
# its five rows of points.
MINIMUM_HEIGHT = 170

QUADRANT_COLOURS = {
    Quadrant.ELIMINATE: QColor("#c0392b"),
    Quadrant.SIMPLIFY: QColor("#d68910"),
    Quadrant.AUTOMATE: QColor("#2874a6"),
    Quadrant.LEVERAGE: QColor("#1e8449"),
}


class ValueMatrix(QWidget):
    """Value to customer (x) against value to company (y), 1-5 each."""

    moved = Signal(int, int, int)  # reason id, value to customer, value to company
    selected = Signal(int)  # reason id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reasons: list[ContactReason] = []
        self.volumes: dict[int, float] = {}
        self.read_only = False
        self.current_id: int | None = None
        self._drag_id: int | None = None
        self._drag_pos: QPointF | None = None
        # Every point named beside it (room for names: the matrix on a whole screen); else only
        # the selected one, its name shown as the others' are in their tooltips.
        self.names_shown = False
        self.setMinimumSize(320, MINIMUM_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Value/irritant matrix of contact reasons"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 360)

    def set_reasons(self, reasons: list[ContactReason]) -> None:
        self.reasons = list(reasons)
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _plot(self) -> QRectF:
        return QRectF(48, 12, max(60, self.width() - 60), max(60, self.height() - 58))

    def _to_screen(self, customer: float, company: float) -> QPointF:
        plot = self._plot()
        span = VALUE_MAX - VALUE_MIN + 1
        x = plot.left() + (customer - VALUE_MIN + 0.5) / span * plot.width()
        y = plot.bottom() - (company - VALUE_MIN + 0.5) / span * plot.height()
        return QPointF(x, y)

    def _to_values(self, point: QPointF) -> tuple[int, int]:
        plot = self._plot()
        span = VALUE_MAX - VALUE_MIN + 1
        customer = round((point.x() - plot.left()) / plot.width() * span - 0.5) + VALUE_MIN
        company = round((plot.bottom() - point.y()) / plot.height() * span - 0.5) + VALUE_MIN
        clamp = lambda v: max(VALUE_MIN, min(VALUE_MAX, v))  # noqa: E731
        return clamp(customer), clamp(company)

    def _cell_size(self) -> tuple[float, float]:
        plot = self._plot()
        span = VALUE_MAX - VALUE_MIN + 1
        return plot.width() / span, plot.height() / span

    def _positions(self) -> dict[int, QPointF]:
        """Screen position of each reason; reasons sharing a cell are spread across it (side by
        side, or one above the other when named, each name to the right of its point)."""
        cells: dict[tuple[int, int], list[ContactReason]] = defaultdict(list)
        for reason in self.reasons:
            cells[(reason.value_to_customer, reason.value_to_company)].append(reason)
        found: dict[int, QPointF] = {}
        cell_width, cell_height = self._cell_size()
        for (customer, company), group in cells.items():
            centre = self._to_screen(customer, company)
            for number, reason in enumerate(group):
                place = number - (len(group) - 1) / 2
                assert reason.id is not None
                if self.names_shown:
                    found[reason.id] = QPointF(
                        centre.x() - cell_width * 0.32,
                        centre.y() + place * cell_height / len(group),
                    )
                else:
                    step = min(cell_width, cell_height) * 0.28
                    found[reason.id] = QPointF(centre.x() + place * step, centre.y())
        return found

    def _drawn_at(self, reason_id: int, positions: dict[int, QPointF]) -> QPointF:
        """Where a reason's point is drawn: under the mouse while it is dragged."""
        if reason_id == self._drag_id and self._drag_pos is not None:
            return self._drag_pos
        return positions[reason_id]

    def _names(self) -> list[tuple[QRectF, str]]:
        """Where each point's name is written, and the name: on one line, or when every point
        is named, on up to three within its share of its cell, cut with "…" where it must be."""
        positions = self._positions()
        cell_width, cell_height = self._cell_size()
        sharing = Counter((r.value_to_customer, r.value_to_company) for r in self.reasons)
        metrics = QFontMetricsF(self.font())
        shown = []
        for reason in self.reasons:
            assert reason.id is not None
            named = self.names_shown or reason.id in (self.current_id, self._drag_id)
            if not named:
                continue
            position = self._drawn_at(reason.id, positions)
            left = position.x() + self._radius(reason.id) + 4
            lines = 1
            if self.names_shown:  # within its cell
                width = self._to_screen(reason.value_to_customer, VALUE_MIN).x()
                width += cell_width / 2 - 4 - left
                room = cell_height / sharing[(reason.value_to_customer, reason.value_to_company)]
                lines = max(1, min(3, int((room - 4) // metrics.lineSpacing())))
            else:
                width = self.width() - left
            name = broken_into_lines(reason.name, max(width, 0), lines, metrics.horizontalAdvance)
            text = "\n".join(name)
            size = metrics.size(0, text)
            rect = QRectF(left, position.y() - size.height() / 2, size.width(), size.height())
            shown.append((rect, text))
        return shown

    def _radius(self, reason_id: int) -> float:
        """A point's radius: its area grows with the reason's share of the contacts. The
        largest (20 pixels) spans at most 90 % of a step between values: on a short matrix
        (a small screen) all points shrink alike rather than cover the next row's."""
        volume = self.volumes.get(reason_id)
        biggest = max(self.volumes.values(), default=0) or 1
        radius = 6 + (14 * (volume / biggest) ** 0.5 if volume else 0)
        plot = self._plot()
        step = min(plot.width(), plot.height()) / (VALUE_MAX - VALUE_MIN + 1)
        return radius * min(1.0, 0.45 * step / 20)

    def _hit(self, point: QPointF) -> int | None:
        """The reason whose point is under ``point`` (the nearest, where points overlap)."""
        near = []
        for reason_id, position in self._positions().items():
            offset = position - point
            distance = (offset.x() ** 2 + offset.y() ** 2) ** 0.5
            if distance <= max(self._radius(reason_id), 8) + 2:
                near.append((distance, reason_id))
        return min(near)[1] if near else None

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        split = self._to_screen(VALUED_FROM - 0.5, VALUED_FROM - 0.5)
        quadrants = {
            Quadrant.ELIMINATE: QRectF(plot.topLeft(), plot.bottomRight()).adjusted(
                0, split.y() - plot.top(), split.x() - plot.right(), 0
            ),
            Quadrant.AUTOMATE: QRectF(
                split.x(), split.y(), plot.right() - split.x(), plot.bottom() - split.y()
            ),
            Quadrant.SIMPLIFY: QRectF(
                plot.left(), plot.top(), split.x() - plot.left(), split.y() - plot.top()
            ),
            Quadrant.LEVERAGE: QRectF(
                split.x(), plot.top(), plot.right() - split.x(), split.y() - plot.top()
            ),
        }
        title_font = QFont(self.font())
        title_font.setBold(True)
        for quadrant, rect in quadrants.items():
            colour = QColor(QUADRANT_COLOURS[quadrant])
            colour.setAlpha(28)
            painter.fillRect(rect, colour)
            painter.setPen(QUADRANT_COLOURS[quadrant])
            painter.setFont(title_font)
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                labels.choice(quadrant),
            )
        painter.setFont(self.font())
        if self.names_shown:  # the points sit off their ticks, to leave room for the names
            self._draw_cells(painter, plot)
        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.drawRect(plot)
        for value in range(VALUE_MIN, VALUE_MAX + 1):
            x = self._to_screen(value, VALUE_MIN).x()
            y = self._to_screen(VALUE_MIN, value).y()
            painter.drawText(
                QRectF(x - 10, plot.bottom() + 2, 20, 16), Qt.AlignmentFlag.AlignCenter, str(value)
            )
            painter.drawText(
                QRectF(plot.left() - 22, y - 8, 16, 16), Qt.AlignmentFlag.AlignCenter, str(value)
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Value to the customer →"),
        )
        # Up the left side, centred on the whole height rather than the plot's, which may be
        # shorter than the words on a small screen; shortened with "…" if even that is short.
        room = self.height() - 4
        painter.save()
        painter.translate(12, self.height() / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-room / 2, -8, room, 18),
            Qt.AlignmentFlag.AlignCenter,
            painter.fontMetrics().elidedText(
                self.tr("Value to the company →"), Qt.TextElideMode.ElideMiddle, room
            ),
        )
        painter.restore()
        positions = self._positions()
        for reason in self.reasons:
            assert reason.id is not None
            position = self._drawn_at(reason.id, positions)
            radius = self._radius(reason.id)
            colour = QUADRANT_COLOURS[reason.quadrant]
            painter.setBrush(colour)
            width = 3 if reason.id == self.current_id else 1
            painter.setPen(
                QPen(self.palette().text().color() if width == 3 else colour.darker(), width)
            )
            painter.drawEllipse(position, radius, radius)
        painter.setPen(self.palette().text().color())
        for rect, text in self._names():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def _draw_cells(self, painter: QPainter, plot: QRectF) -> None:
        """Faint lines between the values, so that each point is seen in its cell."""
        line = QColor(self.palette().text().color())
        line.setAlpha(40)
        painter.setPen(QPen(line, 1))
        width, height = self._cell_size()
        for number in range(1, VALUE_MAX - VALUE_MIN + 1):
            x = plot.left() + number * width
            y = plot.top() + number * height
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    # -- dragging ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self._hit(event.position())
        if hit is not None:
            self.current_id = hit
            self.selected.emit(hit)
            if not self.read_only:
                self._drag_id = hit
                self._drag_pos = event.position()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_id is not None:
            self._drag_pos = event.position()
            self.update()
        else:
            hit = self._hit(event.position())
            reason = next((r for r in self.reasons if r.id == hit), None)
            self.setToolTip(self._describe(reason) if reason else "")

    def _describe(self, reason: ContactReason) -> str:
        """A point's tooltip: the reason, its two values, its quadrant and its contacts."""
        text = (
            f"{reason.name}: {reason.value_to_customer} / {reason.value_to_company} "
            f"({labels.choice(reason.quadrant)})"
        )
        volume = self.volumes.get(reason.id or 0)
        if volume:
            text += " · " + self.tr("{0} contacts").replace("{0}", format_number(volume))
        return text

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_id is None:
            return
        reason_id, self._drag_id, self._drag_pos = self._drag_id, None, None
        customer, company = self._to_values(event.position())
        reason = next(r for r in self.reasons if r.id == reason_id)
        if (customer, company) != (reason.value_to_customer, reason.value_to_company):
            self.moved.emit(reason_id, customer, company)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Arrow keys move the selected reason, so the matrix works without a mouse."""
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        reason = next((r for r in self.reasons if r.id == self.current_id), None)
        if reason is None or self.read_only or event.key() not in steps:
            super().keyPressEvent(event)
            return
        dx, dy = steps[event.key()]
        customer = max(VALUE_MIN, min(VALUE_MAX, reason.value_to_customer + dx))
        company = max(VALUE_MIN, min(VALUE_MAX, reason.value_to_company + dy))
        if (customer, company) != (reason.value_to_customer, reason.value_to_company):
            assert reason.id is not None
            self.moved.emit(reason.id, customer, company)
