"""Editing the tables as a person does: through the cell's editor, with the keyboard, while
the window goes on with its own work (pages made in the background, evidence refreshed)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableView,
    QWidget,
)

from ces_planner.domain.readiness import Section
from ces_planner.numbers import format_number
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.pages.areas import ActionsPage, HoursPage
from ces_planner.ui.record_table import RecordTableModel
from ces_planner.ui.widgets.date_field import DateField
from tests.ui.test_walkthrough import column_of, editor_of, page_of, reread


def open_cell_editor(win: MainWindow, table, row: int, field: str) -> QLineEdit:
    model = table.model()
    column = column_of(model, field)
    index = model.index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def type_over(qtbot, editor: QLineEdit, text: str, key: Qt.Key) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)


def test_a_number_cell_opens_on_its_value_and_tab_saves_it_and_moves_on(window, qtbot):
    window.navigator.setCurrentRow(6)
    table = editor_of(window, Section.MEASURES).table
    qtbot.waitExposed(table)
    before = reread(window).measures[0]
    editor = open_cell_editor(window, table, 0, "current")
    assert editor.text() == format_number(before.current, grouped=False)  # not a spin box's 0.00
    assert editor.alignment() & Qt.AlignmentFlag.AlignRight  # as the cell shows it
    type_over(qtbot, editor, "74.5", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: reread(window).measures[0].current == 74.5)
    assert reread(window).measures[0].target == before.target
    # Tab went on to the next cell, in its editor, as in any spreadsheet.
    assert table.currentIndex().column() == column_of(table.model(), "target")
    assert table.state() == table.State.EditingState


def test_a_large_or_precise_number_survives_being_edited_unchanged(window, qtbot):
    """The cell shows every digit (no 1.23457e+06), and the editor opens on the exact value,
    so confirming it unchanged writes back what was there."""
    window.navigator.setCurrentRow(6)
    table = editor_of(window, Section.MEASURES).table
    qtbot.waitExposed(table)
    editor = open_cell_editor(window, table, 0, "current")
    type_over(qtbot, editor, "1234567.25", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reread(window).measures[0].current == 1234567.25)
    model = table.model()
    assert model.index(0, column_of(model, "current")).data() == "1,234,567.25"
    editor = open_cell_editor(window, table, 0, "current")
    assert editor.text() == "1234567.25"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # confirmed as it is
    assert reread(window).measures[0].current == 1234567.25


def test_a_time_cell_opens_on_its_time_and_takes_a_typed_time(window, qtbot):
    window.navigator.setCurrentRow(5)
    page = window.current_page()
    assert isinstance(page, HoursPage)
    table = page.exceptions.table
    qtbot.waitExposed(table)
    row = next(i for i, r in enumerate(table.model().records) if r.opens is not None)
    editor = open_cell_editor(window, table, row, "opens")
    assert editor.text() == "10:00"
    type_over(qtbot, editor, "09:30", Qt.Key.Key_Return)
    record_id = table.model().records[row].id
    qtbot.waitUntil(
        lambda: next(e for e in reread(window).hours_exceptions if e.id == record_id).opens == 570
    )


def test_an_open_editor_survives_the_windows_background_work(open_window, qtbot):
    """Right after a plan opens, the window makes the other pages and computes the evidence;
    neither may close the cell being typed in (nor take the focus from the window)."""
    win = open_window()
    win.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.navigator.setCurrentRow(6)  # made now; the others are still to come
    assert win._pages is not None and win._pages.missing()
    table = editor_of(win, Section.MEASURES).table
    editor = open_cell_editor(win, table, 1, "target")
    qtbot.keyClicks(editor, "6")
    qtbot.waitUntil(lambda: not win._pages.missing())
    page_of(win, Section.MEASURES).refresh()  # as a change made elsewhere would
    qtbot.wait(50)
    assert table.state() == table.State.EditingState
    assert QApplication.focusWidget() is editor and editor.text().endswith("6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


class WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and watched.isWindow():
            self.shown.append(watched.objectName() or type(watched).__name__)
        return False


def test_making_the_pages_shows_no_window_but_the_main_one(open_window, qtbot):
    spy = WindowsShown()
    app = QApplication.instance()
    app.installEventFilter(spy)
    try:
        win = open_window()
        win.show()
        qtbot.waitUntil(lambda: win._pages is not None and not win._pages.missing())
        for row in range(win.navigator.count()):
            win.navigator.setCurrentRow(row)
    finally:
        app.removeEventFilter(spy)
    assert spy.shown == ["mainWindow"]
    assert QApplication.activeWindow() is win


def test_moving_a_row_keeps_the_current_cell_on_its_record(window):
    editor = editor_of(window, Section.SEGMENTS)
    model = editor.model
    first = model.records[0]
    editor.table.setCurrentIndex(model.index(0, 1))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    window.session.move(first, 2)
    assert model.records[2] == first
    # The rows moved (no reset): the current cell followed its record.
    assert not resets
    assert editor.table.currentIndex().row() == 2
    assert editor.table.currentIndex().column() == 1


def test_renaming_a_person_repaints_only_the_cells_that_name_them(window):
    page = page_of(window, Section.ACTIONS)
    assert isinstance(page, ActionsPage)
    model = page.actions_editor.model
    owner_column = column_of(model, "owner_id")
    plan = window.session.plan()
    person = next(p for p in plan.people if any(a.owner_id == p.id for a in plan.actions))
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): changed.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    window.session.update(dataclasses.replace(person, name="Morgan Renamed"))
    owned = {row for row, action in enumerate(model.records) if action.owner_id == person.id}
    assert {(row, owner_column, row, owner_column) for row in owned} == set(changed)
    for row in owned:
        assert model.index(row, owner_column).data() == "Morgan Renamed"


def shown_by(editor: QWidget) -> object:
    """What an open cell editor shows, in the terms of the cell's edit value."""
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, DateField):
        return editor.date()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QListWidget):
        items = [editor.item(row) for row in range(editor.count())]
        checked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return {item.data(Qt.ItemDataRole.UserRole) for item in checked}
    assert isinstance(editor, QLineEdit), editor
    return editor.text()


