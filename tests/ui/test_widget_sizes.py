"""Widgets that size themselves: the measures chart and the hours grid give up room down to a
line of text per row on a page short of it (and never draw a row outside themselves); the
list of the log's figures is as wide as its longest."""

from __future__ import annotations

from ces_planner.domain.model import Direction, Measure
from ces_planner.ui.widgets.measures_chart import MeasuresChart


def _measures(count: int) -> list[Measure]:
    return [
        Measure(f"Measure {n}", current=float(n), target=float(n + 5), unit="%")
        for n in range(count)
    ] + [Measure("Cost per contact", current=4.6, target=3.9, direction=Direction.LOWER_IS_BETTER)]


def test_rows_are_comfortable_with_room_and_a_line_of_text_without(qtbot):
    chart = MeasuresChart()
    qtbot.addWidget(chart)
    chart.set_measures(_measures(11))
    rows = len(chart.measures)
    chart.resize(700, chart.sizeHint().height())
    assert chart.row_height() == MeasuresChart.ROW
    smallest = chart.minimumHeight()
    assert smallest < chart.sizeHint().height() - 4 * rows  # it may give up room
    chart.resize(700, smallest)
    line = chart.fontMetrics().height()
    assert line <= chart.row_height() < MeasuresChart.ROW
    assert MeasuresChart.TOP + rows * chart.row_height() <= chart.height()
    assert not chart.grab().isNull()  # drawn at that size
    chart.resize(700, 2000)  # room to spare: rows stay comfortable, not stretched
    assert chart.row_height() == MeasuresChart.ROW


def test_a_plan_with_more_measures_needs_a_taller_chart(qtbot):
    chart = MeasuresChart()
    qtbot.addWidget(chart)
    chart.set_measures(_measures(3))
    few = chart.minimumHeight()
    chart.set_measures(_measures(9))
    assert chart.minimumHeight() >= few + 6 * chart.fontMetrics().height()


def test_the_list_of_the_logs_figures_is_wide_enough_for_them(open_window, qtbot):
    """The measures page shown before the log's figures are known: once they are, the list
    offering them shows each whole."""
    from PySide6.QtWidgets import QApplication

    from ces_planner.domain.readiness import Section

    window = open_window()
    window.resize(1360, 860)
    window.show()
    qtbot.waitExposed(window)
    window.navigator.setCurrentRow(6)
    page = window.current_page()
    assert page.section is Section.MEASURES
    evidence = window._pages.evidence()
    qtbot.waitUntil(lambda: evidence.report is not None, timeout=30000)
    combo = page.evidence_metric
    qtbot.waitUntil(combo.isVisible)
    QApplication.processEvents()
    texts = [combo.itemText(i) for i in range(combo.count())]
    widest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts)
    assert combo.width() >= widest
    window.close()


def test_the_hours_grid_gives_up_room_down_to_a_line_of_text_a_day(qtbot):
    """Like the chart, the hours grid may be shorter than it likes on a page short of room;
    each day keeps a line of text, and painting finds the half hour under the pointer."""
    from ces_planner.ui.widgets.hours_grid import HoursGrid

    grid = HoursGrid()
    qtbot.addWidget(grid)
    assert grid.minimumHeight() < grid.sizeHint().height()
    grid.resize(860, grid.minimumHeight())
    _width, day = grid._cell_size()
    assert day >= grid.fontMetrics().height()
    assert all(grid.slot_at(grid.slot_centre(slot)) == slot for slot in range(0, 336, 7))
