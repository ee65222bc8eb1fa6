"""The desktop app as a user meets it: every area, edits, undo/redo, painting, bad input."""

from __future__ import annotations

import dataclasses
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QPushButton

from ces_planner.domain.hours import slots_from_windows
from ces_planner.domain.readiness import Section
from ces_planner.services.document import PlanDocument
from ces_planner.ui.evidence import EvidencePage
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.pages.areas import ContactReasonsPage, HoursPage, IntelligencePage
from ces_planner.ui.pages.overview import OverviewPage
from ces_planner.ui.pages.tables import RecordsEditor, TablePage
from ces_planner.ui.settings import Settings


def reread(win: MainWindow):
    """The plan as a fresh reader of the file sees it."""
    with PlanDocument.open(win.session.document.path, read_only=True) as doc:
        return doc.plan()


def page_of(win: MainWindow, section: Section):
    return next(p for p in win.pages if p.section is section and p.objectName() != "page_evidence")


def editor_of(win: MainWindow, section: Section) -> RecordsEditor:
    page = page_of(win, section)
    assert isinstance(page, TablePage)
    return page.editor


def column_of(model, field: str) -> int:
    """The column of a records table that shows ``field``."""
    return next(i for i, c in enumerate(model.spec.columns) if c.field == field)


def edit_cell(editor: RecordsEditor, row: int, field: str, value) -> bool:
    model = editor.model
    return model.setData(model.index(row, column_of(model, field)), value)


def test_every_area_has_a_page_with_guidance_and_editors(window, qtbot):
    assert window.navigator.count() == 11
    for row in range(window.navigator.count()):
        window.navigator.setCurrentRow(row)
        page = window.current_page()
        assert page is not None and page.isVisible()
        assert page.guidance.text().strip()
        for editor in page.findChildren(RecordsEditor):
            if editor.spec.plan_field in ("people",):
                continue
            assert editor.model.rowCount() > 0, (row, editor.spec.plan_field)
    # Next/previous walk the areas in order, by keyboard too.
    window.navigator.setCurrentRow(0)
    window.next_action.trigger()
    assert window.navigator.currentRow() == 1
    window.previous_action.trigger()
    assert window.navigator.currentRow() == 0


EDITS = [
    (Section.SEGMENTS, "segments", "name", "Renters"),
    (Section.PRIORITY, "segments", "tier", "premium"),
    (Section.CONTACT_REASONS, "contact_reasons", "value_to_company", 5),
    (Section.CHANNELS, "channels", "status", "retired"),
    (Section.MEASURES, "measures", "target", "９０"),  # full-width digits from a Japanese IME
    (Section.INTELLIGENCE, "insights", "recipient", "Product design"),
    (Section.DISCUSSION, "discussion", "question", "Is the plan funded?"),
]


@pytest.mark.parametrize(("section", "field", "column", "value"), EDITS)
def test_an_edit_in_each_area_reaches_the_file_and_undo_redo_restore_it(
    window, section, field, column, value
):
    before = reread(window)
    editor = editor_of(window, section)
    assert edit_cell(editor, 0, column, value)
    after = reread(window)
    changed = getattr(after, field)[0]
    expected = {"９０": 90.0, "premium": "premium", "retired": "retired"}.get(value, value)
    assert getattr(changed, column) == expected
    window.undo_action.trigger()
    assert getattr(reread(window), field) == getattr(before, field)
    window.redo_action.trigger()
    assert getattr(reread(window), field) == getattr(after, field)


def test_overview_edit_undo_redo(window, qtbot):
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    page.title.setFocus()
    page.title.setText("Strategy 2028")
    page.title.editingFinished.emit()
    assert reread(window).info.title == "Strategy 2028"
    assert "Strategy 2028" in window.windowTitle()
    window.undo_action.trigger()
    assert reread(window).info.title == "Customer Experience Strategy 2027-2028"
    page.summary.setPlainText("A new summary")
    page.summary.commit()
    assert reread(window).info.executive_summary == "A new summary"


