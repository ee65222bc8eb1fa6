"""Plan files: one SQLite database per plan, checked before anything touches it.

Guarantees:
- a file that is missing, not SQLite, not a plan, damaged or from a newer version is refused
  with a :class:`PlanError` and is not written to (it is checked from its header bytes, then
  through a read-only connection);
- ``journal_mode=DELETE`` and ``synchronous=FULL``: after every transaction, and so after close,
  the file is whole on its own, with no ``-wal`` or ``-journal`` file beside it;
- every edit is its own ``BEGIN IMMEDIATE`` transaction, so a second writer fails fast;
- one writer at a time: a ``.lock`` file beside the plan names the process that has it open for
  editing; a lock left by a process that no longer runs is taken over.

Opening and reading use sqlite3 alone; SQLAlchemy, which the edits go through, is loaded with
the first edit (or ahead of it, see ``load_sqlalchemy``), so a plan is shown sooner.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import shutil
import sqlite3
import stat
import struct
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ces_planner.domain.errors import (
    CannotRead,
    CannotWrite,
    DiskFull,
    NotAPlan,
    PlanBusy,
    PlanClosed,
    PlanCorrupt,
    PlanExists,
    PlanLocked,
    PlanMissing,
    PlanNeedsRecovery,
    PlanReadOnly,
    PlanTooNew,
)
from ces_planner.i18n import tr
from ces_planner.storage.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    infer_version,
    migrate,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

try:
    import fcntl as _flock
except ImportError:  # Windows: the lock file alone
    _flock = None  # type: ignore[assignment]

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 2.0


def read_header(path: Path) -> tuple[int, int]:
    """``(application_id, user_version)`` read from the file header, without opening SQLite.

    Raises :class:`PlanMissing`, :class:`NotAPlan` or :class:`PlanCorrupt`.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise NotAPlan(path)  # a folder, a pipe, a device: never opened (a pipe would hang)
        size = status.st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as error:
        if path.is_symlink():
            raise CannotRead(path, tr("it is a link to a file that does not exist")) from error
        raise PlanMissing(path) from error
    except OSError as error:
        raise CannotRead(path, error.strerror or str(error)) from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAPlan(path)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or (valid_for == change_counter and size < page_size * page_count):
        raise PlanCorrupt(path)
    user_version = struct.unpack(">i", header[60:64])[0]
    application_id = struct.unpack(">i", header[68:72])[0]
    return application_id, user_version


def is_read_only(path: Path) -> bool:
    """Whether the plan must be opened read-only: no write permission on it or its folder.

    A file without any write bit counts as read-only even for an administrator, who could
    write it anyway: the user marked it so.
    """
    mode = path.stat().st_mode
    folder = path.parent if str(path.parent) else Path(".")
    return (
        not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        or not os.access(path, os.W_OK)
        or not os.access(folder, os.W_OK)
    )


def _connect(uri: str) -> sqlite3.Connection:
    connection = sqlite3.connect(
        uri,
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,
        check_same_thread=False,
    )
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _file_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri().replace('file://', 'file:', 1)}?mode={mode}"


def _check(connection: sqlite3.Connection, path: Path) -> int:
    """Integrity, identity and version of an open database; returns its schema version."""
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise NotAPlan(path) from error
        raise PlanCorrupt(path) from error
    if result != [("ok",)]:
        raise PlanCorrupt(path)
    if application_id != APPLICATION_ID:
        raise NotAPlan(path)
    if version > SCHEMA_VERSION:
        raise PlanTooNew(path)
    if version < 1:  # the version mark was lost (changed outside the app): the tables tell it
        inferred = infer_version(connection)
        if inferred is None:
            raise PlanCorrupt(path)
        version = inferred
    return int(version)


def _is_damage(error: BaseException | None) -> bool:
    """SQLite found the file damaged ("database disk image is malformed", "file is not a
    database"): it raises the base DatabaseError for those alone, and a subclass otherwise
    (IntegrityError for a broken rule, OperationalError for a locked file...)."""
    return type(error) is sqlite3.DatabaseError


