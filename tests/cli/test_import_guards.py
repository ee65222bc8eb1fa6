"""Imports that would lose or falsify data are refused, and every row of a log is accounted
for: an empty log, a log most of whose rows cannot be read, a file without a header line, a
date and a time in two columns."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3

import pytest

from ces_planner.cli import main
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import MostRowsRejected, NoContactInLog, import_contacts


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(tmp_path, sample_file):
    """A copy of the sample plan, which has a contact log of its own."""
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    return path


def evidence(capsys, plan) -> dict:
    code, out, err = run(capsys, "evidence", plan, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_log_with_a_header_and_no_row_is_refused_and_the_plan_is_unchanged(
    tmp_path, capsys, plan
):
    log = tmp_path / "header_only.csv"
    log.write_text("Start,Channel,Reason,Talk\n", encoding="utf-8")
    before = plan.read_bytes()
    code, out, err = run(capsys, "import-contacts", plan, log)
    assert code == 2 and out == ""
    assert "no contact rows" in err and "unchanged" in err and err.count("\n") == 1
    assert plan.read_bytes() == before
    assert evidence(capsys, plan)["contacts"] > 0  # the sample's figures still read


def test_a_log_none_of_whose_rows_reads_is_refused(tmp_path, plan):
    log = tmp_path / "unreadable.csv"
    log.write_text("Start,Channel,Reason\n2026-11-02 09:00,,Bill\n2026-11-02 10:00,,X\n", "utf-8")
    before = plan.read_bytes()
    with PlanDocument.open(plan) as document, pytest.raises(NoContactInLog) as refused:
        import_contacts(document, log)
    assert "None of the 2 rows" in refused.value.sentence()
    assert "channel missing" in refused.value.sentence()
    assert plan.read_bytes() == before


def test_a_log_most_of_whose_rows_cannot_be_read_needs_accept_partial(tmp_path, capsys, plan):
    log = tmp_path / "mostly_bad.csv"
    rows = ["2026-11-02 09:00,phone,Billing"] + [f"someday {n},phone,Billing" for n in range(3)]
    log.write_text("Start,Channel,Reason\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = plan.read_bytes()
    code, out, err = run(capsys, "import-contacts", plan, log)
    assert code == 2 and "3 of the 4 rows" in err and "--accept-partial" in err
    assert plan.read_bytes() == before
    code, out, err = run(capsys, "import-contacts", plan, log, "--accept-partial")
    assert code == 0, err
    assert evidence(capsys, plan)["contacts"] == 1
    with PlanDocument.open(plan) as document, pytest.raises(MostRowsRejected):
        import_contacts(document, log)


def test_a_file_without_a_header_line_loses_no_contact(tmp_path, capsys, plan):
    log = tmp_path / "no_header.csv"
    log.write_text(
        "2026-11-02 09:14,phone,Billing,C1,120\n"
        "2026-11-02 10:00,phone,Billing,C2,60\n"
        "2026-11-03 11:00,chat,Moving home,C3,30\n",
        encoding="utf-8",
    )
    before = plan.read_bytes()
    code, out, err = run(capsys, "import-contacts", plan, log)
    assert code == 2 and "no header line" in err and "--no-header" in err
    assert plan.read_bytes() == before
    mapped = ["--map", "started_at=#1", "--map", "channel=#2", "--map", "reason=#3"]
    code, out, err = run(capsys, "import-contacts", plan, log, *mapped)
    assert code == 0, err
    assert "  started_at <- #1\n" in out and "column_1" not in out  # as typed, to repeat it
    assert evidence(capsys, plan)["contacts"] == 3  # the first line too


def test_every_row_is_accounted_for(tmp_path, capsys, plan):
    log = tmp_path / "report.csv"
    log.write_text(
        "Contact report\n"
        "Exported 2026-11-30\n"
        "Start,Channel,Reason,Talk,Call,Direction\n"
        "2026-11-02 09:00,phone,Billing,100,A,Inbound\n"
        "2026-11-02 09:00,phone,Billing,100,A,Inbound\n"  # delivered twice
        "2026-11-02 09:30,phone,Billing,50,B,Inbound\n"
        "2026-11-02 09:35,phone,Billing,40,B,Inbound\n"  # a second leg of call B
        "2026-11-02 09:40,phone,Billing,70,D,Outbound\n"  # a call the centre made
        "not a date,phone,Billing,10,C,Inbound\n"
        "Total,,,300,,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import-contacts", plan, log, "--contact-key", "Call")
    assert code == 0, err
    accounted = re.search(
        r"(\d+) rows read = (\d+) contacts \+ (\d+) rejected \+ (\d+) total lines skipped "
        r"\+ (\d+) outbound \+ (\d+) duplicates \+ (\d+) joined",
        out,
    )
    assert accounted, out
    rows, contacts, rejected, skipped, outbound, duplicates, joined = map(int, accounted.groups())
    assert (rows, contacts, rejected, skipped, outbound, duplicates, joined) == (
        7, 2, 1, 1, 1, 1, 1
    )  # fmt: skip
    assert rows == contacts + rejected + skipped + outbound + duplicates + joined
    assert "direction <- Direction" in out and "skipped: 1 rows, outbound contact" in out
    assert evidence(capsys, plan)["overall"]["aht_seconds"] == 95  # A 100, B 50 + 40; not D
    assert "2 title lines" in out


def test_a_date_column_and_a_time_column_are_joined(tmp_path, capsys, plan):
    log = tmp_path / "date_time.csv"
    log.write_text(
        "Date,Time,Channel,Reason\n"
        "2026-11-02,09:14:07,phone,Billing\n"
        "2026-11-02,18:30,phone,Billing\n",
        encoding="utf-8",
    )
    mapped = ["--map", "started_at=Date+Time", "--map", "channel=Channel", "--map", "reason=Reason"]
    code, out, err = run(capsys, "import-contacts", plan, log, *mapped)
    assert code == 0, err
    period = evidence(capsys, plan)["period"]
    assert period == {"start": "2026-11-02T09:14:07", "end": "2026-11-02T18:30:00"}


def test_a_plus_that_means_nothing_for_the_field_is_refused(tmp_path, capsys, plan):
    log = tmp_path / "log.csv"
    log.write_text("Start,Channel,Reason,Topic\n2026-11-02 09:00,phone,Billing,Bill\n", "utf-8")
    before = plan.read_bytes()
    code, out, err = run(
        capsys, "import-contacts", plan, log, "--map", "started_at=Start", "--map",
        "channel=Channel", "--map", "reason=Reason+Topic",
    )  # fmt: skip
    assert code == 2 and '"+"' in err and "reason takes one column" in err
    assert plan.read_bytes() == before


def test_an_empty_log_an_older_version_kept_reads_as_no_log(tmp_path, capsys, plan):
    """Before empty logs were refused, one could be stored: evidence and exports treat it as
    no log at all rather than failing on its missing period."""
    with sqlite3.connect(plan) as db:
        db.execute("DELETE FROM contact_chunks")
        db.execute("UPDATE contact_logs SET contacts = 0, rows_read = 0")
    code, _out, err = run(capsys, "evidence", plan)
    assert code == 2 and "no contact records yet" in err
    code, _out, err = run(capsys, "export", plan, "-o", tmp_path / "out.pdf")
    assert code == 0, err
