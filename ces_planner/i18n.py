"""The one message catalogue for the parts of the app that do not use Qt (CLI, documents).

Every sentence a user can read goes through :func:`tr`. English is the source language; other
languages are read from the same Qt Linguist ``.ts`` files the desktop app compiles, so one
translation serves the window, the command line and the exported documents.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
from collections.abc import Iterator

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ja")

_language = SOURCE_LANGUAGE  # the process's language
# A block's own language (``using``): per thread, so a document written on one thread does not
# change the language of another.
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("language", default=None)
_UNFINISHED = ("unfinished", "obsolete", "vanished")


def set_language(language: str) -> None:
    """Choose the language :func:`tr` answers in (an unknown code falls back to English)."""
    global _language
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The language the user's locale asks for (LC_ALL, LC_MESSAGES, LANG), else English."""
    import os

    environ = dict(os.environ) if environ is None else environ
    for key in ("CES_PLANNER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _override.get() or _language


@functools.cache
def catalogue(language: str) -> dict[str, str]:
    """Source text -> translation, from ``resources/translations/ces_planner_<lang>.ts``."""
    if language == SOURCE_LANGUAGE:
        return {}
    from importlib import resources  # not needed in English: it costs the app's start ~5 ms

    ts = resources.files("ces_planner.resources").joinpath(
        f"translations/ces_planner_{language}.ts"
    )
    if not ts.is_file():
        return {}
    import xml.etree.ElementTree as ET  # only for a language other than English

    root = ET.fromstring(ts.read_bytes())
    found: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") not in _UNFINISHED
        if source and finished and translation is not None and translation.text:
            found[source] = translation.text
    return found


def N_(text: str) -> str:
    """Mark a string for the catalogue where it is defined; it is translated where shown."""
    return text


def tr(text: str, /, language: str | None = None, **fields: object) -> str:
    """Translate ``text`` and fill its ``{named}`` fields."""
    translated = catalogue(language or current_language()).get(text, text)
    return translated.format(**fields) if fields else translated


@contextlib.contextmanager
def using(language: str) -> Iterator[None]:
    """Answer in ``language`` inside the block, on this thread (documents follow the plan's
    language)."""
    token = _override.set(language if language in LANGUAGES else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _override.reset(token)


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(value: dt.date | None, language: str | None = None) -> str:
    """A date as people write it: ``1 December 2026`` or ``2026年12月1日``."""
    if value is None:
        return ""
    if (language or current_language()) == "ja":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def format_day(iso: str, language: str | None = None) -> str:
    """The day of an ISO date or moment (``2026-12-01`` or ``2026-12-01T09:30``), as people
    write it."""
    return format_date(dt.date.fromisoformat(iso[:10]), language)


def format_moment(value: dt.datetime, language: str | None = None) -> str:
    """A day and a time of day: ``1 December 2026, 09:30`` or ``2026年12月1日 09:30``."""
    separator = " " if (language or current_language()) == "ja" else ", "
    return f"{format_date(value.date(), language)}{separator}{value:%H:%M}"
