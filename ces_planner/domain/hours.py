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


SLOT_MINUTES = 30
SLOTS_PER_DAY = MINUTES_PER_DAY // SLOT_MINUTES
SLOTS_PER_WEEK = SLOTS_PER_DAY * WEEKDAYS


def slots_from_windows(windows: Iterable[OpeningWindow]) -> list[bool]:
    """The week as 336 half-hour slots (Monday 00:00 first); a slot is open if it starts open."""
    covered = week_coverage(windows)
    return [covered[slot * SLOT_MINUTES] for slot in range(SLOTS_PER_WEEK)]


def windows_from_slots(channel_id: int, slots: list[bool]) -> list[OpeningWindow]:
    """The fewest windows that open exactly these slots.

    A run of open slots becomes one window starting on the day it starts; a run that goes past
    midnight stays one window crossing midnight, as long as it lasts at most 24 hours.
    """
    if all(slots):
        return [OpeningWindow(channel_id, day, 0, MINUTES_PER_DAY) for day in range(WEEKDAYS)]
    if not any(slots):
        return []
    total = len(slots)
    # Start scanning just after a closed slot so that runs wrapping Sunday->Monday stay whole.
    start = next(i for i in range(total) if not slots[i]) + 1
    windows: list[OpeningWindow] = []
    run_start: int | None = None
    for step in range(total + 1):
        slot = (start + step) % total
        is_open = slots[slot] and step < total
        if is_open and run_start is None:
            run_start = start + step
        elif not is_open and run_start is not None:
            windows.extend(_run_windows(channel_id, run_start, start + step))
            run_start = None
    return sorted(windows, key=lambda w: (w.weekday, w.opens))


def _run_windows(channel_id: int, first: int, end: int) -> list[OpeningWindow]:
    """Windows for open slots ``[first, end)`` (absolute slot numbers, may pass the week)."""
    found = []
    while first < end:
        day_start = (first // SLOTS_PER_DAY) * SLOTS_PER_DAY
        # A window may run until midnight of the next day at the latest (24 hours long).
        limit = min(end, first + SLOTS_PER_DAY, day_start + 2 * SLOTS_PER_DAY)
        if limit - first == SLOTS_PER_DAY and first != day_start:
            limit = day_start + SLOTS_PER_DAY  # a full day's length: cut at midnight instead
        opens = (first - day_start) * SLOT_MINUTES
        closes = ((limit - day_start) * SLOT_MINUTES) % MINUTES_PER_DAY or MINUTES_PER_DAY
        found.append(OpeningWindow(channel_id, (first // SLOTS_PER_DAY) % WEEKDAYS, opens, closes))
        first = limit
    return found
