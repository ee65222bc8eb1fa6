"""Columns guessed as an analyst would: whole words of the header, checked against the values
the column holds; a mapping given for one field leaves the others guessed."""

from __future__ import annotations

import datetime as dt
import shutil

import polars as pl
import pytest

from ces_planner.analysis.contacts import ImportRejected, ReadOptions, read_contact_log
from ces_planner.analysis.guessing import guess_columns, header_score, header_words
from ces_planner.cli import main


def guessed(headers: list[str], *rows: list[str], given=None) -> dict[str, str]:
    sample = pl.DataFrame(
        {h: [r[i] for r in rows] for i, h in enumerate(headers)},
        schema={h: pl.String for h in headers},
    )
    return {g.field: g.expression for g in guess_columns(headers, sample, given)}


def test_headers_are_split_into_whole_words():
    assert header_words("AvgTalkDuration (Minutes)") == ["avg", "talk", "duration", "minutes"]
    assert header_words("open_data_channel_type") == ["open", "data", "channel", "type"]
    assert header_words("Answered (Y/N)") == ["answered", "y", "n"]
    assert header_words("CSATScore") == ["csat", "score"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Speed of answer in seconds", "wait_seconds"),
        ("AvgTalkDuration", "handle_seconds"),
        ("Satisfaction rating", "csat"),
        ("complaint_type", "reason"),
        ("open_data_channel_type", "channel"),
        ("Call Duration (Minutes)", "handle_seconds"),
        ("CSAT Score", "csat"),
        ("通話時間(秒)", "handle_seconds"),
    ],
)
def test_headers_with_more_words_than_the_field_are_guessed(header, field):
    assert header_score(field, header) > 0


def test_letters_inside_a_word_do_not_match():
    assert header_score("started_at", "Sentiment") == 0  # "time" inside a word
    assert header_score("handle_seconds", "Schedule") == 0
    found = guessed(
        ["Created", "Channel", "Reason", "Sentiment", "bridge_highway_segment"],
        ["2024-03-05 09:14", "Phone", "Billing", "positive", "BQE"],
    )
    assert found["started_at"] == "Created"
    assert "segment" not in found  # a road's name, not a customer segment


def test_a_column_whose_values_do_not_read_is_not_kept_when_another_does():
    found = guessed(
        ["Wait", "Wait time (s)", "Start", "Channel", "Reason"],
        ["long", "35", "2024-03-05 09:14", "Phone", "Billing"],
        ["short", "12", "2024-03-05 09:15", "Email", "Login"],
    )
    assert found["wait_seconds"] == "Wait time (s)"


def test_a_date_column_and_a_time_column_are_joined():
    found = guessed(
        ["Call Date", "Call Time", "Channel", "Reason"],
        ["2024-03-05", "09:14:07", "Phone", "Billing"],
        ["05/03/2024", "1:05 PM", "Phone", "Billing"],
    )
    assert found["started_at"] == "Call Date+Call Time"


def test_a_yes_no_answered_column_gives_abandoned(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Date,Time,Channel,Reason,Answered (Y/N),Speed of answer in seconds\n"
        "2024-03-05,09:14:07,Phone,Billing,Y,30\n"
        "2024-03-05,10:00:00,Phone,Billing,N,95\n"
        "2024-03-05,11:30:00,Phone,Billing,Y,10\n",
        encoding="utf-8",
    )
    log = read_contact_log(path)
    assert log.mapping["answered"] == "Answered (Y/N)"
    assert log.contacts["abandoned"].to_list() == [False, True, False]
    assert log.contacts["started_at"].to_list() == [
        dt.datetime(2024, 3, 5, 9, 14, 7),
        dt.datetime(2024, 3, 5, 10, 0),
        dt.datetime(2024, 3, 5, 11, 30),
    ]
    assert log.contacts["wait_seconds"].to_list() == [30, 95, 10]


LOG = (
    "Created,Medium,Topic,Talk time\n"
    "2024-03-05 09:14,Phone,Billing,300\n"
    "2024-03-05 09:20,Email,Login,120\n"
)