def _host_name() -> str:
    """This computer's name, as socket.gethostname() gives it (os.uname on POSIX: the socket
    module is not loaded just for this when the app starts)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class _WriterLock:
    """One editor at a time, on the file itself: an exclusive ``flock`` on the plan (where the
    system has it), which every name of the file meets (a symbolic or hard link, a copy of
    the path in another form) and which ends with its process, however it ends. Beside the
    plan, ``PLAN.lock`` names the process and computer that have it open, for the sentence
    that refuses a second editor, and stands for the lock itself where there is no
    ``flock`` (Windows) or on a plan not yet created. A lock file of another computer is
    respected: a shared folder may not pass ``flock`` on."""

    def __init__(self, plan: Path) -> None:
        self.plan = plan.resolve() if plan.exists() else plan
        self.path = self.plan.with_name(self.plan.name + ".lock")
        self.held = False
        self._fd: int | None = None

    def acquire(self) -> None:
        holder = self._holder()
        if holder is not None and holder.get("host") != _host_name():
            raise PlanLocked(self.plan, self._by(holder))  # cannot tell: assume it is in use
        if _flock is not None and self.plan.exists():
            self._lock_the_file()
            return
        self._create_the_lock_file()

    def _lock_the_file(self) -> None:
        assert _flock is not None
        try:
            fd = os.open(self.plan, os.O_RDONLY)
        except OSError as error:
            raise CannotWrite(self.plan, error.strerror or str(error)) from error
        try:
            _flock.flock(fd, _flock.LOCK_EX | _flock.LOCK_NB)
        except OSError:
            os.close(fd)
            holder = self._holder()
            raise PlanLocked(self.plan, self._by(holder) if holder else "") from None
        self._fd = fd
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:  # who has it, for the sentence a second editor gets (written whole, then named)
            partial.write_text(json.dumps(self._me()))
            os.replace(partial, self.path)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self.release()
            raise write_failure(self.path, error.strerror or str(error)) from error
        self.held = True

    def _create_the_lock_file(self) -> None:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self._holder()
                if holder is not None and self._alive(holder):
                    raise PlanLocked(self.plan, self._by(holder)) from None
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            except OSError as error:
                raise write_failure(self.path, error.strerror or str(error)) from error
            try:
                with os.fdopen(fd, "w") as handle:
                    json.dump(self._me(), handle)
            except OSError as error:
                self.path.unlink(missing_ok=True)  # never an empty lock left behind
                raise write_failure(self.path, error.strerror or str(error)) from error
            self.held = True
            return
        raise PlanLocked(self.plan, "")

    @staticmethod
    def _me() -> dict:
        return {"pid": os.getpid(), "host": _host_name()}

    @staticmethod
    def _by(holder: dict) -> str:
        return tr("by process {pid} on {host}", pid=holder.get("pid"), host=holder.get("host", ""))

    def _holder(self) -> dict | None:
        try:
            return dict(json.loads(self.path.read_text()))
        except (OSError, ValueError, TypeError):
            return None  # unreadable: half-written by a crash, so stale

    @staticmethod
    def _alive(holder: dict) -> bool:
        if holder.get("host") != _host_name():
            return True  # cannot tell for another computer: assume it is in use
        pid = holder.get("pid")
        return isinstance(pid, int) and process_running(pid)

    def release(self) -> None:
        if self.held and self._holder() == self._me():
            self.path.unlink(missing_ok=True)  # before the lock: a next editor's file stays
        self.held = False
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # releases the flock
            self._fd = None


def process_running(pid: int) -> bool:
    """Whether process ``pid`` of this computer still runs (not ended, nor a zombie)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) there would send the process a Ctrl+C
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _ended(pid)


def _windows_process_running(pid: int) -> bool:
    """Whether process ``pid`` runs, asked of Windows without touching the process."""
    import ctypes

    kernel = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == 5  # type: ignore[attr-defined]  # access denied: it runs
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == still_active
        )
    finally:
        kernel.CloseHandle(handle)


