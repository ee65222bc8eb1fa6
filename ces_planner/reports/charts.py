"""Charts for the document, drawn once with matplotlib and embedded as PNG in every format.

Each chart's size depends on the plan alone (``chart_size``), never on what is drawn, so the
writers can lay a document out before its charts exist. The PNGs are opaque RGB, which the PDF
writer embeds without decoding them.

Japanese labels use IPAexGothic (an open-licence TrueType font shipped inside the
japanize-matplotlib package), registered with matplotlib so no tofu boxes appear on machines
without CJK fonts.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import threading
from collections.abc import Callable
from pathlib import Path

from ces_planner import labels
from ces_planner.domain.hours import MINUTES_PER_DAY
from ces_planner.domain.model import ChannelStatus, Direction, Measure, Plan
from ces_planner.domain.quadrants import VALUE_MAX, VALUE_MIN, VALUED_FROM, Quadrant
from ces_planner.i18n import tr, using
from ces_planner.numbers import format_number
from ces_planner.text import broken_into_lines

DPI = 200
# zlib level of the PNGs: charts are flat colours, which the fastest level already packs well
# (level 1 is ~1.3x the bytes of level 6 here, written in a third of the time).
COMPRESSION = 1
QUADRANT_COLOURS = {
    Quadrant.ELIMINATE: "#c0392b",
    Quadrant.SIMPLIFY: "#d68910",
    Quadrant.AUTOMATE: "#2874a6",
    Quadrant.LEVERAGE: "#1e8449",
}
ACCENT = "#2f7d8c"
JAPANESE_FONT_NAME = "IPAexGothic"


def japanese_font_path() -> Path | None:
    """The bundled Japanese TrueType font, found without importing its package."""
    spec = importlib.util.find_spec("japanize_matplotlib")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "fonts" / "ipaexg.ttf"
    return path if path.is_file() else None


_setting_up = threading.Lock()


def _matplotlib():  # type: ignore[no-untyped-def]
    """matplotlib set up once, whichever thread draws first (a cache alone would let two
    threads arriving together both set it up)."""
    with _setting_up:
        return _set_up_matplotlib()


@functools.cache
def _set_up_matplotlib():  # type: ignore[no-untyped-def]
    """The Japanese font registered, our style. No pyplot: the figures are drawn off any GUI
    and pyplot's import and global state are not needed."""
    import logging

    import matplotlib
    from matplotlib import font_manager

    # The Japanese font has no bold face; matplotlib's note about using the regular one is noise.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    font = japanese_font_path()
    if font is not None:
        font_manager.fontManager.addfont(str(font))
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", JAPANESE_FONT_NAME]
    matplotlib.rcParams["axes.spines.top"] = False
    matplotlib.rcParams["axes.spines.right"] = False
    return matplotlib


def prepare() -> None:
    """Load and set up matplotlib ahead of the first chart."""
    _matplotlib()
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import PIL.PngImagePlugin  # noqa: F401


def chart_size(key: str, plan: Plan) -> tuple[float, float]:
    """Width and height in inches of the chart ``key`` of this plan."""
    if key == "value_matrix":
        return 6.4, 4.6
    if key == "channel_mix":
        return 6.4, 0.5 + 0.42 * max(1, len(plan.channels))
    if key == "hours_coverage":
        return 6.8, 0.6 + 0.42 * max(1, len(plan.channels))
    if key == "measures":
        return 6.4, 0.6 + 0.5 * max(1, len(_charted_measures(plan)))
    raise KeyError(key)


def _figure(size: tuple[float, float]):  # type: ignore[no-untyped-def]
    """A new figure of this size and its axes, laid out to fit its labels inside it."""
    _matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=DPI, layout="constrained")
    return figure, figure.subplots()


