import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ces_planner.ui.pages.areas import DUE_SOON_COLOUR, OVERDUE_COLOUR, ActionsPage
from tests.conftest import FIXED_NOW
from tests.ui.test_walkthrough import column_of


@pytest.fixture
def page(open_window):
    win = open_window()
    actions_page = next(p for p in win.pages if isinstance(p, ActionsPage))
    actions_page.today = lambda: FIXED_NOW.date()
    actions_page.refresh()
    yield actions_page
    win.close()


def colours(page):
    model = page.actions_editor.model
    return {
        model.records[r].title: model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
    }


def test_overdue_and_due_this_week_rows_stand_out(page):
    marked = colours(page)
    overdue = [t for t, c in marked.items() if c is not None and c.name() == OVERDUE_COLOUR]
    soon = [t for t, c in marked.items() if c is not None and c.name() == DUE_SOON_COLOUR]
    today = FIXED_NOW.date()
    plan = page.session.plan()
    assert overdue == [
        a.title
        for a in plan.actions
        if a.due and a.due < today and a.status.value in ("open", "in progress")
    ]
    assert soon == [
        a.title
        for a in plan.actions
        if a.due
        and today <= a.due <= today + dt.timedelta(days=7)
        and a.status.value in ("open", "in progress")
    ]
    assert "Overdue: 3" in page.counts.text()


def test_filters_and_sorting(page):
    page.overdue_filter.setChecked(True)
    assert page.actions_editor.model.rowCount() == 3
    page.overdue_filter.setChecked(False)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData("Grace Lin"))
    owners = {
        page.session.plan().person_name(r.owner_id) for r in page.actions_editor.model.records
    }
    assert owners == {"Grace Lin"}
    page.owner_filter.setCurrentIndex(0)
    page.sort.setCurrentIndex(page.sort.findData("due"))
    dues = [r.due for r in page.actions_editor.model.records]
    assert dues == sorted(dues)
    assert not page.actions_editor.up_button.isEnabled()


def test_typing_a_new_owner_adds_the_person_in_one_undo_step(page):
    model = page.actions_editor.model
    column = column_of(model, "owner_id")
    assert model.set_person(model.index(0, column), "  hana   Mori ")
    plan = page.session.plan()
    assert plan.person_name(plan.actions[0].owner_id) == "hana Mori"
    assert model.set_person(model.index(1, column), "grace lin")  # completion ignores case
    assert page.session.plan().person_name(page.session.plan().actions[1].owner_id) == "Grace Lin"
    page.session.undo()
    page.session.undo()
    assert "hana Mori" not in [p.name for p in page.session.plan().people]


def test_excel_round_trip_from_the_page(page, tmp_path):
    import openpyxl

    target = tmp_path / "actions.xlsx"
    page.export_xlsx(target)
    book = openpyxl.load_workbook(target)
    book["Actions"].append([None, "Typed in Excel", "Ken Ito", None, None, None, None, None])
    book.save(target)
    page.import_file(target)
    assert page.last_import.added == 1 and page.last_import.new_people == ["Ken Ito"]
    assert page.session.plan().actions[-1].title == "Typed in Excel"


def cell_editor(table):
    """The combo box a table's cell opened for editing."""
    from PySide6.QtWidgets import QComboBox

    (combo,) = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    return combo


def choose(table, combo):
    """Confirm the choice, as Return or leaving the cell does."""
    delegate = table.itemDelegate()
    delegate.commitData.emit(combo)
    delegate.closeEditor.emit(combo)


def test_an_actions_area_is_chosen_in_its_cell_or_left_to_the_whole_plan(page, qtbot):
    """The area cell opens a list of the seven areas after "Whole plan" (no area); the choice
    is saved and undone like any edit."""
    from ces_planner.domain.model import Area
    from tests.ui.test_walkthrough import reread

    window = page.window()
    window.show()
    window.navigator.setCurrentRow(9)
    qtbot.waitExposed(page)
    table, model = page.actions_editor.table, page.actions_editor.model
    row = next(r for r in range(model.rowCount()) if model.records[r].area is None)
    index = model.index(row, column_of(model, "area"))
    assert index.data() == "Whole plan"
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    combo = cell_editor(table)
    assert [combo.itemText(i) for i in range(3)] == [
        "Whole plan",
        "Customer segments",
        "Priority and high-value customers",
    ]
    combo.setCurrentIndex(combo.findData(Area.HOURS.value))
    choose(table, combo)
    title = model.records[row].title
    saved = next(a for a in reread(window).actions if a.title == title)
    assert saved.area is Area.HOURS
    assert index.data() == "Hours of operation"
    window.undo_action.trigger()
    assert next(a for a in reread(window).actions if a.title == title).area is None
    window.redo_action.trigger()
    # Back to the whole plan, through the same cell.
    table.edit(index)
    combo = cell_editor(table)
    combo.setCurrentIndex(0)
    choose(table, combo)
    assert next(a for a in reread(window).actions if a.title == title).area is None


def test_finding_actions_by_the_words_of_their_titles_and_notes(page, qtbot):
    """Ctrl+F goes to the find box; the table shows the actions holding every word typed."""
    window = page.window()
    window.show()
    window.navigator.setCurrentRow(9)
    from PySide6.QtGui import QKeySequence, QShortcut

    (find_key,) = [k for k in page.findChildren(QShortcut) if k.key() == QKeySequence("Ctrl+F")]
    find_key.activated.emit()  # as the key does (tried under X: the box takes the typing)
    assert window.focusWidget() is page.find_box
    qtbot.keyClicks(page.find_box, "finance")  # in a title, and in a note
    model = page.actions_editor.model
    found = {model.records[r].title for r in range(model.rowCount())}
    plan = page.session.plan()
    expected = {a.title for a in plan.actions if "finance" in f"{a.title} {a.notes}".lower()}
    assert found == expected and len(found) >= 2
    assert f"showing {len(found)} of {len(plan.actions)}" in page.counts.text()
    page.find_box.clear()
    assert model.rowCount() == len(plan.actions)
