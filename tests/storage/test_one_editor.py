"""One editor at a time, whatever the name the plan is opened by and however many programs
try at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from ces_planner.domain.errors import PlanLocked
from ces_planner.storage.planfile import PlanFile


@pytest.fixture
def plan(tmp_path, sample_file):
    path = tmp_path / "plans" / "shared.cesplan"
    path.parent.mkdir()
    shutil.copy(sample_file, path)
    return path


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "symlink elsewhere", "relative"])
def test_another_name_of_an_open_plan_is_refused(plan, tmp_path, kind):
    other = tmp_path / ("elsewhere" if kind == "symlink elsewhere" else "plans")
    other.mkdir(exist_ok=True)
    name = other / ("shared.cesplan" if kind == "symlink elsewhere" else "alias.cesplan")
    if kind == "hardlink":
        os.link(plan, name)
    elif kind == "relative":
        name = plan.parent / ".." / "plans" / "shared.cesplan"
    else:
        name.symlink_to(plan)
    with PlanFile.open(plan), pytest.raises(PlanLocked):
        PlanFile.open(name)
    PlanFile.open(name).close()  # once the first is closed


def test_of_many_programs_opening_at_once_past_a_stale_lock_one_edits(plan, tmp_path):
    """A lock file left by a crashed program, and six programs opening the plan together:
    one gets it for editing, the others are refused."""
    plan.with_name(plan.name + ".lock").write_text(
        json.dumps({"pid": 999_999_999, "host": os.uname().nodename})
    )
    start = tmp_path / "go"
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        from ces_planner.domain.errors import PlanLocked
        from ces_planner.storage.planfile import PlanFile
        while not Path({str(start)!r}).exists():
            time.sleep(0.001)
        try:
            opened = PlanFile.open({str(plan)!r})
        except PlanLocked:
            print("refused", flush=True)
        else:
            print("editing", flush=True)
            time.sleep(2)
            opened.close()
        """
    )
    children = [
        subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    import time

    time.sleep(1.5)  # all of them started and waiting
    start.touch()
    said = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert said == ["editing"] + ["refused"] * 5
    assert not plan.with_name(plan.name + ".lock").exists()
