"""Rotating backups: one before a session's first change and before every import, removal
of the contact log, migration and restore; the last ten and one a day for two weeks kept;
any of them put back with the plan as it was kept too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3

import pytest

from ces_planner.cli import main
from ces_planner.domain import model as m
from ces_planner.services.backups import changes_since_backup, list_backups, restore_backup
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import import_contacts, remove_contacts
from ces_planner.storage import backups
from tests.conftest import FIXTURES


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def plan(tmp_path, sample_file):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    return path


def reasons(plan) -> list[str]:
    return [b.reason for b in list_backups(plan)]


def test_a_session_is_backed_up_before_its_first_change_only(plan):
    with PlanDocument.open(plan) as document:
        before = document.plan().segments[0].name
        document.add(m.Person("First change"))
        document.add(m.Person("Second change"))
    assert reasons(plan) == ["session"]
    (kept,) = list_backups(plan)
    with PlanDocument.open(kept.path, read_only=True) as copy:
        assert "First change" not in [p.name for p in copy.plan().people]
        assert copy.plan().segments[0].name == before
    with PlanDocument.open(plan) as document:  # a new session
        document.add(m.Person("Next session"))
    assert reasons(plan) == ["session", "session"]


def test_imports_and_removals_are_backed_up_and_can_be_put_back(plan, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("Start,Channel,Reason\n2026-11-02 09:00,Phone,Billing\n", encoding="utf-8")
    with PlanDocument.open(plan) as document:
        import_contacts(document, log)
        remove_contacts(document)
    assert reasons(plan) == ["remove-contacts", "import"]
    with PlanDocument.open(plan) as document:
        before_import = list_backups(plan)[-1].path
        kept = restore_backup(document, before_import)
        assert kept is not None and kept.name.endswith("-restore.cesplan")
        assert document.plan().segments  # read afresh
    code = main(["evidence", str(plan), "--json"])
    assert code == 0  # the sample's own log is back


def test_the_last_ten_and_one_a_day_for_two_weeks_are_kept(plan):
    with sqlite3.connect(plan) as connection:
        start = dt.datetime(2026, 11, 1, 9, 0)
        for day in range(20):
            for hour in range(3):
                moment = start + dt.timedelta(days=day, hours=hour)
                backups.take(connection, plan, "session", moment)
    found = list_backups(plan)
    latest = start + dt.timedelta(days=19, hours=2)
    days = {b.taken_at.date() for b in found}
    assert found[0].taken_at == latest
    assert len(days) == 14 and min(days) == (latest - dt.timedelta(days=13)).date()
    assert len(found) == 10 + 14 - 4  # the newest ten cover the last four days
    for day in days:  # each day keeps its newest copy
        assert max(b.taken_at for b in found if b.taken_at.date() == day).hour in (11, 10, 9)


def test_a_migration_keeps_the_plan_as_its_older_version_wrote_it(tmp_path):
    path = tmp_path / "old.cesplan"
    shutil.copy(FIXTURES / "plan_v1.cesplan", path)
    with PlanDocument.open(path):
        pass
    (kept,) = list_backups(path)
    assert kept.reason == "migration"
    with sqlite3.connect(kept.path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_backups_and_restore_from_the_command_line(plan, capsys):
    assert main(["settings", str(plan), "repeat_window_days=3"]) == 0
    capsys.readouterr()
    assert main(["backups", str(plan), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["number"] == 1 and listed["reason"] == "session"
    assert main(["restore", str(plan), "1"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "restore.cesplan" in out
    main(["settings", str(plan), "--json"])
    assert json.loads(capsys.readouterr().out)["repeat_window_days"] == 7
    assert main(["restore", str(plan), "42"]) == 2
    assert "not one of the backups" in capsys.readouterr().err


def test_file_restore_from_backup_in_the_window(plan, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ces_planner.ui.backups_dialog import RestoreDialog
    from ces_planner.ui.main_window import MainWindow
    from ces_planner.ui.settings import Settings

    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(plan)
    window.session.add(m.Person("Typed by mistake"))
    shown: list[list[str]] = []

    def choose_newest(dialog):
        shown.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        shown.append([dialog.changes.text()])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert "before the first change of a session" in shown[0][0]
    assert "undoes what has changed since: People: 1 added" in shown[1][0]
    assert "Typed by mistake" not in [p.name for p in window.session.plan().people]
    assert "restore.cesplan" in told[0]
    window.close()


def test_each_backup_says_what_has_changed_since_it_was_taken(plan, tmp_path, capsys):
    log = tmp_path / "log.csv"
    log.write_text("Start,Channel,Reason\n2026-11-02 09:00,Phone,Billing\n", encoding="utf-8")
    with PlanDocument.open(plan) as document:
        first = document.plan().segments[0]
        document.add(m.Person("Added later"))
        document.update(dataclasses.replace(first, name="Renamed later"))
        import_contacts(document, log)
    session, imported = sorted(list_backups(plan), key=lambda b: b.reason != "session")
    with PlanDocument.open(plan, read_only=True) as document:
        since_session = {c.area: c for c in changes_since_backup(document, session.path) if c}
        since_import = {c.area: c for c in changes_since_backup(document, imported.path) if c}
    assert since_session["people"].added == ["Added later"]
    assert since_session["segments"].changed == ["Renamed later"]
    assert since_session["contact_log"].added == ["log.csv (1 contacts)"]
    assert since_session["contact_log"].removed[0].startswith("Sample contact log.csv")
    assert set(since_import) == {"contact_log"}
    assert main(["backups", str(plan)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "Changed since: People: 1 added" in x)
    # a channel names its segments: it changed with the segment's name
    assert "; Customer segments: 1 changed; Contact channels:" in line
    assert line.endswith("; Contact log: 1 added, 1 removed")
    assert "Changed since: Contact log: 1 added, 1 removed" in out


def test_a_backup_that_cannot_be_read_is_said_so(plan, capsys):
    with PlanDocument.open(plan) as document:
        document.add(m.Person("A change"))
    (kept,) = list_backups(plan)
    kept.path.write_bytes(b"not a plan any more")
    assert main(["backups", str(plan)]) == 0
    assert "cannot be read to compare" in capsys.readouterr().out
