import datetime as dt

import pytest

from ces_planner.domain.hours import (
    format_clock,
    is_open,
    parse_clock,
    weekly_open_minutes,
    window_length_minutes,
)
from ces_planner.domain.model import HoursException, OpeningWindow

MONDAY = dt.date(2026, 11, 23)


def at(day_offset: int, hh: int, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day_offset), dt.time(hh, mm, ss))


def test_clock_text_round_trip():
    assert parse_clock("08:30") == 510
    assert parse_clock("24:00") == 1440
    assert format_clock(510) == "08:30"
    for bad in ("24:01", "7", "08:60", "x"):
        with pytest.raises(ValueError):
            parse_clock(bad)


def test_window_is_half_open():
    windows = [OpeningWindow(1, 0, parse_clock("09:00"), parse_clock("17:00"))]
    assert not is_open(windows, [], at(0, 8, 59, 59))
    assert is_open(windows, [], at(0, 9, 0))
    assert is_open(windows, [], at(0, 16, 59, 59))
    assert not is_open(windows, [], at(0, 17, 0))
    assert not is_open(windows, [], at(1, 10, 0))  # Tuesday has no window


def test_window_crossing_midnight_runs_into_next_day():
    sunday_late = OpeningWindow(1, 6, parse_clock("22:00"), parse_clock("02:00"))
    assert window_length_minutes(sunday_late) == 240
    assert is_open([sunday_late], [], at(6, 23, 30))
    # Sunday's window runs into Monday morning: the week wraps around.
    assert is_open([sunday_late], [], at(0, 1, 59))
    assert not is_open([sunday_late], [], at(0, 2, 0))
    assert not is_open([sunday_late], [], at(5, 1, 0))


def test_channel_without_windows_is_always_open():
    assert is_open([], [], at(3, 3, 3))


def test_exception_closes_the_day_or_sets_its_hours():
    windows = [OpeningWindow(1, d, 480, 1200) for d in range(7)]
    closed = HoursException(MONDAY)
    assert not is_open(windows, [closed], at(0, 10, 0))
    assert is_open(windows, [closed], at(1, 10, 0))
    short = HoursException(MONDAY, opens=600, closes=960)
    assert not is_open(windows, [short], at(0, 9, 0))
    assert is_open(windows, [short], at(0, 10, 0))
    assert not is_open(windows, [short], at(0, 16, 0))
    # An exception also applies to a channel with no windows.
    assert not is_open([], [closed], at(0, 12, 0))


def test_weekly_open_minutes_counts_overlaps_once():
    windows = [
        OpeningWindow(1, 0, 480, 1020),
        OpeningWindow(1, 0, 900, 1200),  # overlaps the first
        OpeningWindow(1, 6, 1380, 60),  # Sunday 23:00 to Monday 01:00
    ]
    assert weekly_open_minutes(windows) == (1200 - 480) + 120