def test_area_notes_are_saved_and_undoable(window):
    page = page_of(window, Section.CHANNELS)
    before = reread(window).area_notes["channels"]
    assert page.notes.toPlainText() == before  # the sample's own notes
    page.notes.setPlainText("Check the chat vendor contract")
    page.notes.commit()
    assert reread(window).area_notes["channels"] == "Check the chat vendor contract"
    window.undo_action.trigger()
    assert reread(window).area_notes["channels"] == before
    page.notes.setPlainText("")
    page.notes.commit()
    assert "channels" not in reread(window).area_notes
    window.undo_action.trigger()
    assert reread(window).area_notes["channels"] == before


def test_add_remove_and_reorder_rows_with_undo(window):
    editor = editor_of(window, Section.SEGMENTS)
    original = reread(window)
    editor.table.selectRow(0)
    editor.add_row()
    assert len(reread(window).segments) == len(original.segments) + 1
    assert reread(window).segments[1].name == "New segment"
    window.undo_action.trigger()
    assert reread(window).segments == original.segments

    editor.table.selectRow(0)
    editor.move_row(+1)
    assert [s.name for s in reread(window).segments][:2] == [
        original.segments[1].name,
        original.segments[0].name,
    ]
    window.undo_action.trigger()
    assert reread(window).segments == original.segments

    editor.table.selectRow(0)
    editor.remove_row()
    after_remove = reread(window)
    removed = original.segments[0]
    assert removed.id not in {s.id for s in after_remove.segments}
    assert all(removed.id not in c.segment_ids for c in after_remove.channels)
    window.undo_action.trigger()
    restored = reread(window)
    assert restored.segments == original.segments
    assert restored.channels == original.channels  # the links came back too


def test_long_text_details_panel_edits_the_selected_record(window):
    editor = editor_of(window, Section.CONTACT_REASONS)
    editor.table.selectRow(2)
    detail = editor.details["root_cause"]
    detail.setPlainText("A new root cause")
    detail.commit()
    assert reread(window).contact_reasons[2].root_cause == "A new root cause"


def test_dragging_a_reason_on_the_matrix_re_rates_it(window, qtbot):
    window.navigator.setCurrentRow(3)
    page = window.current_page()
    assert isinstance(page, ContactReasonsPage)
    reason = reread(window).contact_reasons[0]
    start = page.matrix._positions()[reason.id].toPoint()
    target = page.matrix._to_screen(5, 5).toPoint()
    qtbot.mousePress(page.matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.matrix, pos=target)
    qtbot.mouseRelease(page.matrix, Qt.MouseButton.LeftButton, pos=target)
    moved = next(r for r in reread(window).contact_reasons if r.id == reason.id)
    assert (moved.value_to_customer, moved.value_to_company) == (5, 5)
    assert moved.quadrant.value == "leverage"
    window.undo_action.trigger()
    back = next(r for r in reread(window).contact_reasons if r.id == reason.id)
    assert back == reason


