"""A run that ended without closing is found at the next start, once, with what the fault
handler wrote of its fatal error moved into the errors log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from ces_planner.services.runs import RunRecord


@pytest.fixture
def state(tmp_path, monkeypatch):
    """The app's state and log folders in tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def ended_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return int(child.stdout)


def test_a_run_that_closed_leaves_nothing_to_report(state):
    first = RunRecord(state / "runs")
    assert first.begin() == []
    first.end()
    assert RunRecord(state / "runs").begin() == []


def test_a_run_whose_process_is_gone_is_reported_once(state):
    folder = state / "runs"
    folder.mkdir()
    pid = ended_pid()
    (folder / f"run-{pid}.json").write_text(
        json.dumps({"pid": pid, "started": "2026-12-01T09:30:00", "plan": "/x/Plan.cesplan"})
    )
    record = RunRecord(folder)
    (ended,) = record.begin()
    assert ended.plan == "/x/Plan.cesplan" and ended.started.isoformat() == "2026-12-01T09:30:00"
    assert ended.fatal == ""
    record.end()
    assert RunRecord(folder).begin() == []  # once


def test_a_run_still_going_is_not_a_crash(state):
    folder = state / "runs"
    other = RunRecord(folder)
    other.begin()  # this process: running
    other.marker.rename(folder / "run-1.json")  # pid 1 runs on every machine
    (folder / "run-1.json").write_text(json.dumps({"pid": 1, "started": "2026-12-01T09:30:00"}))
    assert RunRecord(folder).begin() == []


def test_a_fatal_error_is_kept_and_moved_into_the_errors_log(state):
    folder = state / "runs"
    script = textwrap.dedent(
        f"""
        import faulthandler, sys
        from pathlib import Path
        from ces_planner.services.runs import RunRecord
        RunRecord(Path({str(folder)!r})).begin(Path("/plans/Ours.cesplan"))
        faulthandler._sigabrt()  # as a reference-count error in an extension ends a process
        """
    )
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, env=os.environ)
    assert crashed.returncode != 0
    (ended,) = RunRecord(folder).begin()
    assert ended.plan == "/plans/Ours.cesplan"
    assert "Fatal Python error" in ended.fatal
    assert ended.errors_log is not None
    assert "Fatal Python error" in ended.errors_log.read_text(encoding="utf-8")
    assert str(state / "state") in str(ended.errors_log)
