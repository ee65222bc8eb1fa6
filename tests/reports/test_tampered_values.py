"""Values changed outside the app reach no document as they are: a colour that is not
#RRGGBB, control characters in a title or an action's text."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import zipfile

from ces_planner.cli import main
from ces_planner.services.actions import actions_ics
from ces_planner.services.document import PlanDocument


def tamper(plan, sql: str, *values) -> None:
    with sqlite3.connect(plan) as db:
        db.execute(sql, values)


def test_a_tampered_accent_colour_reaches_no_document(tmp_path, sample_file, capsys):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    hostile = "red;} body{background:url(https://example.invalid/x)}"
    tamper(plan, "UPDATE plan_info SET accent_colour = ?", hostile)
    page, book = tmp_path / "out.html", tmp_path / "out.xlsx"
    assert main(["export", str(plan), "-o", str(page), "-o", str(book)]) == 0, capsys.readouterr()
    html = page.read_text(encoding="utf-8")
    assert "example.invalid" not in html and "#1F5F6B" in html.upper()
    assert zipfile.ZipFile(book).testzip() is None


def test_control_characters_in_the_title_make_a_whole_workbook(tmp_path, sample_file, capsys):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    tamper(plan, "UPDATE plan_info SET title = ?", "Strategy\x01\x02 2027\x0b")
    book = tmp_path / "out.xlsx"
    assert main(["export", str(plan), "-o", str(book)]) == 0, capsys.readouterr()
    import openpyxl

    assert openpyxl.load_workbook(book).properties.title == "Strategy 2027"


def test_a_lone_carriage_return_cannot_add_a_calendar_property(tmp_path, sample_file):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    tamper(plan, "UPDATE actions SET title = ? WHERE id = (SELECT min(id) FROM actions "
                 "WHERE due IS NOT NULL AND status != 'done')",
           "Review\rATTACH:https://example.invalid/x\x07")  # fmt: skip
    with PlanDocument.open(plan, read_only=True) as document:
        calendar = actions_ics(document.plan(), dt.datetime(2026, 12, 1, 9, 0))
    lines = calendar.split("\r\n")
    assert not any(line.startswith("ATTACH") for line in lines)
    assert "\r" not in calendar.replace("\r\n", "") and "\x07" not in calendar
    assert any("Review\\nATTACH:https://example.invalid/x" in line for line in lines)


def test_words_longer_than_a_page_is_wide_wrap_in_every_document(tmp_path, sample_file, capsys):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    tamper(plan, "UPDATE segments SET name = ? WHERE id = 1", "W" * 1000)
    tamper(plan, "UPDATE actions SET title = ? WHERE id = 1", "T" * 3000)
    outputs = [tmp_path / f"out.{fmt}" for fmt in ("pdf", "docx", "xlsx", "html")]
    arguments = [part for path in outputs for part in ("-o", str(path))]
    assert main(["export", str(plan), *arguments]) == 0, capsys.readouterr().err
    assert all(path.stat().st_size > 0 for path in outputs)
