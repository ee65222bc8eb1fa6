"""An open plan: the one set of edit operations the desktop app and the command line share.

Each edit is validated by the domain rules, written in its own transaction together with the
plan's ``updated_at``, and returns what an undo command needs to reverse it exactly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ces_planner.domain.errors import PlanError, RecordInvalid, RecordMissing
from ces_planner.domain.model import (
    Language,
    OpeningWindow,
    Plan,
    PlanInfo,
    PlanSettings,
    Record,
)
from ces_planner.i18n import tr
from ces_planner.storage import lazy_module, reading

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ces_planner.storage import repository
else:  # SQLAlchemy loads with the first edit: reading a plan does not need it
    repository = lazy_module("ces_planner.storage.repository")
# The editing rules (domain.validation) and the method's questions (domain.method) are imported
# where an edit or a new plan needs them: showing a plan does not, and starts ~2 ms sooner.
from ces_planner.storage.planfile import PlanFile

Clock = Callable[[], dt.datetime]
R = TypeVar("R", bound=Record)  # any kind of record: add() gives back the same kind


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def prepare_editing() -> None:
    """Load what the first edit of a plan needs (reading one does not), e.g. on a background
    thread while the plan is on screen."""
    from ces_planner.storage.planfile import load_sqlalchemy

    load_sqlalchemy()


class Removal(NamedTuple):
    """Everything a removal changed, so that :meth:`PlanDocument.restore` can undo it."""

    record: Record
    position: int  # where it stood among its kind
    dependents: tuple[tuple[Record, int], ...]  # removed with it (e.g. a channel's hours)
    changed: tuple[Record, ...]  # other records as they were before (e.g. links to it)


class PlanDocument:
    """A plan file open for reading or editing."""

    def __init__(self, planfile: PlanFile, clock: Clock = local_now) -> None:
        self.file = planfile
        self.clock = clock
        self._plan: Plan | None = None
        self._batch: Connection | None = None
        self._backed_up = False  # this session's copy, taken before its first change

    # -- lifecycle ---------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, clock: Clock = local_now
    ) -> PlanDocument:
        return cls(PlanFile.open(path, read_only=read_only), clock)

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        language: Language = Language.ENGLISH,
        force: bool = False,
        clock: Clock = local_now,
    ) -> PlanDocument:
        """A new blank plan: the method's questions and preparation actions, nothing else."""
        from ces_planner.domain import method

        document = cls(PlanFile.create(path, force=force), clock)
        try:
            now = clock()
            with document.file.editing() as conn:
                repository.write_info(
                    conn, PlanInfo(language=language, created_at=now, updated_at=now)
                )
                for question in method.workshop_questions(language.value):
                    repository.insert_record(conn, question)
                for action in method.preparation_actions(language.value):
                    repository.insert_record(conn, action)
        except BaseException:
            document.close()
            raise
        return document

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> PlanDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------

    def plan(self) -> Plan:
        """The plan as stored now (cached between edits)."""
        if self._plan is None:
            if self._batch is not None:  # inside the batch's transaction, on its connection
                self._plan = reading.read_plan(self.file.connection, self.file.schema_version)
            else:
                with self.file.reading_directly() as conn:
                    self._plan = reading.read_plan(conn, self.file.schema_version)
        return self._plan

    def forget_cached_plan(self) -> None:
        """The file changed under the document (a restore): read it afresh next time."""
        self._plan = None

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make the edits inside the block one transaction: all of them are kept, or none."""
        if self._batch is not None:
            yield
            return
        if not self._backed_up:
            self.backup("session")
        try:
            with self.file.editing() as conn:
                self._batch = conn
                yield
        finally:
            self._batch = None
            self._plan = None

    def index_of(self, record: Record) -> int:
        records = getattr(self.plan(), reading.KINDS[type(record)].plan_field)
        return next(i for i, each in enumerate(records) if each.id == record.id)

    # -- editing -----------------------------------------------------------------------

    def backup(self, reason: str) -> Path | None:
        """A rotating copy of the plan as it is now (see storage.backups); a failure does not
        stop the work at hand, and goes to the errors log."""
        if self.read_only:
            return None
        self._backed_up = True  # this session has its copy
        taken = self.file.backup(reason, self.clock())
        if taken is None and self.file.backup_error is not None:
            from ces_planner.services.error_log import log_unexpected

            log_unexpected(self.file.backup_error)
        return taken

    def _edit(self, change: Callable) -> object:  # type: ignore[type-arg]
        from sqlalchemy.exc import IntegrityError

        from ces_planner.domain.validation import Problem

        if not self._backed_up and self._batch is None:
            self.backup("session")  # the plan as it was before this session's first change

        try:
            if self._batch is not None:
                with self._batch.begin_nested():
                    result = change(self._batch)
                    repository.touch(self._batch, self.clock())
                return result
            with self.file.editing() as conn:
                result = change(conn)
                repository.touch(conn, self.clock())
        except IntegrityError as error:
            raise RecordInvalid(
                [
                    Problem(
                        "",
                        tr(
                            "That change refers to something no longer in the plan, or "
                            "repeats a name that must be unique."
                        ),
                    )
                ]
            ) from error
        finally:
            self._plan = None
        return result

    def write(self, change: Callable[[Connection], object]) -> object:
        """Run a storage change as one edit (its own transaction, ``updated_at`` touched)."""
        return self._edit(change)

    @staticmethod
    def _validate(record: Record) -> None:
        from ces_planner.domain.validation import problems

        found = problems(record)
        if found:
            raise RecordInvalid(found)

    def add(self, record: R, index: int | None = None) -> R:
        """Store a new record (at ``index`` in display order, else last); returns it with its id."""
        self._validate(record)
        record_id = self._edit(lambda conn: repository.insert_record(conn, record, index))
        assert isinstance(record_id, int)
        return dataclasses.replace(record, id=record_id)  # type: ignore[type-var]

    def update(self, record: Record) -> Record:
        """Replace a stored record with this edited version; returns the previous version."""
        self._validate(record)
        before = self._find(record)
        self._edit(lambda conn: repository.update_record(conn, record))
        return before

    def remove(self, record: Record) -> Removal:
        """Remove a record and what depends on it (a channel's hours, links to a segment)."""
        before = self.plan()
        stored = self._find(record)
        index = self.index_of(stored)
        stored_id = stored.id
        assert stored_id is not None
        self._edit(lambda conn: repository.delete_record(conn, type(stored), stored_id))
        after = self.plan()
        dependents: list[tuple[Record, int]] = []
        changed: list[Record] = []
        for record_type, kind in reading.KINDS.items():
            now = {r.id: r for r in getattr(after, kind.plan_field)}
            for position, old in enumerate(getattr(before, kind.plan_field)):
                if old.id == stored.id and record_type is type(stored):
                    continue
                if old.id not in now:
                    dependents.append((old, position))
                elif now[old.id] != old:
                    changed.append(old)
        return Removal(stored, index, tuple(dependents), tuple(changed))

    def restore(self, removal: Removal) -> None:
        """Undo :meth:`remove`: the record, its dependents and links come back as they were."""

        def change(conn):  # type: ignore[no-untyped-def]
            repository.insert_record(conn, removal.record, removal.position)
            for dependent, position in removal.dependents:
                repository.insert_record(conn, dependent, position)
            for record in removal.changed:
                repository.update_record(conn, record)

        self._edit(change)

    def move(self, record: Record, index: int) -> int:
        """Move a record to ``index`` in display order; returns its previous index."""
        stored = self._find(record)
        previous = self.index_of(stored)
        stored_id = stored.id
        assert stored_id is not None
        self._edit(lambda conn: repository.move_record(conn, type(stored), stored_id, index))
        return previous

    def set_windows(
        self, channel_id: int, windows: list[OpeningWindow]
    ) -> tuple[OpeningWindow, ...]:
        """Replace a channel's weekly opening windows at once; returns the previous ones."""
        for window in windows:
            self._validate(window)
        before = self.plan().windows_of(channel_id)

        def change(conn):  # type: ignore[no-untyped-def]
            for old in before:
                repository.delete_record(conn, OpeningWindow, old.id)
            for window in windows:
                repository.insert_record(conn, dataclasses.replace(window, channel_id=channel_id))

        self._edit(change)
        return before

    def set_info(self, info: PlanInfo) -> PlanInfo:
        """Change the plan's title, organisation, summary...; returns the previous values."""
        from ces_planner.domain.validation import info_problems

        found = info_problems(info)
        if found:
            raise RecordInvalid(found)
        before = self.plan().info
        self._edit(
            lambda conn: repository.write_info(
                conn, dataclasses.replace(info, updated_at=self.clock())
            )
        )
        return before

    def set_settings(self, settings: PlanSettings) -> PlanSettings:
        """Change the plan's settings at once; returns the previous ones."""
        before = self.plan().settings
        self._edit(lambda conn: repository.write_settings(conn, settings))
        return before

    def set_area_notes(self, area: str, notes: str) -> str:
        before = self.plan().area_notes.get(area, "")
        self._edit(lambda conn: repository.write_area_notes(conn, area, notes))
        return before

    def save_copy(self, target: str | Path) -> None:
        self.file.save_copy(target)

    def _find(self, record: Record) -> Record:
        records = getattr(self.plan(), reading.KINDS[type(record)].plan_field)
        for each in records:
            if each.id == record.id:
                return each  # type: ignore[no-any-return]
        raise RecordMissing(type(record).__name__, record.id or 0)


__all__ = ["PlanDocument", "Removal", "PlanError", "local_now"]
