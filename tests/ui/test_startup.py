"""What the first window is made of: drawn quickly, and still complete."""

from PySide6.QtGui import QColor, QKeySequence, Qt
from PySide6.QtWidgets import QAbstractButton

from ces_planner import i18n
from ces_planner.domain.readiness import Section
from ces_planner.ui import icons
from ces_planner.ui.guidance import guidance


def colours(icon) -> set[str]:
    image = icon.toImage()
    assert not image.isNull()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(pixel.name())
    return found


def test_ring_share():
    assert icons.ring_share(0, 5) == 1.0
    assert icons.ring_share(1, 4) == 0.75
    assert icons.ring_share(9, 1) == 0.1  # never an empty ring
    assert icons.ring_share(1, 0) == 0.1  # nothing in the area yet: not half done
    assert icons.ring_share(0, 0) == 1.0  # nothing needed (hours without staffed channels)


def test_the_icons_are_drawn_in_their_colours(qapp):
    done = colours(icons.readiness_icon(0, 4))
    assert QColor(icons.DONE).name() in done and QColor(icons.MISSING).name() not in done
    partial = colours(icons.readiness_icon(1, 4))
    assert QColor(icons.MISSING).name() in partial and QColor(icons.TRACK).name() in partial
    assert QColor(icons.DONE).name() not in partial
    assert QColor(icons.EVIDENCE).name() in colours(icons.evidence_icon())


