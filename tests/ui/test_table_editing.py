"""Editing the tables as a person does: through the cell's editor, with the keyboard, while
the window goes on with its own work (pages made in the background, evidence refreshed)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ces_planner.domain.readiness import Section
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.pages.areas import ActionsPage, HoursPage
from tests.ui.test_walkthrough import editor_of, page_of, reread


def open_cell_editor(win: MainWindow, table, row: int, field: str) -> QLineEdit:
    model = table.model()
    column = next(i for i, c in enumerate(model.spec.columns) if c.field == field)
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
    assert editor.text() == f"{before.current:g}"  # not a spin box's 0.00
    assert editor.alignment() & Qt.AlignmentFlag.AlignRight  # as the cell shows it
    type_over(qtbot, editor, "74.5", Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: reread(window).measures[0].current == 74.5)
    assert reread(window).measures[0].target == before.target
    # Tab went on to the next cell, in its editor, as in any spreadsheet.
    assert table.currentIndex().column() == editor_column(table, "target")
    assert table.state() == table.State.EditingState


def editor_column(table, field: str) -> int:
    return next(i for i, c in enumerate(table.model().spec.columns) if c.field == field)


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
    owner_column = next(i for i, c in enumerate(model.spec.columns) if c.field == "owner_id")
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
