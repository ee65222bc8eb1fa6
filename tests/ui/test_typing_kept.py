"""What a person types into a text field is never rewritten under them: a refresh of the page
(after any edit, or the evidence arriving) while they type keeps their words, which go to the
record they were typed for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ces_planner.domain.readiness import Section
from ces_planner.services.document import PlanDocument
from ces_planner.ui.pages.tables import TablePage
from ces_planner.ui.workshop import WorkshopWindow


def reread(win):
    with PlanDocument.open(win.session.document.path, read_only=True) as document:
        return document.plan()


def segments_editor(win):
    page = next(p for p in win.pages if p.section is Section.SEGMENTS)
    assert isinstance(page, TablePage)
    win.navigator.setCurrentRow(win.pages.index(page))
    return page.editor


def test_a_refresh_while_typing_in_a_side_field_keeps_the_typing(window, qtbot):
    editor = segments_editor(window)
    editor.table.selectRow(1)
    field = editor.details["preferences"]
    before = reread(window).segments[1].preferences
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Evening callbacks")
    # Another edit of the plan (as a commit of another field would make) refreshes the page.
    editor.model.set_field(
        reread(window).segments[0],
        next(c for c in editor.spec.columns if c.field == "traits"),
        "Owns a smart meter",
    )
    window.current_page().refresh()
    assert field.toPlainText().endswith("Evening callbacks")
    assert field.toPlainText().startswith(before)
    qtbot.keyClicks(field, " only")
    editor.table.setFocus()  # leaving the field commits it
    stored = reread(window).segments[1].preferences
    assert stored == before + "Evening callbacks only"
    assert reread(window).segments[0].traits == "Owns a smart meter"


def test_typing_goes_to_the_record_it_was_typed_for(window, qtbot):
    editor = segments_editor(window)
    editor.table.selectRow(0)
    field = editor.details["learn_more"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Ask at the end of the call")
    # The selection moves on (e.g. an undo of an added row) while the typing is uncommitted.
    editor.table.selectRow(2)
    QApplication.processEvents()
    plan = reread(window)
    assert plan.segments[0].learn_more == "Ask at the end of the call"
    assert plan.segments[2].learn_more != "Ask at the end of the call"
    assert field.toPlainText() == plan.segments[2].learn_more


def test_a_field_with_the_keyboard_shows_the_plan_when_left(window, qtbot):
    """A refresh that must change a focused field (nothing typed in it) waits until the
    person leaves it."""
    editor = segments_editor(window)
    editor.table.selectRow(1)
    field = editor.details["traits"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    record = reread(window).segments[1]
    column = next(c for c in editor.spec.columns if c.field == "traits")
    editor.model.set_field(record, column, "Changed elsewhere")
    assert field.toPlainText() == record.traits  # not rewritten under the person
    editor.table.setFocus()
    assert field.toPlainText() == "Changed elsewhere"


def test_undo_from_the_menu_shows_in_the_field_with_the_keyboard(window, qtbot):
    editor = segments_editor(window)
    editor.table.selectRow(1)
    field = editor.details["traits"]
    before = reread(window).segments[1].traits
    editor.model.set_field(  # an edit before: Edit › Undo is there to choose
        reread(window).segments[0],
        next(c for c in editor.spec.columns if c.field == "traits"),
        "Owns a smart meter",
    )
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, " and more")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # the typing is the last edit: it is committed, then undone
    assert reread(window).segments[1].traits == before
    assert field.toPlainText() == before
    assert reread(window).segments[0].traits == "Owns a smart meter"  # one step only


def test_workshop_notes_typed_while_the_page_refreshes_are_kept(qtbot, open_window):
    win = open_window()
    workshop = WorkshopWindow(win.session, win)
    qtbot.addWidget(workshop)
    workshop.show()
    workshop.go(0)
    workshop.notes.setFocus()
    qtbot.waitUntil(workshop.notes.hasFocus)
    qtbot.keyClick(workshop.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(workshop.notes, "Share the targets wit")
    workshop.refresh()  # the log's figures arrive, or another edit is made
    qtbot.keyClicks(workshop.notes, "h the executive team in January.")
    qtbot.keyClick(workshop.notes, Qt.Key.Key_Tab)  # on to the decisions: committed
    notes = reread(win).discussion[0].notes
    assert notes.endswith("Share the targets with the executive team in January.")
    workshop.close()
    win.close()