def test_the_matrix_on_the_whole_screen_names_every_point_and_edits_the_plan(window, qtbot):
    window.navigator.setCurrentRow(3)
    page = window.current_page()
    assert isinstance(page, ContactReasonsPage)
    qtbot.keyClick(page, Qt.Key.Key_F11)
    full = page.full_matrix
    assert full is not None and full.isVisible() and full.isFullScreen()
    matrix = full.matrix
    assert matrix.reasons == page.matrix.reasons and matrix.volumes == page.matrix.volumes
    assert "Customer Experience Strategy" in full.windowTitle()
    assert "Drag a point" in full.hint.text()
    # Every point is named, each name within its own cell and clear of the others.
    names = matrix._names()
    assert len(names) == len(matrix.reasons) == 11
    cell_width, _height = matrix._cell_size()
    for (rect, text), reason in zip(names, matrix.reasons, strict=True):
        # On one line or more (broken between words, or within a word too long for a line), cut
        # short only at the end.
        written, name = "".join(text.split()), "".join(reason.name.split())
        assert written == name or (written.endswith("…") and name.startswith(written[:-1]))
        cell_right = matrix._to_screen(reason.value_to_customer, 1).x() + cell_width / 2
        assert rect.right() <= cell_right
    for number, (rect, _text) in enumerate(names):
        assert not any(rect.intersects(other) for other, _ in names[number + 1 :])
    # Dragging there re-rates the reason, in the plan and on the page; undo puts it back.
    reason = reread(window).contact_reasons[0]
    start = matrix._positions()[reason.id].toPoint()
    target = matrix._to_screen(5, 5).toPoint()
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    assert page.editor.current_record().id == reason.id  # selected on the page as well
    qtbot.mouseMove(matrix, pos=target)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=target)
    moved = next(r for r in reread(window).contact_reasons if r.id == reason.id)
    assert (moved.value_to_customer, moved.value_to_company) == (5, 5)
    for shown in (matrix, page.matrix):
        assert next(r for r in shown.reasons if r.id == reason.id) == moved
    full.activateWindow()
    qtbot.waitUntil(full.isActiveWindow)
    qtbot.keyClick(matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone there
    assert next(r for r in matrix.reasons if r.id == reason.id) == reason
    assert next(r for r in reread(window).contact_reasons if r.id == reason.id) == reason
    qtbot.keyClick(matrix, Qt.Key.Key_Escape)
    assert not full.isVisible()


def test_a_name_on_the_matrix_is_broken_into_lines_in_english_and_japanese(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from ces_planner.text import broken_into_lines

    metrics = QFontMetricsF(QFont())

    def lines_of(text: str, width: float, most: int) -> list[str]:  # measured as the app does
        return broken_into_lines(text, width, most, metrics.horizontalAdvance)

    english = "Payment arrangement for arrears"
    width = metrics.horizontalAdvance("Payment arrangement") + 2
    assert lines_of(english, width, 3) == ["Payment arrangement", "for arrears"]
    assert lines_of(english, metrics.horizontalAdvance(english) + 2, 3) == [english]
    one = lines_of(english, width, 1)
    assert len(one) == 1 and one[0].endswith("…") and metrics.horizontalAdvance(one[0]) <= width
    japanese = "スマートメーター設置の予約について"  # no spaces: broken between characters
    narrow = metrics.horizontalAdvance("スマートメー") + 1
    lines = lines_of(japanese, narrow, 2)
    assert len(lines) == 2 and lines[0] == "スマートメー" and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= narrow for line in lines)


def test_painting_hours_with_the_mouse_and_undo(window, qtbot):
    window.navigator.setCurrentRow(5)
    page = window.current_page()
    assert isinstance(page, HoursPage)
    channel_id = page.current_channel_id()
    before = reread(window).windows_of(channel_id)
    grid = page.grid
    # Sunday 10:00 to 12:00 is closed for the phone line in the sample: paint it open.
    first, last = 6 * 48 + 20, 6 * 48 + 23
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(first))
    for slot in range(first + 1, last + 1):
        qtbot.mouseMove(grid, pos=grid.slot_centre(slot))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(last))
    slots = slots_from_windows(reread(window).windows_of(channel_id))
    assert all(slots[first : last + 1])
    assert slots_from_windows(before)[:first] == slots[:first]
    assert "70" in page.total.text()  # 68 hours before, plus 2 hours on Sunday
    # One stroke is one undo step.
    window.undo_action.trigger()
    assert slots_from_windows(reread(window).windows_of(channel_id)) == slots_from_windows(before)
    window.redo_action.trigger()
    assert all(slots_from_windows(reread(window).windows_of(channel_id))[first : last + 1])


def test_painting_with_the_keyboard(window, qtbot):
    window.navigator.setCurrentRow(5)
    page = window.current_page()
    grid = page.grid
    grid.setFocus()
    grid.cursor_slot = 6 * 48 + 2  # Sunday 01:00
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    slots = slots_from_windows(reread(window).windows_of(page.current_channel_id()))
    assert slots[6 * 48 + 2]


def test_invalid_input_shows_the_message_and_writes_nothing(window, tmp_path):
    editor = editor_of(window, Section.MEASURES)
    file = window.session.document.path
    before = file.read_bytes()
    assert not edit_cell(editor, 0, "current", "about eighty")
    assert editor.problem_label.isVisibleTo(editor)
    assert "not a number" in editor.problem_label.text()
    assert not edit_cell(editor_of(window, Section.SEGMENTS), 0, "customer_share", "150")
    assert "percentage" in editor_of(window, Section.SEGMENTS).problem_label.text()
    assert not edit_cell(editor_of(window, Section.SEGMENTS), 0, "name", "   ")
    assert file.read_bytes() == before
    assert not window.undo_action.isEnabled()