def test_a_quarter_filled_ring_is_coloured_on_the_right_only(qapp):
    image = icons.readiness_icon(3, 4).toImage()
    width = image.width()
    orange = QColor(icons.MISSING).name()

    def orange_in(columns: range) -> bool:
        return any(
            image.pixelColor(x, y).name() == orange and image.pixelColor(x, y).alpha() == 255
            for x in columns
            for y in range(image.height())
        )

    pen = width // 10  # half the ring's stroke, and a little: it starts at twelve o'clock
    assert orange_in(range(width // 2 + 1, width))
    assert not orange_in(range(0, width // 2 - pen))


def test_every_guidance_text_is_shown_as_rich_text_in_every_language():
    """The guidance label leaves the format to Qt, which must see each text as rich."""
    japanese = i18n.catalogue("ja")
    for section in Section:
        english = guidance(section)
        assert Qt.mightBeRichText(english), section
        assert Qt.mightBeRichText(japanese[english]), section


def test_the_main_window_shortcuts(open_window):
    window = open_window()

    def keys(action) -> set[str]:
        return {k.toString() for k in action.shortcuts()}

    assert keys(window.new_action) >= {QKeySequence(QKeySequence.StandardKey.New).toString()}
    assert "Ctrl+Shift+Z" in keys(window.redo_action)
    assert keys(window.next_action) == {"Ctrl+PgDown", "Alt+Right"}
    assert keys(window.previous_action) == {"Ctrl+PgUp", "Alt+Left"}
    assert keys(window.export_action) == {"Ctrl+Shift+E"}
    # The same keys on every platform (Qt gives Windows none for these two).
    assert keys(window.save_as_action) == {"Ctrl+Shift+S"}
    assert keys(window.quit_action) == {"Ctrl+Q"}
    assert keys(window.guidance_action) == {"F1"}
    window.close()


# Keys a text field keeps for itself under X11, whatever the window's shortcuts (Qt's emacs-style
# line-edit bindings: delete a character, end of line, delete to the end, delete the line). A
# shortcut on one of them does nothing while the cursor is in a field, which on most pages is
# most of the time.
TEXT_FIELD_KEYS_ON_LINUX = {"Ctrl+D", "Ctrl+E", "Ctrl+K", "Ctrl+U"}


def test_no_shortcut_is_a_key_text_fields_keep_on_linux(open_window):
    window = open_window()
    taken = {key.toString() for action in window.actions() for key in action.shortcuts()}
    for page in window.pages:
        taken |= {b.shortcut().toString() for b in page.findChildren(QAbstractButton)}
    assert "Ctrl+Shift+N" in taken and "Ctrl+L" in taken  # the window's and the pages' keys
    assert not taken & TEXT_FIELD_KEYS_ON_LINUX
    window.close()


def last_line(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[-1]


# For scripts run by run_app: ``at_first_paint(callback)`` calls ``callback`` as the page
# showing the plan is first painted (the app quits on the next turn of the event loop).
AT_FIRST_PAINT = """
        from PySide6.QtCore import QEvent, QObject
        from ces_planner.ui import app as ui_app

        def at_first_paint(callback):
            class Look(QObject):
                def eventFilter(self, watched, event):
                    if event.type() == QEvent.Type.Paint:
                        watched.removeEventFilter(self)
                        callback()
                    return False

            leave = ui_app._leave_once_painted

            def leave_and_look(app, widget):
                leave(app, widget)
                widget.installEventFilter(Look(widget))  # called before the app's own filters

            ui_app._leave_once_painted = leave_and_look
        """


def test_the_first_window_is_drawn_without_the_qt_namespace_or_the_other_pages(
    sample_file, run_app
):
    """PySide builds every enum of ``Qt`` the first time it is used (~15 ms); the first window
    and its overview page do without it, without QIcon's type (~1.2 ms), and without the table
    pages' modules, the editing rules, the undo commands and SQLAlchemy."""
    script = """
        import sys, types
        import PySide6.QtCore, PySide6.QtGui
        from ces_planner.cli import main

        seen = []

        def look():  # what is loaded while the page showing the plan is first painted
            loaded = {n for n, m in sys.modules.items() if type(m) is types.ModuleType}
            return ("Qt" in vars(PySide6.QtCore), "QIcon" in vars(PySide6.QtGui),
                    "sqlalchemy" in loaded,  # not lazy, above: imported
                    sorted(loaded & {"ces_planner.ui.record_table",
                                     "ces_planner.domain.validation",
                                     "ces_planner.domain.method",
                                     "ces_planner.storage.repository",
                                     "ces_planner.ui.operations", "ces_planner.ui.commands"}))

        at_first_paint(lambda: seen.append(look()))
        status = main([sys.argv[1]])
        print(status, *seen[0])
        """
    said = last_line(run_app(AT_FIRST_PAINT + script, sample_file, quit_when_shown=True))
    assert said == "0 False False False []"


def test_the_first_window_is_drawn_without_starting_a_thread(sample_file, run_app):
    """Starting a thread costs more than its instructions on a busy machine (the first paint
    waits for it to be scheduled). Qt's Fusion style starts two to draw a big group box's
    frame: the first page has none."""
    script = """
        import os, sys
        from PySide6.QtCore import QTimer
        from ces_planner.cli import main

        seen = []
        # Once the paint is done, before the app quits: the process's threads.
        at_first_paint(
            lambda: QTimer.singleShot(0, lambda: seen.append(len(os.listdir("/proc/self/task"))))
        )
        status = main([sys.argv[1]])
        print(status, seen)
        """
    said = last_line(
        run_app(AT_FIRST_PAINT + script, sample_file, quit_when_shown=True, desktop=True)
    )
    assert said == "0 [1]"


def test_the_collector_and_the_icon_come_once_the_window_is_drawn(sample_file, run_app):
    """Starting runs without garbage collection; a session must not. The window gets its icon
    once drawn, and takes the keyboard back after dialogs from then on."""
    script = """
        import gc, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from ces_planner.cli import main
        app = QApplication([])
        seen = []
        def done():  # the main window with its icon and its keyboard filter, or why not
            try:
                return any(
                    not w.windowIcon().isNull()
                    and any(type(o).__name__ == "TakeKeyboardBack" for o in w.children())
                    for w in app.topLevelWidgets() if w.isVisible()
                )
            except Exception as error:
                return repr(error)
        def check():  # each 100 ms until done: a busy machine may take a while
            seen.append(done())
            if seen[-1] is not True and len(seen) < 100:
                QTimer.singleShot(100, check)
            else:
                app.quit()
        QTimer.singleShot(0, lambda: seen.append(gc.isenabled()))
        QTimer.singleShot(0, check)
        status = main([sys.argv[1]])
        print(status, seen[0], seen[1], seen[-1], gc.isenabled())
        """
    said = last_line(run_app(script, sample_file))
    assert said == "0 False False True True"  # not at once; then done


def test_sqlalchemy_loads_once_the_pages_are_made(sample_file, run_app):
    """What the first edit needs loads on a thread after the other pages are made, not while
    they are (both would run by turns, and the window would wait)."""
    script = """
        import sys
        from PySide6.QtCore import QMetaObject, Qt, QTimer
        from PySide6.QtWidgets import QApplication
        from ces_planner.cli import main
        from ces_planner.ui import app as ui_app, main_window
        app = QApplication([])
        prepare = ui_app._prepare_quietly
        def prepare_then_quit():  # on the preload's thread
            prepare()
            QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)
        ui_app._prepare_quietly = prepare_then_quit
        seen = []
        make = main_window.MainWindow.__init__
        def init(self, *args):
            make(self, *args)
            self.pages_made.connect(
                lambda: seen.append(("sqlalchemy" in sys.modules, len(self._pages.missing())))
            )
        main_window.MainWindow.__init__ = init
        QTimer.singleShot(30000, app.quit)  # never hang
        status = main([sys.argv[1]])
        print(status, seen[:1], "sqlalchemy.pool" in sys.modules)
        """
    said = last_line(run_app(script, sample_file))
    assert said == "0 [(False, 0)] True"


def test_what_the_app_imports_before_qt_compiles_no_generated_methods(sample_file, run_app):
    """A dataclass compiles each method it generates (its constructor, ==, repr...) when its
    module is imported, on every start: the plan's records share written-out methods instead,
    and the modules loaded before the first window define no dataclass of their own."""
    script = """
        import builtins, sys
        compiled = []
        real_exec = builtins.exec
        def noting_exec(code, *args, **kwargs):
            if isinstance(code, str):
                compiled.append(code.strip().splitlines()[0])
            return real_exec(code, *args, **kwargs)
        builtins.exec = noting_exec
        from ces_planner import cli, labels
        from ces_planner.domain import readiness
        from ces_planner.services import document
        from ces_planner.ui import app
        builtins.exec = real_exec
        print(compiled)
        """
    assert last_line(run_app(script, sample_file)) == "[]"


def test_a_start_after_a_crash_says_so_once(sample_file, run_app, tmp_path):
    """The last run's process died (its marker is left, with what the fault handler wrote):
    the next start says so once, names the plan, and the trace goes to the errors log."""
    import json
    import subprocess
    import sys

    runs = tmp_path / "state" / "CES Planner" / "runs"
    runs.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    (runs / f"run-{pid}.json").write_text(
        json.dumps({"pid": pid, "started": "2026-12-01T09:30:00", "plan": str(sample_file)})
    )
    (runs / f"fatal-{pid}.log").write_text("Fatal Python error: none_dealloc\n")
    script = """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from ces_planner.cli import main
        app = QApplication([])
        seen = []
        def check():
            boxes = [w for w in app.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.objectName() == "unclean_end"
                     and w.isVisible()]
            if boxes or len(seen) > 100:
                seen.append(boxes[0].text() + " | " + boxes[0].informativeText() if boxes else "")
                app.quit()
            else:
                seen.append(None)
                QTimer.singleShot(100, check)
        QTimer.singleShot(0, check)
        status = main([sys.argv[1]])
        print(status, repr(seen[-1]))
        """
    said = last_line(run_app(script, sample_file))
    assert said.startswith("0 ") and "did not close properly" in said
    assert sample_file.name in said and "errors log" in said
    errors = tmp_path / "state" / "CES Planner" / "log" / "errors.log"
    assert "none_dealloc" in errors.read_text(encoding="utf-8")
    assert not list(runs.glob(f"*-{pid}.*"))  # reported once
    again = last_line(run_app(script.replace("len(seen) > 100", "len(seen) > 5"), sample_file))
    assert again == "0 ''"  # the run before closed properly: nothing to say
