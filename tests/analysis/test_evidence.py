"""Every evidence figure against an independent, plain-Python calculation of the definitions."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections import defaultdict
from pathlib import Path

import polars as pl
import pytest

from ces_planner.analysis.contacts import ImportRejected, read_contact_log
from ces_planner.analysis.metrics import (
    ChannelHours,
    EvidenceSettings,
    evidence,
    evidence_of_chunks,
    with_repeats,
)
from ces_planner.domain.hours import is_open
from ces_planner.domain.model import HoursException, OpeningWindow, ServiceLevelFormula

HEADER = [
    "Start",
    "Channel",
    "Reason",
    "Customer",
    "Segment",
    "Handle",
    "Wait",
    "Abandoned",
    "CSAT",
    "Effort",
    "Resolved",
]


def make_log(path: Path, rows: int = 3000, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    start = dt.datetime(2026, 3, 2, 0, 0)
    contacts = []
    for _ in range(rows):
        at = start + dt.timedelta(seconds=rng.randrange(0, 21 * 86400))
        abandoned = rng.random() < 0.15
        contacts.append(
            {
                "started_at": at,
                "channel": rng.choice(["Phone", "Email", " chat "]),
                "reason": rng.choice(["Billing", "Moving", "Login", None]),
                "customer_id": rng.choice([f"C{rng.randrange(200)}", None]),
                "segment": rng.choice(["Home", "Business", None]),
                "handle_seconds": None if rng.random() < 0.1 else rng.randrange(30, 900),
                "wait_seconds": None if rng.random() < 0.1 else rng.randrange(0, 90),
                "abandoned": abandoned,
                "csat": None if rng.random() < 0.5 else rng.randrange(1, 6),
                "effort": None if rng.random() < 0.7 else rng.randrange(1, 8),
                # Some abandoned contacts are marked unresolved, as real records do: FCR
                # leaves them out all the same.
                "resolved": (rng.choice([None, False]) if abandoned else None)
                if abandoned or rng.random() < 0.2
                else rng.random() < 0.7,
            }
        )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for c in contacts:
            writer.writerow(
                [
                    c["started_at"].strftime("%Y-%m-%d %H:%M:%S"),
                    c["channel"],
                    c["reason"] or "",
                    c["customer_id"] or "",
                    c["segment"] or "",
                    "" if c["handle_seconds"] is None else c["handle_seconds"],
                    "" if c["wait_seconds"] is None else c["wait_seconds"],
                    "yes" if c["abandoned"] else "no",
                    "" if c["csat"] is None else c["csat"],
                    "" if c["effort"] is None else c["effort"],
                    {None: "", True: "yes", False: "no"}[c["resolved"]],
                ]
            )
    for c in contacts:
        c["channel"] = c["channel"].strip()
    return contacts


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def assert_figures(row, contacts, keys) -> None:
    """The figures of ``row`` are those of ``contacts`` by the definitions, counted plainly."""
    answered = [c for c in contacts if not c["abandoned"]]
    waits = [c["wait_seconds"] for c in answered if c["wait_seconds"] is not None]
    expected = {
        "aht_seconds": mean([c["handle_seconds"] for c in answered]),
        "service_level": sum(w <= 20 for w in waits) / len(waits),
        "asa_seconds": mean(waits),
        "abandon_rate": sum(c["abandoned"] for c in contacts) / len(contacts),
        "csat": mean([c["csat"] for c in contacts]),
        "effort": mean([c["effort"] for c in contacts]),
        "fcr": mean([c["resolved"] for c in answered]),
    }
    for key in keys:
        assert row[key] == pytest.approx(expected[key], abs=1e-9), key


def expected_repeat(contacts, days):
    by_customer = defaultdict(list)
    for c in contacts:
        if c["customer_id"]:
            by_customer[c["customer_id"]].append(c["started_at"])
    flags = []
    for c in contacts:
        if not c["customer_id"]:
            flags.append(None)
            continue
        later = [
            t
            for t in by_customer[c["customer_id"]]
            if dt.timedelta(0) < t - c["started_at"] <= dt.timedelta(days=days)
        ]
        flags.append(bool(later))
    return flags


MAPPING = dict(
    zip(
        [
            "started_at",
            "channel",
            "reason",
            "customer_id",
            "segment",
            "handle_seconds",
            "wait_seconds",
            "abandoned",
            "csat",
            "effort",
            "resolved",
        ],
        HEADER,
        strict=True,
    )
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("logs") / "log.csv"
    contacts = make_log(path)
    return path, contacts


def test_every_metric_matches_an_independent_calculation(generated):
    path, contacts = generated
    log = read_contact_log(path, MAPPING)
    assert log.rows_read == len(contacts) and log.rejects.total == 0
    windows = tuple(OpeningWindow(1, d, 8 * 60, 20 * 60) for d in range(5)) + (
        OpeningWindow(1, 5, 22 * 60, 2 * 60),
    )  # Saturday night, crossing midnight
    holiday = HoursException(dt.date(2026, 3, 10), None, 600, 720)
    hours = [ChannelHours("Phone", windows, (holiday,))]
    settings = EvidenceSettings(repeat_window_days=7, service_level_threshold_seconds=20)
    report = evidence(log.contacts, settings, hours)
    total = len(contacts)
    assert report["contacts"] == total
    repeats = expected_repeat(contacts, 7)
    known = [r for r in repeats if r is not None]
    assert report["repeat_rate"] == pytest.approx(sum(known) / len(known), abs=1e-9)

    for row in report["by_reason"]:
        mine = [
            (c, r) for c, r in zip(contacts, repeats, strict=True) if c["reason"] == row["reason"]
        ]
        assert row["contacts"] == len(mine)
        assert row["share"] == pytest.approx(len(mine) / total, abs=1e-12)
        answered = [c["handle_seconds"] for c, _ in mine if not c["abandoned"]]
        assert row["aht_seconds"] == pytest.approx(mean(answered), abs=1e-9)
        flags = [r for _, r in mine if r is not None]
        assert row["repeat_rate"] == pytest.approx(sum(flags) / len(flags), abs=1e-9)
        assert row["csat"] == pytest.approx(mean([c["csat"] for c, _ in mine]), abs=1e-9)
        assert row["effort"] == pytest.approx(mean([c["effort"] for c, _ in mine]), abs=1e-9)
        served = [c["resolved"] for c, _ in mine if not c["abandoned"]]
        assert row["fcr"] == pytest.approx(mean(served), abs=1e-9)
    assert {r["reason"] for r in report["by_reason"]} == {"Billing", "Moving", "Login"}

    for row in report["by_channel"]:
        mine = [c for c in contacts if c["channel"] == row["channel"]]
        assert row["contacts"] == len(mine)
        assert_figures(
            row, mine, ["aht_seconds", "service_level", "asa_seconds", "abandon_rate", "fcr"]
        )
    everything = [
        "aht_seconds",
        "service_level",
        "asa_seconds",
        "abandon_rate",
        "fcr",
        "csat",
        "effort",
    ]
    for row in report["by_segment"]:
        mine = [c for c in contacts if c["segment"] == row["segment"]]
        assert row["contacts"] == len(mine)
        assert_figures(row, mine, everything)
    assert {r["segment"] for r in report["by_segment"]} == {"Home", "Business"}
    # The centre's figures: every contact's, not an average of the channels' or reasons'.
    assert_figures(report["overall"], contacts, everything)

    pairs = defaultdict(int)
    for c in contacts:
        if c["segment"]:
            pairs[(c["segment"], c["channel"])] += 1
    assert {
        (r["segment"], r["channel"]): r["contacts"] for r in report["by_segment_channel"]
    } == pairs

    counts = [[0] * 48 for _ in range(7)]
    for c in contacts:
        t = c["started_at"]
        counts[t.weekday()][(t.hour * 60 + t.minute) // 30] += 1
    assert report["arrivals"]["counts"] == counts

    closed = [
        c
        for c in contacts
        if c["channel"] == "Phone" and not is_open(windows, [holiday], c["started_at"])
    ]
    assert report["outside_hours"]["contacts"] == len(closed)
    assert report["outside_hours"]["by_channel"] == [{"channel": "Phone", "contacts": len(closed)}]
    by_reason = defaultdict(int)
    for c in closed:
        if c["reason"]:
            by_reason[c["reason"]] += 1
    assert {
        r["reason"]: r["contacts"] for r in report["outside_hours"]["by_channel_and_reason"]
    } == by_reason
    assert {r["channel"] for r in report["outside_hours"]["by_channel_and_reason"]} == {"Phone"}
    assert report["period"]["start"] == min(c["started_at"] for c in contacts).isoformat()


def test_other_service_level_formulas(generated):
    path, contacts = generated
    log = read_contact_log(path, MAPPING)
    offered = evidence(
        log.contacts, EvidenceSettings(service_level_formula=ServiceLevelFormula.OFFERED), []
    )
    for row in offered["by_channel"]:
        mine = [c for c in contacts if c["channel"] == row["channel"]]
        within = [
            c
            for c in mine
            if not c["abandoned"] and c["wait_seconds"] is not None and c["wait_seconds"] <= 20
        ]
        assert row["service_level"] == pytest.approx(len(within) / len(mine), abs=1e-12)
    assert offered["service_level_formula"] == "offered"


def frame(rows):
    import polars as pl

    return pl.DataFrame(
        rows, schema={"customer_id": pl.String, "started_at": pl.Datetime("us")}, orient="row"
    )


def test_repeat_edge_cases():
    t = dt.datetime(2026, 1, 5, 10, 0)
    data = frame(
        [
            ("A", t),
            ("A", t),  # same timestamp: not a repeat of each other
            ("B", t),
            ("B", t + dt.timedelta(days=7)),  # exactly at the edge: a repeat
            ("C", t),
            ("C", t + dt.timedelta(days=7, seconds=1)),  # just past: not a repeat
            (None, t),
            (None, t + dt.timedelta(hours=1)),  # no customer: left out
            ("D", t),
            ("D", t),
            ("D", t + dt.timedelta(hours=2)),  # tie then a later contact
        ]
    )
    flags = with_repeats(data, 7)["repeat"].to_list()
    assert flags == [False, False, True, False, False, False, None, None, True, True, False]


def test_metric_without_data_is_null_not_zero(tmp_path):
    path = tmp_path / "few.csv"
    path.write_text("when,channel,reason\n2026-03-02 09:00,Phone,Billing\n", encoding="utf-8")
    report = evidence(read_contact_log(path).contacts, EvidenceSettings(), [])
    channel = report["by_channel"][0]
    assert channel["aht_seconds"] is None and channel["service_level"] is None
    assert channel["abandon_rate"] is None
    assert report["repeat_rate"] is None


def test_cp932_file_with_japanese_headers_and_unit_suffixes(tmp_path):
    path = tmp_path / "jp.csv"
    text = (
        "受付日時,チャネル,問い合わせ理由,顧客ID,処理時間（秒）,待ち時間(秒),放棄\n"
        "2026/03/02 9:15,電話,料金,K1,３００,12,いいえ\n"
        "2026/03/02 10:05,メール,住所変更,K2,200,,はい\n"
    )
    path.write_bytes(text.encode("cp932"))
    log = read_contact_log(path)
    assert log.encoding == "cp932"
    assert log.mapping["handle_seconds"] == "処理時間（秒）"
    rows = log.contacts.to_dicts()
    assert rows[0]["started_at"] == dt.datetime(2026, 3, 2, 9, 15)
    assert rows[0]["handle_seconds"] == 300.0  # full-width digits
    assert rows[0]["reason"] == "料金" and rows[1]["abandoned"] is True


def test_malformed_rows_are_counted_by_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Start;Channel;Reason;Handle\n"
        "2026-03-02 09:00;Phone;Billing;120\n"
        "yesterday;Phone;Billing;120\n"
        "2026-03-02 09:05;;Billing;120\n"
        "2026-03-02 09:10;Phone;Billing;two minutes\n"
        "45352.5;Phone;Billing;60\n",
        encoding="utf-8",
    )
    log = read_contact_log(
        path,
        {
            "started_at": "Start",
            "channel": "Channel",
            "reason": "Reason",
            "handle_seconds": "Handle",
        },
    )
    assert log.delimiter == ";"
    assert log.rows_read == 5 and log.contacts.height == 2
    assert log.rejects.counts == {
        "date and time missing or unreadable": 1,
        "channel missing": 1,
        "handle_seconds is not a number": 1,
    }
    assert log.rejects.examples["channel missing"] == [4]
    assert log.contacts["started_at"][1] == dt.datetime(2024, 3, 1, 12, 0)  # Excel serial


def test_small_chunks_read_the_same_rows_and_keep_quoted_line_breaks(
    generated, tmp_path, monkeypatch
):
    """The file is parsed a chunk of whole records at a time: a chunk boundary never splits a
    record, even one whose quoted field holds a line break or a doubled quote."""
    import ces_planner.analysis.contacts as contacts_module

    path, _contacts = generated
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)[:120]
    reason = "\n".join(f"line {n} of a reason written over several lines" for n in range(6))
    text.insert(5, f'2026-03-02 10:00:00,Phone,"{reason}, ""soon""",C1,Home,60,5,no,4,\n')
    quoted = tmp_path / "quoted.csv"
    quoted.write_text("".join(text), encoding="utf-8")
    whole = read_contact_log(quoted, MAPPING)
    monkeypatch.setattr(contacts_module, "CHUNK_BYTES", 97)  # a few rows per chunk
    chunked = read_contact_log(quoted, MAPPING)
    assert chunked.rows_read == whole.rows_read == len(text) - 1
    assert chunked.contacts.equals(whole.contacts)
    assert f'{reason}, "soon"' in chunked.contacts["reason"].cast(str).to_list()
    assert chunked.rejects.counts == whole.rejects.counts


