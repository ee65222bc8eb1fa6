"""Start the desktop app: choose the plan, open it, show the main window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from pathlib import Path

from ces_planner import APP_NAME


def sample_plan_path() -> Path:
    """Where the first run puts its own copy of the sample plan."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Sample plan.cesplan"


def _leave_once_painted(app, widget) -> None:  # type: ignore[no-untyped-def]
    """For benchmarks/startup.py: print "shown" and quit once ``widget`` (the page showing the
    plan) has been painted, as its bare-window baseline does for its window. The filter watches
    that widget alone: one on the whole application would itself load the Python types of
    every object it sees (the style, scroll bars...)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
            return False

    widget.installEventFilter(FirstPaint(widget))


def _prepare_quietly() -> None:
    """Load what the first edit needs; a failure goes to the errors log, not to a console the
    user does not see. The first edit then meets it again and reports it in the window."""
    from ces_planner.services.document import prepare_editing

    try:
        prepare_editing()
    except Exception as error:  # noqa: BLE001 - see the docstring
        from ces_planner.services.error_log import log_unexpected

        log_unexpected(error)


def close_on_termination(window) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM (the session ending, ``kill``) and SIGINT (Ctrl+C in a terminal) close the window
    as File › Quit does: the text being typed is kept and the plan's lock released.

    Qt's event loop runs in C, where Python's own signal handlers never get their turn: the
    signal also writes a byte to a socket that Qt watches, and reading it hands control to
    Python, which closes the window."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def received() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        window.close()

    def release() -> None:
        signal.set_wakeup_fd(-1)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()

    notifier.activated.connect(received)
    notifier.destroyed.connect(release)  # with the window
    signal.set_wakeup_fd(writer.fileno())
    previous = {
        number: signal.signal(number, lambda *_: None)  # the socket does the work
        for number in (signal.SIGTERM, signal.SIGINT)
    }


def run(plan: Path | None) -> int:
    """Open the app on ``plan`` (else the last or the sample plan) until its window closes."""
    # Starting makes a great many objects (modules, classes, enums, widgets) and few cycles: the
    # collector would walk them all several times (~15 ms). It is off until the window is drawn.
    gc.disable()
    try:
        return _run(plan)
    finally:
        gc.enable()


def _run(plan: Path | None) -> int:
    # What does not use Qt is imported before PySide6, which reads the source of every module
    # imported after it (looking for its __feature__ imports): ~5 ms for the plan's stack.
    from ces_planner import labels  # noqa: F401
    from ces_planner.domain import readiness  # noqa: F401
    from ces_planner.services import document  # noqa: F401  # the plan's stack, before Qt

    # isort: split
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ces_planner.services.runs import RunRecord
    from ces_planner.ui.main_window import MainWindow, when_painted
    from ces_planner.ui.settings import Settings

    record = RunRecord()
    unclean_ends = record.begin(plan)  # and the fault handler writes a crash's trace
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = Settings()
    from ces_planner.ui.translation import install, register_fonts

    install(app, settings)  # type: ignore[arg-type]  # the QApplication made above
    window = MainWindow(settings)
    window.show()
    window.activateWindow()  # the keyboard, also where no window manager gives it
    # An exception no slot caught reaches the user as one sentence (and the log), not as a
    # traceback on a console they do not see. It may come from a background job's thread,
    # where no window may be made: the signal carries it to the window's thread.
    report = sys.excepthook

    def unexpected(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if isinstance(error, Exception):
            window.unexpected_error.emit(error)
        else:  # KeyboardInterrupt, SystemExit: as Python would
            report(kind, error, trace)  # type: ignore[arg-type]

    report_thread = threading.excepthook  # a Python thread's (the Qt pool's come above)

    def unexpected_on_thread(args: threading.ExceptHookArgs) -> None:
        if isinstance(args.exc_value, Exception):
            window.unexpected_error.emit(args.exc_value)
        else:
            report_thread(args)

    sys.excepthook = unexpected
    threading.excepthook = unexpected_on_thread
    # The window appears first; the plan loads right after, and what the first edit needs
    # (SQLAlchemy) loads on another thread while the user reads it, once the other pages are
    # made: importing it meanwhile would hold up their making (Python runs one thread at a
    # time, and the pages import modules that import it).
    benchmark = bool(os.environ.get("CES_PLANNER_QUIT_WHEN_SHOWN"))
    preload = threading.Thread(target=_prepare_quietly, name="prepare-editing", daemon=True)

    def prepare_editing() -> None:
        window.pages_made.disconnect(prepare_editing)
        preload.start()

    window.pages_made.connect(prepare_editing)

    def load() -> None:
        if benchmark:
            print("window", flush=True)
        window.open_initial(plan)
        if window.session is not None:
            record.set_plan(window.session.document.path)
        shown = window.stack.currentWidget() or window
        # Once the window has been drawn: the collector back on, the Japanese font (for
        # Japanese text in an English plan), closing on SIGTERM, the window's icon, and the
        # keyboard back to the window after a dialog.
        jobs = (
            gc.enable,
            register_fonts,
            lambda: close_on_termination(window),
            window.show_icon,
            window.keep_keyboard_after_dialogs,
            lambda: window.tell_unclean_end(unclean_ends),  # a crash last time: say so once
        )
        when_painted(shown, lambda: [job() for job in jobs])
        if benchmark:
            _leave_once_painted(app, shown)

    QTimer.singleShot(0, load)
    try:
        status = app.exec()
    finally:
        sys.excepthook = report
        threading.excepthook = report_thread
    if preload.is_alive():
        preload.join()  # never leave while it imports: the interpreter would be torn down under it
    record.end()  # closed properly: the next start has nothing to report
    return status
