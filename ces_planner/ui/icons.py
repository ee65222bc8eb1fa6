"""The navigator's icons, written as SVG and drawn by Qt's SVG image reader.

SVG rather than QPainter: setting a painter's pen or brush from Python makes PySide build every
enum of the ``Qt`` namespace (about 15 ms), and the first window is drawn without them.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QIcon, QPixmap

SIZE = 22  # logical pixels; drawn at twice that for high-DPI screens
DONE = "#1e8449"
MISSING = "#d68910"
TRACK = "#c9ced4"
EVIDENCE = "#2f7d8c"


def svg_icon(body: str) -> QIcon:
    """An icon from SVG elements laid out on a SIZE x SIZE canvas."""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE * 2}" height="{SIZE * 2}" '
        f'viewBox="0 0 {SIZE} {SIZE}">{body}</svg>'
    )
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode(), "SVG")
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


def ring_share(open_gaps: int, total_weight: int) -> float:
    """How much of the ring is filled: all of it when nothing is missing, never less than 10 %."""
    if open_gaps == 0:
        return 1.0
    return max(0.1, 1 - open_gaps / max(total_weight, open_gaps + 1))


def readiness_icon(open_gaps: int, total_weight: int) -> QIcon:
    """A ring that fills as the area fills; a tick when nothing is missing."""
    centre, radius = SIZE / 2, 8
    ring = 'fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'
    body = f'<circle cx="{centre}" cy="{centre}" r="{radius}" stroke="{TRACK}" {ring}/>'
    share = ring_share(open_gaps, total_weight)
    if share >= 1:
        body += f'<circle cx="{centre}" cy="{centre}" r="{radius}" stroke="{DONE}" {ring}/>'
        body += f'<polyline points="7,11 10,14.5 15.5,7.5" stroke="{DONE}" {ring}/>'
    else:  # clockwise from twelve o'clock
        angle = 2 * math.pi * share
        x = centre + radius * math.sin(angle)
        y = centre - radius * math.cos(angle)
        large = 1 if share > 0.5 else 0
        body += (
            f'<path d="M {centre} {centre - radius} A {radius} {radius} 0 {large} 1 '
            f'{x:.2f} {y:.2f}" stroke="{MISSING}" {ring}/>'
        )
    return svg_icon(body)


def evidence_icon() -> QIcon:
    """Three bars of a chart: the evidence is figures, not an area to fill in."""
    bars = "".join(
        f'<rect x="{left}" y="{19 - height}" width="3.5" height="{height}" fill="{EVIDENCE}"/>'
        for left, height in ((4, 6), (9.25, 14), (14.5, 10))
    )
    return svg_icon(bars)
