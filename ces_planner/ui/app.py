"""Start the desktop app: choose the plan, open it, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "CES Planner"


def sample_plan_path() -> Path:
    """Where the first run puts its own copy of the sample plan."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Sample plan.cesplan"


def run(plan: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    from ces_planner.ui.main_window import MainWindow
    from ces_planner.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = Settings()
    window = MainWindow(settings)
    window.show()
    window.open_initial(plan)
    return app.exec()
