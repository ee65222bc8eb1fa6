"""Errors no code caught reach the user as one sentence, and a bug report's details go to the
errors log; a plan damaged while it is open says so in the same words as at opening."""

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from ces_planner.domain.errors import PlanCorrupt, PlanLocked
from ces_planner.services import error_log
from ces_planner.services.document import PlanDocument


@pytest.fixture
def logs(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setattr(error_log, "log_folder", lambda: folder)
    return folder


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    return shown


def test_an_unexpected_error_is_one_sentence_and_its_traceback_is_logged(
    open_window, logs, messages
):
    window = open_window()
    try:
        {}["no such key"]
    except KeyError as error:
        window.report_unexpected(error)
    log = logs / "errors.log"
    assert len(messages) == 1 and "KeyError" in messages[0] and str(log) in messages[0]
    assert "Traceback" not in messages[0]
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "KeyError: 'no such key'" in written


def test_a_plan_error_nobody_caught_shows_its_own_sentence(open_window, logs, messages):
    window = open_window()
    window.report_unexpected(PlanLocked("plan.cesplan", "by Aiko"))
    assert messages == [PlanLocked("plan.cesplan", "by Aiko").sentence()]
    assert not (logs / "errors.log").exists()


def test_errors_while_the_message_is_open_are_only_logged(open_window, logs, monkeypatch):
    window = open_window()
    shown = []

    def warning(*args):  # a repaint behind the message fails again, and again
        shown.append(args[2])
        window.report_unexpected(RuntimeError("again"))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.report_unexpected(RuntimeError("first"))
    assert len(shown) == 1 and "RuntimeError" in shown[0]
    written = (logs / "errors.log").read_text(encoding="utf-8")
    assert "RuntimeError: first" in written and "RuntimeError: again" in written


def test_a_plan_damaged_while_open_says_it_is_damaged(sample_without_log):
    sample = sample_without_log  # the plan's own tables fill the file: the damage hits them
    plan_file = sample.file
    size = plan_file.path.stat().st_size
    with plan_file.path.open("r+b") as raw:
        raw.seek(size // 3)
        raw.write(os.urandom(size // 3))
        raw.seek(24)  # the file change counter: SQLite drops its cached pages
        raw.write(b"\x7f\xff\xff\xff")
    sample._plan = None
    with pytest.raises(PlanCorrupt):
        sample.plan()


def test_the_app_reports_an_error_raised_in_a_slot(sample_file, tmp_path, run_app):
    """End to end: the app started as the command starts it, a slot that raises."""
    plan = tmp_path / "plan.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    script = """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from ces_planner.cli import main

        app = QApplication(sys.argv)

        def warning(parent, title, text):
            print("MESSAGE", text, flush=True)
            app.quit()

        def broken_slot():
            raise ZeroDivisionError("division by zero in a slot")

        QMessageBox.warning = warning
        QTimer.singleShot(300, broken_slot)
        QTimer.singleShot(15000, app.quit)  # never hang when no message comes
        sys.exit(main([sys.argv[1]]))
    """
    result = run_app(script, plan)
    assert result.returncode == 0, result.stderr
    message = next(line for line in result.stdout.splitlines() if line.startswith("MESSAGE"))
    assert "Something unexpected went wrong (ZeroDivisionError)" in message
    assert "Traceback" not in result.stderr
    logged = list((tmp_path / "state").rglob("errors.log"))
    assert len(logged) == 1 and "division by zero in a slot" in logged[0].read_text()


@pytest.mark.parametrize("thread", ["pool", "python"])
def test_an_error_raised_on_a_background_thread_is_reported_on_the_window(
    thread, sample_file, tmp_path, run_app
):
    """A job on the thread pool that raises: its message is made on the window's thread (a
    window made on the job's thread would crash the app)."""
    plan = tmp_path / "plan.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    script = """
        import sys, threading
        from PySide6.QtCore import QRunnable, QThreadPool, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        from ces_planner.cli import main

        app = QApplication(sys.argv)

        def warning(parent, title, text):
            on_gui = threading.current_thread() is threading.main_thread()
            print("MESSAGE", on_gui, text, flush=True)
            app.quit()

        class Broken(QRunnable):
            def run(self):
                raise ZeroDivisionError("division by zero on a thread")

        def broken():
            raise ZeroDivisionError("division by zero on a thread")

        QMessageBox.warning = warning
        if "KIND" == "pool":
            QTimer.singleShot(300, lambda: QThreadPool.globalInstance().start(Broken()))
        else:
            QTimer.singleShot(300, lambda: threading.Thread(target=broken).start())
        QTimer.singleShot(15000, app.quit)  # never hang when no message comes
        sys.exit(main([sys.argv[1]]))
    """
    result = run_app(script.replace("KIND", thread), plan)
    assert result.returncode == 0, result.stderr
    message = next(line for line in result.stdout.splitlines() if line.startswith("MESSAGE"))
    assert message.startswith("MESSAGE True Something unexpected went wrong (ZeroDivisionError)")
    logged = list((tmp_path / "state").rglob("errors.log"))
    assert len(logged) == 1 and "division by zero on a thread" in logged[0].read_text()


def test_a_failure_preparing_the_first_edit_is_logged_not_printed(sample_file, tmp_path, run_app):
    """What the first edit needs loads on a thread once the window is up; if that fails the
    traceback goes to the log (the first edit meets the error again, in the window)."""
    plan = tmp_path / "plan.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    script = """
        import sys
        from PySide6.QtCore import QMetaObject, Qt, QTimer
        from PySide6.QtWidgets import QApplication
        from ces_planner.cli import main
        from ces_planner.services import document
        from ces_planner.ui import app as ui_app

        def broken():
            raise ImportError("no SQLAlchemy in this test")

        prepare = ui_app._prepare_quietly

        def prepare_then_quit():  # on the preload's thread, once every page is made
            prepare()
            QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

        document.prepare_editing = broken
        ui_app._prepare_quietly = prepare_then_quit
        app = QApplication(sys.argv)
        QTimer.singleShot(30000, app.quit)  # never hang
        sys.exit(main([sys.argv[1]]))
    """
    result = run_app(script, plan)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "ImportError" not in result.stderr
    logged = list((tmp_path / "state").rglob("errors.log"))
    assert len(logged) == 1 and "no SQLAlchemy in this test" in logged[0].read_text()


def test_a_terminated_app_closes_as_quit_does(sample_file, tmp_path, run_app):
    """SIGTERM (the session ending) keeps the text being typed and releases the plan's lock."""
    plan = tmp_path / "plan.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    script = """
        import os, signal, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QLineEdit
        from ces_planner.cli import main

        app = QApplication(sys.argv)

        def type_then_terminate():  # once the plan is shown: a busy machine takes a while
            title = next((w for w in app.allWidgets() if w.objectName() == "overview_title"), None)
            if title is None:
                QTimer.singleShot(100, type_then_terminate)
                return
            title.setFocus()
            title.end(False)
            title.insert(" (typed, never confirmed)")  # no Return, no Tab
            os.kill(os.getpid(), signal.SIGTERM)

        QTimer.singleShot(500, type_then_terminate)
        QTimer.singleShot(30000, lambda: os._exit(3))  # never hang
        sys.exit(main([sys.argv[1]]))
    """
    result = run_app(script, plan)
    assert result.returncode == 0, result.stderr
    assert not plan.with_name(plan.name + ".lock").exists()
    with PlanDocument.open(plan, read_only=True) as document:
        assert document.plan().info.title.endswith(" (typed, never confirmed)")