def _png(figure) -> bytes:  # type: ignore[no-untyped-def]
    """The figure as an opaque RGB PNG of exactly its size at DPI."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="png", compress_level=COMPRESSION, dpi=(DPI, DPI))
    return buffer.getvalue()


# The matrix's axes within its figure (left, bottom, width, height), fixed rather than laid out
# so that its cells' size in points is known before the names are broken into lines.
MATRIX_AXES = (0.1, 0.11, 0.88, 0.87)
MATRIX_FONT_SIZE = 6.5
LINE_SPACING = 1.2


def value_matrix(plan: Plan, volumes: dict[str, float] | None = None) -> bytes:
    return _png(matrix_figure(plan, volumes))


def matrix_figure(plan: Plan, volumes: dict[str, float] | None = None):  # type: ignore[no-untyped-def]
    """Each reason a point in its cell (value to the customer x value to the company), sized by
    its contacts; reasons sharing a cell stand one above the other, each named to its right,
    the name broken into lines to stay within the cell."""
    _matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle

    size = chart_size("value_matrix", plan)
    figure = Figure(figsize=size, dpi=DPI)
    axes = figure.add_axes(MATRIX_AXES)
    low, high = VALUE_MIN - 0.5, VALUE_MAX + 0.5
    split = VALUED_FROM - 0.5
    areas = {
        Quadrant.ELIMINATE: (low, low, split - low, split - low),
        Quadrant.AUTOMATE: (split, low, high - split, split - low),
        Quadrant.SIMPLIFY: (low, split, split - low, high - split),
        Quadrant.LEVERAGE: (split, split, high - split, high - split),
    }
    for quadrant, (x, y, w, h) in areas.items():
        axes.add_patch(Rectangle((x, y), w, h, color=QUADRANT_COLOURS[quadrant], alpha=0.09))
        axes.text(
            x + 0.04,
            y + h - 0.04,
            labels.choice(quadrant),
            va="top",
            fontsize=8,
            color=QUADRANT_COLOURS[quadrant],
            fontweight="bold",
        )
    for edge in range(VALUE_MIN, VALUE_MAX):  # faint lines between the values
        axes.axvline(edge + 0.5, color="#000000", alpha=0.08, linewidth=0.6)
        axes.axhline(edge + 0.5, color="#000000", alpha=0.08, linewidth=0.6)
    span = VALUE_MAX - VALUE_MIN + 1
    cell_width = size[0] * MATRIX_AXES[2] * 72 / span  # points
    cell_height = size[1] * MATRIX_AXES[3] * 72 / span
    renderer = FigureCanvasAgg(figure).get_renderer()
    font = FontProperties(size=MATRIX_FONT_SIZE)

    def width_of(text: str) -> float:  # in points
        width, _height, _descent = renderer.get_text_width_height_descent(text, font, False)
        return float(width) * 72 / DPI

    cells: dict[tuple[int, int], list[int]] = {}
    for number, reason in enumerate(plan.contact_reasons):
        cells.setdefault((reason.value_to_customer, reason.value_to_company), []).append(number)
    biggest = max((volumes or {}).values(), default=0) or 1
    for (customer, company), members in cells.items():
        share = cell_height / len(members)  # each reason's height of the cell, in points
        lines = max(1, min(3, int((share - 2) // (MATRIX_FONT_SIZE * LINE_SPACING))))
        for place, number in enumerate(members):
            reason = plan.contact_reasons[number]
            x = customer - 0.34  # near the cell's left, its name to the right
            y = company + ((len(members) - 1) / 2 - place) / len(members)
            area = 30 + 330 * ((volumes or {}).get(reason.name, 0) / biggest) ** 0.5
            axes.scatter(
                [x],
                [y],
                s=area,
                color=QUADRANT_COLOURS[reason.quadrant],
                alpha=0.85,
                edgecolors="white",
                linewidths=0.8,
                zorder=3,
            )
            gap = area**0.5 / 2 + 3  # from the point's centre to its name, in points
            room = cell_width * 0.84 - gap - 2
            axes.annotate(
                "\n".join(broken_into_lines(reason.name, room, lines, width_of)),
                (x, y),
                xytext=(gap, 0),
                textcoords="offset points",
                va="center",
                fontsize=MATRIX_FONT_SIZE,
                linespacing=LINE_SPACING,
                zorder=4,
            )
    axes.set_xlim(low, high)
    axes.set_ylim(low, high)
    axes.set_xticks(range(VALUE_MIN, VALUE_MAX + 1))
    axes.set_yticks(range(VALUE_MIN, VALUE_MAX + 1))
    axes.tick_params(length=0)
    axes.set_xlabel(tr("Value to the customer"))
    axes.set_ylabel(tr("Value to the company"))
    return figure


def channel_mix(plan: Plan) -> bytes:
    from matplotlib.patches import Rectangle

    names = [c.name for c in plan.channels]
    served = [len(c.segment_ids) for c in plan.channels]
    colours = {
        ChannelStatus.CURRENT: ACCENT,
        ChannelStatus.PLANNED: "#d68910",
        ChannelStatus.RETIRED: "#9aa3ab",
    }
    figure, axes = _figure(chart_size("channel_mix", plan))
    axes.barh(names, served, color=[colours[c.status] for c in plan.channels])
    axes.invert_yaxis()
    axes.set_xlabel(tr("Segments served"))
    axes.xaxis.get_major_locator().set_params(integer=True)
    handles = [Rectangle((0, 0), 1, 1, color=colour) for colour in colours.values()]
    axes.legend(
        handles, [labels.choice(s) for s in colours], fontsize=7, frameon=False, loc="lower right"
    )
    return _png(figure)


def hours_coverage(plan: Plan) -> bytes:
    channels = list(plan.channels)
    figure, axes = _figure(chart_size("hours_coverage", plan))
    for row, channel in enumerate(channels):
        windows = plan.windows_of(channel.id or 0)
        spans: list[tuple[float, float]] = []
        if not windows:
            spans = [(0, 7 * 24)]
        for w in windows:
            start = w.weekday * 24 + w.opens / 60
            length = ((w.closes - w.opens) % MINUTES_PER_DAY or MINUTES_PER_DAY) / 60
            if start + length > 7 * 24:  # Sunday night into Monday morning
                spans += [(start, 7 * 24 - start), (0, start + length - 7 * 24)]
            else:
                spans.append((start, length))
        axes.broken_barh(spans, (row - 0.35, 0.7), color=ACCENT)
    axes.set_yticks(range(len(channels)), [c.name for c in channels])
    axes.invert_yaxis()
    axes.set_xlim(0, 7 * 24)
    axes.set_xticks([d * 24 + 12 for d in range(7)], [labels.weekday(d, True) for d in range(7)])
    for day in range(1, 7):
        axes.axvline(day * 24, color="#c9ced4", linewidth=0.6)
    axes.tick_params(axis="x", length=0)
    return _png(figure)


def _charted_measures(plan: Plan) -> list[Measure]:
    return [m for m in plan.measures if m.current is not None and m.target is not None]


def measures(plan: Plan) -> bytes:
    shown = _charted_measures(plan)
    figure, axes = _figure(chart_size("measures", plan))
    for row, measure in enumerate(shown):
        assert measure.current is not None and measure.target is not None
        scale = max(abs(measure.current), abs(measure.target)) or 1
        axes.barh(
            row - 0.17,
            abs(measure.target) / scale,
            height=0.3,
            color="#b0b7bf",
            label=tr("Target") if row == 0 else None,
        )
        met = (
            measure.current >= measure.target
            if measure.direction is Direction.HIGHER_IS_BETTER
            else measure.current <= measure.target
        )
        axes.barh(
            row + 0.17,
            abs(measure.current) / scale,
            height=0.3,
            color="#1e8449" if met else ACCENT,
            label=tr("Current") if row == 0 else None,
        )
        axes.text(
            1.02,
            row,
            f"{format_number(measure.current)} → {format_number(measure.target)} {measure.unit}",
            va="center",
            fontsize=7,
            transform=axes.get_yaxis_transform(),
        )
    arrows = {Direction.HIGHER_IS_BETTER: "↑", Direction.LOWER_IS_BETTER: "↓"}
    axes.set_yticks(range(len(shown)), [f"{m.name} {arrows[m.direction]}" for m in shown])
    axes.invert_yaxis()
    axes.set_xticks([])
    axes.spines["bottom"].set_visible(False)
    if shown:
        # Above the axes: the bars fill their whole width, so a legend inside covers one.
        axes.legend(
            fontsize=7, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2
        )
    else:
        axes.text(
            0.5,
            0.5,
            tr("No measure has both a current value and a target yet."),
            ha="center",
            va="center",
            transform=axes.transAxes,
            fontsize=8,
        )
    return _png(figure)


CHARTS: dict[str, Callable[[Plan], bytes]] = {
    "value_matrix": value_matrix,
    "channel_mix": channel_mix,
    "hours_coverage": hours_coverage,
    "measures": measures,
}


def render_charts(
    plan: Plan, volumes: dict[str, float] | None = None, keys: list[str] | None = None
) -> dict[str, bytes]:
    """The charts of the document (all, or those named), rendered once for all the writers,
    labelled in the plan's language."""
    with using(plan.info.language.value):
        return {
            key: value_matrix(plan, volumes) if key == "value_matrix" else CHARTS[key](plan)
            for key in (keys if keys is not None else list(CHARTS))
        }
