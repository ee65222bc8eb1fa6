"""Reading a whole plan with the standard library's sqlite3 alone.

The plan is read on every start and after every edit; writing goes through SQLAlchemy
(``repository``), whose import alone takes longer than showing the window. So the reading
side needs only a DB-API connection, and the app shows a plan before SQLAlchemy is loaded.

Which table holds each kind of record, and which link tables hold its lists of ids, is said
here once; ``repository`` builds its SQLAlchemy view of the same tables from it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import sqlite3
import types
import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from ces_planner.domain import model


class Link(NamedTuple):
    """A tuple-of-ids field stored in a link table, in order."""

    table: str
    own: str
    other: str


class Kind(NamedTuple):
    """Where one kind of record lives: its table, its links, and its field on the plan."""

    record: type
    table: str
    plan_field: str
    links: Mapping[str, Link] = MappingProxyType({})


# In the order the plan is read.
KINDS: dict[type, Kind] = {
    k.record: k
    for k in (
        Kind(model.Person, "people", "people"),
        Kind(
            model.Segment,
            "segments",
            "segments",
            {
                "preferred_channel_ids": Link(
                    "segment_preferred_channels", "segment_id", "channel_id"
                )
            },
        ),
        Kind(model.ContactReason, "contact_reasons", "contact_reasons"),
        Kind(
            model.Channel,
            "channels",
            "channels",
            {"segment_ids": Link("channel_segments", "channel_id", "segment_id")},
        ),
        Kind(model.OpeningWindow, "opening_windows", "opening_windows"),
        Kind(model.HoursException, "hours_exceptions", "hours_exceptions"),
        Kind(model.Measure, "measures", "measures"),
        Kind(model.Insight, "insights", "insights"),
        Kind(model.DiscussionQuestion, "discussion", "discussion"),
        Kind(model.Action, "actions", "actions"),
    )
}

Convert = Callable[[Any], Any]


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _types_of(hint: object) -> tuple[object, ...]:
    """The types a field may hold: ``(Status,)`` or ``(Status, NoneType)``."""
    return typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)


def enum_type(hint: object) -> type[enum.Enum] | None:
    """The enumeration a field holds (``Status`` or ``Status | None``), if any."""
    for candidate in _types_of(hint):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _converter(hint: object) -> Convert | None:
    """How a stored value becomes the field's value: enumerations from their values, dates
    and times from the ISO text SQLite keeps them in."""
    found = enum_type(hint)
    if found is not None:
        return found
    candidates = _types_of(hint)
    if dt.datetime in candidates:
        return _datetime
    if dt.date in candidates:
        return _date
    return None


@functools.cache
def _evaluate(annotation: str) -> object:
    return eval(annotation, vars(model))  # as get_type_hints does; the text is the model's own


def _hint(field: dataclasses.Field[Any]) -> object:
    """A field's type. The model keeps its annotations as text (postponed annotations); the
    same few texts recur across the records, so each is evaluated once, where
    ``typing.get_type_hints`` would evaluate all ~75 on the plan's first read (~1 ms)."""
    return _evaluate(field.type) if isinstance(field.type, str) else field.type


@functools.cache
def column_fields(record_type: type) -> list[tuple[str, Convert | None]]:
    """The fields of a record kept in its own table's columns, with their converters."""
    return [(field.name, field.convert) for field in _checked_fields(record_type)]


_MISSING = object()


class _Field(NamedTuple):
    """What a stored value must be to be read into a field, and what stands in for one that
    cannot be read (``_MISSING``: the record cannot stand without it)."""

    name: str
    convert: Convert | None
    types: tuple[object, ...]
    fallback: object


@functools.cache
def _checked_fields(record_type: type) -> list[_Field]:
    found = []
    kind = KINDS[record_type]
    for f in dataclasses.fields(record_type):
        if f.name in kind.links or f.name == "id":
            continue
        hint = _hint(f)
        types = _types_of(hint)
        if f.default is not dataclasses.MISSING:
            fallback: object = f.default
        elif f.default_factory is not dataclasses.MISSING:
            fallback = f.default_factory()
        else:
            fallback = "" if str in types else _MISSING  # a name shown empty; else left out
        found.append(_Field(f.name, _converter(hint), types, fallback))
    return found


