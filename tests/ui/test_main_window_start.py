import dataclasses
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget

from ces_planner.ui import app as app_module
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.settings import LAST_PLAN, Settings


def make_settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def written_rows(label):
    """The band of the screen where a label's text is drawn, read from its pixels."""
    from PySide6.QtCore import QPoint, QRect

    image = label.grab().toImage()
    dark = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 2))
    ]
    assert dark, "nothing written"
    top_left = label.mapToGlobal(QPoint(0, dark[0]))
    return QRect(top_left.x(), top_left.y(), label.width(), dark[-1] - dark[0] + 1)


def test_first_run_opens_a_fresh_copy_of_the_sample(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "data" / "Sample plan.cesplan"
    monkeypatch.setattr(app_module, "sample_plan_path", lambda: target)
    monkeypatch.setattr("ces_planner.ui.main_window.sample_plan_path", lambda: target)
    settings = make_settings(tmp_path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.open_initial(None)  # made off the GUI thread: the window shows it is at work
    assert window.session is None and "sample plan" in window.empty.text()
    # What it says is written clear of the progress dialog, which comes up in the middle.
    operation = window._operation
    qtbot.waitUntil(operation.dialog.isVisible, timeout=30000)
    assert not written_rows(window.empty).intersects(operation.dialog.frameGeometry())
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert target.exists()
    assert "Brightwater" in window.session.plan().info.organisation
    assert settings.get(LAST_PLAN) == str(target.resolve())
    assert window.windowTitle().startswith("Customer Experience Strategy")
    window.close()
    assert not (target.parent / "Sample plan.cesplan.lock").exists()


def test_a_plan_that_cannot_be_opened_leaves_the_empty_state(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    broken = tmp_path / "broken.cesplan"
    broken.write_bytes(b"not a plan at all")
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window)
    window.open_initial(broken)
    assert window.session is None and len(messages) == 1
    assert window.stack.currentWidget() is window.empty
    assert "No plan is open" in window.empty.text()
    # Its links do what the File menu does.
    chosen = []
    for name in ("new_plan", "choose_plan", "new_from_sample"):
        monkeypatch.setattr(window, name, lambda name=name: chosen.append(name))
    for link in ("new", "open", "sample"):
        assert f'href="{link}"' in window.empty.text()
        window.empty.linkActivated.emit(link)
    assert chosen == ["new_plan", "choose_plan", "new_from_sample"]
    window.close()


def test_recent_plans_are_ordered_and_reopening_the_last_writes_nothing(tmp_path):
    from ces_planner.ui.settings import MAX_RECENT, RECENT_PLANS

    store = tmp_path / "settings.ini"
    settings = make_settings(tmp_path)
    for name in ("a", "b", "a"):
        settings.remember_plan(name)
    assert settings.get(RECENT_PLANS) == ["a", "b"] and settings.get(LAST_PLAN) == "a"
    settings.sync()
    written = store.stat().st_mtime_ns
    settings.remember_plan("a")
    settings.sync()
    assert store.stat().st_mtime_ns == written
    for number in range(MAX_RECENT + 2):
        settings.remember_plan(f"p{number}")
    assert len(settings.get(RECENT_PLANS)) == MAX_RECENT
    assert settings.get(RECENT_PLANS)[0] == f"p{MAX_RECENT + 1}"


def test_the_window_fits_a_small_screen(open_window):
    """A first start sizes the window to the screen (the offscreen one is 800 x 600), and no
    page, however much it holds, makes the window need more than a 1366 x 768 laptop has:
    pages taller than the window scroll."""
    window = open_window()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert len(window.pages) == 11  # every page made
    for row in range(window.navigator.count()):
        window.navigator.setCurrentRow(row)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 700, window.current_page()
    window.close()


def test_pages_scroll_only_when_the_window_is_smaller_than_they_need(open_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from ces_planner.ui.page_area import PageArea

    window = open_window()
    window.resize(1300, 860)
    window.show()

    def scrolls(row: int) -> bool:
        window.navigator.setCurrentRow(row)
        QApplication.processEvents()
        area = window.stack.currentWidget()
        return isinstance(area, PageArea) and area.verticalScrollBar().maximum() > 0

    assert not any(scrolls(row) for row in range(window.navigator.count()))
    window.resize(1300, 560)
    QApplication.processEvents()
    assert scrolls(3)  # the contact reasons: matrix, table and notes need more
    page = window.current_page()
    assert page is not None and page.height() >= page.layout().totalMinimumHeightForWidth(
        page.width()
    )  # given all it needs, nothing squeezed
    window.close()


def test_on_a_laptop_screen_the_records_come_before_the_notes(open_window, qtbot):
    """In the window a 1366 x 768 screen leaves, no page scrolls (a record's fields, the
    staffing tab scroll within themselves) and every records table shows at least three whole
    rows (all of the sample's three exceptions on the hours page, under the grid): the notes
    give up their room first. On a larger screen they grow to several lines."""
    from PySide6.QtWidgets import QApplication

    from ces_planner.ui.page_area import PageArea
    from ces_planner.ui.pages.tables import RecordsEditor

    window = open_window()
    window.resize(1297, 707)
    window.show()
    qtbot.waitExposed(window)
    evidence = window._pages.evidence()
    qtbot.waitUntil(lambda: evidence.report is not None, timeout=30000)

    def rows_shown(table) -> int:
        model, bottom = table.model(), table.viewport().height()
        rows = range(model.rowCount())
        return sum(table.visualRect(model.index(r, 0)).bottom() <= bottom for r in rows)

    for row in range(window.navigator.count()):
        window.navigator.setCurrentRow(row)
        QApplication.processEvents()
        area = window.stack.currentWidget()
        if isinstance(area, PageArea):
            assert area.verticalScrollBar().maximum() == 0, window.current_page().objectName()
        for editor in window.current_page().findChildren(RecordsEditor):
            if editor.isVisible():
                table = editor.table
                wanted = min(3, table.model().rowCount())
                assert rows_shown(table) >= wanted, editor.spec.plan_field
    window.navigator.setCurrentRow(1)
    QApplication.processEvents()
    notes = window.current_page().notes
    assert notes is not None
    small = notes.height()
    window.resize(1360, 860)
    QApplication.processEvents()
    assert notes.height() >= small + notes.fontMetrics().lineSpacing()  # a line more, at least
    window.close()


def header_count(table) -> int:
    return table.horizontalHeader().count() if table.model() else 0


def test_tables_fit_their_width_with_dates_and_choices_whole(open_window, qtbot):
    """In a window as wide as a 1366 x 768 laptop gives, no records table scrolls sideways:
    the name or title gives way, then free text is cut short, while dates, choices, numbers
    and every header stay whole. A column the user sizes with the mouse keeps its width."""
    from PySide6.QtWidgets import QApplication

    from ces_planner.ui.pages.tables import RecordsEditor

    window = open_window()
    window.resize(1300, 720)
    window.show()
    qtbot.waitExposed(window)
    seen = 0
    for row in range(window.navigator.count()):
        window.navigator.setCurrentRow(row)
        QApplication.processEvents()
        for editor in window.current_page().findChildren(RecordsEditor):
            if not editor.isVisible():
                continue
            table, header = editor.table, editor.table.horizontalHeader()
            shown = [n for n in range(header.count()) if not table.isColumnHidden(n)]
            assert sum(table.columnWidth(n) for n in shown) <= table.viewport().width()
            assert table.horizontalScrollBar().maximum() == 0, editor.spec.plan_field
            for n in shown:
                column = editor.spec.columns[n]
                assert table.columnWidth(n) >= header.sectionSizeHint(n) - 1, column.field
                if not column.may_cut:
                    needed = min(column.width, table.sizeHintForColumn(n))
                    assert table.columnWidth(n) >= needed, column.field
            seen += 1
    assert seen >= 8
    # The actions' table: the user widens the owner's column with the mouse; it stays so.
    window.navigator.setCurrentRow(9)
    QApplication.processEvents()
    editor = next(
        e
        for e in window.current_page().findChildren(RecordsEditor)
        if e.spec.plan_field == "actions"
    )
    table = editor.table
    owner = next(n for n, c in enumerate(editor.spec.columns) if c.field == "owner_id")
    # A longer owner's name: the owner's column is measured again and widens (to its preferred
    # width at most).
    before = table.columnWidth(owner)
    person = window.session.plan().people[0]
    window.session.update(dataclasses.replace(person, name="Maximiliana Okafor-Whitfield"))
    QApplication.processEvents()
    assert table.columnWidth(owner) > before
    assert sum(table.columnWidth(n) for n in range(header_count(table))) <= table.viewport().width()
    header = table.horizontalHeader()
    edge = header.sectionViewportPosition(owner) + header.sectionSize(owner) - 1

    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, 5))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 60, 5))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 60, 5))
    widened = table.columnWidth(owner)
    assert table.sized_by_user
    window.resize(1100, 720)
    QApplication.processEvents()
    assert table.columnWidth(owner) == widened
    window.close()


