import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings

from ces_planner.services.document import PlanDocument
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.settings import Settings


@pytest.fixture
def open_window(qtbot, tmp_path, sample_file, sample_file_without_log):
    """A main window on a fresh copy of the sample plan (with its contact log, or without),
    with settings of its own."""

    def make(contact_log: bool = True) -> MainWindow:
        path = tmp_path / "plan.cesplan"
        shutil.copy(sample_file if contact_log else sample_file_without_log, path)
        window = MainWindow(
            Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        )
        qtbot.addWidget(window)
        assert window.open_plan(path)
        return window

    return make


@pytest.fixture
def new_plan_window(qtbot, tmp_path):
    """A main window on a plan just created (nothing in it yet), with settings of its own."""
    path = tmp_path / "new.cesplan"
    PlanDocument.create(path).close()
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(path)
    yield window
    window.close()


@pytest.fixture
def window(open_window):
    """The main window on a copy of the sample plan, shown."""
    win = open_window()
    win.resize(1300, 860)
    win.show()
    yield win
    win.close()


@pytest.fixture
def run_app(tmp_path):
    """Run a script that starts the app (on the plan given as its argument) in a new process
    whose home is ``tmp_path``: its settings, data and logs stay there."""

    def run(
        script: str, plan, *, quit_when_shown: bool = False, desktop: bool = False
    ) -> subprocess.CompletedProcess:
        platform = "offscreen"
        if desktop:  # a 1920 x 1080 screen, where the window opens at its full size
            screen = tmp_path / "screen.json"
            screen.write_text(
                '{"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080,'
                ' "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}'
            )
            platform = f"offscreen:configfile={screen}"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=platform,
            HOME=str(tmp_path),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"),
            XDG_STATE_HOME=str(tmp_path / "state"),
        )
        env.pop("CES_PLANNER_QUIT_WHEN_SHOWN", None)
        if quit_when_shown:
            env["CES_PLANNER_QUIT_WHEN_SHOWN"] = "1"
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(script), str(plan)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    return run