def _value(value: object, field: _Field) -> object:
    """The stored ``value`` as the field holds it; ValueError or TypeError when it is none
    of the field's types (text in a number's column, NULL where a value is needed...)."""
    if value is None:
        if type(None) in field.types:
            return None
        raise TypeError("empty")
    if field.convert is not None:
        return field.convert(value)
    for wanted in field.types:
        if wanted is str and isinstance(value, str):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if wanted is float:
            return float(value)
        if wanted is int and isinstance(value, int):
            return value
    raise TypeError(type(value).__name__)


def _damage(kind: str, record_id: object, field: str, value: object, left_out: bool) -> str:
    from ces_planner.i18n import tr

    shown = repr(value) if not isinstance(value, str) else f"“{value[:40]}”"
    if left_out:
        return tr(
            "{kind} {id}: {field} {value} cannot be read, so the record is left out (the "
            "file keeps it); open an earlier copy of the plan to get it back.",
            kind=kind,
            id=record_id,
            field=field,
            value=shown,
        )
    return tr(
        "{kind} {id}: {field} {value} cannot be read; it is shown empty or as the default "
        "until it is changed.",
        kind=kind,
        id=record_id,
        field=field,
        value=shown,
    )


@functools.cache
def setting_fields() -> list[tuple[str, type[enum.Enum] | None]]:
    return [(f.name, enum_type(_hint(f))) for f in dataclasses.fields(model.PlanSettings)]


def _rows(conn: sqlite3.Connection, sql: str) -> list[sqlite3.Row]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql).fetchall()


def _read_links(conn: sqlite3.Connection, link: Link) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for own, other in conn.execute(
        f"SELECT {link.own}, {link.other} FROM {link.table} ORDER BY {link.own}, position"
    ):
        found.setdefault(own, []).append(other)
    return {key: tuple(ids) for key, ids in found.items()}


def read_records(
    conn: sqlite3.Connection, record_type: type, damage: list[str] | None = None
) -> tuple[model.Record, ...]:
    """Every record of one kind, in display order. A value that cannot be read (changed
    outside the app, or damaged) is reported in ``damage`` and read as its field's default;
    a record that cannot stand without it is left out (and reported)."""
    kind = KINDS[record_type]
    links = {name: _read_links(conn, link) for name, link in kind.links.items()}
    fields = _checked_fields(record_type)
    records = []
    for row in _rows(conn, f"SELECT * FROM {kind.table} ORDER BY position, id"):
        values: dict[str, object] = {"id": row["id"]}
        whole = True
        for field in fields:
            value = row[field.name]
            try:
                values[field.name] = _value(value, field)
            except (ValueError, TypeError, OverflowError):
                whole = field.fallback is not _MISSING
                if damage is not None:
                    damage.append(_damage(kind.table, row["id"], field.name, value, not whole))
                if not whole:
                    break
                values[field.name] = field.fallback
        if not whole:
            continue
        for name, found in links.items():
            values[name] = found.get(row["id"], ())
        records.append(typing.cast(model.Record, record_type(**values)))
    return tuple(records)


