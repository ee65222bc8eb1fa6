"""The app in a real window on an X server (Xvfb), driven by real keystrokes and mouse drags
(xdotool) at a person's speed, with no pause between moving to a field and typing; what it
wrote is then read back from the plan file with ``ces-planner show --json``.

Skipped only where no X server can be had (Xvfb or xdotool missing), and it says so."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCREEN = (1366, 768)  # a small laptop's screen
TYPING_DELAY_MS = 45  # between keys: a quick typist


def _missing() -> str | None:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            return (
                f"no X server for the e2e suite: {tool} is not installed "
                "(apt-get install -y xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)"
            )
    return None


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """An X server of its own, the size of a small laptop's screen."""
    missing = _missing()
    if missing:
        pytest.skip(missing)
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],  # fmt: skip
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    if not number:
        server.kill()
        pytest.skip("no X server for the e2e suite: Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


class App:
    """The app running on ``display``, with what a person does to it."""

    def __init__(self, display: str, plan: Path, home: Path) -> None:
        self.display = display
        self.plan = plan
        self.probe_file = home / "probe.json"
        self.env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_STATE_HOME=str(home / "state"),
            CES_PLANNER_LANG="en",
            LANG="C.UTF-8",
        )
        self.env.pop("CES_PLANNER_QUIT_WHEN_SHOWN", None)
        self.log = (home / "app.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "probe_app.py"), str(plan), str(self.probe_file)],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.wait_for(lambda seen: "mainWindow" in seen and "navigator" in seen, 60)
        time.sleep(0.5)  # the first paint and the keyboard given to the window

    # -- what the window shows -------------------------------------------------------------

    def seen(self) -> dict:
        try:
            return dict(json.loads(self.probe_file.read_text()))
        except (OSError, ValueError):
            return {}

    def wait_for(self, ready: Callable[[dict], object], timeout: float = 20) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.check_alive()
            seen = self.seen()
            if seen and ready(seen):
                return seen
            time.sleep(0.1)
        raise AssertionError(f"the window never showed what was waited for: {sorted(self.seen())}")

    def where(self, name: str) -> dict:
        return self.wait_for(lambda seen: name in seen)[name]

    def centre(self, name: str) -> tuple[int, int]:
        x, y, width, height = self.where(name)["rect"]
        return x + width // 2, y + height // 2

    def check_alive(self) -> None:
        code = self.process.poll()
        if code is not None:
            self.log.flush()
            output = Path(self.log.name).read_text(errors="replace")[-3000:]
            raise AssertionError(f"the app ended (status {code}):\n{output}")

    # -- what a person does ----------------------------------------------------------------

    def xdotool(self, *args: object) -> None:
        subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True, timeout=120)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", 60, *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", TYPING_DELAY_MS, "--", text)

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", x, y, "click", 1)

    def click_then_type(self, x: int, y: int, text: str, before: tuple[str, ...] = ()) -> None:
        """A click and typing at once, in one burst of input with no pause between them."""
        keys: list[object] = []
        for key in before:
            keys += ["key", key]
        self.xdotool(
            "mousemove", "--sync", x, y, "click", 1, *keys, "type", "--delay", TYPING_DELAY_MS,
            "--", text,
        )  # fmt: skip

    def go_to_area(self, row: int, page: str) -> None:
        """The navigator's row ``row`` (0 is the overview), from the keyboard."""
        self.key("ctrl+l", "Home", *(["Down"] * row))
        self.wait_for(lambda seen: page in seen)
        time.sleep(0.3)

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False)

    def quit(self) -> None:
        """File › Quit from the keyboard; the app must end by itself, properly."""
        self.check_alive()
        self.key("ctrl+q")
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGKILL)
            raise AssertionError("the app did not quit on Ctrl+Q") from None
        self.log.close()
        assert self.process.returncode == 0, Path(self.log.name).read_text()[-3000:]

    def plan_json(self) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "ces_planner", "show", str(self.plan), "--json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        if not self.log.closed:
            self.log.close()


@pytest.fixture
def app(display, tmp_path, sample_file) -> Iterator[App]:
    """The app on a copy of the sample plan, in a window of the X server."""
    plan = tmp_path / "Strategy.cesplan"
    shutil.copy(sample_file, plan)
    running = App(display, plan, tmp_path)
    try:
        yield running
    finally:
        running.stop()
