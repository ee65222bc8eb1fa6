"""One value changed outside the app (or damaged) locks nothing out: every command opens the
rest of the plan, and 'check' names what cannot be read."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from ces_planner.cli import main

TAMPERINGS = {
    "tier outside its choices": "UPDATE segments SET tier = 'platinum' WHERE id = 1",
    "a date that is no date": "UPDATE actions SET due = 'soon' WHERE id = 1",
    "a status outside its choices": "UPDATE actions SET status = 'maybe' WHERE id = 2",
    "a language outside its choices": "UPDATE plan_info SET language = 'xx'",
    "bytes where a name is": "UPDATE contact_reasons SET name = x'00ff' WHERE id = 1",
    "text in a number's column": "UPDATE contact_reasons SET value_to_customer = 'high' "
    "WHERE id = 2",
    "a plan_info row deleted": "DELETE FROM plan_info",
    "a setting that is not JSON": "UPDATE settings SET value = '{not json' "
    "WHERE key = (SELECT min(key) FROM settings)",
    "a window without a channel": "UPDATE opening_windows SET weekday = 'Monday' WHERE id = 1",
}
COMMANDS = [
    ["show", "--json"],
    ["check", "--json"],
    ["actions", "--json"],
    ["evidence", "--json"],
    ["settings", "--json"],
    ["snapshots"],
    ["export", "-o", "{tmp}/out.docx", "-o", "{tmp}/out.html", "-o", "{tmp}/out.xlsx"],
    ["export", "-o", "{tmp}/out.pdf"],
    ["actions", "--export", "{tmp}/actions.ics"],
]


def tampered(tmp_path, sample_file, sql: str):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    with sqlite3.connect(plan) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute(sql)
    return plan


@pytest.mark.parametrize("how", list(TAMPERINGS))
def test_every_command_opens_a_plan_with_one_bad_value(tmp_path, sample_file, capsys, how):
    plan = tampered(tmp_path, sample_file, TAMPERINGS[how])
    for command in COMMANDS:
        args = [part.replace("{tmp}", str(tmp_path)) for part in command]
        code = main([args[0], str(plan), *args[1:]])
        out, err = capsys.readouterr()
        assert code in (0, 1), (how, command, err)
        assert "unexpected" not in err, (how, command, err)
    main(["check", str(plan), "--json"])
    damage = json.loads(capsys.readouterr().out)["damage"]
    assert damage, how


def test_check_names_the_record_and_the_value(tmp_path, sample_file, capsys):
    plan = tampered(tmp_path, sample_file, TAMPERINGS["tier outside its choices"])
    assert main(["check", str(plan)]) == 1
    out = capsys.readouterr().out
    assert "segments 1: tier “platinum” cannot be read" in out
    main(["show", str(plan), "--json"])
    segments = json.loads(capsys.readouterr().out)["segments"]
    assert len(segments) > 1 and segments[0]["tier"] == "standard"  # shown as the default


def test_the_window_opens_a_plan_with_a_bad_value_and_says_so(tmp_path, sample_file, qtbot):
    from PySide6.QtCore import QSettings

    from ces_planner.ui.main_window import MainWindow
    from ces_planner.ui.settings import Settings

    plan = tampered(tmp_path, sample_file, TAMPERINGS["tier outside its choices"])
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(plan)
    assert "cannot be read" in window.banner.text() and "platinum" in window.banner.text()
    assert len(window.session.plan().segments) > 1
    window.close()


def test_a_damaged_contact_log_is_reported_and_can_be_removed(tmp_path, sample_file, capsys):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    with sqlite3.connect(plan) as db:
        data = bytearray(
            db.execute("SELECT data FROM contact_chunks WHERE position = 0").fetchone()[0]
        )
        data[60:400] = b"\xff" * 340
        db.execute("UPDATE contact_chunks SET data = ? WHERE position = 0", (bytes(data),))
    for command in (["evidence"], ["export", "-o", str(tmp_path / "out.pdf")]):
        code = main([command[0], str(plan), *command[1:]])
        err = capsys.readouterr().err
        assert code == 2 and "contact log kept in plan.cesplan is damaged" in err, err
        assert "remove-contacts" in err and err.count("\n") == 1
    assert main(["remove-contacts", str(plan)]) == 0
    capsys.readouterr()
    assert main(["export", str(plan), "-o", str(tmp_path / "out.pdf")]) == 0
    capsys.readouterr()
    assert main(["show", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["segments"]  # the plan itself kept
