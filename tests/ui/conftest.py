import shutil

import pytest
from PySide6.QtCore import QSettings

from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.settings import Settings


@pytest.fixture
def open_window(qtbot, tmp_path, sample_file):
    """A main window on a fresh copy of the sample plan, with settings of its own."""

    def make() -> MainWindow:
        path = tmp_path / "plan.cesplan"
        shutil.copy(sample_file, path)
        window = MainWindow(
            Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        )
        qtbot.addWidget(window)
        assert window.open_plan(path)
        return window

    return make