def test_records_that_leave_out_empty_trailing_fields_are_read_in_any_chunk(tmp_path, monkeypatch):
    """Some tools end a record at its last non-empty field. Whatever chunk such a record
    starts, it is read, with the fields it left out empty, and the records after it whole."""
    import ces_planner.analysis.contacts as contacts_module

    path = tmp_path / "short.csv"
    path.write_text(
        "Start,Channel,Reason,Customer,Segment,Handle,Wait,Abandoned,CSAT,Effort,Resolved\n"
        + "".join(
            f"2026-03-02 {9 + n}:00:00,Phone,Billing,C{n},Home,60,5,no,4\n"
            f"2026-03-02 {9 + n}:30:00,Phone,Login,C{n},Home,60,5,no,4,5,yes\n"
            for n in range(8)
        ),
        encoding="utf-8",
    )
    whole = read_contact_log(path, MAPPING)
    for size in (40, 61, 97):
        monkeypatch.setattr(contacts_module, "CHUNK_BYTES", size)
        chunked = read_contact_log(path, MAPPING)
        assert chunked.contacts.equals(whole.contacts), size
    assert whole.rows_read == 16 and whole.rejects.total == 0
    assert whole.contacts["resolved"].to_list() == [None, True] * 8
    assert whole.contacts["effort"].to_list() == [None, 5] * 8


