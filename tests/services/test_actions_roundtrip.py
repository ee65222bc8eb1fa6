"""The action table through Excel and CSV, as other people edit it."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from ces_planner.cli import main
from ces_planner.domain.model import ActionOrigin, ActionStatus, Area
from ces_planner.services.actions import (
    ActionsImportRejected,
    actions_ics,
    export_actions_xlsx,
    import_actions,
)


def test_xlsx_round_trip_keeps_every_field_and_date(sample, tmp_path):
    before = sample.plan()
    path = tmp_path / "actions.xlsx"
    export_actions_xlsx(before, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Actions"]
    assert sheet.freeze_panes == "A2"
    assert "Actions" in sheet.tables
    validation = sheet.data_validations.dataValidation[0]
    assert validation.formula1 == '"open,in progress,done,dropped"'
    assert not validation.showDropDown  # the flag hides the arrow when set
    assert isinstance(sheet["D2"].value, dt.datetime)
    result = import_actions(sample, path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, len(before.actions))
    assert sample.plan().actions == before.actions


def test_a_workbook_edited_by_someone_else_updates_the_right_rows(sample, tmp_path):
    plan = sample.plan()
    path = tmp_path / "actions.xlsx"
    export_actions_xlsx(plan, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Actions"]
    # Another person: marks row 4 done, moves a date, reassigns to a new colleague, and types
    # two new actions under the table (one with a blank status).
    sheet["E5"] = "done"
    sheet["D6"] = dt.datetime(2027, 3, 31)
    sheet["C7"] = "Hana Mori"
    sheet.append(
        [
            None,
            "Brief the new chat vendor",
            "Priya Shah",
            dt.datetime(2027, 1, 15),
            "in progress",
            "Contact channels",
            None,
            None,
        ]
    )
    sheet.append([None, "Check weekend staffing", None, None, None, None, None, None])
    book.save(path)
    result = import_actions(sample, path)
    assert (result.added, result.updated) == (2, 3)
    assert result.new_people == ["Hana Mori"]
    after = {a.id: a for a in sample.plan().actions}
    assert after[plan.actions[3].id].status is ActionStatus.DONE
    assert after[plan.actions[4].id].due == dt.date(2027, 3, 31)
    assert sample.plan().person_name(after[plan.actions[5].id].owner_id) == "Hana Mori"
    new = [a for a in sample.plan().actions if a.id not in {x.id for x in plan.actions}]
    assert [(a.title, a.status, a.area, a.origin) for a in new] == [
        ("Brief the new chat vendor", ActionStatus.IN_PROGRESS, Area.CHANNELS, ActionOrigin.MANUAL),
        ("Check weekend staffing", ActionStatus.OPEN, None, ActionOrigin.MANUAL),
    ]
    assert new[1].owner_id is None and new[1].due is None


def test_formula_looking_text_stays_text_both_ways(sample, tmp_path):
    import dataclasses

    action = sample.plan().actions[0]
    sample.update(dataclasses.replace(action, title="=SUM(A1:A9)", notes="@admin +1 -2"))
    path = tmp_path / "actions.xlsx"
    export_actions_xlsx(sample.plan(), path)
    cell = openpyxl.load_workbook(path)["Actions"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix and cell.value == "=SUM(A1:A9)"
    book = openpyxl.load_workbook(path)
    book["Actions"].append([None, '=HYPERLINK("http://x")', "", None, "", "", "", "\tTab"])
    book.save(path)
    import_actions(sample, path)
    titles = [a.title for a in sample.plan().actions]
    assert "=SUM(A1:A9)" in titles and '=HYPERLINK("http://x")' in titles
    assert sample.plan().actions[-1].notes == "\tTab"


def test_cp932_csv_from_japanese_excel(sample, tmp_path):
    import csv
    import io

    path = tmp_path / "actions.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # as Excel writes it: quoted where a comma appears
    writer.writerow(["ID", "Action", "Owner", "Due", "Status", "Area"])
    writer.writerow(["", "研修計画を作る", "田中 一郎", "2027/01/15", "open", ""])
    first = sample.plan().actions[0]
    writer.writerow(
        [first.id, first.title, "Maya Okafor", first.due.strftime("%Y/%m/%d"), "done", ""]
    )
    path.write_bytes(buffer.getvalue().encode("cp932"))
    result = import_actions(sample, path)
    assert result.added == 1 and result.new_people == ["田中 一郎"]
    added = sample.plan().actions[-1]
    assert added.title == "研修計画を作る" and added.due == dt.date(2027, 1, 15)


def test_a_bad_row_leaves_the_plan_unchanged_and_is_reported(sample, tmp_path):
    before = sample.plan()
    path = tmp_path / "actions.csv"
    path.write_text(
        "ID,Action,Owner,Due,Status\n"
        ",Good row,,2027-01-01,open\n"
        ",Bad date,,next week,open\n"
        ",Bad status,,,finished\n"
        "999,Unknown id,,,open\n"
        f"{before.actions[0].id},Twice,,,open\n"
        f"{before.actions[0].id},Twice again,,,open\n"
        ",Absurd date,,1066-10-14,open\n",
        encoding="utf-8",
    )
    with pytest.raises(ActionsImportRejected) as caught:
        import_actions(sample, path)
    rows = {row: reason for row, reason in caught.value.problems}
    assert set(rows) == {3, 4, 5, 7, 8}
    assert "next week" in rows[3] and "finished" in rows[4] and "999" in rows[5]
    assert "twice" in rows[7] and "range" in rows[8]
    assert sample.plan() == before
    result = import_actions(sample, path, accept_valid_rows=True)
    assert result.added == 1 and result.updated == 1 and len(result.skipped) == 5


def test_huge_text_is_refused(sample, tmp_path):
    path = tmp_path / "actions.csv"
    path.write_text("Action\n" + "x" * 20000 + "\n", encoding="utf-8")
    with pytest.raises(ActionsImportRejected) as caught:
        import_actions(sample, path)
    assert "longer than" in caught.value.problems[0][1]


def test_calendar_has_the_open_dated_actions(sample):
    ics = actions_ics(sample.plan(), dt.datetime(2026, 11, 23, 9, 0))
    open_dated = [
        a
        for a in sample.plan().actions
        if a.due and a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    ]
    assert ics.count("BEGIN:VEVENT") == len(open_dated)
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert ics.startswith("BEGIN:VCALENDAR") and ics.endswith("END:VCALENDAR\r\n")


def test_cli_actions_contract(tmp_path, sample_file, capsys):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    assert main(["actions", str(plan), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"id", "title", "owner", "due", "status", "area"} <= set(rows[0])
    assert main(["actions", str(plan), "--status", "done", "--json"]) == 0
    assert all(r["status"] == "done" for r in json.loads(capsys.readouterr().out))
    assert main(["actions", str(plan), "--owner", "Grace Lin", "--json"]) == 0
    assert {r["owner"] for r in json.loads(capsys.readouterr().out)} == {"Grace Lin"}
    assert main(["actions", str(plan), "--find", "FINANCE case", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [r["title"] for r in found] == ["Agree the self-service app business case with finance"]
    xlsx = tmp_path / "a.xlsx"
    assert main(["actions", str(plan), "--export", str(xlsx)]) == 0
    capsys.readouterr()
    assert main(["actions", str(plan), "--import", str(xlsx)]) == 0
    assert "0 added, 0 updated, 10 unchanged" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Action,Status\nx,maybe\n", encoding="utf-8")
    assert main(["actions", str(plan), "--import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "row 2" in err and "maybe" in err


@pytest.mark.parametrize("name", ["a.xlsx", "a.ics"])
def test_an_unwritable_export_is_one_sentence_and_leaves_nothing(
    tmp_path, sample_file, capsys, name
):
    missing = tmp_path / "no such folder" / name
    assert main(["actions", str(sample_file), "--export", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"ces-planner: Cannot write {name}: No such file or directory."
    blocked = tmp_path / name
    blocked.mkdir()  # a folder where the file should go: the write fails after the temporary
    assert main(["actions", str(sample_file), "--export", str(blocked)]) == 2
    assert f"Cannot write {name}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no .part left behind