def read_info(conn: sqlite3.Connection, damage: list[str] | None = None) -> model.PlanInfo:
    """The plan's title, language and the like; what cannot be read is the default (and is
    reported in ``damage``)."""
    from ces_planner.i18n import tr

    found = _rows(conn, "SELECT * FROM plan_info WHERE id = 1")
    defaults = model.PlanInfo()
    if not found:
        if damage is not None:
            damage.append(tr("The plan's title, language and summary are missing from the file."))
        return defaults
    row = found[0]

    def read(name: str, convert: Convert) -> Any:
        value = row[name]
        try:
            return convert(value)
        except (ValueError, TypeError, OverflowError):
            if damage is not None:
                damage.append(_damage("plan_info", 1, name, value, False))
            return getattr(defaults, name)

    def text(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(type(value).__name__)
        return value

    def moment(value: object) -> dt.datetime | None:
        return _datetime(value) if value else None

    return model.PlanInfo(
        title=read("title", text),
        organisation=read("organisation", text),
        author=read("author", text),
        language=read("language", model.Language),
        strategy_alignment=read("strategy_alignment", text),
        executive_summary=read("executive_summary", text),
        created_at=read("created_at", moment),
        updated_at=read("updated_at", moment),
        # Only #RRGGBB reaches the documents' styles (a value changed outside the app could
        # carry CSS into the web page): anything else reads as the default colour.
        accent_colour=_colour(row["accent_colour"]),
        logo=read("logo", lambda value: bytes(value) if value is not None else None),
    )


def _colour(value: object) -> str:
    """``#RRGGBB`` as stored, else the default colour (what validation lets in is the same)."""
    hex_digits = "0123456789abcdefABCDEF"
    if isinstance(value, str) and len(value) == 7 and value[0] == "#":
        return value if all(c in hex_digits for c in value[1:]) else "#1F5F6B"
    return "#1F5F6B"


def _same_kind(value: object, default: object) -> bool:
    """A setting's stored value is of its default's type (a whole number for a decimal one
    too); a setting with no default (None) takes what was stored."""
    if default is None or value is None:
        return True
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return type(value) is type(default)


def read_settings(conn: sqlite3.Connection, damage: list[str] | None = None) -> model.PlanSettings:
    """The plan's settings; one that cannot be read is its default (reported in ``damage``)."""
    stored: dict[str, Any] = {}
    for key, value in conn.execute("SELECT key, value FROM settings"):
        try:
            stored[key] = json.loads(value)
        except (ValueError, TypeError):
            if damage is not None:
                damage.append(_damage("settings", key, key, value, False))
    defaults = model.PlanSettings()
    values: dict[str, Any] = {}
    for name, enum_class in setting_fields():
        default = getattr(defaults, name)
        value = stored.get(name, default)
        try:
            values[name] = enum_class(value) if enum_class and value is not None else value
        except ValueError:
            if damage is not None:
                damage.append(_damage("settings", name, name, value, False))
            values[name] = default
        if not enum_class and not _same_kind(value, default):
            if damage is not None:
                damage.append(_damage("settings", name, name, value, False))
            values[name] = default
    return model.PlanSettings(**values)


def read_plan(conn: sqlite3.Connection, schema_version: int) -> model.Plan:
    """The whole plan, every record in display order, read inside the caller's transaction."""
    damage: list[str] = []
    records: dict[str, Any] = {
        kind.plan_field: read_records(conn, record, damage) for record, kind in KINDS.items()
    }
    notes = {
        area: text
        for area, text in conn.execute("SELECT area, notes FROM area_notes").fetchall()
        if isinstance(area, str) and isinstance(text, str)
    }
    return model.Plan(
        info=read_info(conn, damage),
        area_notes=notes,
        settings=read_settings(conn, damage),
        schema_version=schema_version,
        damage=tuple(damage),
        **records,
    )


class StoredLog(NamedTuple):
    """What the plan keeps of an imported contact log, beside its contacts. (A named tuple:
    a frozen dataclass compiles six methods when imported, on every start of the app.)"""

    source_name: str
    imported_at: dt.datetime
    rows_read: int
    rows_rejected: int
    contacts: int
    rejects: dict[str, object]
    mapping: dict[str, str]
    encoding: str
    made_up: bool = False  # the sample's invented contacts, not a centre's
    clock: str | None = None  # the time zone its times were put on (None: not kept)


def read_contact_log(conn: sqlite3.Connection) -> tuple[int, StoredLog, int] | None:
    """The log's id, its description and how many chunks hold its contacts (reading the
    evidence, e.g. for an export, needs no SQLAlchemy)."""
    row = conn.execute(
        "SELECT id, source_name, imported_at, rows_read, rows_rejected, contacts, rejects_json,"
        " mapping_json, encoding, made_up, clock FROM contact_logs ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    (chunks,) = conn.execute(
        "SELECT count(*) FROM contact_chunks WHERE log_id = ?", (row[0],)
    ).fetchone()
    log = StoredLog(
        row[1],
        _datetime(row[2]),
        row[3],
        row[4],
        row[5],
        json.loads(row[6]),
        json.loads(row[7]),
        row[8],
        bool(row[9]),
        row[10] if isinstance(row[10], str) else None,
    )
    return row[0], log, chunks


def read_contact_chunk(conn: sqlite3.Connection, log_id: int, position: int) -> bytes | None:
    """One chunk of contacts, or None if the log was replaced meanwhile."""
    row = conn.execute(
        "SELECT data FROM contact_chunks WHERE log_id = ? AND position = ?", (log_id, position)
    ).fetchone()
    return bytes(row[0]) if row is not None else None