def test_read_only_plan_cannot_be_edited(qtbot, tmp_path, sample_file):
    path = tmp_path / "ro.cesplan"
    shutil.copy(sample_file, path)
    path.chmod(stat.S_IRUSR)
    before = path.read_bytes()
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    try:
        assert win.open_plan(path)
        assert win.banner.isVisibleTo(win) and "read-only" in win.banner.text()
        assert "read-only" in win.windowTitle()
        editor = editor_of(win, Section.SEGMENTS)
        model = editor.model
        assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
        assert not editor.add_button.isEnabled()
        assert not editor.remove_button.isEnabled()
        assert win.pages[0].title.isReadOnly()
        page = page_of(win, Section.HOURS)
        assert page.grid.read_only
        reasons = page_of(win, Section.CONTACT_REASONS)
        reasons.show_full_matrix()
        assert reasons.full_matrix.matrix.read_only  # on the whole screen as well
        assert "read-only" in reasons.full_matrix.hint.text()
        reasons.full_matrix.close()
        evidence = next(p for p in win.pages if isinstance(p, EvidencePage))
        qtbot.waitUntil(lambda: evidence.evidence.computed)
        assert not evidence.empty_import_button.isEnabled()
        assert not evidence.import_button.isEnabled()
        assert not evidence.remove_button.isEnabled()
        intelligence = next(p for p in win.pages if isinstance(p, IntelligencePage))
        intelligence.refresh()
        offered = intelligence.suggestions.findChildren(QPushButton)
        assert offered and not any(button.isEnabled() for button in offered)
        win.close()
        assert path.read_bytes() == before
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_plan_open_elsewhere_opens_read_only_with_the_reason(qtbot, tmp_path, sample_file):
    path = tmp_path / "busy.cesplan"
    shutil.copy(sample_file, path)
    holder = PlanDocument.open(path)
    try:
        win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(win)
        assert win.open_plan(path)
        assert win.session.read_only
        assert "already open" in win.banner.text()
        win.close()
    finally:
        holder.close()


def test_recent_files_and_title(window, tmp_path, sample_file):
    other = tmp_path / "second.cesplan"
    shutil.copy(sample_file, other)
    first = window.session.document.path
    assert window.open_plan(other)
    window._fill_recent()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[0].endswith("second.cesplan") and names[1].endswith(first.name)
    assert "second.cesplan" in window.windowTitle()
    # The first plan was closed properly: its lock is gone.
    assert not Path(str(first) + ".lock").exists()


