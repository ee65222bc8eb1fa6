"""A change interrupted mid-write (a kill, a crash, the power going) leaves the plan's
pages half-written and their old versions in ``PLAN-journal``: every command puts the plan
back as it was before the change, and says so, instead of refusing it as damaged."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from ces_planner.cli import main
from ces_planner.domain.errors import PlanNeedsRecovery
from ces_planner.services.document import PlanDocument


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def interrupt_a_change(plan) -> None:
    """A child process changes the plan in a transaction big enough to write pages into the
    file before it commits, and is killed (SIGKILL: nothing of it runs after) mid-change."""
    script = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        db = sqlite3.connect({str(plan)!r}, isolation_level=None)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA cache_size = 5")  # pages go to the file before the commit
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE segments SET name = 'HALF-WRITTEN'")
        db.execute("CREATE TABLE filler (x BLOB)")
        for _ in range(200):
            db.execute("INSERT INTO filler VALUES (randomblob(4000))")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert plan.with_name(plan.name + "-journal").exists()


@pytest.fixture
def plan(tmp_path, sample_file):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    return path


def segment_names(capsys, plan) -> list[str]:
    code, out, err = run(capsys, "show", plan, "--json")
    assert code == 0, err
    return [s["name"] for s in json.loads(out)["segments"]]


def test_an_interrupted_change_is_undone_when_the_plan_is_next_read(plan, capsys):
    before = segment_names(capsys, plan)
    interrupt_a_change(plan)
    code, out, err = run(capsys, "show", plan, "--json")
    assert code == 0, err
    assert [s["name"] for s in json.loads(out)["segments"]] == before
    assert "interrupted change" in err and "undone" in err
    assert not plan.with_name(plan.name + "-journal").exists()
    assert not plan.with_name(plan.name + ".lock").exists()
    assert run(capsys, "check", plan)[0] in (0, 1)


@pytest.mark.parametrize("command", [["evidence", "--json"], ["actions"], ["settings"]])
def test_every_command_recovers_the_plan(plan, capsys, command):
    interrupt_a_change(plan)
    code, _out, err = run(capsys, command[0], plan, *command[1:])
    assert code == 0, err
    with PlanDocument.open(plan, read_only=True) as document:
        assert all(s.name != "HALF-WRITTEN" for s in document.plan().segments)


def test_opening_for_editing_recovers_and_says_so(plan):
    interrupt_a_change(plan)
    with PlanDocument.open(plan) as document:
        assert document.file.recovered
        assert all(s.name != "HALF-WRITTEN" for s in document.plan().segments)
    with PlanDocument.open(plan) as document:
        assert not document.file.recovered  # once


def test_a_read_only_plan_that_needs_recovering_says_how(plan, capsys):
    interrupt_a_change(plan)
    before = plan.read_bytes()
    plan.chmod(stat.S_IRUSR)
    try:
        code, out, err = run(capsys, "show", plan)
        assert code == 2 and "half-changed" in err and "writable" in err
        with pytest.raises(PlanNeedsRecovery):
            PlanDocument.open(plan, read_only=True)
        assert plan.read_bytes() == before
    finally:
        plan.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_change_in_progress_in_a_live_editor_is_left_alone(plan):
    """The journal of an editor that is still running is its change in progress: a reader
    must not roll it back under it."""
    with PlanDocument.open(plan) as editor:
        journal = plan.with_name(plan.name + "-journal")
        journal.write_bytes(b"")  # as an editor's change in progress leaves it, for a moment
        with PlanDocument.open(plan, read_only=True) as reader:
            assert not reader.file.recovered
        assert journal.exists()
        journal.unlink()
        assert editor.plan().segments


SHARES = [0.2, 0.4, 0.55, 0.7, 0.85]


READ_COMMANDS = [["show", "--json"], ["check"], ["actions"], ["settings"], ["snapshots"],
                 ["backups"]]  # fmt: skip


def every_command_opens(capsys, plan, number) -> None:
    """Each reading command opens the plan after a kill: none refuses it as damaged."""
    for command in READ_COMMANDS:
        code, _out, err = run(capsys, command[0], plan, *command[1:])
        assert code in (0, 1) and "damaged" not in err, (number, command, err)  # check: 1


def kill_at_moments(command: list[str], timing_plan, plan, after) -> None:
    """Run ``command`` on a copy (``timing_plan``) to time it, then on ``plan`` killed at
    :data:`SHARES` of that time, by SIGKILL and SIGTERM in turn; ``after(number, said)`` checks
    what is left each time. A SIGTERM is handled as Ctrl+C: the change is rolled back and the
    command says that nothing was changed."""
    environment = {**os.environ, "CES_PLANNER_LANG": "en"}
    base = [sys.executable, "-m", "ces_planner"]
    shutil.copy(plan, timing_plan)
    started = time.monotonic()
    subprocess.run([*base, *(str(timing_plan) if a == plan else str(a) for a in command)],
                   env=environment, check=True, capture_output=True)  # fmt: skip
    whole = time.monotonic() - started
    for number, share in enumerate(SHARES):
        kill = signal.SIGKILL if number % 2 == 0 else signal.SIGTERM
        child = subprocess.Popen([*base, *map(str, command)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, env=environment)  # fmt: skip
        time.sleep(whole * share)
        child.send_signal(kill)
        _, said = child.communicate(timeout=60)
        if kill == signal.SIGTERM and child.returncode == 2:
            assert b"nothing was changed" in said or b"interrupted" in said.lower(), said
        after(number, kill, child.returncode)


def test_a_killed_import_leaves_the_plan_all_or_nothing(plan, capsys, tmp_path):
    """An import killed (SIGKILL, SIGTERM) at several moments of its run: the plan opens
    after each, with the old log or the new, never a part."""
    log = tmp_path / "big.csv"
    rows = [f"2026-11-{1 + n % 28:02d} {8 + n % 10:02d}:{n % 60:02d},Phone,Billing,C{n}"
            for n in range(150_000)]  # fmt: skip
    log.write_text("Start,Channel,Reason,Customer\n" + "\n".join(rows) + "\n", encoding="utf-8")
    old_contacts = json.loads(run(capsys, "evidence", plan, "--json")[1])["contacts"]

    def after(number, _kill, _code):
        code, out, err = run(capsys, "evidence", plan, "--json")
        assert code == 0, (number, err)
        assert json.loads(out)["contacts"] in (old_contacts, 150_000), number
        every_command_opens(capsys, plan, number)

    kill_at_moments(["import-contacts", plan, log], tmp_path / "timing.cesplan", plan, after)
    assert run(capsys, "show", plan)[0] == 0


def action_count(capsys, plan) -> int:
    code, out, err = run(capsys, "show", plan, "--json")
    assert code == 0, err
    return len(json.loads(out)["actions"])


def test_a_killed_action_import_leaves_the_plan_all_or_nothing(plan, capsys, tmp_path):
    table = tmp_path / "actions.csv"
    rows = [f"Action number {n},,2027-03-{1 + n % 28:02d},open" for n in range(4_000)]
    table.write_text("Action,Owner,Due,Status\n" + "\n".join(rows) + "\n", encoding="utf-8")
    old = action_count(capsys, plan)

    def after(number, _kill, _code):
        assert action_count(capsys, plan) in (old, old + 4_000), number
        every_command_opens(capsys, plan, number)

    kill_at_moments(["actions", plan, "--import", table], tmp_path / "t.cesplan", plan, after)


def test_a_killed_export_leaves_whole_files_or_none_and_the_plan_as_it_was(plan, capsys, tmp_path):
    """Killed while it writes a document in three formats: each file the person has is
    whole (the one from before, or the new one), and a SIGTERM leaves no part file behind."""
    import zipfile

    folder = tmp_path / "out"
    folder.mkdir()
    targets = [folder / f"strategy.{fmt}" for fmt in ("docx", "pdf", "xlsx")]
    before = plan.read_bytes()

    def after(number, kill, _code):
        assert plan.read_bytes() == before, number
        every_command_opens(capsys, plan, number)
        for target in targets:
            if target.suffix == ".pdf":
                assert not target.exists() or target.read_bytes().rstrip().endswith(b"%%EOF")
            elif target.exists():
                assert zipfile.ZipFile(target).testzip() is None, (number, target)
        if kill == signal.SIGTERM:
            assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")], number

    command = ["export", plan, *(a for t in targets for a in ("-o", t))]
    kill_at_moments(command, tmp_path / "t.cesplan", plan, after)


def test_the_window_says_an_interrupted_change_was_undone(plan, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ces_planner.ui.main_window import MainWindow
    from ces_planner.ui.settings import Settings

    interrupt_a_change(plan)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(plan)
    assert "interrupted" in window.banner.text() and window.banner.isVisibleTo(window)
    assert all(s.name != "HALF-WRITTEN" for s in window.session.plan().segments)
    window.close()
