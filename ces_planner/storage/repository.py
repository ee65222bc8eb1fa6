"""Writing plan records (and reading what only the services need): rows from records. The
whole plan is read by ``reading``, without SQLAlchemy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import typing
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from ces_planner.domain import model
from ces_planner.domain.errors import RecordMissing
from ces_planner.storage import reading, schema
from ces_planner.storage.reading import StoredLog


def _table(record_type: type) -> Table:
    """The table of a kind of record, as ``reading`` names it."""
    return schema.metadata.tables[reading.KINDS[record_type].table]


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _to_row(record: model.Record) -> dict[str, object]:
    row: dict[str, object] = {}
    for name, convert in reading.column_fields(typing.cast(type, type(record))):
        value = getattr(record, name)
        is_enum = isinstance(convert, type) and issubclass(convert, enum.Enum)
        row[name] = value.value if is_enum and value is not None else value
    return row


def _write_links(conn: Connection, link: reading.Link, owner_id: int, ids: tuple[int, ...]) -> None:
    table = schema.metadata.tables[link.table]
    conn.execute(delete(table).where(table.c[link.own] == owner_id))
    unique = list(dict.fromkeys(ids))
    if unique:
        conn.execute(
            insert(table),
            [
                {link.own: owner_id, link.other: other, "position": i}
                for i, other in enumerate(unique)
            ],
        )


def write_settings(conn: Connection, settings: model.PlanSettings) -> None:
    conn.execute(delete(schema.settings))
    rows = []
    for name, enum_type in reading.setting_fields():
        value = getattr(settings, name)
        rows.append({"key": name, "value": json.dumps(value.value if enum_type else value)})
    conn.execute(insert(schema.settings), rows)


def _log_values(log: StoredLog) -> dict[str, object]:
    return {
        "source_name": log.source_name,
        "imported_at": log.imported_at,
        "rows_read": log.rows_read,
        "rows_rejected": log.rows_rejected,
        "contacts": log.contacts,
        "rejects_json": json.dumps(log.rejects, ensure_ascii=False),
        "mapping_json": json.dumps(log.mapping, ensure_ascii=False),
        "encoding": log.encoding,
        "made_up": log.made_up,
        "clock": log.clock,
    }


def write_contact_log(conn: Connection, log: StoredLog) -> int:
    """Replace the plan's contact log (one log per plan: a new import supersedes the last);
    its contacts follow with :func:`write_contact_chunk`. Returns the log's id."""
    conn.execute(delete(schema.contact_logs))  # its chunks go with it
    return _new_id(conn.execute(insert(schema.contact_logs).values(**_log_values(log))))


def update_contact_log(conn: Connection, log_id: int, log: StoredLog) -> None:
    """The log's description once all its contacts are written (counts known at the end)."""
    table = schema.contact_logs
    conn.execute(update(table).where(table.c.id == log_id).values(**_log_values(log)))


def write_contact_chunk(conn: Connection, log_id: int, position: int, data: bytes) -> None:
    """Store (or replace) one chunk of the log's contacts, in file order by position."""
    table = schema.contact_chunks
    conn.execute(delete(table).where((table.c.log_id == log_id) & (table.c.position == position)))
    conn.execute(insert(table).values(log_id=log_id, position=position, data=data))


def delete_contact_log(conn: Connection) -> None:
    """Remove the plan's contact log and its contacts."""
    conn.execute(delete(schema.contact_logs))  # its chunks go with it


def remember_mapping(
    conn: Connection, signature: str, name: str, mapping: dict[str, object]
) -> None:
    table = schema.mapping_profiles
    conn.execute(delete(table).where(table.c.header_signature == signature))
    conn.execute(
        insert(table).values(
            header_signature=signature,
            name=name,
            mapping_json=json.dumps(mapping, ensure_ascii=False),
        )
    )


def recall_mapping(conn: Connection, signature: str) -> dict[str, object] | None:
    table = schema.mapping_profiles
    row = conn.execute(
        select(table.c.mapping_json).where(table.c.header_signature == signature)
    ).first()
    return dict(json.loads(row[0])) if row else None


