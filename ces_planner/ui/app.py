"""Start the desktop app: choose the plan, open it, show the main window."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

APP_NAME = "CES Planner"
# Background work waits this long after the plan is opened, so the window is drawn first.
PRELOAD_AFTER_MS = 250


def sample_plan_path() -> Path:
    """Where the first run puts its own copy of the sample plan."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Sample plan.cesplan"


def run(plan: Path | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ces_planner.services.document import prepare_editing
    from ces_planner.ui.main_window import MainWindow
    from ces_planner.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = Settings()
    from ces_planner.ui.translation import install, register_fonts

    install(app, settings)  # type: ignore[arg-type]  # the QApplication made above
    window = MainWindow(settings)
    window.show()
    # The window appears first; the plan loads right after, and what the first edit needs
    # (SQLAlchemy) loads on another thread while the user reads it.
    benchmark = bool(os.environ.get("CES_PLANNER_QUIT_WHEN_SHOWN"))
    preload = threading.Thread(target=prepare_editing, name="prepare-editing", daemon=True)

    def load() -> None:
        if benchmark:
            print("window", flush=True)
        window.open_initial(plan)
        QTimer.singleShot(PRELOAD_AFTER_MS, preload.start)  # after the first paint
        QTimer.singleShot(PRELOAD_AFTER_MS, register_fonts)  # for Japanese in an English plan
        if benchmark:  # benchmarks/startup.py: leave once the plan has been drawn
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))

    QTimer.singleShot(0, load)
    status = app.exec()
    if preload.is_alive():
        preload.join()  # never leave while it imports: the interpreter would be torn down under it
    return status
