"""Contact logs as platforms export them: units, time zones, several rows per contact, presets."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from ces_planner.analysis.contacts import ReadOptions, read_contact_log
from ces_planner.analysis.formats import duration_seconds, unit_from_header, unit_from_values
from ces_planner.analysis.presets import PRESETS, preset
from ces_planner.cli import main


@pytest.mark.parametrize(
    ("text", "unit", "seconds"),
    [
        ("90", "s", 90),
        ("90.5", "s", 90.5),
        ("360400", "ms", 360.4),
        ("2.5", "min", 150),
        ("1.5", "h", 5400),
        ("0.003125", "day", 270),
        ("00:06:12", "s", 372),
        ("50:38:24.085", "s", 50 * 3600 + 38 * 60 + 24.085),
        ("4:24", "s", 264),
        ("00d 01h 02m 03s", "s", 3723),
        ("2m 5s", "s", 125),
        ("1,200", "s", 1200),
    ],
)
def test_every_duration_form(text, unit, seconds):
    frame = pl.DataFrame({"v": [text]})
    value = frame.select(duration_seconds(pl.col("v"), unit).alias("seconds"))["seconds"][0]
    assert value == pytest.approx(seconds)


def test_units_from_headers_and_magnitudes():
    assert unit_from_header("処理時間（秒）") == "s"
    assert unit_from_header("通話時間(分)") == "min"
    assert unit_from_header("First reply time in minutes") == "min"
    assert unit_from_header("Total Handle (ms)") == "ms"
    assert unit_from_header("Handle") is None
    assert unit_from_values([0.0031, 0.0007]) == "day"
    assert unit_from_values([360400, 64000, 525000]) == "ms"
    assert unit_from_values([270, 510]) is None


def read(tmp_path, text, name="log.csv", encoding="utf-8", **options):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_contact_log(path, options=ReadOptions(**options))


def test_timestamps_in_every_form_on_the_plans_clock(tmp_path):
    log = read(
        tmp_path,
        (
            "when,channel,reason\n"
            "2024-03-05T00:14:07Z,Phone,a\n"  # UTC -> Tokyo +9
            "2024-03-05T09:14:07+09:00,Phone,b\n"
            "1709597647,Phone,c\n"  # epoch seconds
            "1709597647000,Phone,d\n"  # epoch milliseconds
            '"Tue, 05 Mar 2024 09:14:07",Phone,e\n'
            "2024/03/05 9:14,Phone,f\n"
            "2024-03-04 24:00,Phone,g\n"
        ),
        plan_zone="Asia/Tokyo",
    )
    times = log.contacts["started_at"].to_list()
    expected = dt.datetime(2024, 3, 5, 9, 14, 7)
    assert times[:5] == [expected] * 5
    assert times[5] == dt.datetime(2024, 3, 5, 9, 14)
    assert times[6] == dt.datetime(2024, 3, 5, 0, 0)


def test_us_and_day_first_dates(tmp_path):
    us = read(tmp_path, "Date,channel,reason\n3/5/24 9:14 AM,Phone,a\n3/5/24 1:05 PM,Phone,b\n")
    assert us.contacts["started_at"].to_list() == [
        dt.datetime(2024, 3, 5, 9, 14),
        dt.datetime(2024, 3, 5, 13, 5),
    ]
    ambiguous = "Start,channel,reason\n03/05/2024 09:14,Phone,a\n"
    assert read(tmp_path, ambiguous).contacts["started_at"][0].month == 3
    assert read(tmp_path, ambiguous, date_order="dmy").contacts["started_at"][0].month == 5
    told = read(tmp_path, "Start,channel,reason\n25/03/2024 09:14,Phone,a\n")
    assert told.contacts["started_at"][0] == dt.datetime(2024, 3, 25, 9, 14)


def test_daylight_saving_change_in_utc_and_local_times(tmp_path):
    # London moved to summer time at 01:00 UTC on 31 March 2024.
    log = read(
        tmp_path,
        "when,channel,reason\n2024-03-31T00:30:00Z,Phone,a\n2024-03-31T01:30:00Z,Phone,b\n",
        plan_zone="Europe/London",
    )
    assert log.contacts["started_at"].to_list() == [
        dt.datetime(2024, 3, 31, 0, 30),
        dt.datetime(2024, 3, 31, 2, 30),
    ]
    # Local times in the plan's own zone are taken as written, even in the skipped hour.
    local = read(
        tmp_path, "when,channel,reason\n2024-03-31 01:30,Phone,a\n", plan_zone="Europe/London"
    )
    assert local.contacts["started_at"][0] == dt.datetime(2024, 3, 31, 1, 30)
    # Times from another zone move to the plan's clock across the autumn change.
    moved = read(
        tmp_path,
        "when,channel,reason\n2024-10-27 00:30,Phone,a\n2024-10-27 01:30,Phone,b\n",
        plan_zone="Europe/London",
        source_zone="UTC",
    )
    assert moved.contacts["started_at"].to_list() == [
        dt.datetime(2024, 10, 27, 1, 30),
        dt.datetime(2024, 10, 27, 1, 30),
    ]


def test_transfers_and_duplicate_deliveries_become_one_contact(tmp_path):
    log = read(
        tmp_path,
        (
            "ContactId,InitialContactId,Start,Channel,Reason,Handle,Wait,Answered\n"
            "c-1,,2024-03-05 09:00:00,VOICE,,100,30,09:00:30\n"
            "c-2,c-1,2024-03-05 09:05:00,VOICE,billing,200,5,09:05:05\n"
            "c-2,c-1,2024-03-05 09:05:00,VOICE,billing,200,5,09:05:05\n"  # delivered twice
            "c-3,,2024-03-05 10:00:00,VOICE,tech,,40,\n"
            "c-4,,2024-03-05 10:00:00,CHAT,,,,\n"
        ),
        mapping={
            "started_at": "Start",
            "channel": "Channel",
            "reason": "Reason",
            "handle_seconds": "Handle",
            "wait_seconds": "Wait",
        },
        contact_key="InitialContactId|ContactId",
        abandoned_when_empty="Answered",
        channel_values={"voice": "Phone", "CHAT": "Chat"},
    )
    assert log.rows_read == 5 and log.duplicates == 1 and log.contacts.height == 3
    first = log.contacts.row(0, named=True)
    assert first["started_at"] == dt.datetime(2024, 3, 5, 9, 0)
    assert first["handle_seconds"] == 300 and first["wait_seconds"] == 30
    assert first["reason"] == "billing" and first["channel"] == "Phone"
    assert first["abandoned"] is False
    third = log.contacts.row(2, named=True)
    assert third["abandoned"] is True and third["channel"] == "Chat"


def test_sums_first_non_empty_and_sentinels(tmp_path):
    log = read(
        tmp_path,
        (
            "Start,Reason,Queue,Talk,Hold,ACW\n"
            "2024-03-05 09:00,[None],Billing,100,,20\n"
            "2024-03-05 09:01,Login,Tech,,,\n"
            "2024-03-05 09:02,N/A,-,00:01:00,30,-\n"
        ),
        mapping={
            "started_at": "Start",
            "reason": "Reason|Queue",
            "handle_seconds": "Talk+Hold+ACW",
        },
        default_channel="Phone",
    )
    rows = log.contacts.to_dicts()
    assert [r["reason"] for r in rows] == ["Billing", "Login", None]
    assert [r["handle_seconds"] for r in rows] == [120, None, 90]
    assert {r["channel"] for r in rows} == {"Phone"}


def test_headerless_pipe_file_with_a_totals_line(tmp_path):
    log = read(
        tmp_path,
        "90011|2024-03-05 09:14|Phone|Billing|55\n"
        "90012|2024-03-05 09:20|Phone|Tech|40\n"
        "Total||||95\n",
        mapping={"started_at": "#2", "channel": "#3", "reason": "#4", "handle_seconds": "#5"},
        no_header=True,
        delimiter="|",
    )
    assert log.contacts.height == 2
    assert log.rejects.counts == {"total or summary line (skipped)": 1}
    assert log.contacts["handle_seconds"].to_list() == [55, 40]


def test_cp932_file_with_japanese_headers_and_unit_suffixes(tmp_path):
    log = read(
        tmp_path,
        (
            "受付日時,チャネル,問い合わせ理由,処理時間(分),待ち時間（秒）\n"
            "2024/03/05 9:14,電話,料金,2.5,３０\n"
        ),
        encoding="cp932",
    )
    row = log.contacts.row(0, named=True)
    assert row["handle_seconds"] == 150 and row["wait_seconds"] == 30
    assert log.units == {"handle_seconds": "min", "wait_seconds": "s"}


SHAPED = {
    "amazon-connect": (
        "ContactId,Channel,InitiationTimestamp,CustomerEndpoint.Address,Queue.Name,Queue.Duration,"
        "Agent.ConnectedToAgentTimestamp,Agent.AgentInteractionDuration,"
        "Agent.CustomerHoldDuration,Agent.AfterContactWorkDuration,InitialContactId,"
        "Attributes.reason\n"
        "c-1,VOICE,2024-03-05T00:14:07Z,+813,Billing,48,2024-03-05T00:14:55Z,270,35,55,,billing\n"
        "c-2,VOICE,2024-03-05T00:15:30Z,+814,Billing,64,,,,,,\n",
        2,
        [360.0, None],
        [False, True],
    ),
    "genesys-cloud": (
        "Media Type,Date,Queue,Wrap-up,Conversation ID,Abandoned,Total Queue,Total Handle\n"
        "voice,3/5/24 9:14 AM,Billing,Billing Dispute,5e-1,NO,48210,360400\n"
        "voice,3/5/24 9:15 AM,Billing,,5e-2,YES,64000,\n"
        "callback,3/5/24 9:21 AM,Tech,X,5e-3,NO,12000, 00:08:45.000\n",
        3,
        [360.4, None, 525.0],
        [False, True, False],
    ),
    "zendesk": (
        "Id,Requester id,Group,Via,Created at,Contact reason [list]\n"
        "10231,3801,Billing,Mail,2024-03-05 09:14,billing\n"
        "10232,3802,Tech,Web form,2024-03-05 09:20,\n",
        2,
        [None, None],
        [None, None],
    ),
    "five9": (
        "CALL ID,TIMESTAMP,CAMPAIGN,DISPOSITION,ANI,QUEUE WAIT TIME,TALK TIME,HOLD TIME,"
        "PARK TIME,AFTER CALL WORK TIME,ABANDONED\n"
        '300145,"Tue, 05 Mar 2024 09:14:07",Support,Billing Question,5551234567,00:00:48,'
        "00:04:24,00:00:35,00:00:00,00:00:55,0\n"
        '300146,"Tue, 05 Mar 2024 09:15:30",Support,Abandon,5559876543,00:01:04,00:00:00,'
        "00:00:00,00:00:00,00:00:00,1\n",
        2,
        [354.0, 0.0],
        [False, True],
    ),
    "talkdesk": (
        "interaction_id,call_type,start_time,customer_phone_number,talk_time,waiting_time,"
        "holding_time,disposition_code,csat_score\n"
        "7445aa01,inbound,2024-03-05 09:14:07,+1415,0.003125,0.000555556,0.000405093,Billing,4\n"
        "7445aa02,abandoned,2024-03-05 09:15:30,+1416,0,0.000740741,0,,\n",
        2,
        [305.0, 0.0],
        [False, True],
    ),
    "nice-cxone": (
        "Contact_ID,Master_Contact_ID,Skill_Name,Agent_Name,Start_Date,Abandon,ACW_Seconds\n"
        "90011,90011,Billing,Jane,03/05/2024,N,55\n"
        "90012,90012,Billing,,03/05/2024,Y,0\n"
        "90014,90011,Tech,Ken,03/05/2024,N,40\n",
        2,
        [95.0, 0.0],
        [False, True],
    ),
    "cisco-ucce": (
        "DateTime,PeripheralCallKey,CallDisposition,LocalQTime,TalkTime,HoldTime,WorkTime,ANI,"
        "WrapupData\n"
        "2024-03-05 09:20:19.000,6901,13,48,270,35,55,5551234567,BILLING\n"
        "2024-03-05 09:16:34.000,6902,2,64,0,0,0,5559876543,\n",
        2,
        [360.0, 0.0],
        [False, True],
    ),
    "avaya-smdr": (
        "Call Start,Connected Time,Ring Time,Caller,Dialled Number,Call ID,Hold Time,Park Time\n"
        "2024/03/05 09:14:07,00:02:10,48,0770,01614960654,1000123,35,0\n"
        "2024/03/05 09:14:07,00:02:20,3,0770,01614960654,1000123,0,0\n"
        "2024/03/05 09:15:30,00:00:00,64,0771,01614960654,1000124,0,0\n",
        2,
        [305.0, 0.0],
        [False, True],
    ),
    "biztel": (
        "内線番号,発信元番号,相手先番号,通話開始時間,通話終了時間,通話時間\n"
        "201,0312345678,09012345678,2024/03/05 09:14:07,2024/03/05 09:20:19,372\n"
        "202,0312345678,0612345678,2024/03/05 09:30:00,2024/03/05 09:31:05,65\n",
        2,
        [372.0, 65.0],
        [None, None],
    ),
}


def test_there_is_a_shaped_sample_for_every_preset():
    assert set(SHAPED) == set(PRESETS)


@pytest.mark.parametrize("name", sorted(SHAPED))
def test_every_preset_reads_a_file_in_its_platforms_shape(tmp_path, name):
    text, contacts, handle, abandoned = SHAPED[name]
    options = preset(name)
    log = read(
        tmp_path,
        text,
        encoding="cp932" if name == "biztel" else "utf-8",
        mapping=options.pop("mapping"),
        abandoned_when=tuple(options.pop("abandoned_when"))
        if "abandoned_when" in options
        else None,
        **options,
    )
    assert log.rejects.counts == {}
    assert log.contacts.height == contacts
    got = log.contacts["handle_seconds"].to_list()
    assert [g is None for g in got] == [h is None for h in handle]
    assert [g for g in got if g is not None] == pytest.approx([h for h in handle if h is not None])
    assert log.contacts["abandoned"].to_list() == abandoned
    assert log.contacts["channel"].null_count() == 0


def test_cli_flags_profile_round_trip(tmp_path, sample_file, capsys):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    log = tmp_path / "five9.csv"
    log.write_text(SHAPED["five9"][0], encoding="utf-8")
    profile = tmp_path / "five9.json"
    assert (
        main(
            [
                "import-contacts",
                str(plan),
                str(log),
                "--preset",
                "five9",
                "--save-profile",
                str(profile),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Imported 2 contacts" in out
    saved = json.loads(profile.read_text(encoding="utf-8"))
    assert saved["default_channel"] == "Phone" and saved["contact_key"] == "CALL ID"
    second = tmp_path / "second.csv"
    second.write_text(SHAPED["five9"][0].replace("Tue, 05 Mar", "Wed, 06 Mar"), encoding="utf-8")
    assert main(["import-contacts", str(plan), str(second), "--profile", str(profile)]) == 0
    capsys.readouterr()
    assert main(["evidence", str(plan), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["contacts"] == 2 and report["period"]["start"].startswith("2024-03-06")
    assert report["by_channel"][0]["abandon_rate"] == 0.5
    assert main(["import-contacts", str(plan), str(log), "--unit", "handle_seconds=weeks"]) == 2
    assert main(["import-contacts", str(plan), str(log), "--source-timezone", "Mars/Base"]) == 2
    assert main(["import-contacts", str(plan), str(log), "--preset", "nope"]) == 2
    err = capsys.readouterr().err
    assert "unit" in err and "time zone" in err and "no preset nope" in err


def test_settings_command(tmp_path, sample_file, capsys):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    assert (
        main(
            [
                "settings",
                str(plan),
                "timezone=Asia/Tokyo",
                "repeat_window_days=3",
                "service_level_formula=offered",
                "cost_per_agent_hour=31.5",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["settings", str(plan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "timezone": "Asia/Tokyo",
        "repeat_window_days": 3,
        "service_level_threshold_seconds": 20,
        "service_level_formula": "offered",
        "currency": "GBP",  # the sample's, unchanged
        "cost_per_agent_hour": 31.5,
    }
    assert main(["show", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["settings"] == data
    before = plan.read_bytes()
    for bad in (
        ["bogus=1"],
        ["repeat_window_days=0"],
        ["timezone=Nowhere/City"],
        ["service_level_formula=whatever"],
        ["timezone"],
    ):
        assert main(["settings", str(plan), *bad]) == 2
    assert plan.read_bytes() == before


def test_title_lines_metadata_columns_and_a_totals_line(tmp_path):
    log = read(
        tmp_path,
        (
            "Interaction report\n"
            "Exported 2024-03-06 08:00 by admin\n"
            "\n"
            "Full Export Completed,Partial Result Timestamp,Date,Media Type,Wrap-up,Total Handle\n"
            "YES,,2024-03-05 09:14,voice,Billing,300\n"
            "YES,,2024-03-05 09:20,voice,bad row,abc\n"
            "YES,,2024-03-05 09:31,chat,Login,120\n"
            "Total,,,,,420\n"
        ),
        mapping={
            "started_at": "Date",
            "channel": "Media Type",
            "reason": "Wrap-up",
            "handle_seconds": "Total Handle",
        },
    )
    assert log.contacts["reason"].to_list() == ["Billing", "Login"]
    assert log.rejects.counts == {
        "handle_seconds is not a number": 1,
        "total or summary line (skipped)": 1,
    }
    assert log.rejects.examples["handle_seconds is not a number"] == [6]  # the file's line


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("{not json", "it is not valid JSON (line 1)"),
        ('["mapping"]', "it holds no settings (a JSON object is expected)"),
        (b"\xff\xfe{}", "it is not a UTF-8 text file"),
        (None, "No such file or directory"),
    ],
)
def test_a_bad_profile_is_one_sentence_and_the_plan_is_unchanged(
    tmp_path, sample_file, capsys, content, detail
):
    plan = tmp_path / "p.cesplan"
    plan.write_bytes(sample_file.read_bytes())
    before = plan.read_bytes()
    log = tmp_path / "five9.csv"
    log.write_text(SHAPED["five9"][0], encoding="utf-8")
    profile = tmp_path / "profile.json"
    if isinstance(content, bytes):
        profile.write_bytes(content)
    elif content is not None:
        profile.write_text(content, encoding="utf-8")
    assert main(["import-contacts", str(plan), str(log), "--profile", str(profile)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"ces-planner: The profile profile.json cannot be read: {detail}."
    assert plan.read_bytes() == before


def test_whole_seconds_use_their_own_form_and_a_later_fraction_is_still_read(tmp_path):
    """Polars reads ``%H:%M:%S`` several times faster than ``%H:%M:%S%.f``: a log whose sample
    shows whole seconds is read with the first, and a fraction further down is still read."""
    from ces_planner.analysis.contacts import datetime_forms

    whole = pl.Series(["2026-03-02 09:00:00", "2026-03-02T10:00:05"])
    assert set(datetime_forms(whole)) == {"%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"}
    assert datetime_forms(pl.Series(["2026-03-02 09:00:00.250"])) == ["%Y-%m-%d %H:%M:%S%.f"]
    lines = [f"2026-03-02 09:{n // 60 % 60:02d}:{n % 60:02d},Phone,Billing" for n in range(6000)]
    lines.append("2026-03-03 11:00:00.250,Chat,Billing")  # past the 5,000 rows looked at
    log = read(tmp_path, "when,channel,reason\n" + "\n".join(lines) + "\n")
    assert log.rows_read == 6001 and log.rejects.total == 0
    assert log.contacts["started_at"].max() == dt.datetime(2026, 3, 3, 11, 0, 0, 250000)


def test_legs_of_a_call_that_only_rang_add_no_handle_time(tmp_path):
    """A ring group rings three phones, one row each; one answers. The call's handle time is
    the answered leg's, not the sum of all three (the unanswered legs carry their ring time)."""
    log = read(
        tmp_path,
        "Call ID,Start,Queue,Reason,Talk,Answered\n"
        "A1,2024-03-05 09:00:00,Phone,Billing,18,N\n"
        "A1,2024-03-05 09:00:00,Phone,Billing,250,Y\n"
        "A1,2024-03-05 09:00:01,Phone,Billing,17,N\n"
        "B2,2024-03-05 09:05:00,Phone,Billing,20,N\n"
        "B2,2024-03-05 09:05:00,Phone,Billing,21,N\n",
        mapping={"started_at": "Start", "channel": "Queue", "reason": "Reason",
                 "handle_seconds": "Talk", "abandoned": "Answered"},
        abandoned_when=("Answered", "N"),
        contact_key="Call ID",
    )  # fmt: skip
    assert log.contacts["handle_seconds"].to_list() == [250, None]
    assert log.contacts["abandoned"].to_list() == [False, True]
