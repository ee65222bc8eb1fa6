"""Dates are typed as a person writes them, picked from a calendar that opens near today,
cleared in one key, and what is no date says so and stays in the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMenu

from ces_planner.domain.readiness import Section
from ces_planner.ui.pages.areas import ActionsPage
from ces_planner.ui.widgets.date_field import DateField
from tests.ui.test_table_editing import open_cell_editor
from tests.ui.test_walkthrough import column_of, editor_of, reread


def open_date_editor(window, qtbot, row: int) -> DateField:
    window.navigator.setCurrentRow(6)
    table = editor_of(window, Section.MEASURES).table
    qtbot.waitExposed(table)
    editor = open_cell_editor(window, table, row, "target_date")
    assert isinstance(editor, DateField)
    return editor


@pytest.mark.parametrize("typed", ["2027-12-31", "31/12/2027", "31 Dec 2027"])
def test_a_typed_date_is_the_cells_date(window, qtbot, typed):
    editor = open_date_editor(window, qtbot, 0)
    assert editor.selectedText() == editor.text()  # typing replaces it
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reread(window).measures[0].target_date == dt.date(2027, 12, 31))


def test_one_key_clears_a_date(window, qtbot):
    assert reread(window).measures[0].target_date is not None
    editor = open_date_editor(window, qtbot, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reread(window).measures[0].target_date is None)


def test_what_is_no_date_says_so_and_stays_in_the_field(window, qtbot):
    before = reread(window).measures[0].target_date
    editor = open_date_editor(window, qtbot, 0)
    qtbot.keyClicks(editor, "31 Decmber 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)  # what the table would do with a Return, it has done
    problem = editor_of(window, Section.MEASURES).problem_label
    assert "is not a date" in problem.text() and problem.isVisibleTo(problem.window())
    assert editor.isVisible() and editor.text() == "31 Decmber 2027"  # kept to be corrected
    assert reread(window).measures[0].target_date == before
    editor.selectAll()
    qtbot.keyClicks(editor, "31 December 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reread(window).measures[0].target_date == dt.date(2027, 12, 31))


def test_the_calendar_opens_at_today_for_a_field_without_a_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    seen: list[dt.date] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        calendar = menu.findChild(QCalendarWidget)
        seen.append(calendar.selectedDate().toPython())
        calendar.setSelectedDate(calendar.selectedDate().addDays(3))
        calendar.activated.emit(calendar.selectedDate())

    QTimer.singleShot(50, look)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert seen == [dt.date.today()]
    assert field.date() == dt.date.today() + dt.timedelta(days=3)


def test_the_due_column_is_wide_enough_for_its_editor_on_a_small_screen(open_window, qtbot):
    window = open_window()
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ActionsPage))
    window.navigator.setCurrentRow(window.pages.index(page))
    editor = page.actions_editor
    qtbot.waitExposed(editor.table)
    column = column_of(editor.model, "due")
    assert editor.table.columnWidth(column) >= DateField.least_width(editor.table)
    window.close()
