"""Dates typed by people: ``2027-12-31``, ``31/12/2027``, ``31 Dec 2027``, ``2027年12月31日``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ces_planner.i18n import MONTH_NAMES

EARLIEST_YEAR = 1950  # a plan's dates are this century's; earlier is a typing slip
LATEST_YEAR = 2200

# The month names the documents write, whole and cut to three letters (and "sept").
_MONTHS = {
    form: number
    for number, name in enumerate(MONTH_NAMES, start=1)
    for form in (name.lower(), name.lower()[:3])
} | {"sept": 9}
_NUMBERS = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_JAPANESE = re.compile(r"^(\d{2,4})年(\d{1,2})月(\d{1,2})日?$")
_WORDS = re.compile(r"[a-z]+|\d+")


class DateUnreadable(ValueError):
    """The text is not a date this module reads, or a date out of any plan's range."""


def parse_typed_date(text: str, *, day_first: bool = True) -> dt.date | None:
    """The date ``text`` names; None for empty text. Numbers-only forms with the day and the
    month both 12 or less are read day first unless ``day_first`` is False (a US locale);
    a year first is always year, month, day. Two-digit years are this century's.
    Raises :class:`DateUnreadable` otherwise."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if not cleaned:
        return None
    cleaned = re.sub(r"\s+", " ", cleaned.rstrip("."))
    parts = _parts(cleaned, day_first)
    if parts is None:
        raise DateUnreadable(text)
    year, month, day = parts
    if year < 100:
        year += 2000
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateUnreadable(text)
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise DateUnreadable(text) from error


def _parts(text: str, day_first: bool) -> tuple[int, int, int] | None:
    """Year, month and day as written, or None when the text is no date form we know."""
    if match := _JAPANESE.match(text.replace(" ", "")):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _COMPACT.match(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _NUMBERS.match(text.replace(" ", "")):
        first, second, third = (int(match[n]) for n in (1, 2, 3))
        if len(match[1]) >= 3:  # 2027-12-31, 2027/12/31
            return first, second, third
        if len(match[3]) not in (2, 4):
            return None
        if first > 12 or (day_first and second <= 12):
            return third, second, first  # 31/12/2027
        return third, first, second  # 12/31/2027
    words = _WORDS.findall(text)
    months = [w for w in words if w in _MONTHS]
    numbers = [w for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) != 2 or len(words) != 3 or _stray(text):
        return None
    month = _MONTHS[months[0]]
    years = [n for n in numbers if len(n) == 4]
    if len(years) != 1:
        return None
    (day,) = [int(n) for n in numbers if n != years[0]] or [0]
    return int(years[0]), month, day


def _stray(text: str) -> bool:
    """Characters no date written in words has (``31 Dec 2027``, ``Dec 31, 2027``)."""
    return bool(re.sub(r"[a-z0-9 ,\-/.]", "", text))