def _ended(pid: int) -> bool:
    """Whether the process has ended and only waits to be reaped (a zombie: Linux's /proc
    says "Z"); it holds no plan open even though it can still be signalled."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False  # no /proc (not Linux): assume it runs
    return stat_line.rpartition(")")[2].split()[:1] == ["Z"]


# Plans this process found interrupted mid-change and put back (the command line says so).
RECOVERED: list[Path] = []


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _recover(path: Path, file_read_only: bool) -> tuple[_WriterLock | None, bool]:
    """A ``-journal`` beside the plan: either a change in progress in a program that has the
    plan open for editing (its lock says so: :class:`PlanLocked` for an editor, and readers
    wait for the change as usual), or one left by a program that stopped mid-change (a
    crash, a kill, the power going). Such a journal holds the pages as they were before the
    change, and only a read-write connection can put them back: SQLite rolls the change back
    on its first read. Returns the lock taken for that (the caller keeps or releases it) and
    whether a change was undone."""
    if file_read_only:
        raise PlanNeedsRecovery(path)
    lock = _lock_if_free(path)
    if lock is None:
        return None, False  # its editor is alive: a change in progress, not a leftover
    if not _journal(path).exists():
        return lock, False  # its writer finished between the two looks
    _read_write_once(path, lock, "SELECT count(*) FROM sqlite_master")  # rolls back
    undone = not _journal(path).exists()
    if undone:
        RECOVERED.append(path)
    return lock, undone


def _lock_if_free(path: Path) -> _WriterLock | None:
    """The writer lock, taken; None when a live editor has it."""
    lock = _WriterLock(path)
    try:
        lock.acquire()
    except PlanLocked:
        return None
    return lock


def _in_wal_mode(path: Path) -> bool:
    """Whether the file is in SQLite's write-ahead-log mode (set outside the app: bytes 18
    and 19 of the header are 2), where even a reader leaves ``-wal`` and ``-shm`` files."""
    try:
        with path.open("rb") as handle:
            handle.seek(18)
            return handle.read(2) == b"\x02\x02"
    except OSError:
        return False


def _leave_wal_mode(path: Path, lock: _WriterLock | None) -> _WriterLock | None:
    """The plan back in rollback-journal mode, its log written into it (so it is whole on its
    own again), under the writer lock; returns the lock, taken here if not before."""
    lock = lock or _lock_if_free(path)
    if lock is None:
        return None  # its editor has it: reading is fine meanwhile
    _read_write_once(path, lock, "PRAGMA journal_mode = DELETE")
    return lock


def _read_write_once(path: Path, lock: _WriterLock, statement: str) -> None:
    """``statement`` through a read-write connection of its own, under ``lock`` (released on
    any error, which becomes the user's sentence)."""
    try:
        connection = _connect(_file_uri(path, "rw"))
        try:
            connection.execute(statement).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        lock.release()
        if _is_damage(error):
            raise PlanCorrupt(path) from error
        raise write_failure(path, str(error)) from error
    except BaseException:
        lock.release()
        raise


def write_failure(path: Path, text: str) -> CannotWrite | DiskFull:
    """The sentence for a write that failed: a full disk says how much room is left."""
    if "disk is full" in text or "No space left" in text:
        try:
            free = shutil.disk_usage(path.parent if str(path.parent) else ".").free
        except OSError:
            free = 0
        return DiskFull(path, f"{free / 1_000_000:,.1f} MB")
    return CannotWrite(path, text)


class PlanFile:
    """An open plan file. Use :meth:`open` or :meth:`create`; always :meth:`close`."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        read_only: bool,
        version: int,
        lock: _WriterLock | None,
        recovered: bool = False,
    ) -> None:
        self.path = path
        self.connection = connection  # the one connection, shared by reads and the engine
        self.read_only = read_only
        self.schema_version = version
        self._lock = lock
        # An interrupted change was rolled back as the plan was opened (see _recover).
        self.recovered = recovered
        self.backup_error: BaseException | None = None  # why the last backup failed
        self._engine: Engine | None = None
        self.closed = False
        # One connection serves the plan; the app also reads it from worker threads (evidence,
        # exports), so each transaction holds the plan for itself. Re-entrant for batches.
        self._access = threading.RLock()

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> PlanFile:
        """Open an existing plan, for editing unless ``read_only`` or the file is read-only.

        Older plans are migrated: in place when opened for editing, in memory otherwise.
        """
        path = Path(path)
        application_id, version = read_header(path)
        if version > SCHEMA_VERSION and application_id == APPLICATION_ID:
            raise PlanTooNew(path)
        file_read_only = is_read_only(path)
        read_only = read_only or file_read_only
        lock: _WriterLock | None = None
        recovered = False
        if _journal(path).exists() and application_id == APPLICATION_ID:
            lock, recovered = _recover(path, file_read_only)
        if _in_wal_mode(path) and application_id == APPLICATION_ID and not file_read_only:
            lock = _leave_wal_mode(path, lock)
        try:
            probe = _connect(_file_uri(path, "ro"))
            try:
                version = _check(probe, path)
            finally:
                probe.close()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if read_only:
            if lock is not None:
                lock.release()
            return cls._open_read_only(path, version, recovered)
        if lock is None:
            lock = _WriterLock(path)
            lock.acquire()
        try:
            connection = _connect(_file_uri(path, "rw"))
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = FULL")
            if connection.execute("PRAGMA user_version").fetchone()[0] != version:
                connection.execute(f"PRAGMA user_version = {int(version)}")  # the mark, again
            if version < SCHEMA_VERSION:
                from ces_planner.storage import backups

                with contextlib.suppress(OSError, sqlite3.Error):  # a safety net, see backup()
                    # The plan as its older version wrote it, before it moves forward.
                    backups.take(connection, path, "migration", datetime.datetime.now())
                migrate(connection)
        except sqlite3.Error as error:
            lock.release()
            raise write_failure(path, str(error)) from error
        except BaseException:
            lock.release()
            raise
        return cls(path, connection, False, SCHEMA_VERSION, lock, recovered)

    @classmethod
    def _open_read_only(cls, path: Path, version: int, recovered: bool = False) -> PlanFile:
        if version == SCHEMA_VERSION:
            return cls(path, _connect(_file_uri(path, "ro")), True, version, None, recovered)
        # An older plan seen read-only is migrated in a private copy in memory.
        source = _connect(_file_uri(path, "ro"))
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            source.backup(memory)
        finally:
            source.close()
        memory.execute("PRAGMA foreign_keys = ON")
        memory.execute(f"PRAGMA user_version = {int(version)}")  # as checked (or inferred)
        migrate(memory)
        return cls(path, memory, True, SCHEMA_VERSION, None, recovered)

    @classmethod
    def create(cls, path: str | Path, *, force: bool = False) -> PlanFile:
        """Create an empty plan at ``path`` (replacing a file only with ``force``)."""
        path = Path(path)
        if path.exists() and not force:
            raise PlanExists(path)
        if path.is_dir():
            raise CannotWrite(path, "it is a folder")
        if path.is_symlink():  # replacing it would put a plan where the link was
            target = path.resolve()
            if not target.exists() and not force:
                raise CannotWrite(path, tr("it is a link to a file that does not exist"))
            path = target
        elif path.exists() and not stat.S_ISREG(path.stat().st_mode):
            raise CannotWrite(path, tr("it is not a regular file"))
        lock = _WriterLock(path)
        lock.acquire()  # never replace a plan someone has open for editing
        temporary = path.with_name(f".{path.name}.new")
        try:
            temporary.unlink(missing_ok=True)
            connection = _connect(_file_uri(temporary, "rwc"))
            try:
                connection.execute("PRAGMA journal_mode = DELETE")
                migrate(connection)
            finally:
                connection.close()
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise write_failure(path, error.strerror or str(error)) from error
        except sqlite3.Error as error:
            temporary.unlink(missing_ok=True)
            raise write_failure(path, str(error)) from error
        finally:
            lock.release()
        return cls.open(path)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy over the plan's connection, made on first use."""
        with self._access:
            if self._engine is None:
                from sqlalchemy import create_engine, event
                from sqlalchemy.pool import StaticPool

                self._engine = create_engine(
                    "sqlite://", creator=lambda: self.connection, poolclass=StaticPool
                )
                begin = "BEGIN" if self.read_only else "BEGIN IMMEDIATE"
                event.listen(self._engine, "begin", lambda conn: conn.exec_driver_sql(begin))
            return self._engine

    # -- use ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read of the plan."""
        with self._access, self._translate_errors(), self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def reading_directly(self) -> Iterator[sqlite3.Connection]:
        """A consistent read of the plan on its sqlite3 connection (no SQLAlchemy)."""
        with self._access, self._translate_errors():
            if self.connection.in_transaction:  # inside an edit: read what it sees
                yield self.connection
                return
            self.connection.execute("BEGIN")
            try:
                yield self.connection
            finally:
                self.connection.execute("COMMIT")  # a read: nothing to keep or undo

    @contextlib.contextmanager
    def editing(self) -> Iterator[Connection]:
        """One edit: a transaction that is committed whole, or rolled back on any error."""
        if self.read_only:
            raise PlanReadOnly(self.path)
        with self._access, self._translate_errors(), self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def _translate_errors(self) -> Iterator[None]:
        if self.closed:  # e.g. a background read that outlived the window
            raise PlanClosed(self.path)
        try:
            yield
        except sqlite3.OperationalError as error:
            raise self._sentence(str(error)) from error
        except Exception as error:
            if _is_damage(error):  # the file was damaged after it was opened and checked
                raise PlanCorrupt(self.path) from error
            if "sqlalchemy" in sys.modules:  # its OperationalError wraps sqlite3's
                from sqlalchemy.exc import DBAPIError, OperationalError

                if isinstance(error, OperationalError):
                    raise self._sentence(str(error.orig)) from error
                if isinstance(error, DBAPIError) and _is_damage(error.orig):
                    raise PlanCorrupt(self.path) from error
            raise

    def _sentence(self, text: str) -> PlanBusy | PlanReadOnly | CannotWrite | DiskFull:
        if "locked" in text or "busy" in text:
            return PlanBusy(self.path)
        if "readonly" in text or "read-only" in text:
            return PlanReadOnly(self.path)
        return write_failure(self.path, text)

    def compact(self) -> None:
        """Rewrite the file without the free space deleted data leaves: removed contacts are
        then gone from the file, not only from the plan."""
        if self.read_only:
            raise PlanReadOnly(self.path)
        with self._access, self._translate_errors():
            self.connection.execute("VACUUM")

    def backup(self, reason: str, now: datetime.datetime) -> Path | None:
        """A rotating copy of the plan as it is now, in the user's data folder (see
        :mod:`ces_planner.storage.backups`); None when it could not be written (a copy is a
        safety net: its failure does not stop the change; ``backup_error`` keeps why)."""
        from ces_planner.storage import backups

        try:
            with self._access:
                return backups.take(self.connection, self.path, reason, now)
        except (OSError, sqlite3.Error) as error:
            self.backup_error = error
            return None

    def replace_with(self, source: sqlite3.Connection) -> None:
        """The plan's whole content replaced by the database open on ``source`` (a backup),
        in one step; an older plan is then brought forward as on opening."""
        if self.read_only:
            raise PlanReadOnly(self.path)
        with self._access, self._translate_errors():
            source.backup(self.connection)
            self.connection.execute("PRAGMA journal_mode = DELETE")
            migrate(self.connection)

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the plan to ``target`` (Save As / Save a copy)."""
        from ces_planner.storage.backups import write_copy

        target = Path(target)
        try:
            with self._access:
                write_copy(self.connection, target)
        except (OSError, sqlite3.Error) as error:
            detail = error.strerror if isinstance(error, OSError) else str(error)
            raise write_failure(target, detail or str(error)) from error

    def close(self) -> None:
        with self._access:
            self.closed = True
        if self._engine is not None:
            self._engine.dispose()
        self.connection.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def load_sqlalchemy() -> None:
    """Import what the first edit needs (SQLAlchemy and the tables), e.g. on a background
    thread while the user reads the plan."""
    # The package before any of its modules: a thread that imports ``sqlalchemy.pool`` while
    # another is still importing ``sqlalchemy`` finds the package half made, and the two
    # imports wait on each other until one fails with a "partially initialized module".
    import sqlalchemy  # noqa: F401
    from sqlalchemy.pool import StaticPool  # noqa: F401

    from ces_planner.storage import repository  # noqa: F401
