"""Importing a contact log into a plan, and the evidence computed from it.

The plan keeps the normalised contacts of its latest log as compressed Parquet (zstd) inside
the plan file, not the raw export: about 5-8 bytes per contact for a typical log, so a year of a
mid-size centre stays a few megabytes, and every metric can be recomputed exactly when the
plan's hours or settings change. The column mapping is remembered per header row.

Contacts are stored in chunks of :data:`CHUNK_CONTACTS` as the log is read, and the evidence
is computed chunk by chunk, so neither holds a whole log of millions of rows in memory. (A log
with several rows per contact is joined whole first: the rows of one contact can be anywhere.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ces_planner.domain.errors import PlanError, ProfileUnreadable
from ces_planner.domain.model import Plan
from ces_planner.i18n import tr
from ces_planner.services.document import PlanDocument
from ces_planner.services.files import write_atomically
from ces_planner.services.findings import live_channels
from ces_planner.services.progress import Progress
from ces_planner.storage import lazy_module, reading
from ces_planner.storage.reading import StoredLog

if typing.TYPE_CHECKING:
    from ces_planner.analysis.contacts import ReadOptions
    from ces_planner.storage import repository
else:  # SQLAlchemy loads with an import or a removal: reading the evidence does not need it
    repository = lazy_module("ces_planner.storage.repository")


class NoEvidence(PlanError):
    def sentence(self) -> str:
        return tr(
            "This plan has no contact records yet; import a log with "
            "'ces-planner import-contacts PLAN LOG'."
        )


class NoContactInLog(PlanError):
    """A log none of whose rows became a contact: refused, the plan's log unchanged."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(summary.source)
        self.summary = summary

    def sentence(self) -> str:
        summary = self.summary
        if not summary.rows_read:
            return tr(
                "{file} has no contact rows (only a header, or nothing); the plan's contact "
                "log is unchanged.",
                file=summary.source,
            )
        return tr(
            "None of the {rows} rows of {file} could be read as a contact (most often: "
            "{reason}); the plan's contact log is unchanged. Check the column mapping.",
            rows=f"{summary.rows_read:,}",
            file=summary.source,
            reason=summary.main_rejection,
        )


class ContactLogDamaged(PlanError):
    """Part of the contacts stored in the plan cannot be read (the file was damaged there)."""

    def __init__(self, plan: Path, part: int, parts: int) -> None:
        super().__init__(plan)
        self.plan, self.part, self.parts = plan, part, parts

    def sentence(self) -> str:
        return tr(
            "The contact log kept in {file} is damaged (part {part} of {parts} cannot be "
            "read), so its figures cannot be computed; the rest of the plan is whole. Remove "
            "the log (Evidence › Remove the contact log, or 'ces-planner remove-contacts') "
            "and import it again.",
            file=self.plan.name,
            part=self.part + 1,
            parts=self.parts,
        )


