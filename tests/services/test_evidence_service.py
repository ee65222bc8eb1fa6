import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from ces_planner.cli import main
from ces_planner.services.evidence import NoEvidence, evidence_report, import_contacts
from ces_planner.services.progress import Cancelled, Progress

LOG = (
    "Start,Channel,Reason,Customer\n"
    "2026-03-02 09:00,Phone,Billing,A\n"
    "2026-03-03 09:00,phone ,Billing,A\n"
    "2026-03-08 23:30,Messaging,Moving home,B\n"
    "2026-03-09 03:00,Email,Billing,\n"
)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_stores_the_log_and_evidence_follows_the_plans_hours(sample, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    summary = import_contacts(sample, log)
    assert summary.contacts == 4 and summary.rejected == {}
    report = evidence_report(sample)
    assert report["contacts"] == 4
    channels = {r["channel"]: r["contacts"] for r in report["by_channel"]}
    assert channels == {"Phone": 2, "Messaging": 1, "Email": 1}  # "phone " is the plan's Phone
    # Sample hours: email weekdays 08-18 (Monday 03:00 is closed), messaging 07:00-01:00
    # (Sunday 23:30 open), phone weekdays 08-20 (both open).
    assert report["outside_hours"]["contacts"] == 1
    assert report["outside_hours"]["by_channel"] == [{"channel": "Email", "contacts": 1}]
    assert report["repeat_rate"] == pytest.approx(1 / 3)


def test_cancelled_import_leaves_the_plan_unchanged(sample_without_log, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    before = sample_without_log.plan()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        import_contacts(sample_without_log, log, progress=progress)
    with pytest.raises(NoEvidence):
        evidence_report(sample_without_log)
    assert sample_without_log.plan() == before


def test_mapping_is_remembered_for_the_same_header(sample, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("A,B,C\n2026-03-02 09:00,Phone,Billing\n", encoding="utf-8")
    import_contacts(sample, log, {"started_at": "A", "channel": "B", "reason": "C"})
    second = tmp_path / "next.csv"
    second.write_text("A,B,C\n2026-04-02 09:00,Chat,Login\n", encoding="utf-8")
    summary = import_contacts(sample, second)
    assert summary.mapping == {"started_at": "A", "channel": "B", "reason": "C"}


def test_cli_import_and_evidence(capsys, tmp_path, sample_file_without_log):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file_without_log.read_bytes())
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    assert main(["evidence", str(plan), "--json"]) == 2
    assert "no contact records" in capsys.readouterr().err
    assert main(["import-contacts", str(plan), str(log)]) == 0
    out = capsys.readouterr().out
    assert "Imported 4 contacts" in out and "started_at <- Start" in out
    assert main(["evidence", str(plan), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    for key in (
        "contacts",
        "period",
        "repeat_window_days",
        "repeat_rate",
        "service_level_threshold_seconds",
        "by_reason",
        "by_channel",
        "by_segment_channel",
        "arrivals",
        "outside_hours",
    ):
        assert key in report
    assert len(report["arrivals"]["counts"]) == 7
    assert all(len(day) == 48 for day in report["arrivals"]["counts"])
    assert {"start", "end"} == set(report["period"])
    assert {"contacts", "share", "by_channel"} <= set(report["outside_hours"])
    assert report["source"]["file"] == "log.csv"
    assert main(["evidence", str(plan)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("From log.csv, imported ")
    start, end = report["period"]["start"], report["period"]["end"]
    # To the minute, without the ISO "T": 2026-11-02 09:00
    assert f"contacts from {start[:10]} {start[11:16]} to {end[:10]} {end[11:16]}\n" in out


def test_cli_import_refuses_an_unmappable_file_and_keeps_the_plan(capsys, tmp_path, sample_file):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    before = digest(plan)
    log = tmp_path / "log.csv"
    log.write_text("Start,Channel\n2026-03-02 09:00,Phone\n", encoding="utf-8")
    assert main(["import-contacts", str(plan), str(log)]) == 2
    err = capsys.readouterr().err
    assert "No column was found for reason" in err and err.count("\n") == 1
    assert main(["import-contacts", str(plan), str(log), "--map", "bogus=Start"]) == 2
    assert "Unknown field bogus" in capsys.readouterr().err
    assert digest(plan) == before


def test_staffing_cli(capsys):
    assert main(["staffing", "--volume", "100", "--aht", "180", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["agents"] == 14 and data["scheduled_agents"] == 20
    assert set(data) == {
        "traffic_erlangs",
        "agents",
        "service_level",
        "asa_seconds",
        "occupancy",
        "scheduled_agents",
    }
    assert main(["staffing", "--volume", "100", "--aht", "0"]) == 2


def test_the_whole_way_of_reading_is_remembered_for_the_same_header(sample, tmp_path):
    from ces_planner.analysis.contacts import ReadOptions

    first = tmp_path / "voice.csv"
    first.write_text(
        "Call,Start,Why,Talk,Hold\nc1,2026-03-02 09:00,billing,60,30\n"
        "c1,2026-03-02 09:05,billing,40,\n",
        encoding="utf-8",
    )
    options = ReadOptions(
        mapping={"started_at": "Start", "reason": "Why", "handle_seconds": "Talk+Hold"},
        default_channel="Phone",
        contact_key="Call",
    )
    summary = import_contacts(sample, first, options.mapping, options=options)
    assert summary.contacts == 1
    second = tmp_path / "next-week.csv"
    second.write_text(
        "Call,Start,Why,Talk,Hold\nc9,2026-03-09 10:00,moving,100,20\n"
        "c9,2026-03-09 10:10,moving,50,\n",
        encoding="utf-8",
    )
    again = import_contacts(sample, second)  # nothing said: the remembered profile is used
    assert again.contacts == 1 and again.rejected == {}
    report = evidence_report(sample)
    assert report["by_channel"][0]["channel"] == "Phone"
    assert report["by_reason"][0]["aht_seconds"] == 170


def _stored(document):
    import polars as pl

    from ces_planner.services.evidence import contact_chunks

    _log, chunks = contact_chunks(document)
    return pl.concat(list(chunks))


def _read_whole(document, path, **options):
    import dataclasses

    from ces_planner.analysis.contacts import ReadOptions, read_contact_log
    from ces_planner.services.evidence import plan_timezone

    zone = plan_timezone(document.plan())
    return read_contact_log(
        path, options=dataclasses.replace(ReadOptions(**options), plan_zone=zone)
    )


def test_a_log_is_stored_in_chunks_as_it_is_read_and_comes_back_whole(
    sample, tmp_path, monkeypatch
):
    """Chunks of three contacts, batches of a few rows: the rows that came twice (even in
    different chunks) are dropped afterwards, and the stored contacts are those of the log
    read whole."""
    import ces_planner.analysis.contacts as contacts_module
    import ces_planner.services.evidence as evidence_module

    monkeypatch.setattr(evidence_module, "CHUNK_CONTACTS", 3)
    monkeypatch.setattr(contacts_module, "CHUNK_BYTES", 70)
    lines = LOG.splitlines()
    rows = [f"2026-03-{day:02d} 1{day % 10}:00,Chat,Login,C{day % 4}" for day in range(10, 28)]
    text = "\n".join([*lines, *rows, lines[2], rows[3], *rows[:2]]) + "\n"  # 4 rows again
    log = tmp_path / "log.csv"
    log.write_text(text, encoding="utf-8")
    summary = import_contacts(sample, log)
    whole = _read_whole(sample, log)
    assert summary.duplicates == whole.duplicates == 4
    assert summary.contacts == whole.contacts.height == 22
    assert _stored(sample).equals(whole.contacts)
    with sample.file.reading() as conn:
        chunks = conn.exec_driver_sql("SELECT COUNT(*) FROM contact_chunks").scalar()
    assert chunks >= 5
    assert evidence_report(sample)["contacts"] == 22


def test_an_import_cancelled_half_way_keeps_the_previous_log(sample, tmp_path, monkeypatch):
    import ces_planner.analysis.contacts as contacts_module
    import ces_planner.services.evidence as evidence_module

    first = tmp_path / "first.csv"
    first.write_text(LOG, encoding="utf-8")
    import_contacts(sample, first)
    before = evidence_report(sample)
    monkeypatch.setattr(evidence_module, "CHUNK_CONTACTS", 2)
    monkeypatch.setattr(contacts_module, "CHUNK_BYTES", 60)
    rows = [f"2026-04-{day:02d} 10:00,Chat,Login,C{day}" for day in range(1, 29)]
    second = tmp_path / "second.csv"
    second.write_text("Start,Channel,Reason,Customer\n" + "\n".join(rows) + "\n", "utf-8")

    class CancelLater(Progress):
        steps = 0

        def step(self, fraction, message=None):
            self.steps += 1
            if self.steps == 8:  # several chunks already written
                self.cancel()
            super().step(fraction, message)

    with pytest.raises(Cancelled):
        import_contacts(sample, second, progress=CancelLater())
    assert evidence_report(sample) == before


def test_a_log_with_several_rows_per_contact_is_joined_then_stored_in_chunks(
    sample, tmp_path, monkeypatch
):
    import ces_planner.services.evidence as evidence_module
    from ces_planner.analysis.contacts import ReadOptions

    monkeypatch.setattr(evidence_module, "CHUNK_CONTACTS", 2)
    log = tmp_path / "legs.csv"
    log.write_text(
        "Start,Channel,Reason,Customer,Call\n"
        "2026-03-02 09:00,Phone,Billing,A,1\n"
        "2026-03-02 09:05,Phone,,A,1\n"
        "2026-03-03 10:00,Phone,Moving home,B,2\n"
        "2026-03-04 11:00,Chat,Login,C,3\n"
        "2026-03-04 11:02,Chat,Login,C,3\n"
        "2026-03-05 12:00,Email,Billing,D,4\n",
        encoding="utf-8",
    )
    summary = import_contacts(sample, log, options=ReadOptions(contact_key="Call"))
    assert summary.contacts == 4 and summary.rows_grouped == 6
    whole = _read_whole(sample, log, contact_key="Call")
    assert _stored(sample).equals(whole.contacts)


def test_a_plan_whose_log_is_one_blob_reads_it_after_the_upgrade(tmp_path):
    """Version 5 kept the contacts in one Parquet blob; version 6 moves it to chunk 0."""
    import io
    import sqlite3

    from ces_planner.analysis.contacts import read_contact_log
    from ces_planner.analysis.metrics import EvidenceSettings, evidence
    from ces_planner.services.document import PlanDocument
    from ces_planner.storage.migrations import migrate

    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    contacts = read_contact_log(log).contacts
    blob = io.BytesIO()
    contacts.write_parquet(blob)
    path = tmp_path / "old.cesplan"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=5)
    db.execute(
        "INSERT INTO contact_logs (source_name, imported_at, rows_read, rows_rejected, "
        "contacts, data) VALUES ('log.csv', '2026-03-10 09:00:00', 4, 0, 4, ?)",
        (blob.getvalue(),),
    )
    db.close()
    with PlanDocument.open(path) as document:
        report = evidence_report(document)
        assert report.pop("source") == {
            "file": "log.csv",
            "imported_at": "2026-03-10T09:00",
            "made_up": False,
            "clock": None,  # read before the clock was kept: not known
        }
        assert report.pop("clock_differs") is False
        assert report == evidence(contacts, EvidenceSettings(), [])


def test_cli_import_names_the_unit_each_duration_was_read_in(capsys, tmp_path, sample_file):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    log = tmp_path / "log.csv"
    log.write_text(
        "Start,Channel,Reason,Handle time (s)\n2026-03-02 09:00,Phone,Moving home,300\n",
        encoding="utf-8",
    )
    assert main(["import-contacts", str(plan), str(log)]) == 0
    assert "handle_seconds <- Handle time (s) [s]  (guessed" in capsys.readouterr().out


def test_staffing_averages_the_weeks_the_log_covers(sample):
    from ces_planner.services.evidence import channel_staffing

    plan = sample.plan()
    report = evidence_report(sample)  # four weeks: Monday 00:02 to Sunday 23:58
    phone = channel_staffing(plan, report, "Phone")
    assert phone is not None and phone.weeks == 4.0
    closed = next(r for r in report["outside_hours"]["by_channel"] if r["channel"] == "Phone")
    assert phone.closed_contacts_per_week * 4 == pytest.approx(closed["contacts"])
    assert phone.agent_hours_all > phone.agent_hours_open > 0
    sunday = phone.agents[6]  # the lines are closed on Sundays: nobody is scheduled
    assert not any(sunday) and any(phone.agents[0])
    assert channel_staffing(plan, report, "Self-service app") is None  # no contacts yet


def test_a_real_log_is_not_called_made_up(sample_without_log, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    import_contacts(sample_without_log, log)
    assert evidence_report(sample_without_log)["source"]["made_up"] is False


def test_removing_the_contact_log_erases_its_contacts_from_the_file(sample):
    from ces_planner.services.evidence import remove_contacts

    path = sample.file.path
    before = sample.plan()
    size = path.stat().st_size
    assert evidence_report(sample)["source"]["made_up"] is True  # the sample's, invented
    removed = remove_contacts(sample)
    assert removed is not None and removed.source_name == "Sample contact log.csv"
    assert removed.contacts > 20_000
    with pytest.raises(NoEvidence):
        evidence_report(sample)
    assert sample.plan() == dataclasses.replace(before, info=sample.plan().info)
    assert path.stat().st_size < size / 2  # compacted: the contacts' pages are gone
    assert remove_contacts(sample) is None  # nothing left to remove


def test_cli_removes_the_contact_log(capsys, tmp_path, sample_file):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    assert main(["evidence", str(plan)]) == 0
    assert "(contacts made up for the sample plan)" in capsys.readouterr().out
    assert main(["remove-contacts", str(plan)]) == 0
    assert "Removed Sample contact log.csv (" in capsys.readouterr().out
    assert main(["remove-contacts", str(plan)]) == 0
    assert "has no contact log; nothing was changed" in capsys.readouterr().out
    assert main(["evidence", str(plan)]) == 2
    plan.chmod(0o444)
    try:
        before = plan.read_bytes()
        assert main(["remove-contacts", str(plan)]) == 2
        assert "read-only" in capsys.readouterr().err and plan.read_bytes() == before
    finally:
        plan.chmod(0o644)


def test_the_report_spells_reasons_and_segments_as_the_plan(sample, tmp_path):
    """The matrix, the chart and the document look reasons up by the plan's names: a log that
    writes them in another case must still fill them."""
    log = tmp_path / "log.csv"
    log.write_text(
        "Start,Channel,Reason,Segment\n"
        "2026-03-02 09:00,Phone,MOVING HOME,households\n"
        "2026-03-02 09:05,Phone, moving home ,Households\n"
        "2026-03-02 09:10,Phone,Moving to Mars,households \n",
        encoding="utf-8",
    )
    import_contacts(sample, log)
    report = evidence_report(sample)
    reasons = {r["reason"]: r["contacts"] for r in report["by_reason"]}
    assert reasons == {"Moving home": 2, "Moving to Mars": 1}
    assert [(r["segment"], r["contacts"]) for r in report["by_segment"]] == [("Households", 3)]


def test_the_log_reads_the_same_through_sqlite3_as_through_sqlalchemy(sample):
    """Reading the evidence needs no SQLAlchemy; what it reads is what the writer stored."""
    from sqlalchemy import func, select

    from ces_planner.storage import reading, schema

    logs, chunks = schema.contact_logs, schema.contact_chunks
    with sample.file.reading() as conn:  # as SQLAlchemy wrote it
        row = conn.execute(select(logs)).one()
        count = conn.execute(select(func.count()).where(chunks.c.log_id == row.id)).scalar_one()
        log = reading.StoredLog(
            row.source_name,
            row.imported_at,
            row.rows_read,
            row.rows_rejected,
            row.contacts,
            json.loads(row.rejects_json),
            json.loads(row.mapping_json),
            row.encoding,
            bool(row.made_up),
            row.clock,
        )
        written = (row.id, log, count)
        first = conn.execute(
            select(chunks.c.data).where((chunks.c.log_id == row.id) & (chunks.c.position == 0))
        ).scalar_one()
    with sample.file.reading_directly() as conn:
        read = reading.read_contact_log(conn)
        assert reading.read_contact_chunk(conn, read[0], 0) == first
        assert reading.read_contact_chunk(conn, read[0], read[2]) is None  # past the last
    assert read == written and read[1].made_up and read[2] >= 1
    assert isinstance(read[1].imported_at, dt.datetime)
