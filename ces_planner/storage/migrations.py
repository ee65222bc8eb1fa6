"""The plan file's schema history: each step moves a file forward by one version.

Steps are frozen history: never edit one that has shipped; add the next. The version lives in
``PRAGMA user_version`` and the file is marked as a plan by ``PRAGMA application_id``. We use
these instead of Alembic because a plan is a single-user document whose schema only ever moves
forward inside one transaction; two pragmas in the file header can also be read without
opening the database, so a foreign or newer file is refused before anything touches it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x43455350  # "CESP"

_V1 = """
CREATE TABLE plan_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    strategy_alignment TEXT NOT NULL DEFAULT '',
    executive_summary TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    updated_at TEXT
);
INSERT INTO plan_info (id) VALUES (1);
CREATE TABLE area_notes (area TEXT PRIMARY KEY, notes TEXT NOT NULL DEFAULT '');
CREATE TABLE segments (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', traits TEXT NOT NULL DEFAULT '',
    preferences TEXT NOT NULL DEFAULT '', customer_share REAL,
    tier TEXT NOT NULL DEFAULT 'standard', service_promise TEXT NOT NULL DEFAULT '',
    learn_more TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contact_reasons (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT 'other',
    value_to_customer INTEGER NOT NULL DEFAULT 3, value_to_company INTEGER NOT NULL DEFAULT 3,
    root_cause TEXT NOT NULL DEFAULT '', treatment TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT ''
);
CREATE TABLE channels (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other', status TEXT NOT NULL DEFAULT 'current',
    description TEXT NOT NULL DEFAULT '', fit_notes TEXT NOT NULL DEFAULT '',
    launch_date DATE
);
CREATE TABLE segment_preferred_channels (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (segment_id, channel_id)
);
CREATE TABLE channel_segments (
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (channel_id, segment_id)
);
CREATE TABLE opening_windows (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL, opens INTEGER NOT NULL, closes INTEGER NOT NULL
);
CREATE TABLE hours_exceptions (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, date DATE NOT NULL,
    channel_id INTEGER REFERENCES channels(id) ON DELETE CASCADE,
    opens INTEGER, closes INTEGER, note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measures (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'higher', current REAL, target REAL, target_date DATE
);
CREATE TABLE insights (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
    observation TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'idea'
);
CREATE TABLE discussion (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, question TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', decisions TEXT NOT NULL DEFAULT '', builtin_key TEXT
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '', due DATE, status TEXT NOT NULL DEFAULT 'open',
    area TEXT, origin TEXT NOT NULL DEFAULT 'manual', notes TEXT NOT NULL DEFAULT ''
);
"""

# Version 2: owners become people kept in the plan (name, role, e-mail), so renaming a
# person renames them on every action and contact reason.
_V2 = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT ''
);
INSERT INTO people (position, name)
    SELECT ROW_NUMBER() OVER (ORDER BY MIN(first_seen)) - 1, name FROM (
        SELECT TRIM(owner) AS name, position AS first_seen FROM actions WHERE TRIM(owner) <> ''
        UNION ALL
        SELECT TRIM(owner), 100000 + position FROM contact_reasons WHERE TRIM(owner) <> ''
    ) GROUP BY name;
ALTER TABLE actions ADD COLUMN owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL;
ALTER TABLE contact_reasons ADD COLUMN owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL;
UPDATE actions SET owner_id = (SELECT id FROM people WHERE people.name = TRIM(actions.owner));
UPDATE contact_reasons
    SET owner_id = (SELECT id FROM people WHERE people.name = TRIM(contact_reasons.owner));
ALTER TABLE actions DROP COLUMN owner;
ALTER TABLE contact_reasons DROP COLUMN owner;
"""


# Version 3: plan settings (time zone, repeat window, service-level threshold and formula...),
# the imported contact log (normalised contacts as a compressed Parquet blob, so every
# metric can be recomputed exactly when settings or hours change), and saved column mappings.
_V3 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contact_logs (
    id INTEGER PRIMARY KEY, source_name TEXT NOT NULL, imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL, rows_rejected INTEGER NOT NULL, contacts INTEGER NOT NULL,
    rejects_json TEXT NOT NULL DEFAULT '{}', mapping_json TEXT NOT NULL DEFAULT '{}',
    encoding TEXT NOT NULL DEFAULT '', data BLOB NOT NULL
);
CREATE TABLE mapping_profiles (
    header_signature TEXT PRIMARY KEY, name TEXT NOT NULL, mapping_json TEXT NOT NULL
);
"""


# Version 4: named snapshots of the whole plan (as JSON), taken when a document is sent, so
# the user can see what changed since.
_V4 = """
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, plan_json TEXT NOT NULL
);
"""


# Version 5: branding of the exported documents: an accent colour and the organisation's logo.
_V5 = """
ALTER TABLE plan_info ADD COLUMN accent_colour TEXT NOT NULL DEFAULT '#1F5F6B';
ALTER TABLE plan_info ADD COLUMN logo BLOB;
"""


# Version 6: the contact log is kept as a series of Parquet chunks (about 100,000 contacts
# each) instead of one blob, so that importing and analysing a log of millions of contacts
# never holds all of it in memory.
_V6 = """
CREATE TABLE contact_chunks (
    log_id INTEGER NOT NULL REFERENCES contact_logs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (log_id, position)
);
INSERT INTO contact_chunks (log_id, position, data) SELECT id, 0, data FROM contact_logs;
ALTER TABLE contact_logs DROP COLUMN data;
"""


# Version 7: a contact log can be marked as made up (the sample plan's), so that its figures
# are never taken for, or sent to leadership as, a centre's own.
_V7 = """
ALTER TABLE contact_logs ADD COLUMN made_up INTEGER NOT NULL DEFAULT 0;
"""


# Version 8: the clock (time zone) a contact log was read on, so that a later change of the
# plan's time zone can say the log is on another clock (NULL: read before this was kept).
_V8 = """
ALTER TABLE contact_logs ADD COLUMN clock TEXT;
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def step(connection: sqlite3.Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                connection.execute(statement)

    return step


# STEPS[n] moves a file from version n to version n + 1.
STEPS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _script(_V4),
    _script(_V5),
    _script(_V6),
    _script(_V7),
    _script(_V8),
)
SCHEMA_VERSION = len(STEPS)


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring a plan database up to ``target`` in one transaction (all steps or none)."""
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current >= target:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current, target):
            STEPS[version](connection)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {target}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:  # SQLite ends it itself on some errors (a full disk)
            connection.execute("ROLLBACK")
        raise


def _signature(connection: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    """The tables and their columns: what a version of the schema is made of."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return frozenset(
        (table, column[1])
        for table in tables
        for column in connection.execute(f'PRAGMA table_info("{table}")')
    )


@functools.cache
def _signature_of(version: int) -> frozenset[tuple[str, str]]:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(memory, version)
        return _signature(memory)
    finally:
        memory.close()


def infer_version(connection: sqlite3.Connection) -> int | None:
    """The schema version a plan's tables are at, for a plan whose version mark was lost
    (``user_version`` 0 or less: changed outside the app); None when they match none."""
    found = _signature(connection)
    return next((v for v in range(SCHEMA_VERSION, 0, -1) if _signature_of(v) == found), None)
