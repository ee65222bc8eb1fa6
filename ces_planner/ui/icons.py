"""The navigator's icons, drawn as stroked paths.

Each path is stroked with ``QPainter.strokePath``: setting a painter's pen or brush from Python
(``setPen``, ``setBrush``) makes PySide build every enum of the ``Qt`` namespace (about 15 ms),
and the first window is drawn without them.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

SIZE = 22  # logical pixels; drawn at twice that for high-DPI screens
DONE = "#1e8449"
MISSING = "#d68910"
TRACK = "#c9ced4"
EVIDENCE = "#2f7d8c"

Stroke = tuple[QPainterPath, str, float]  # path, colour, width


def painted_icon(strokes: list[Stroke]) -> QPixmap:
    """An icon of strokes laid out on a SIZE x SIZE canvas (a pixmap: an item view shows one
    as its icon, and the first window is drawn without QIcon's Python type, ~1.2 ms)."""
    pixmap = QPixmap(SIZE * 2, SIZE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for path, colour, width in strokes:
        pen = QPen()
        pen.setColor(QColor(colour))
        pen.setWidthF(width)
        painter.strokePath(path, pen)
    painter.end()
    return pixmap


def ring_share(open_gaps: int, total_weight: int) -> float:
    """How much of the ring is filled: all of it when nothing is missing, the least (10 %)
    when the area holds nothing yet, never less than that."""
    if open_gaps == 0:
        return 1.0
    if total_weight == 0:
        return 0.1
    return max(0.1, 1 - open_gaps / max(total_weight, open_gaps + 1))


def readiness_icon(open_gaps: int, total_weight: int) -> QPixmap:
    """A ring that fills as the area fills; a tick when nothing is missing."""
    return _ring(round(ring_share(open_gaps, total_weight), 2))


@functools.cache
def _ring(share: float) -> QPixmap:
    """The ring for a share (drawn once: a complete plan shows the same tick eleven times)."""
    box = (3.0, 3.0, 16.0, 16.0)  # the ring's square: centre 11,11, radius 8
    track = QPainterPath()
    track.addEllipse(*box)
    strokes: list[Stroke] = [(track, TRACK, 3)]
    if share >= 1:
        tick = QPainterPath()
        tick.moveTo(7, 11)
        tick.lineTo(10, 14.5)
        tick.lineTo(15.5, 7.5)
        strokes += [(track, DONE, 3), (tick, DONE, 3)]
    else:  # clockwise from twelve o'clock
        arc = QPainterPath()
        arc.arcMoveTo(*box, 90)
        arc.arcTo(*box, 90, -360 * share)
        strokes.append((arc, MISSING, 3))
    return painted_icon(strokes)


def evidence_icon() -> QPixmap:
    """Three bars of a chart: the evidence is figures, not an area to fill in."""
    strokes: list[Stroke] = []
    for x, height in ((5.75, 6), (11, 14), (16.25, 10)):
        bar = QPainterPath()
        bar.moveTo(x, 19)
        bar.lineTo(x, 19 - height)
        strokes.append((bar, EVIDENCE, 3.5))
    return painted_icon(strokes)


def calendar_icon() -> QPixmap:
    """A page of a calendar: a date field's button."""
    page = QPainterPath()
    page.addRoundedRect(3.5, 5.5, 15, 13, 1.5, 1.5)
    top = QPainterPath()
    top.moveTo(3.5, 9.5)
    top.lineTo(18.5, 9.5)
    rings = QPainterPath()
    for x in (7.5, 14.5):
        rings.moveTo(x, 3.5)
        rings.lineTo(x, 7)
    days = QPainterPath()
    for x in (7, 11, 15):
        for y in (12.5, 15.5):
            days.addRect(x - 0.5, y - 0.5, 1, 1)
    return painted_icon(
        [
            (page, "#5f6b76", 1.5),
            (top, "#5f6b76", 1.5),
            (rings, "#5f6b76", 1.5),
            (days, "#5f6b76", 1.2),
        ]
    )