class MostRowsRejected(PlanError):
    """More than half of a log's rows could not be read: the import is refused unless the
    person accepts it (``accept_partial``), since its figures would speak for a minority of
    the contacts. ``summary`` is what the import would have given."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(summary.source)
        self.summary = summary

    def sentence(self) -> str:
        summary = self.summary
        return tr(
            "{rejected} of the {rows} rows of {file} could not be read (most often: "
            "{reason}); the plan's contact log is unchanged. Check the column mapping, or "
            "import it anyway with --accept-partial.",
            rejected=f"{summary.rows_rejected:,}",
            rows=f"{summary.rows_read:,}",
            file=summary.source,
            reason=summary.main_rejection,
        )


@dataclass(frozen=True)
class ImportSummary:
    source: str
    rows_read: int
    contacts: int
    rejected: dict[str, int]
    examples: dict[str, list[int]]
    mapping: dict[str, str]
    encoding: str
    duplicates: int = 0
    rows_grouped: int = 0
    units: dict[str, str] | None = None
    title_lines: int = 0  # lines above the header (a report's name, its date...)
    guessed: dict[str, str] = field(default_factory=dict)  # field -> why it was guessed
    rules: list[str] = field(default_factory=list)  # the other rules used, as options
    dates_only: bool = False  # every start at midnight: no time of day in the log
    sheet: str | None = None  # the sheet of a workbook that was read

    @property
    def skipped(self) -> int:
        """Rows passed over on purpose: total and summary lines."""
        from ces_planner.analysis.contacts import total_line_reason

        return self.rejected.get(total_line_reason(), 0)

    @property
    def outbound(self) -> int:
        """Outbound contacts: read and counted, left out of the inbound figures."""
        from ces_planner.analysis.contacts import outbound_reason

        return self.rejected.get(outbound_reason(), 0)

    @property
    def rows_rejected(self) -> int:
        """Rows that could not be read (skipped total lines and outbound contacts are not
        among them)."""
        return sum(self.rejected.values()) - self.skipped - self.outbound

    @property
    def main_rejection(self) -> str:
        """Why most rejected rows could not be read ("" when none was rejected)."""
        from ces_planner.analysis.contacts import passed_over_reasons

        passed = passed_over_reasons()
        counts = {r: n for r, n in self.rejected.items() if r not in passed}
        return max(counts, key=counts.__getitem__) if counts else ""

    @property
    def rows_joined(self) -> int:
        """Rows that were another row of a contact read before (``--contact-key``)."""
        return self.rows_grouped - self.contacts


def _rules(options: ReadOptions) -> list[str]:
    """The rules besides the columns that shaped the import, as the options that repeat them."""
    rules = []
    if options.default_channel:
        rules.append(f'--default-channel "{options.default_channel}"')
    if options.abandoned_when:
        column, values = options.abandoned_when
        rules.append(f'--abandoned-when "{column}={",".join(values)}"')
    if options.abandoned_when_empty:
        rules.append(f'--abandoned-when-empty "{options.abandoned_when_empty}"')
    if options.contact_key:
        rules.append(f'--contact-key "{options.contact_key}"')
    rules += [f'--channel-value "{k}={v}"' for k, v in options.channel_values.items()]
    if options.date:
        rules.append(f"--date {options.date}")
    return rules


def plan_timezone(plan: Plan) -> str:
    """The plan's clock: its time zone setting, else the computer's."""
    from ces_planner.services.plan_json import local_timezone_name

    return plan.settings.timezone or local_timezone_name()


def header_signature(headers: list[str]) -> str:
    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()[:32]


CHUNK_CONTACTS = 100_000  # contacts per stored chunk: a few megabytes while read


def import_contacts(
    document: PlanDocument,
    log_path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    encoding: str | None = None,
    progress: Progress | None = None,
    options: Any = None,
    made_up: bool = False,
    accept_partial: bool = False,
) -> ImportSummary:
    """Read the log and store it in the plan in one transaction; on any error the plan is as
    it was. A log with no readable contact is refused (:class:`NoContactInLog`), and one
    more than half of whose rows cannot be read is refused too (:class:`MostRowsRejected`)
    unless ``accept_partial``. Without a mapping, a mapping remembered for the same header
    row is used, else one is guessed from the header names. Times are put on the plan's
    clock (its time zone). ``made_up`` marks invented contacts (the sample's), which the
    figures then say they are."""
    from ces_planner.analysis.contacts import (
        ReadOptions,
        open_contact_log,
        options_from_profile,
        profile_of,
        read_headers,
    )

    progress = progress or Progress()
    path = Path(log_path)
    options = options or ReadOptions()
    if (
        mapping is None
        and options == ReadOptions()
        and path.suffix.lower() not in (".xlsx", ".xlsm")
        and path.is_file()
    ):
        # Nothing said about this file: the way a file with the same header was read before.
        headers, _, _ = read_headers(path, encoding)
        with document.file.reading() as conn:
            remembered = repository.recall_mapping(conn, header_signature(headers))
        if remembered:
            options = options_from_profile(
                remembered if "mapping" in remembered else {"mapping": remembered}
            )
    options = dataclasses.replace(options, plan_zone=plan_timezone(document.plan()))
    imported_at = document.clock()

    def change(conn):  # type: ignore[no-untyped-def]  # one transaction: all or nothing
        with open_contact_log(
            path,
            mapping,
            encoding=encoding,
            progress=lambda f: progress.step(f * 0.95),
            options=options,
        ) as reader:
            log_id = repository.write_contact_log(
                conn,
                StoredLog(path.name, imported_at, 0, 0, 0, {}, {}, "", made_up),
            )
            store = _ChunkStore(document, conn, log_id)
            if reader.options.contact_key:
                counts = _store_joined(reader, store)
            else:
                counts = _store_streamed(reader, store)
            contacts, duplicates, rows_grouped = counts
            progress.step(0.97, tr("Saving the contacts in the plan…"))
            summary = ImportSummary(
                path.name,
                reader.rows_read,
                contacts,
                reader.rejects.counts,
                reader.rejects.examples,
                reader.mapping,
                reader.encoding,
                duplicates,
                rows_grouped,
                reader.units,
                reader.skip,
                {g.field: g.reason() for g in reader.guesses},
                _rules(reader.options),
                dates_only=bool(contacts) and not store.has_clock,
                sheet=reader.sheet,
            )
            if contacts == 0:
                raise NoContactInLog(summary)
            if summary.rows_rejected * 2 > summary.rows_read and not accept_partial:
                raise MostRowsRejected(summary)
            stored = StoredLog(
                source_name=path.name,
                imported_at=imported_at,
                rows_read=reader.rows_read,
                rows_rejected=reader.rejects.total,
                contacts=contacts,
                rejects={"counts": reader.rejects.counts, "examples": reader.rejects.examples},
                mapping=reader.mapping,
                encoding=reader.encoding,
                made_up=made_up,
                clock=options.plan_zone,
            )
            repository.update_contact_log(conn, log_id, stored)
            signature = header_signature(list(_source_headers(path, reader.encoding)))
            profile = profile_of(reader.options, reader.mapping)
            repository.remember_mapping(conn, signature, path.name, profile)
            return summary

    document.backup("import")  # the plan and its log as they were, whatever the import does
    summary = typing.cast(ImportSummary, document.write(change))
    progress.step(1.0)
    return summary


class _ChunkStore:
    """Contacts written to the plan in chunks of :data:`CHUNK_CONTACTS`, in file order."""

    def __init__(self, document: PlanDocument, conn: Any, log_id: int) -> None:
        self.document = document
        self.conn = conn
        self.log_id = log_id
        self.pending: list[Any] = []
        self.pending_rows = 0
        self.sizes: list[int] = []  # contacts in each chunk written
        self.has_clock = False  # whether any start has a time of day (not dates only)

    def add(self, contacts: Any) -> None:
        if not self.has_clock and contacts.height:
            self.has_clock = bool((contacts["started_at"].dt.time() != dt.time(0)).any())
        self.pending.append(contacts)
        self.pending_rows += contacts.height
        if self.pending_rows >= CHUNK_CONTACTS:
            self.flush()

    def flush(self) -> None:
        import polars as pl

        if not self.pending or (self.sizes and not self.pending_rows):
            return
        frame = pl.concat(self.pending)
        self.pending, self.pending_rows = [], 0
        self.write(len(self.sizes), frame)
        self.sizes.append(frame.height)

    def write(self, position: int, frame: Any) -> None:
        buffer = io.BytesIO()
        frame.write_parquet(buffer, compression="zstd", compression_level=3)
        repository.write_contact_chunk(self.conn, self.log_id, position, buffer.getvalue())

    def read(self, position: int) -> Any:
        import polars as pl

        with self.document.file.reading_directly() as raw:  # inside the import's edit
            data = reading.read_contact_chunk(raw, self.log_id, position)
        return pl.read_parquet(io.BytesIO(data or b""))


def _store_streamed(reader: Any, store: _ChunkStore) -> tuple[int, int, int]:
    """Each batch stored as it is read; rows that came twice (identical in every column, in
    any two batches) are dropped afterwards from the chunks that hold them, which a log
    seldom has. Returns (contacts, duplicates, rows before joining)."""
    import polars as pl

    from ces_planner.analysis.contacts import FIELDS

    hashes = []
    for batch in reader.batches():
        hashes.append(batch["_row_hash"])
        store.add(batch[list(FIELDS)])
    store.flush()
    every = pl.concat(hashes, rechunk=False)
    del hashes
    reader.check_readable(every.len())
    duplicates = every.len() - every.n_unique()
    if duplicates:
        first = every.is_first_distinct()
        offset = 0
        for position, size in enumerate(store.sizes):
            keep = first.slice(offset, size)
            offset += size
            if not keep.all():
                store.write(position, store.read(position).filter(keep))
    contacts = every.len() - duplicates
    return contacts, duplicates, contacts


def _store_joined(reader: Any, store: _ChunkStore) -> tuple[int, int, int]:
    """A log with several rows per contact: read whole, rows joined, then stored in chunks."""
    log = reader.read_whole()
    for start in range(0, max(1, log.contacts.height), CHUNK_CONTACTS):
        store.add(log.contacts.slice(start, CHUNK_CONTACTS))
    store.flush()
    return log.contacts.height, log.duplicates, log.rows_grouped


def _source_headers(path: Path, encoding: str) -> list[str]:
    from ces_planner.analysis.contacts import read_headers

    if encoding == "xlsx":
        return []
    return read_headers(path, encoding)[0]


def read_profile(path: str | Path) -> dict[str, Any]:
    """A profile file (how to read one platform's export) saved here or by a colleague."""
    path = Path(path)
    try:
        profile = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ProfileUnreadable(path, error.strerror or str(error)) from error
    except json.JSONDecodeError as error:
        raise ProfileUnreadable(
            path, tr("it is not valid JSON (line {line})", line=error.lineno)
        ) from error
    except UnicodeDecodeError as error:
        raise ProfileUnreadable(path, tr("it is not a UTF-8 text file")) from error
    if not isinstance(profile, dict):
        raise ProfileUnreadable(path, tr("it holds no settings (a JSON object is expected)"))
    return profile


def save_profile(profile: dict[str, object], path: str | Path) -> Path:
    """Write a profile as readable JSON, for :func:`read_profile` here or elsewhere."""
    text = json.dumps(profile, ensure_ascii=False, indent=2)
    return write_atomically(Path(path), lambda part: part.write_text(text, encoding="utf-8"))


def stored_log(document: PlanDocument) -> StoredLog | None:
    """The description of the plan's contact log (its file name, when, how many contacts),
    or None; its contacts are not read."""
    with document.file.reading_directly() as conn:
        found = reading.read_contact_log(conn)
    return found[1] if found is not None else None


def contact_chunks(document: PlanDocument) -> tuple[StoredLog, Iterator[Any]] | None:
    """The stored log's description and its contacts as polars DataFrames, one chunk at a
    time in file order (each read on its own, so the plan is not held meanwhile), or None."""
    import ces_planner.analysis  # noqa: F401  # sets up polars' memory before it loads

    with document.file.reading_directly() as conn:
        found = reading.read_contact_log(conn)
    if found is None:
        return None
    log_id, log, count = found

    def chunks() -> Iterator[Any]:
        import polars as pl

        for position in range(count):
            with document.file.reading_directly() as conn:
                data = reading.read_contact_chunk(conn, log_id, position)
            if data is None:  # replaced by a new import meanwhile
                raise NoEvidence()
            try:
                chunk = pl.read_parquet(io.BytesIO(data))
            except (pl.exceptions.PolarsError, OSError, ValueError) as error:
                raise ContactLogDamaged(document.path, position, count) from error
            yield chunk

    return log, chunks()


def evidence_report(document: PlanDocument) -> dict[str, Any]:
    """The evidence of the plan's contact log under its current hours and settings."""
    found = contact_chunks(document)
    if found is None or found[0].contacts == 0:  # none, or an empty one an old version kept
        raise NoEvidence()
    from ces_planner.analysis.metrics import EvidenceSettings, evidence_of_chunks

    log, chunks = found
    plan = document.plan()
    settings = plan.settings
    report = evidence_of_chunks(
        chunks,
        EvidenceSettings(
            settings.repeat_window_days,
            settings.service_level_threshold_seconds,
            settings.service_level_formula,
        ),
        channel_hours(plan),
        reasons=[r.name for r in plan.contact_reasons],
        segments=[s.name for s in plan.segments],
    )
    # Which export the figures come from: the user's own, or the sample's made-up one.
    report["source"] = {
        "file": log.source_name,
        "imported_at": log.imported_at.isoformat(timespec="minutes"),
        "made_up": log.made_up,
        "clock": log.clock,
    }
    report["clock_differs"] = _on_another_clock(log, plan_timezone(plan))
    return report


def _on_another_clock(log: StoredLog | None, zone: str) -> bool:
    """Whether the plan's time zone changed since the log was read (a log read before the
    clock was kept cannot tell)."""
    return log is not None and log.clock is not None and log.clock != zone


def clock_notice(document: PlanDocument) -> str:
    """What to do when the plan's contact log was read on another clock than the plan's
    time zone now is ('' when it was not, or there is no log)."""
    log = stored_log(document)
    zone = plan_timezone(document.plan())
    if not _on_another_clock(log, zone):
        return ""
    assert log is not None
    return tr(
        "The contact log was read on the {old} clock, but the plan's time zone is now {new}: "
        "its hours of arrival, outside-hours figures and repeat windows are on the old clock; "
        "import the log again to read it on {new}.",
        old=log.clock,
        new=zone,
    )


def staffing_summary(plan: Plan, report: dict[str, Any]) -> dict[str, Any]:
    """An average week's staffing of each live channel (one with a service level: Erlang C
    does not apply to email or messages, which wait for an agent), as the document shows it."""
    live = live_channels(report)
    rows = []
    for channel in (r["channel"] for r in report["by_channel"]):
        staffing = channel_staffing(plan, report, channel) if channel in live else None
        if staffing is None:
            continue
        rows.append(
            {
                "channel": staffing.channel,
                "agent_hours_open": staffing.agent_hours_open,
                "agent_hours_closed": staffing.agent_hours_all - staffing.agent_hours_open,
                "agent_hours_erlang_a": staffing.agent_hours_open_erlang_a,
                "peak_occupancy": staffing.peak_occupancy,
            }
        )
    return {"target": STAFFING_TARGET, "shrinkage": STAFFING_SHRINKAGE, "channels": rows}


def remove_contacts(document: PlanDocument) -> StoredLog | None:
    """Remove the plan's contact log, then compact the file so that its contacts are gone
    from it, not only from the plan. The description of the log removed, or None."""

    def change(conn):  # type: ignore[no-untyped-def]
        with document.file.reading_directly() as raw:  # inside this edit
            found = reading.read_contact_log(raw)
        if found is not None:
            repository.delete_contact_log(conn)
        return found[1] if found is not None else None

    document.backup("remove-contacts")  # the log stays in the rotating copies until they go
    removed = typing.cast(StoredLog | None, document.write(change))
    if removed is not None:
        document.file.compact()
    return removed


def channel_hours(plan: Plan) -> list[Any]:
    from ces_planner.analysis.metrics import ChannelHours

    hours = []
    common = [e for e in plan.hours_exceptions if e.channel_id is None]
    for channel in plan.channels:
        assert channel.id is not None
        own = [e for e in plan.hours_exceptions if e.channel_id == channel.id]
        hours.append(
            ChannelHours(channel.name, plan.windows_of(channel.id), tuple(common + own))
        )  # a channel's own exception wins
    return hours


@dataclass(frozen=True)
class ChannelStaffing:
    channel: str
    aht_seconds: float
    weeks: float
    agents: list[list[int]]  # scheduled agents per interval of an average week
    agent_hours_open: float  # to answer the contacts that arrive while the channel is open
    agent_hours_all: float  # to answer every contact, whenever it arrives
    closed_contacts_per_week: float
    peak_occupancy: float
    patience_seconds: float | None = None  # estimated from abandoned contacts' waits
    agent_hours_open_erlang_a: float | None = None


STAFFING_TARGET = 0.8  # of contacts answered within the plan's service-level threshold
STAFFING_SHRINKAGE = 0.3  # of paid time not on contacts (breaks, training, meetings)


def channel_staffing(
    plan: Plan,
    report: dict[str, Any],
    channel: str,
    *,
    target: float = STAFFING_TARGET,
    shrinkage: float = STAFFING_SHRINKAGE,
) -> ChannelStaffing | None:
    """Erlang C staffing of an average week for one channel, within its hours and without
    them: the difference is what answering the out-of-hours contacts would cost."""
    from ces_planner.analysis.erlang import scheduled_agents, weekly_staffing
    from ces_planner.domain.hours import slots_from_windows

    grid = (report["arrivals"] or {}).get("by_channel", {}).get(channel)
    row = next((r for r in report["by_channel"] if r["channel"] == channel), None)
    if grid is None or row is None or not row["aht_seconds"]:
        return None
    start = dt.datetime.fromisoformat(report["period"]["start"])
    end = dt.datetime.fromisoformat(report["period"]["end"])
    days = (end.date() - start.date()).days + 1  # the calendar days the log covers
    weeks = max(1.0, days / 7)
    volumes = [[n / weeks for n in day] for day in grid]
    plan_channel = next((c for c in plan.channels if c.name == channel), None)
    windows = plan.windows_of(plan_channel.id) if plan_channel and plan_channel.id else ()
    open_slots = slots_from_windows(windows) if windows else [True] * (7 * 48)
    inside = [
        [v if open_slots[d * 48 + s] else 0.0 for s, v in enumerate(day)]
        for d, day in enumerate(volumes)
    ]
    threshold = plan.settings.service_level_threshold_seconds
    aht = float(row["aht_seconds"])
    within = weekly_staffing(inside, aht, target=target, threshold=threshold, shrinkage=shrinkage)
    everything = weekly_staffing(
        volumes, aht, target=target, threshold=threshold, shrinkage=shrinkage
    )
    closed = sum(
        v for d, day in enumerate(volumes) for s, v in enumerate(day) if not open_slots[d * 48 + s]
    )
    patience = report.get("patience_by_channel", {}).get(channel)
    hours_a = None
    if patience:
        from ces_planner.analysis.erlang_a import staff_for_a

        cache: dict[float, int] = {}
        scheduled = 0
        for volume in (v for day in inside for v in day if v > 0):
            key = round(volume, 6)
            if key not in cache:
                cache[key] = scheduled_agents(
                    staff_for_a(volume, aht, patience, target=target, threshold=threshold).agents,
                    shrinkage,
                )
            scheduled += cache[key]
        hours_a = scheduled * 0.5  # half-hour intervals
    return ChannelStaffing(
        channel,
        aht,
        weeks,
        within.agents,
        within.agent_hours_per_week,
        everything.agent_hours_per_week,
        closed,
        within.peak_occupancy,
        patience,
        hours_a,
    )
