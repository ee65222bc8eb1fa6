"""The sample plan's contact log: made up to fit the sample, imported as a user's export is."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from ces_planner.analysis.contacts import FIELDS
from ces_planner.domain.hours import is_open
from ces_planner.domain.model import ChannelStatus, Language
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import evidence_report
from ces_planner.services.progress import Cancelled, Progress
from ces_planner.services.sample import create_sample, sample_data
from ces_planner.services.sample_log import log_parameters, write_sample_log
from tests.conftest import FIXED_NOW, fixed_clock

TODAY = FIXED_NOW.date()


@pytest.fixture(scope="module")
def log_rows(sample_file_without_log, tmp_path_factory):
    path = tmp_path_factory.mktemp("log") / "log.csv"
    with PlanDocument.open(sample_file_without_log, read_only=True) as document:
        plan = document.plan()
    write_sample_log(plan, path, TODAY)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return plan, path, rows


def test_the_parameters_follow_the_samples_channels_reasons_and_segments():
    parameters = log_parameters()
    for language in Language:
        data = sample_data(language)
        assert len(parameters["channels"]) == len(data["channels"])
        assert len(parameters["reasons"]) == len(data["contact_reasons"])
        assert len(parameters["segments"]) == len(data["segments"])
        for reason in parameters["reasons"]:
            assert all(0 <= n < len(data["segments"]) for n in reason.get("segments", []))
        for channel, params in zip(data["channels"], parameters["channels"], strict=True):
            # Only channels customers can use today get contacts.
            assert any(params["per_day"]) is (channel["status"] == "current"), channel["name"]


def test_the_log_covers_the_four_weeks_before_today_in_time_order(log_rows):
    _plan, path, rows = log_rows
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(FIELDS)
    starts = [dt.datetime.fromisoformat(row["started_at"]) for row in rows]
    assert starts == sorted(starts)
    assert starts[0].date() == TODAY - dt.timedelta(days=28)
    assert starts[-1].date() == TODAY - dt.timedelta(days=1)
    assert 20_000 < len(rows) < 45_000


def test_every_name_in_the_log_is_the_plans_and_planned_channels_have_no_contacts(log_rows):
    plan, _path, rows = log_rows
    live = {c.name for c in plan.channels if c.status is ChannelStatus.CURRENT}
    assert {row["channel"] for row in rows} == live
    assert {row["reason"] for row in rows} == {r.name for r in plan.contact_reasons}
    assert {row["segment"] for row in rows} <= {s.name for s in plan.segments}
    served = {c.name: set(c.segment_ids) for c in plan.channels}
    segment_ids = {s.name: s.id for s in plan.segments}
    assert all(segment_ids[row["segment"]] in served[row["channel"]] for row in rows)


def test_phone_calls_arrive_mostly_when_the_lines_are_open(log_rows):
    plan, _path, rows = log_rows
    phone = next(c for c in plan.channels if c.name == "Phone")
    windows = plan.windows_of(phone.id)
    calls = [dt.datetime.fromisoformat(r["started_at"]) for r in rows if r["channel"] == "Phone"]
    closed = [moment for moment in calls if not is_open(windows, (), moment)]
    assert 0 < len(closed) < 0.08 * len(calls)


def test_abandoned_contacts_have_no_handle_time_resolution_or_scores(log_rows):
    _plan, _path, rows = log_rows
    abandoned = [row for row in rows if row["abandoned"] == "yes"]
    assert abandoned and all(row["wait_seconds"] for row in abandoned)
    for row in abandoned:
        assert row["handle_seconds"] == row["resolved"] == row["csat"] == row["effort"] == ""
    answered = [row for row in rows if row["abandoned"] == "no"]
    assert all(row["handle_seconds"] and row["resolved"] in ("yes", "no") for row in answered)
    scored = [row for row in answered if row["csat"]]
    assert 0.2 < len(scored) / len(answered) < 0.35
    assert all(1 <= int(row["csat"]) <= 5 and 1 <= int(row["effort"]) <= 7 for row in scored)


def test_the_same_day_gives_the_same_log(log_rows, tmp_path):
    plan, path, _rows = log_rows
    again = tmp_path / "again.csv"
    write_sample_log(plan, again, TODAY)
    assert again.read_bytes() == path.read_bytes()
    write_sample_log(plan, again, TODAY + dt.timedelta(days=1))
    assert again.read_bytes() != path.read_bytes()


def test_the_samples_evidence_reads_like_a_real_centres(sample):
    report = evidence_report(sample)
    assert 20_000 < report["contacts"] < 45_000
    assert 0.12 < report["repeat_rate"] < 0.28  # the sample's measure says 18 %
    phone = next(c for c in report["by_channel"] if c["channel"] == "Phone")
    assert 0.55 < phone["service_level"] < 0.8  # the sample's measure says 68 %
    assert 0.02 < phone["abandon_rate"] < 0.15
    assert 0.02 < report["outside_hours"]["share"] < 0.25
    by_reason = {r["reason"]: r for r in report["by_reason"]}
    assert len(by_reason) == len(sample.plan().contact_reasons)
    # What the sample says about its reasons shows in the log: the chased callbacks come
    # back most and please least; meter readings are quick.
    chased = by_reason["Chasing a promised callback"]
    assert chased["repeat_rate"] == max(r["repeat_rate"] for r in by_reason.values())
    assert chased["csat"] == min(r["csat"] for r in by_reason.values())
    meter = by_reason["Submit a meter reading"]
    assert meter["aht_seconds"] == min(r["aht_seconds"] for r in by_reason.values())
    assert report["patience_by_channel"]  # abandon times: Erlang A has something to work on
    # The priority line answers customers in difficulty sooner; small businesses, a priority
    # tier too, wait as long as households: something for the workshop to discuss.
    by_segment = {r["segment"]: r for r in report["by_segment"]}
    difficulty = by_segment["Customers in financial difficulty"]
    households = by_segment["Households"]
    assert difficulty["service_level"] > households["service_level"] + 0.1
    assert abs(by_segment["Small businesses"]["asa_seconds"] - households["asa_seconds"]) < 5


def test_the_japanese_sample_has_a_log_in_japanese(tmp_path):
    with create_sample(
        tmp_path / "ja.cesplan", language=Language.JAPANESE, clock=fixed_clock
    ) as document:
        report = evidence_report(document)
        plan = document.plan()
    assert {r["reason"] for r in report["by_reason"]} == {r.name for r in plan.contact_reasons}
    assert "電話" in {c["channel"] for c in report["by_channel"]}


def test_a_sample_cancelled_while_its_log_is_made_leaves_no_file(tmp_path):
    class CancelInTheLog(Progress):
        def step(self, fraction: float, message: str = "") -> None:
            if fraction > 0.2:  # the plan is written; the log is being made
                self.cancel()
            super().step(fraction, message)

    target = tmp_path / "sample.cesplan"
    progress = CancelInTheLog()
    with pytest.raises(Cancelled):
        create_sample(target, clock=fixed_clock, progress=progress)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no lock or journal left either


def test_an_existing_file_is_not_removed_when_the_sample_cannot_be_made_there(tmp_path):
    from ces_planner.domain.errors import PlanError

    target = tmp_path / "mine.cesplan"
    target.write_text("someone's file", encoding="utf-8")
    with pytest.raises(PlanError):
        create_sample(target, clock=fixed_clock)  # not forced: refuses to replace it
    assert target.read_text(encoding="utf-8") == "someone's file"


def test_a_part_of_the_progress_reports_within_its_range_and_shares_cancelling():
    whole = Progress()
    part = whole.part(0.4, 0.8)
    part.step(0.5, "half of the part")
    assert whole.fraction == pytest.approx(0.6) and whole.message == "half of the part"
    part.step(2.0)  # past the end: held at the part's end
    assert whole.fraction == pytest.approx(0.8)
    whole.cancel()
    with pytest.raises(Cancelled):
        part.step(0.9)
    other = Progress()
    other.part(0, 1).cancel()
    assert other.cancelled