def test_a_repeated_header_name_reads_the_first_of_those_columns(tmp_path):
    """Only the same name counts as a repeat, not a longer name that starts with it."""
    path = tmp_path / "repeated.csv"
    path.write_text(
        "Start,Channel,Reason_dupe,Reason,Reason\n"
        "2026-03-02 09:00,Phone,x,Billing,Moving\n"
        "2026-03-02 09:05,Email,y,Login,Outage\n",
        encoding="utf-8",
    )
    log = read_contact_log(path, {"started_at": "Start", "channel": "Channel", "reason": "Reason"})
    assert log.contacts["reason"].cast(str).to_list() == ["Billing", "Login"]


def test_missing_required_column_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Start,Channel\n2026-03-02 09:00,Phone\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_contact_log(path)
    assert "reason" in caught.value.sentence()


def test_xlsx_written_by_openpyxl(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Start", "Channel", "Reason", "Abandoned"])
    sheet.append([dt.datetime(2026, 3, 2, 9, 0), "Phone", "Billing", True])
    sheet.append([dt.datetime(2026, 3, 2, 9, 30), "Chat", "Login", False])
    path = tmp_path / "log.xlsx"
    book.save(path)
    log = read_contact_log(path)
    assert log.contacts.height == 2
    assert log.contacts["started_at"].to_list()[1] == dt.datetime(2026, 3, 2, 9, 30)
    assert log.contacts["abandoned"].to_list() == [True, False]


def _close(a, b):
    """Reports equal, floats to 1e-9 (sums over chunks are added in another order)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@pytest.mark.parametrize("formula", list(ServiceLevelFormula))
def test_evidence_of_chunks_is_the_evidence_of_the_whole(generated, formula):
    """A log analysed chunk by chunk (as stored) gives the report of the log read whole,
    whatever the cuts: mid-customer, one-row chunks, empty chunks."""
    path, _contacts = generated
    contacts = read_contact_log(path, MAPPING).contacts
    # Channel spellings that only the first one written should name.
    contacts = contacts.with_columns(
        pl.when(pl.int_range(pl.len()) % 7 == 3)
        .then(pl.col("channel").cast(pl.String).str.to_uppercase() + " ")
        .otherwise(pl.col("channel").cast(pl.String))
        .cast(pl.Categorical)
        .alias("channel")
    )
    hours = [ChannelHours("phone", (OpeningWindow(1, 0, 8 * 60, 20 * 60),), ())]
    settings = EvidenceSettings(3, 30, formula)
    whole = evidence(contacts, settings, hours)
    cuts = sorted({0, 1, 2, 37, 38, 500, contacts.height // 2, contacts.height})
    chunks = [contacts[a:b] for a, b in zip(cuts, cuts[1:], strict=False)] + [contacts[:0]]
    chunked = evidence_of_chunks(iter(chunks), settings, hours)
    assert _close(chunked, whole), (chunked, whole)
    assert whole["repeat_rate"] is not None and whole["by_reason"][0]["repeat_rate"] is not None


def _respelled(contacts: pl.DataFrame, column: str, every: int) -> pl.Expr:
    """``column`` with every ``every``-th value written in capitals and another in lower case,
    with spaces around: the same names as a log might write them."""
    text = pl.col(column).cast(pl.String)
    row = pl.int_range(pl.len()) % every
    return (
        pl.when(row == 1)
        .then(" " + text.str.to_uppercase())
        .when(row == 2)
        .then(text.str.to_lowercase() + "  ")
        .otherwise(text)
        .alias(column)
    )


def test_reasons_and_segments_are_named_as_the_plan_names_them(generated):
    """A log writing the plan's reasons and segments in other cases and with spaces gives the
    report of the log writing them as the plan does, chunk by chunk too: one row per name,
    the plan's spelling, every contact counted under it."""
    path, _contacts = generated
    contacts = read_contact_log(path, MAPPING).contacts
    respelled = contacts.with_columns(
        _respelled(contacts, "reason", 5), _respelled(contacts, "segment", 3)
    )
    assert respelled["reason"].drop_nulls().n_unique() > 3  # the log writes several spellings
    hours = [ChannelHours("Phone", (OpeningWindow(1, 0, 8 * 60, 20 * 60),), ())]
    settings = EvidenceSettings(3, 30, ServiceLevelFormula.OFFERED)
    plan = {"reasons": ["Billing", "Moving", "Login"], "segments": ["Home", "Business"]}
    expected = evidence(contacts, settings, hours, **plan)
    assert {r["reason"] for r in expected["by_reason"]} == {"Billing", "Moving", "Login"}
    assert _close(evidence(respelled, settings, hours, **plan), expected)
    chunks = [respelled[a : a + 401] for a in range(0, respelled.height, 401)]
    assert _close(evidence_of_chunks(iter(chunks), settings, hours, **plan), expected)
    assert any(r["reason"] for r in expected["outside_hours"]["by_channel_and_reason"])


def _without_figures(contacts: pl.DataFrame) -> pl.DataFrame:
    """Contacts with only their time, channel, reason and segment: the other columns empty."""
    for column in ("customer_id", "handle_seconds", "wait_seconds", "csat", "effort"):
        contacts = contacts.with_columns(pl.lit(None, dtype=pl.Float64).alias(column))
    return contacts.with_columns(
        pl.col("customer_id").cast(pl.String),
        pl.lit(None, dtype=pl.Boolean).alias("abandoned"),
        pl.lit(None, dtype=pl.Boolean).alias("resolved"),
    )


def test_names_the_plan_lacks_are_named_as_first_written():
    """Without the plan's name, the spellings of one name are one row named as the log first
    writes it."""
    at = dt.datetime(2026, 3, 2, 9, 0)
    contacts = pl.DataFrame(
        {
            "started_at": [at + dt.timedelta(minutes=i) for i in range(4)],
            "channel": ["Phone"] * 4,
            "reason": ["Refund", " REFUND", "refund ", "Billing"],
            "segment": ["home", "Home", None, "HOME"],
        }
    )
    contacts = _without_figures(contacts)
    settings = EvidenceSettings(3, 30, ServiceLevelFormula.OFFERED)
    report = evidence(contacts, settings, [], reasons=["Billing"])
    assert [(r["reason"], r["contacts"]) for r in report["by_reason"]] == [
        ("Refund", 3),
        ("Billing", 1),
    ]
    assert [(r["segment"], r["contacts"]) for r in report["by_segment"]] == [("home", 3)]


def test_names_are_the_first_written_however_many_there_are():
    """Polars groups a log by hashing, in an order that changes from run to run: with 300
    names, each written first as "Reason n" and later as "reason n ", some would come out in
    the later spelling if the first were taken from that order."""
    names = [f"Reason {n}" for n in range(300)]
    written = names + [f"{name.lower()} " for name in names]
    at = dt.datetime(2026, 3, 2, 9, 0)
    contacts = pl.DataFrame(
        {
            "started_at": [at + dt.timedelta(minutes=i) for i in range(len(written))],
            "channel": ["Phone"] * len(written),
            "reason": written,
            "segment": ["Home"] * len(written),
        }
    )
    contacts = _without_figures(contacts)
    report = evidence(contacts, EvidenceSettings(3, 30, ServiceLevelFormula.OFFERED), [])
    assert sorted(r["reason"] for r in report["by_reason"]) == sorted(names)
    assert {r["contacts"] for r in report["by_reason"]} == {2}