def write_info(conn: Connection, info: model.PlanInfo) -> None:
    values = {f.name: getattr(info, f.name) for f in dataclasses.fields(info)}
    values["language"] = info.language.value
    conn.execute(update(schema.plan_info).where(schema.plan_info.c.id == 1).values(**values))


def touch(conn: Connection, moment: dt.datetime) -> None:
    conn.execute(update(schema.plan_info).values(updated_at=moment))


def write_area_notes(conn: Connection, area: str, notes: str) -> None:
    table = schema.area_notes
    conn.execute(delete(table).where(table.c.area == area))
    if notes:
        conn.execute(insert(table).values(area=area, notes=notes))


def insert_record(conn: Connection, record: model.Record, index: int | None = None) -> int:
    """Store a new record at ``index`` (the end when None); returns its id.

    A record that carries an id (an undone removal coming back) keeps it.
    """
    kind = reading.KINDS[type(record)]
    table = _table(type(record))
    count = conn.execute(select(func.count()).select_from(table)).scalar_one()
    position = count if index is None else max(0, min(index, count))
    conn.execute(
        update(table).where(table.c.position >= position).values(position=table.c.position + 1)
    )
    row = _to_row(record) | {"position": position}
    if record.id is not None:
        row["id"] = record.id
    record_id = _new_id(conn.execute(insert(table).values(**row)))
    for name, link in kind.links.items():
        _write_links(conn, link, record_id, getattr(record, name))
    return record_id


def update_record(conn: Connection, record: model.Record) -> None:
    kind = reading.KINDS[type(record)]
    if record.id is None:
        raise ValueError("update_record needs a stored record")
    table = _table(type(record))
    result = conn.execute(update(table).where(table.c.id == record.id).values(**_to_row(record)))
    if result.rowcount == 0:
        raise RecordMissing(type(record).__name__, record.id)
    for name, link in kind.links.items():
        _write_links(conn, link, record.id, getattr(record, name))


def delete_record(conn: Connection, record_type: type, record_id: int) -> None:
    table = _table(record_type)
    result = conn.execute(delete(table).where(table.c.id == record_id))
    if result.rowcount == 0:
        raise RecordMissing(record_type.__name__, record_id)
    _renumber(conn, table)


def index_of(conn: Connection, record_type: type, record_id: int) -> int:
    """The record's place in display order (0-based)."""
    ids = _ordered_ids(conn, _table(record_type))
    if record_id not in ids:
        raise RecordMissing(record_type.__name__, record_id)
    return ids.index(record_id)


def move_record(conn: Connection, record_type: type, record_id: int, index: int) -> None:
    """Put the record at ``index`` in display order, the others keeping their order."""
    table = _table(record_type)
    ids = _ordered_ids(conn, table)
    if record_id not in ids:
        raise RecordMissing(record_type.__name__, record_id)
    ids.remove(record_id)
    ids.insert(max(0, min(index, len(ids))), record_id)
    for position, each in enumerate(ids):
        conn.execute(update(table).where(table.c.id == each).values(position=position))


def _ordered_ids(conn: Connection, table: Table) -> list[int]:
    return list(conn.execute(select(table.c.id).order_by(table.c.position, table.c.id)).scalars())


def _renumber(conn: Connection, table: Table) -> None:
    for position, each in enumerate(_ordered_ids(conn, table)):
        conn.execute(
            update(table)
            .where(table.c.id == each, table.c.position != position)
            .values(position=position)
        )


def add_snapshot(conn: Connection, name: str, moment: dt.datetime, plan_json: str) -> int:
    result = conn.execute(
        insert(schema.snapshots).values(name=name, created_at=moment, plan_json=plan_json)
    )
    return _new_id(result)


def list_snapshots(conn: Connection) -> list[tuple[int, str, dt.datetime]]:
    table = schema.snapshots
    rows = conn.execute(
        select(table.c.id, table.c.name, table.c.created_at).order_by(
            table.c.created_at, table.c.id
        )
    )
    return [(row.id, row.name, row.created_at) for row in rows]


def read_snapshot(conn: Connection, name: str) -> str | None:
    table = schema.snapshots
    row = conn.execute(
        select(table.c.plan_json)
        .where(table.c.name == name)
        .order_by(table.c.created_at.desc(), table.c.id.desc())
    ).first()
    return None if row is None else str(row[0])
