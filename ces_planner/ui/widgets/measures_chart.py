"""Current value against target for each measure, as paired bars with the direction marked."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ces_planner.domain.model import Direction, Measure
from ces_planner.numbers import format_number

CURRENT = QColor("#2f7d8c")
TARGET = QColor("#b0b7bf")
MET = QColor("#1e8449")


def target_met(measure: Measure) -> bool:
    if measure.current is None or measure.target is None:
        return False
    if measure.direction is Direction.HIGHER_IS_BETTER:
        return measure.current >= measure.target
    return measure.current <= measure.target


class MeasuresChart(QWidget):
    """One row per measure: its name, its target and current values as bars, and both as
    figures. Rows are ROW pixels high where there is room, down to a line of text where there
    is not (a laptop screen, a plan with many measures)."""

    ROW = 26
    TOP = 24  # the legend above the rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures: list[Measure] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_measures(self, measures: list[Measure]) -> None:
        self.measures = list(measures)
        self.setMinimumHeight(self._height(self._tight_row()))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self._height(self.ROW))

    def _tight_row(self) -> int:
        return min(self.ROW, self.fontMetrics().height() + 3)

    def _height(self, row: float) -> int:
        return round(self.TOP + 6 + row * max(1, len(self.measures)))

    def row_height(self) -> float:
        """The rows' height at the chart's present size."""
        room = (self.height() - self.TOP - 6) / max(1, len(self.measures))
        return max(self._tight_row(), min(self.ROW, room))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        text = self.palette().text().color()
        painter.setPen(text)
        if not self.measures:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Add measures to compare today's values with targets."),
            )
            painter.end()
            return
        label_width = min(260, self.width() * 0.35)
        bar_left = label_width + 10
        bar_width = max(40, self.width() - bar_left - 120)
        painter.fillRect(QRectF(bar_left, 4, 12, 10), CURRENT)
        painter.drawText(QRectF(bar_left + 16, 0, 120, 18), self.tr("Current"))
        painter.fillRect(QRectF(bar_left + 100, 4, 12, 10), TARGET)
        painter.drawText(QRectF(bar_left + 116, 0, 120, 18), self.tr("Target"))
        height = self.row_height()
        bars = height / self.ROW  # the bars' heights and gaps shrink with the row
        for row, measure in enumerate(self.measures):
            top = self.TOP + row * height
            arrow = "↑" if measure.direction is Direction.HIGHER_IS_BETTER else "↓"
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, height - 4 * bars),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{measure.name} {arrow}",
            )
            values = [v for v in (measure.current, measure.target) if v is not None]
            scale = max((abs(v) for v in values), default=0) or 1
            if measure.target is not None:
                length = bar_width * abs(measure.target) / scale
                painter.fillRect(QRectF(bar_left, top + 2 * bars, length, 8 * bars), TARGET)
            if measure.current is not None:
                colour = MET if target_met(measure) else CURRENT
                length = bar_width * abs(measure.current) / scale
                painter.fillRect(QRectF(bar_left, top + 11 * bars, length, 9 * bars), colour)
            summary = " → ".join(
                "–" if v is None else format_number(v) for v in (measure.current, measure.target)
            )
            painter.drawText(
                QRectF(bar_left + bar_width + 8, top, 110, height - 4 * bars),
                Qt.AlignmentFlag.AlignVCenter,
                f"{summary} {measure.unit}",
            )
        painter.end()
