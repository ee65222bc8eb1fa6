"""A full disk: the plan is unchanged, nothing is left beside it, and the sentence says the
disk is full and how much room there is. Needs a small file system of its own (a tmpfs,
mounted as root); skipped, and says so, where one cannot be mounted."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from ces_planner.cli import main


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=800k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("a small file system cannot be mounted here (needs root and tmpfs)")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def fill(folder, leave_bytes: int) -> None:
    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "ab") as handle:
        handle.write(b"\0" * max(0, free - leave_bytes))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_full_disk_is_said_and_leaves_nothing_behind(small_disk, sample_file, capsys, tmp_path):
    plan = small_disk / "plan.cesplan"
    shutil.copy(sample_file, plan)
    log = tmp_path / "log.csv"
    rows = [
        f"2026-11-{1 + n % 28:02d} 09:{n % 60:02d},Phone,R{n % 997},C{n}" for n in range(60_000)
    ]
    log.write_text("Start,Channel,Reason,Customer\n" + "\n".join(rows) + "\n", encoding="utf-8")
    fill(small_disk, 8_000)
    before = plan.read_bytes()
    for command in (
        ["settings", plan, "repeat_window_days=3"],
        ["import-contacts", plan, log],
        ["new", small_disk / "other.cesplan"],
        ["export", plan, "-o", small_disk / "out.pdf"],
    ):
        code, _out, err = run(capsys, *command)
        if code == 0 and command[0] in ("settings", "export"):
            continue  # it fitted in what was left
        assert code == 2 and err.count("\n") == 1, (command[0], err)
        assert "disk is full" in err, (command[0], err)
        assert "unexpected" not in err
    assert plan.read_bytes() == before or run(capsys, "show", plan)[0] == 0
    left = sorted(os.listdir(small_disk))
    assert left == ["filler", "plan.cesplan"], left


def test_several_files_go_into_place_together_or_not_at_all(tmp_path, sample_file, capsys,
                                                            monkeypatch):  # fmt: skip
    """One -o that cannot be written: the other file the user had is left as it was."""
    from ces_planner.reports import writers

    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    old_page = tmp_path / "out.html"
    old_page.write_text("the page sent last week")
    real = writers.write

    def fail_on_pdf(fmt, model, charts, target):
        if fmt == "pdf":
            raise OSError(28, "No space left on device")
        return real(fmt, model, charts, target)

    monkeypatch.setattr(writers, "write", fail_on_pdf)
    code, _out, err = run(capsys, "export", plan, "-o", old_page, "-o", tmp_path / "out.pdf")
    assert code == 2 and "disk is full" in err
    assert old_page.read_text() == "the page sent last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html", "plan.cesplan"]
