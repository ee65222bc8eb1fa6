import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ces_planner.cli import main
from ces_planner.storage.migrations import SCHEMA_VERSION

SHOW_KEYS = {
    "segments": {"name", "tier"},
    "contact_reasons": {"name", "category", "value_to_customer", "value_to_company", "quadrant"},
    "channels": {"name", "kind", "status"},
    "hours": {"channel", "weekday", "opens", "closes"},
    "hours_exceptions": {"channel", "date", "opens", "closes"},
    "measures": {"name", "unit", "current", "target", "target_date"},
    "insights": {"title", "recipient"},
    "discussion": {"question", "notes", "decisions"},
    "actions": {"title", "owner", "due", "status", "area"},
}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_sample_then_show_json_has_the_contract(tmp_path, capsys):
    plan = tmp_path / "p.cesplan"
    assert run(capsys, "new", plan, "--sample")[0] == 0
    code, out, err = run(capsys, "show", plan, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["title"] and data["organisation"]
    assert data["language"] == "en"
    assert data["schema_version"] == SCHEMA_VERSION
    for key, fields in SHOW_KEYS.items():
        assert data[key], key
        for row in data[key]:
            assert fields <= row.keys(), key
    assert all(0 <= h["weekday"] <= 6 and len(h["opens"]) == 5 for h in data["hours"])
    closed = [e for e in data["hours_exceptions"] if e["opens"] is None]
    assert closed and all(e["closes"] is None for e in closed)
    assert any(e["channel"] is None for e in data["hours_exceptions"])
    assert any(a["due"] is not None for a in data["actions"])


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    plan = tmp_path / "p.cesplan"
    run(capsys, "new", plan)
    before = plan.read_bytes()
    code, _, err = run(capsys, "new", plan, "--sample")
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert plan.read_bytes() == before
    assert run(capsys, "new", plan, "--sample", "--force")[0] == 0


def test_check_exit_codes(tmp_path, capsys, sample_file):
    code, out, _ = run(capsys, "check", sample_file)
    assert code == 0 and "ready" in out
    empty = tmp_path / "e.cesplan"
    run(capsys, "new", empty)
    code, out, _ = run(capsys, "check", empty)
    assert code == 1
    assert "[measures]" in out and "has no owner" in out
    code, out, _ = run(capsys, "check", empty, "--json")
    data = json.loads(out)
    assert code == 1 and data["ready"] is False
    assert data["sections"]["segments"] and data["sections"]["priority"]
    assert data["sections"]["hours"] == ["No channels yet: opening hours are set for each channel."]


@pytest.mark.parametrize("kind", ["text", "truncated", "too_new", "missing"])
def test_bad_files_exit_2_with_one_sentence(tmp_path, capsys, sample_file, kind):
    path = tmp_path / "bad.cesplan"
    if kind == "text":
        path.write_text("not a plan")
    elif kind == "truncated":
        path.write_bytes(sample_file.read_bytes()[:30000])
    elif kind == "too_new":
        shutil.copy(sample_file, path)
        with sqlite3.connect(path) as db:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes() if path.exists() else None
    for command in ("show", "check"):
        code, out, err = run(capsys, command, path, "--json")
        assert code == 2 and out == ""
        assert err.startswith("ces-planner: ") and err.count("\n") == 1
        assert "Traceback" not in err
    if before is not None:
        assert path.read_bytes() == before


def test_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "show")
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, "new", "x.cesplan", "--lang", "fr")
    assert code == 2


def test_unknown_name_is_neither_command_nor_plan(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "nothing-here")
    assert code == 2 and "neither a command nor an existing plan" in err


def test_the_app_takes_one_plan_at_most(capsys, sample_file):
    code, _, err = run(capsys, sample_file, sample_file)
    assert code == 2 and "unrecognized arguments" in err and err.count("\n") == 1


def test_commands_that_do_not_draw_never_import_qt_or_matplotlib(sample_file):
    probe = (
        "import sys; from ces_planner.cli import main; "
        "codes = [main(['show', sys.argv[1], '--json']), main(['check', sys.argv[1]])]; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib')]; "
        "print('HEAVY', heavy, codes, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(sample_file)], capture_output=True, text=True, check=True
    )
    assert "HEAVY [] [0, 0]" in result.stderr


def test_reading_commands_and_an_export_never_import_sqlalchemy(sample_file, tmp_path):
    """SQLAlchemy is for writing (its import takes a few tenths of a second): reading the
    plan, its evidence, and exporting the documents go through sqlite3 alone."""
    probe = (
        "import sys; from ces_planner.cli import main; plan, out = sys.argv[1:3]; "
        "codes = [main(['evidence', plan]), main(['export', plan, '-o', out])]; "
        "print('SQLALCHEMY', 'sqlalchemy' in sys.modules, codes, file=sys.stderr)"
    )
    out = tmp_path / "plan.docx"
    result = subprocess.run(
        [sys.executable, "-c", probe, str(sample_file), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "SQLALCHEMY False [0, 0]" in result.stderr and out.stat().st_size > 0


def test_installed_entry_point_runs(sample_file):
    exe = Path(sys.executable).with_name("ces-planner")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "ces_planner"]
    result = subprocess.run([*command, "check", str(sample_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_unexpected_error_is_one_sentence_with_the_log_s_path(
    capsys, sample_file, tmp_path, monkeypatch
):
    from ces_planner import cli
    from ces_planner.services import error_log

    monkeypatch.setattr(error_log, "log_folder", lambda: tmp_path / "logs")

    def broken(args):
        raise RuntimeError("a bug in show")

    monkeypatch.setitem(cli.COMMANDS, "show", broken)
    code, out, err = run(capsys, "show", sample_file)
    log = tmp_path / "logs" / "errors.log"
    assert code == 2 and out == ""
    assert err.strip() == f"ces-planner: unexpected error (RuntimeError); details are in {log}."
    assert "RuntimeError: a bug in show" in log.read_text(encoding="utf-8")
