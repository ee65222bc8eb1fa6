"""Opening hours: weekly windows that may cross midnight, and dated exceptions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ces_planner.domain.model import HoursException, OpeningWindow

MINUTES_PER_DAY = 24 * 60
WEEKDAYS = 7

_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_clock(text: str) -> int:
    """``"HH:MM"`` (``"24:00"`` allowed) -> minutes after midnight; ValueError otherwise."""
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes = int(match.group(1)), int(match.group(2))
    total = hours * 60 + minutes
    if minutes >= 60 or total > MINUTES_PER_DAY:
        raise ValueError(text)
    return total


def format_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def crosses_midnight(window: OpeningWindow) -> bool:
    return window.closes <= window.opens


def window_length_minutes(window: OpeningWindow) -> int:
    if crosses_midnight(window):
        return MINUTES_PER_DAY - window.opens + window.closes
    return window.closes - window.opens


def weekly_open_minutes(windows: Iterable[OpeningWindow]) -> int:
    """Minutes per week the windows cover, overlaps counted once."""
    covered = week_coverage(windows)
    return sum(covered)


def week_coverage(windows: Iterable[OpeningWindow]) -> list[bool]:
    """One flag per minute of the week (Monday 00:00 first): open or not."""
    week = MINUTES_PER_DAY * WEEKDAYS
    covered = [False] * week
    for window in windows:
        start = window.weekday * MINUTES_PER_DAY + window.opens
        for minute in range(start, start + window_length_minutes(window)):
            covered[minute % week] = True
    return covered


def is_open(
    windows: Iterable[OpeningWindow],
    exceptions: Iterable[HoursException],
    moment: dt.datetime,
) -> bool:
    """Whether a channel with these windows and exceptions is open at a local ``moment``.

    A channel without windows is open around the clock. An exception for the moment's date
    governs that whole calendar day: closed, or open only within its own hours.
    """
    minute_of_day = moment.hour * 60 + moment.minute
    for exception in exceptions:
        if exception.date == moment.date():
            if exception.opens is None or exception.closes is None:
                return False
            return exception.opens <= minute_of_day < exception.closes
    windows = list(windows)
    if not windows:
        return True
    minute_of_week = moment.weekday() * MINUTES_PER_DAY + minute_of_day
    week = MINUTES_PER_DAY * WEEKDAYS
    for window in windows:
        start = window.weekday * MINUTES_PER_DAY + window.opens
        if (minute_of_week - start) % week < window_length_minutes(window):
            return True
    return False