def expected_in_editor(model: RecordTableModel, index: QModelIndex) -> object:
    column = model.spec.columns[index.column()]
    value = index.data(Qt.ItemDataRole.EditRole)
    if column.kind in ("enum", "person", "channel"):
        return index.data()  # the label the cell shows
    if column.kind in ("segments", "channels"):
        return set(value)
    if column.kind == "clock":
        return index.data()  # 10:00
    if isinstance(value, float):
        return format_number(value, grouped=False)
    return value


def test_every_cell_editor_opens_on_the_value_of_its_cell(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    opened = []
    for number in range(window.navigator.count()):
        window.navigator.setCurrentRow(number)
        page = window.current_page()
        assert page is not None
        for table in page.findChildren(QTableView):
            model = table.model()
            if not isinstance(model, RecordTableModel) or not table.isVisible():
                continue
            for row in range(min(2, model.rowCount())):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    editable = model.flags(index) & Qt.ItemFlag.ItemIsEditable
                    if table.isColumnHidden(column) or not editable:
                        continue
                    table.setFocus()
                    table.setCurrentIndex(index)
                    table.edit(index)
                    editor = QApplication.focusWidget()
                    assert isinstance(editor, QWidget)
                    field = model.spec.columns[column].field
                    assert shown_by(editor) == expected_in_editor(model, index), (page, field)
                    opened.append((model.spec.plan_field, field))
                    qtbot.keyClick(editor, Qt.Key.Key_Escape)
                    assert table.state() != table.State.EditingState
    # Every kind of editor was opened: text, figures, times, choices, dates, 1-5, multi-select.
    fields = {field for _table, field in opened}
    assert {"name", "customer_share", "opens", "tier", "due", "value_to_customer"} <= fields
    assert {"preferred_channel_ids", "owner_id", "channel_id"} <= fields


def test_an_empty_table_says_how_to_fill_it(new_plan_window):
    win = new_plan_window
    win.show()
    table = editor_of(win, Section.SEGMENTS).table
    assert table.placeholder == "Nothing here yet: “Add segment” (Ctrl+Shift+N) adds the first row."
    win.navigator.setCurrentRow(1)
    image = table.viewport().grab().toImage()  # the sentence is drawn on the empty table
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(60)}
    assert len(colours) > 2
    editor_of(win, Section.SEGMENTS).add_row()
    assert table.placeholder == ""  # rows: nothing drawn over them


def test_an_action_table_filtered_to_nothing_says_so(window):
    page = page_of(window, Section.ACTIONS)
    assert isinstance(page, ActionsPage)
    page.overdue_filter.setChecked(True)
    page.status_filter.setCurrentIndex(page.status_filter.findData("dropped"))
    assert page.actions_editor.model.rowCount() == 0
    assert page.actions_editor.table.placeholder == "No row matches the filters."