def test_closing_the_plan_shows_none_of_its_pages(open_window, qtbot):
    """Removing the page shown would show the next, and so each page in turn (laid out for
    nothing, and the evidence page starting its work): the pages go with none shown."""
    from PySide6.QtCore import QEvent, QObject

    window = open_window()
    window.show()
    pages = window.pages  # every page made
    shown = []

    class Spy(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Show:
                shown.append(watched.objectName())
            return False

    spy = Spy()
    for made in pages:
        made.installEventFilter(spy)
    window.close()
    assert shown == []


def test_keyboard_shortcuts_lists_every_commands_keys(open_window):
    """Help › Keyboard shortcuts reads the keys from the commands themselves, named as in their
    menus (not as Undo reads after an edit), then the tables', the hours grid's and the
    matrix's keys."""
    from ces_planner.ui.shortcuts import ShortcutsDialog, on_a_keyboard

    window = open_window()
    window.session.set_area_notes("segments", "Changed")  # Undo now reads "Undo Edit notes"
    dialog = ShortcutsDialog(window.actions(), window)
    shown = dict(dialog.shown)
    assert shown["Export the strategy…"] == "Ctrl+Shift+E"
    assert shown["Undo"].startswith("Ctrl+Z") and shown["Redo"].startswith("Ctrl+Shift+Z")
    assert shown["New plan…"] == "Ctrl+N"  # not the "New" key some keyboards have
    commands = len([a for a in window.actions() if any(not k.isEmpty() for k in a.shortcuts())])
    for command, keys in dialog.shown[:commands]:  # each once, each on an ordinary keyboard
        listed = keys.split(", ")
        assert len(listed) == len(set(listed)), command
        assert all(on_a_keyboard(key) for key in listed), command
    assert on_a_keyboard("F5") and not on_a_keyboard("F14") and not on_a_keyboard("Undo")
    assert shown["Workshop mode"] == "F5"
    assert shown["Next area"] == "Ctrl+PgDown, Alt+Right"
    assert shown["Preferences…"] == "Ctrl+,"
    assert shown["Add a row to the table"] == "Ctrl+Shift+N"
    with_keys = [a for a in window.actions() if any(not k.isEmpty() for k in a.shortcuts())]
    assert shown["Contact reasons: the matrix on the whole screen, and back"] == "F11, Esc"
    assert len(dialog.shown) == len(with_keys) + 7
    assert dialog.table.rowCount() == len(dialog.shown)
    window.close()


def test_fitting_a_long_table_reads_a_bounded_number_of_rows(open_window, qtbot, monkeypatch):
    """A narrow table measures what its columns need from the rows in view and a few more,
    not from every row: a plan with hundreds of actions stays quick to edit."""
    from PySide6.QtWidgets import QApplication

    from ces_planner.domain.model import Action
    from ces_planner.ui.pages.tables import MEASURED_ROWS, RecordsEditor
    from ces_planner.ui.record_table import RecordTableModel

    window = open_window()
    document = window.session.document
    with document.batch():
        for number in range(150):
            document.add(Action(title=f"Action {number} with a title long enough to be cut"))
    window.resize(1300, 720)
    window.show()
    window.navigator.setCurrentRow(9)
    QApplication.processEvents()
    editor = next(
        e
        for e in window.current_page().findChildren(RecordsEditor)
        if e.spec.plan_field == "actions"
    )
    assert editor.model.rowCount() > 150
    read = []
    display_text = RecordTableModel.display_text
    monkeypatch.setattr(
        RecordTableModel, "display_text", lambda self, *a: read.append(1) or display_text(self, *a)
    )
    editor.table.fit_columns(contents_changed=True)
    shown = len(
        [n for n in range(editor.model.columnCount()) if not editor.table.isColumnHidden(n)]
    )
    assert 0 < len(read) <= (MEASURED_ROWS + 1) * shown


def next_start(window: MainWindow, qtbot, width: int, height: int) -> MainWindow:
    """Close ``window`` and show a new one with its settings, as the next start of the app."""
    window.close()
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    again.resize(width, height)
    again.show()
    return again


def test_the_navigators_width_is_kept_for_the_next_start(open_window, qtbot):
    window = open_window()
    window.resize(1300, 800)
    window.show()
    window.splitter.setSizes([400, 900])
    kept = window.splitter.sizes()[0]
    assert abs(kept - 400) <= 2  # not the first start's 270
    again = next_start(window, qtbot, 1300, 800)
    assert again.splitter.sizes()[0] == kept
    again.close()


def test_a_pages_splitters_are_kept_as_the_user_left_them(open_window, qtbot):
    """The matrix above the contact reasons' table, a table beside its details: sizes the user
    sets are there again at the next start."""
    from PySide6.QtWidgets import QSplitter

    from ces_planner.domain.readiness import Section

    window = open_window()
    window.resize(1300, 860)
    window.show()
    window.navigator.setCurrentRow(3)
    page = window.current_page()
    assert page.section is Section.CONTACT_REASONS
    for each in window.pages:  # every page names all its splitters, so all are kept
        assert set(each.splitters) == set(each.findChildren(QSplitter)), each.objectName()
    splitter = page.splitters[-1]  # the matrix above the table
    assert splitter.orientation() == Qt.Orientation.Vertical
    total = sum(splitter.sizes())
    splitter.setSizes([total - 150, 150])
    kept = splitter.sizes()
    again = next_start(window, qtbot, 1300, 860)
    assert again.open_plan(Path(again.settings.get(LAST_PLAN)))  # the plan just closed
    again.navigator.setCurrentRow(3)
    assert again.current_page().splitters[-1].sizes() == kept
    again.close()


def _with_keyboard(window, qtbot):
    """``window`` shown and holding the keyboard."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_window_takes_the_keyboard_back_when_a_dialog_closes(open_window, qtbot):
    """Without a window manager (a bare X server, or Qt's offscreen screen) nothing gave the
    window the keyboard back after a dialog, and its shortcuts (Ctrl+PgDown...) went dead."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    window = _with_keyboard(open_window(), qtbot)
    window.keep_keyboard_after_dialogs()
    dialog = QDialog(window)
    QTimer.singleShot(100, dialog.reject)
    dialog.exec()
    qtbot.waitUntil(window.isActiveWindow)
    # A dialog of the workshop gives the keyboard back to the workshop, not to the plan's window
    # behind it (every window the dialog held up hears that it closed).
    window.workshop()
    workshop = window.workshop_window
    qtbot.waitUntil(workshop.isActiveWindow)
    dialog = QDialog(workshop)
    QTimer.singleShot(100, dialog.reject)
    dialog.exec()
    qtbot.waitUntil(workshop.isActiveWindow)
    qtbot.wait(50)
    assert workshop.isActiveWindow() and not window.isActiveWindow()
    workshop.close()
    window.close()


def test_a_dialog_takes_the_keyboard_back_when_a_message_over_it_closes(open_window, qtbot):
    """The export dialog's "Export finished" closed, and nothing gave the dialog, still open,
    the keyboard back: Escape and its shortcuts went dead until it was clicked."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    window = _with_keyboard(open_window(), qtbot)
    window.keep_keyboard_after_dialogs()
    dialog = QDialog(window)
    seen = []

    def message() -> None:  # over the dialog, which is closed whatever happens
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            box = QMessageBox(QMessageBox.Icon.Information, "Done", "Saved.", parent=dialog)
            QTimer.singleShot(100, box.reject)
            box.exec()
            qtbot.wait(300)  # the keyboard's return runs once the message has gone
            seen.append(dialog.isActiveWindow())
        finally:
            dialog.reject()

    QTimer.singleShot(0, message)
    dialog.exec()
    assert seen == [True]
    qtbot.waitUntil(window.isActiveWindow)  # and the window after the dialog, as before
    window.close()


def test_the_window_has_the_keyboard_again_after_the_whole_screen_views(open_window, qtbot):
    """The workshop and the whole-screen matrix give the keyboard back as they close."""
    from ces_planner.domain.readiness import Section

    window = _with_keyboard(open_window(), qtbot)
    window.workshop()
    qtbot.waitUntil(window.workshop_window.isActiveWindow)
    window.workshop_window.close()
    qtbot.waitUntil(window.isActiveWindow)
    page = next(p for p in window.pages if p.section is Section.CONTACT_REASONS)
    window.go_to_section(Section.CONTACT_REASONS.value)
    page.show_full_matrix()
    qtbot.waitUntil(page.full_matrix.isActiveWindow)
    page.full_matrix.close()
    qtbot.waitUntil(window.isActiveWindow)
    window.close()


def test_a_window_gone_since_it_last_had_the_keyboard_is_left_alone(open_window, qtbot):
    """The whole-screen matrix had the keyboard last, then went with its page: a dialog closing
    afterwards must not reach for it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from ces_planner.domain.readiness import Section

    window = open_window()
    window.show()
    window.keep_keyboard_after_dialogs()
    window.go_to_section(Section.CONTACT_REASONS.value)
    page = window.current_page()
    page.show_full_matrix()
    full = page.full_matrix
    qtbot.waitUntil(full.isActiveWindow)
    full.hide()  # gone without handing the keyboard back, as when its page is dropped
    with qtbot.waitSignal(full.destroyed):
        full.deleteLater()
    dialog = QDialog(window)
    QTimer.singleShot(100, dialog.reject)
    dialog.exec()
    qtbot.wait(100)  # the keyboard's return runs after the dialog, and finds nothing to call
    window.close()


def test_long_work_and_the_export_dialog_give_the_keyboard_back(open_window, qtbot):
    """Where no window manager hands the keyboard on (a bare X server, Qt's offscreen screen),
    a progress dialog that took it, and the export dialog, give it back as they close."""
    import time

    from ces_planner.ui.operations import Operation

    window = _with_keyboard(open_window(), qtbot)
    operation = Operation(window, "Working…", lambda progress: time.sleep(0.6))
    done = []
    operation.done.connect(done.append)
    operation.start()
    qtbot.waitUntil(operation.dialog.isActiveWindow)  # shown after a moment, with the keys
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(window.isActiveWindow)
    window.export()
    dialog = next(w for w in window.findChildren(QWidget) if type(w).__name__ == "ExportDialog")
    qtbot.waitUntil(dialog.isActiveWindow)
    # The preview writes the whole document: on a busy CI machine it takes a while.
    preview_done = lambda: dialog._operation is None or not dialog._operation.running  # noqa: E731
    qtbot.waitUntil(preview_done, timeout=60000)
    qtbot.waitUntil(dialog.isActiveWindow)  # its preview's progress gave it back
    dialog.reject()
    qtbot.waitUntil(window.isActiveWindow)
    window.close()


def test_work_that_waits_for_the_first_paint_waits_for_it(qtbot):
    """On a busy machine the first paint can come later than any fixed delay: what waits for
    it (the other pages, the icon, the keyboard filter) waits for the paint itself."""
    from ces_planner.ui.main_window import when_painted

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setUpdatesEnabled(False)  # the paint has not come yet
    called: list[str] = []
    when_painted(widget, lambda: called.append("painted"), at_most_ms=5000)
    widget.update()
    qtbot.wait(300)
    assert called == []
    widget.setUpdatesEnabled(True)  # asks for a paint
    qtbot.waitUntil(lambda: called == ["painted"])
    qtbot.wait(50)
    assert called == ["painted"]  # once


def test_work_that_waits_for_a_paint_that_never_comes_runs_in_the_end(qtbot):
    """A minimised window is never painted: its other pages are made all the same."""
    from ces_planner.ui.main_window import when_painted

    widget = QWidget()
    qtbot.addWidget(widget)
    called: list[str] = []
    when_painted(widget, lambda: called.append("late"), at_most_ms=200)  # hidden: no paint
    qtbot.wait(100)
    assert called == []
    qtbot.waitUntil(lambda: called == ["late"], timeout=2000)


def test_the_other_pages_are_made_once_the_first_is_drawn(qtbot, tmp_path, sample_file):
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.setUpdatesEnabled(False)  # a busy machine: the page is not drawn yet
    path = tmp_path / "plan.cesplan"
    path.write_bytes(sample_file.read_bytes())
    assert window.open_plan(path)
    qtbot.wait(400)
    assert window._pages is not None and len(window._pages.missing()) == 10
    window.setUpdatesEnabled(True)
    qtbot.waitUntil(lambda: not window._pages.missing(), timeout=10000)
    window.close()
