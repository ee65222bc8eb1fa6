"""Rotating copies of each plan the app changes, in the user's data folder: taken before the
first change of a session and before every import, removal of a contact log, migration and
restore. The last ten are kept, and the newest of each of the last fourteen days.

A copy is made with SQLite's backup API from the plan's own connection, so it is whole even
while the plan is open; its name says when and why (``20261207-093000-import.cesplan``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from ces_planner import APP_NAME

KEEP_LATEST = 10
KEEP_DAYS = 14
SUFFIX = ".cesplan"


class Backup(NamedTuple):
    path: Path
    taken_at: dt.datetime
    reason: str  # session, import, remove-contacts, migration, restore
    size: int


def backups_root() -> Path:
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "Backups"


def folder_of(plan: Path) -> Path:
    """The folder of one plan's backups: its name, and a digest of where it is (two plans of
    the same name in different folders keep apart)."""
    where = str(plan.resolve()).encode("utf-8", "surrogateescape")
    return backups_root() / f"{plan.stem}-{hashlib.sha256(where).hexdigest()[:10]}"


def take(connection: sqlite3.Connection, plan: Path, reason: str, now: dt.datetime) -> Path:
    """A copy of the plan open on ``connection`` (raises OSError or sqlite3.Error when it
    cannot be written; the caller decides whether that stops the change)."""
    folder = folder_of(plan)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{now:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{now:%Y%m%d-%H%M%S}-{reason}-{number}{SUFFIX}"
        number += 1
    write_copy(connection, target)
    prune(folder, now)
    return target


def write_copy(connection: sqlite3.Connection, target: Path) -> None:
    """A whole copy of the database open on ``connection`` at ``target``, in rollback-journal
    mode (whole on its own), written under a part name and then moved into place: a failure
    leaves neither a part nor half a copy (OSError or sqlite3.Error is raised)."""
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def listed(plan: Path) -> list[Backup]:
    """The plan's backups, newest first."""
    folder = folder_of(plan)
    found: list[tuple[int, Backup]] = []
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        parts = path.stem.split("-", 2)
        try:
            taken = dt.datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except (ValueError, IndexError):
            continue
        reason = parts[2].rsplit("-", 1)[0] if parts[2][-1:].isdigit() else parts[2]
        status = path.stat()
        found.append((status.st_mtime_ns, Backup(path, taken, reason, status.st_size)))
    # Newest first; copies of the same second in the order they were written.
    return [b for _, b in sorted(found, key=lambda f: (f[1].taken_at, f[0]), reverse=True)]


def prune(folder: Path, now: dt.datetime) -> None:
    """Keep the newest ``KEEP_LATEST`` and the newest of each of the last ``KEEP_DAYS`` days."""
    every = sorted((p for p in folder.glob(f"*{SUFFIX}")), key=lambda p: p.name, reverse=True)
    kept = set(every[:KEEP_LATEST])
    days: set[str] = set()
    earliest = (now - dt.timedelta(days=KEEP_DAYS - 1)).strftime("%Y%m%d")
    for path in every:
        day = path.name[:8]
        if day >= earliest and day not in days:
            days.add(day)
            kept.add(path)
    for path in every:
        if path not in kept:
            path.unlink(missing_ok=True)
