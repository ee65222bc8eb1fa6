"""Whether the app's last run ended without closing (a crash, a kill, the power going), so the
next start can say so once and point at what was kept.

Each running app keeps a small marker file in the app's state folder, naming its process and
plan, and removes it when it closes. A marker whose process no longer runs is a run that ended
without closing. Python's fault handler writes to a file of the run's own what it can of a
fatal error (a crash inside Qt, a reference-count error in an extension); the next start moves
that text into the errors log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ces_planner import APP_NAME
from ces_planner.services.error_log import log_folder
from ces_planner.storage.planfile import process_running


def runs_folder() -> Path:
    import platformdirs

    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "runs"


@dataclass(frozen=True)
class UncleanEnd:
    """A run that ended without closing."""

    started: dt.datetime
    plan: str | None  # the plan it had open, if any
    fatal: str  # what the fault handler wrote of a fatal error ("" when it wrote nothing)
    errors_log: Path | None  # where that text now is


class RunRecord:
    """This run's marker (see the module). ``begin`` when the app starts, ``end`` when its
    window closes."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or runs_folder()
        self.marker = self.folder / f"run-{os.getpid()}.json"
        self.fatal_file = self.folder / f"fatal-{os.getpid()}.log"
        self._fatal_handle: IO[str] | None = None
        self._started = dt.datetime.now().isoformat(timespec="seconds")

    def begin(self, plan: Path | None = None) -> list[UncleanEnd]:
        """Mark this run as running; returns the runs that ended without closing since the
        last start (each is reported once: its marker goes)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ended = self._unclean_ends()
            self.set_plan(plan)
            self._fatal_handle = self.fatal_file.open("w", encoding="utf-8")
            faulthandler.enable(self._fatal_handle)
        except OSError:
            return []  # a folder that cannot be written: the app runs without the record
        return ended

    def set_plan(self, plan: Path | None) -> None:
        """The plan this run has open (named in the next start's message after a crash)."""
        record = {"pid": os.getpid(), "started": self._started, "plan": str(plan or "")}
        with contextlib.suppress(OSError):
            self.marker.write_text(json.dumps(record), encoding="utf-8")

    def end(self) -> None:
        """This run closes properly: its marker and fault file go."""
        if self._fatal_handle is not None:
            faulthandler.disable()
            self._fatal_handle.close()
            self._fatal_handle = None
        for path in (self.marker, self.fatal_file):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def _unclean_ends(self) -> list[UncleanEnd]:
        ended = []
        for marker in sorted(self.folder.glob("run-*.json")):
            try:
                record = json.loads(marker.read_text(encoding="utf-8"))
                pid = int(record["pid"])
            except (OSError, ValueError, KeyError, TypeError):
                pid, record = 0, {}  # half-written as the run died
            if pid and process_running(pid):
                continue  # another window of the app, still open
            fatal_file = self.folder / f"fatal-{pid}.log"
            fatal = _read(fatal_file).strip()
            errors_log = _into_errors_log(fatal) if fatal else None
            started = _moment(record.get("started")) or _modified(marker)
            ended.append(UncleanEnd(started, record.get("plan") or None, fatal, errors_log))
            for path in (marker, fatal_file):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
        return ended


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _moment(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None


def _modified(path: Path) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return dt.datetime.now()


def _into_errors_log(fatal: str) -> Path | None:
    """The fault handler's text appended to the errors log, where a bug report looks."""
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as handle:
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            handle.write(f"--- {stamp} (found at start: the last run ended on this error)\n")
            handle.write(fatal + "\n\n")
        return log
    except OSError:
        return None