def test_a_mapping_for_one_field_leaves_the_others_guessed(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    log = read_contact_log(path, {"channel": "Topic", "reason": "Medium"})
    assert log.mapping == {
        "started_at": "Created",
        "channel": "Topic",
        "reason": "Medium",
        "handle_seconds": "Talk time",
    }
    with pytest.raises(ImportRejected, match="No column was found for started_at, channel"):
        read_contact_log(path, options=ReadOptions(mapping={"reason": "Topic"}, no_guess=True))


@pytest.fixture
def plan(tmp_path, sample_file):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    return path


def test_the_cli_says_which_fields_were_guessed_and_why(plan, tmp_path, capsys):
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    assert main(["import-contacts", str(plan), str(path), "--map", "handle_seconds=Talk time"]) == 0
    out = capsys.readouterr().out
    assert "started_at <- Created  (guessed from the header; 100% of 2 sampled values" in out
    assert "channel <- Medium  (guessed" in out and "reason <- Topic  (guessed" in out
    assert "handle_seconds <- Talk time [s]\n" in out  # named, not guessed


def test_everything_missing_is_said_at_once_with_the_option_for_each(plan, tmp_path, capsys):
    path = tmp_path / "log.csv"
    path.write_text("Agent,Notes,Talk time\nAnn,called back,300\n", encoding="utf-8")
    before = plan.read_bytes()
    assert main(["import-contacts", str(plan), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "No column was found for started_at, channel, reason" in err
    assert '"Agent", "Notes", "Talk time"' in err
    assert "--map started_at=COLUMN" in err and "--map reason=COLUMN" in err
    assert "--default-channel NAME" in err
    assert plan.read_bytes() == before


def test_a_log_of_dates_only_leaves_arrivals_and_outside_hours_out(plan, tmp_path, capsys):
    """Every start at midnight: when in the day contacts came is not known, so arrivals by
    interval and outside-hours figures are null, not counted at 00:00; the rest stands."""
    import json

    path = tmp_path / "daily.csv"
    path.write_text(
        "Date,Channel,Reason,Talk time\n"
        "2026-03-02,Phone,Billing,300\n2026-03-03,Phone,Moving home,200\n"
        "2026-03-08,Email,Billing,100\n",
        encoding="utf-8",
    )
    assert main(["import-contacts", str(plan), str(path)]) == 0
    assert "The log gives dates only" in capsys.readouterr().out
    assert main(["evidence", str(plan), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dates_only"] is True
    assert report["arrivals"] is None and report["outside_hours"] is None
    assert report["contacts"] == 3 and report["overall"]["aht_seconds"] == 200
    for fmt in ("docx", "pdf", "xlsx", "html"):
        assert main(["export", str(plan), "-o", str(tmp_path / f"s.{fmt}")]) == 0, fmt
    assert main(["check", str(plan)]) in (0, 1)


@pytest.mark.parametrize(
    ("encoding", "header", "rows"),
    [
        ("cp1251", "Дата,Канал,Причина", ["Телефон,Оплата счёта", "Почта,Доставка заказа"]),
        ("cp1252", "Date,Canal,Motif", ["Téléphone,Réclamation reçue", "Courriel,Délai dépassé"]),
        ("cp932", "受付日時,チャネル,問い合わせ理由", ["電話,請求について", "メール,住所の変更"]),
        ("utf-16", "Start,Channel,Reason", ["Phone,Über die Rechnung", "Email,Straße"]),
    ],
)
def test_the_encoding_is_the_one_the_text_reads_in(tmp_path, encoding, header, rows):
    """cp932, cp1251 and cp1252 decode each other's bytes without an error: the one chosen
    is the one whose text reads as language (a Russian file was once read as Japanese)."""
    path = tmp_path / "log.csv"
    lines = [header] + [f"2024-03-0{n + 1} 09:14,{row}" for n, row in enumerate(rows * 20)]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    mapping = dict(zip(["started_at", "channel", "reason"], header.split(","), strict=True))
    log = read_contact_log(path, mapping)
    assert log.encoding == encoding
    assert log.contacts["reason"][0] == rows[0].split(",")[1]


def test_wait_handle_and_abandoned_follow_from_when_a_call_was_answered_and_ended(tmp_path):
    """A phone system's export: start, time answered (empty: never answered), time ended,
    as times of day on the call's date or as whole date-times; an answer past midnight is
    the next day's. No wait, handle or abandoned column: they follow from the moments."""
    path = tmp_path / "cdr.csv"
    path.write_text(
        "Start,Time Answered,Time Ended,Reason\n"
        "2024-03-05 09:14:00,09:14:30,09:19:30,Billing\n"
        "2024-03-05 23:59:50,00:00:20,00:02:20,Login\n"  # answered after midnight
        "2024-03-05 10:00:00,,10:01:05,Billing\n"  # hung up after 65 s in the queue
        "2024-03-05 11:00:00,2024-03-05 11:00:12,2024-03-05 11:04:12,Billing\n",
        encoding="utf-8",
    )
    log = read_contact_log(path, options=ReadOptions(default_channel="Phone"))
    assert log.mapping["answered_at"] == "Time Answered"
    assert log.mapping["ended_at"] == "Time Ended"
    contacts = log.contacts
    assert contacts["wait_seconds"].to_list() == [30, 30, 65, 12]
    assert contacts["handle_seconds"].to_list() == [300, 120, None, 240]
    assert contacts["abandoned"].to_list() == [False, False, True, False]


def test_a_wait_column_of_its_own_wins_over_the_moments(tmp_path):
    path = tmp_path / "cdr.csv"
    path.write_text(
        "Start,Answered at,Wait time,Reason\n2024-03-05 09:14:00,09:14:30,25,Billing\n",
        encoding="utf-8",
    )
    log = read_contact_log(path, options=ReadOptions(default_channel="Phone"))
    assert log.contacts["wait_seconds"].to_list() == [25]
    assert log.contacts["abandoned"].to_list() == [False]


def test_the_direction_is_guessed_from_its_header_or_its_words():
    found = guessed(
        ["Start", "Channel", "Call type", "Reason"],
        ["2024-03-05 09:14", "Phone", "Inbound", "Billing"],
        ["2024-03-05 09:15", "Phone", "Outbound", "Login"],
    )
    assert found["direction"] == "Call type" and found["reason"] == "Reason"
    japanese = guessed(
        ["受付日時", "チャネル", "発着信", "問い合わせ理由"],
        ["2024-03-05 09:14", "電話", "着信", "請求"],
        ["2024-03-05 09:15", "電話", "発信", "請求"],
    )
    assert japanese["direction"] == "発着信"


def test_the_sheet_that_reads_as_a_log_is_read_and_named(plan, tmp_path, capsys):
    """A workbook that opens on a pivot table: the log's sheet is found and named, and
    --sheet reads another."""
    import openpyxl

    book = openpyxl.Workbook()
    pivot = book.active
    pivot.title = "Summary"
    pivot.append(["Row Labels", "Count of Reason"])
    pivot.append(["Billing", 2])
    data = book.create_sheet("Calls")
    data.append(["Start", "Channel", "Reason", "Talk time"])
    data.append(["2024-03-05 09:14", "Phone", "Billing", 300])
    data.append(["2024-03-05 09:20", "Email", "Login", 120])
    path = tmp_path / "report.xlsx"
    book.save(path)
    assert main(["import-contacts", str(plan), str(path)]) == 0
    out = capsys.readouterr().out
    assert 'Sheet read: "Calls"' in out and "Imported 2 contacts" in out
    assert main(["import-contacts", str(plan), str(path), "--sheet", "Nope"]) == 2
    err = capsys.readouterr().err
    assert 'has no sheet "Nope"; its sheets are: "Summary", "Calls".' in err


def test_times_of_day_without_a_date_need_the_day(plan, tmp_path, capsys):
    import json

    path = tmp_path / "one_day.csv"
    path.write_text(
        "Time,Channel,Reason\n0:10:10,Phone,Billing\n9:14:07,Phone,Login\n", encoding="utf-8"
    )
    before = plan.read_bytes()
    assert main(["import-contacts", str(plan), str(path)]) == 2
    err = capsys.readouterr().err
    assert 'gives times of day without a date ("Time")' in err and "--date YYYY-MM-DD" in err
    assert plan.read_bytes() == before
    assert main(["import-contacts", str(plan), str(path), "--date", "2024-03-05"]) == 0
    assert "--date 2024-03-05" in capsys.readouterr().out
    assert main(["evidence", str(plan), "--json"]) == 0
    period = json.loads(capsys.readouterr().out)["period"]
    assert period == {"start": "2024-03-05T00:10:10", "end": "2024-03-05T09:14:07"}
    assert main(["import-contacts", str(plan), str(path), "--date", "2024-13-05"]) == 2
    assert "--date takes a day" in capsys.readouterr().err


def test_evidence_prints_the_centres_figures_and_a_table_per_channel(plan, tmp_path, capsys):
    path = tmp_path / "log.csv"
    path.write_text(
        "Start,Channel,Reason,Talk time,Wait,Abandoned,Resolved\n"
        "2026-03-02 09:00,Phone,Billing,300,10,no,yes\n"
        "2026-03-02 09:10,Phone,Billing,100,30,no,no\n"
        "2026-03-02 09:20,Phone,Login,,50,yes,no\n"
        "2026-03-02 09:30,電話窓口,Login,200,5,no,yes\n",
        encoding="utf-8",
    )
    assert main(["import-contacts", str(plan), str(path)]) == 0
    capsys.readouterr()
    assert main(["evidence", str(plan)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "  AHT (s)" in out and lines[lines.index("The centre") + 1].endswith(" 200")
    assert "Service level" in out and "answered within the threshold ÷ answered" in out
    assert "Abandon rate" in out and "25.0%" in out
    assert "FCR" in out and "66.7%" in out  # 2 of the 3 answered; the abandoned one left out
    table = lines[lines.index("Evidence by channel") + 1 :]
    assert table[0].split() == ["Channel", "Contacts", "Share", "AHT", "(s)", "Service",
                                "level", "ASA", "(s)", "Abandon", "rate", "FCR"]  # fmt: skip
    phone = next(line for line in table if line.strip().startswith("Phone"))
    wide = next(line for line in table if "電話窓口" in line)
    # Columns line up, a wide character counted as two.
    from ces_planner.text import display_width

    assert display_width(phone) == display_width(wide)
    assert phone.split()[1:3] == ["3", "75.0%"]


def test_changing_the_time_zone_after_an_import_says_the_log_is_on_the_old_clock(
    plan, tmp_path, capsys
):
    import json

    assert main(["settings", str(plan), "timezone=Europe/London"]) == 0
    path = tmp_path / "log.csv"
    path.write_text("Start,Channel,Reason\n2026-03-02 09:00,Phone,Billing\n", encoding="utf-8")
    assert main(["import-contacts", str(plan), str(path)]) == 0
    capsys.readouterr()
    assert main(["evidence", str(plan), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["source"]["clock"] == "Europe/London" and not report["clock_differs"]
    assert captured.err == ""
    assert main(["settings", str(plan), "timezone=Asia/Tokyo"]) == 0
    err = capsys.readouterr().err
    assert "read on the Europe/London clock" in err and "now Asia/Tokyo" in err
    assert "import the log again" in err
    assert main(["evidence", str(plan)]) == 0
    assert "read on the Europe/London clock" in capsys.readouterr().err
    assert main(["import-contacts", str(plan), str(path)]) == 0
    capsys.readouterr()
    assert main(["evidence", str(plan)]) == 0
    assert capsys.readouterr().err == ""


def test_an_encoding_judged_from_the_text_is_said_to_be_so(plan, tmp_path, capsys):
    path = tmp_path / "ru.csv"
    path.write_bytes(
        "Start,Channel,Reason\n2024-03-05 09:14,Телефон,Оплата счёта\n".encode("cp1251")
    )
    assert main(["import-contacts", str(plan), str(path)]) == 0
    out = capsys.readouterr().out
    assert "encoding cp1251" in out and "judged from how the text reads" in out
    path.write_text("Start,Channel,Reason\n2024-03-05 09:14,Phone,Billing\n", encoding="utf-8")
    assert main(["import-contacts", str(plan), str(path)]) == 0
    assert "judged from how the text reads" not in capsys.readouterr().out