def test_save_as_switches_to_the_copy(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "copy.cesplan"
    monkeypatch.setattr(window, "_ask_new_path", lambda *_: target)
    window.save_as()
    qtbot.waitUntil(lambda: window.session.document.path == target, timeout=5000)
    assert reread(window).info.title


def test_undo_text_names_the_edit(window):
    editor = editor_of(window, Section.MEASURES)
    edit_cell(editor, 0, "target", 91)
    assert "Target" in window.undo_action.text()


def test_record_edit_keeps_other_fields(window):
    editor = editor_of(window, Section.CHANNELS)
    before = reread(window).channels[0]
    edit_cell(editor, 0, "name", "Telephone")
    assert reread(window).channels[0] == dataclasses.replace(before, name="Telephone")


def test_guidance_can_be_collapsed_and_stays_so(window):
    window.guidance_action.trigger()
    assert not window.pages[1].guidance.isVisibleTo(window.pages[1])
    assert (
        window.settings.get(__import__("ces_planner.ui.settings", fromlist=["x"]).GUIDANCE_VISIBLE)
        is False
    )


def test_hours_grid_slot_geometry_round_trips(window):
    page = page_of(window, Section.HOURS)
    for slot in (0, 47, 48, 200, 335):
        assert page.grid.slot_at(page.grid.slot_centre(slot)) == slot
    assert page.grid.slot_at(QPoint(1, 1)) is None


def test_the_first_page_is_shown_before_the_others_are_made_and_all_come_without_a_visit(
    open_window, qtbot
):
    win = open_window()
    win.show()
    assert win._pages is not None
    made = win._pages.made()
    assert isinstance(made[0], OverviewPage) and len(made) < 11
    assert isinstance(win.current_page(), OverviewPage)
    assert win.navigator.count() == 11  # every area listed, with its readiness, already
    icons = [win.navigator.item(n).data(Qt.ItemDataRole.DecorationRole) for n in range(11)]
    assert all(isinstance(icon, QPixmap) and not icon.isNull() for icon in icons)
    qtbot.waitUntil(lambda: not win._pages.missing(), timeout=5000)  # made in idle moments
    win.navigator.setCurrentRow(5)
    assert isinstance(win.current_page(), HoursPage)
    win.close()


def test_a_new_plan_shows_no_area_as_complete(new_plan_window):
    for row in range(1, 8):  # the seven areas of the method
        item = new_plan_window.navigator.item(row)
        assert item.toolTip() != "Complete", item.text()


def test_a_big_point_is_caught_anywhere_on_it_and_says_its_contacts(window, qtbot):
    """A point's size follows its reason's contacts: a click anywhere on it selects it, and
    its tooltip says how many contacts it stands for."""
    page = page_of(window, Section.CONTACT_REASONS)
    matrix = page.matrix
    plan = reread(window)
    biggest = plan.contact_reasons[0]
    matrix.volumes = {r.id: 10.0 for r in plan.contact_reasons} | {biggest.id: 5176.0}
    matrix.resize(600, 400)
    centre = matrix._positions()[biggest.id]
    edge = centre + QPointF(matrix._radius(biggest.id) - 2, 0)  # well off the old 14 px reach
    assert matrix._radius(biggest.id) == 20
    assert matrix._hit(edge) == biggest.id
    assert matrix._hit(centre + QPointF(0, 40)) != biggest.id
    assert "5,176 contacts" in matrix._describe(biggest)


def test_on_a_short_matrix_points_keep_off_the_next_row_and_the_axes_are_named(window):
    """On a small screen the matrix gets its minimum height: the points shrink so that the
    biggest does not cover the next row's, and the side's words still fit whole."""
    from ces_planner.ui.widgets.matrix import MINIMUM_HEIGHT

    page = page_of(window, Section.CONTACT_REASONS)
    matrix = page.matrix
    plan = reread(window)
    biggest = plan.contact_reasons[0]
    matrix.volumes = {r.id: 10.0 for r in plan.contact_reasons} | {biggest.id: 5176.0}
    matrix.resize(600, MINIMUM_HEIGHT)
    low = matrix._to_screen(1, 1).y()
    step = low - matrix._to_screen(1, 2).y()
    assert 2 * matrix._radius(biggest.id) <= 0.9 * step + 0.01
    assert matrix._radius(biggest.id) > matrix._radius(plan.contact_reasons[1].id)
    for words in ("Value to the company →", "会社にとっての価値 →"):
        assert matrix.fontMetrics().horizontalAdvance(words) <= MINIMUM_HEIGHT - 4


def test_the_overviews_readiness_list_leads_to_each_area(new_plan_window):
    """Activating an area in the overview's list, or one of the things it still lacks, shows
    that area's page."""
    window = new_plan_window
    overview = window.current_page()
    readiness = overview.readiness
    texts = [readiness.item(row).text() for row in range(readiness.count())]
    reasons = next(row for row, text in enumerate(texts) if text.endswith("Contact reasons"))
    readiness.itemActivated.emit(readiness.item(reasons))
    assert window.current_page().section is Section.CONTACT_REASONS
    window.navigator.setCurrentRow(0)
    missing = reasons + 1  # the first thing the contact reasons still lack
    assert texts[missing].startswith("      ")
    readiness.itemActivated.emit(readiness.item(missing))
    assert window.current_page().section is Section.CONTACT_REASONS
    actions = next(row for row, text in enumerate(texts) if text.endswith("Actions"))
    readiness.itemActivated.emit(readiness.item(actions))
    assert window.navigator.currentRow() == 9
