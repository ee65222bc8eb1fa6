"""Evidence from contacts: the metric definitions of the product, computed column-wise.

Definitions (also stated in the app and the exported appendix):
- AHT = mean handle time of answered (not abandoned) contacts with a handle time;
- service level = answered contacts with wait <= threshold / answered contacts with a wait
  (the default formula); ASA = mean wait of answered contacts; abandon rate = abandoned / offered;
- repeat-contact rate = share of contacts with a customer id after which the same customer
  contacts again later by more than 0 and at most N days (N x 24 h of local clock time);
- first-contact resolution (fcr) = answered contacts marked resolved / answered contacts whose
  record says whether they were (an abandoned contact was never served: it is in neither);
- CSAT and effort = means of the scores present;
- outside-hours share = contacts that arrived while their channel was closed per the plan's
  hours (channel names matched ignoring case and surrounding spaces);
- shares are of all contacts; a metric without data is None, never 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import polars as pl

from ces_planner.domain.hours import MINUTES_PER_DAY, WEEKDAYS, week_coverage
from ces_planner.domain.model import (
    HoursException,
    OpeningWindow,
    ServiceLevelFormula,
    matching_name,
)

INTERVAL_MINUTES = 30


SHORT_ABANDON_SECONDS = 5


@dataclass(frozen=True)
class EvidenceSettings:
    repeat_window_days: int = 7
    service_level_threshold_seconds: float = 20
    service_level_formula: ServiceLevelFormula = ServiceLevelFormula.ANSWERED


@dataclass(frozen=True)
class ChannelHours:
    """A plan channel's name with its weekly windows and the exceptions that apply to it."""

    name: str
    windows: tuple[OpeningWindow, ...]
    exceptions: tuple[HoursException, ...]


def _key(expr: pl.Expr) -> pl.Expr:
    """:func:`matching_name` of a column's values."""
    return expr.cast(pl.String).str.strip_chars().str.to_lowercase()


def _none_if_nan(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    return value


def _weekday() -> pl.Expr:
    """Day of the week a contact started, Monday 0."""
    return pl.col("started_at").dt.weekday().cast(pl.Int32) - 1


def _minute_of_day() -> pl.Expr:
    """Minute of the day a contact started, 0-1439."""
    return pl.col("started_at").dt.hour().cast(pl.Int32) * 60 + pl.col(
        "started_at"
    ).dt.minute().cast(pl.Int32)


def _answered() -> pl.Expr:
    return pl.col("abandoned").fill_null(False).not_()


def _partials(threshold: float) -> list[pl.Expr]:
    """What each group's metrics are made of, as sums and counts: added up over the chunks
    of a log, they give exactly the metrics of the whole."""
    answered = _answered()
    handle, wait = pl.col("handle_seconds"), pl.col("wait_seconds")
    abandoned = pl.col("abandoned").fill_null(False)
    answered_handle = answered & handle.is_not_null()
    answered_wait = answered & wait.is_not_null()
    short = abandoned & (wait.fill_null(float("inf")) < SHORT_ABANDON_SECONDS)
    return [
        pl.len().alias("contacts"),
        pl.when(answered_handle).then(handle).sum().alias("handle_sum"),
        answered_handle.sum().alias("handle_n"),
        pl.when(answered_wait).then(wait).sum().alias("wait_sum"),
        answered_wait.sum().alias("wait_n"),
        (answered_wait & (wait <= threshold)).sum().alias("within_n"),
        (answered_wait | (abandoned & ~short)).sum().alias("short_excluded_n"),
        abandoned.sum().alias("abandoned_n"),
        pl.col("csat").sum().alias("csat_sum"),
        pl.col("csat").count().alias("csat_n"),
        pl.col("effort").sum().alias("effort_sum"),
        pl.col("effort").count().alias("effort_n"),
        (answered & pl.col("resolved").fill_null(False)).sum().alias("resolved_sum"),
        (answered & pl.col("resolved").is_not_null()).sum().alias("resolved_n"),
    ]


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _finish(row: dict[str, Any], settings: EvidenceSettings, has_abandoned: bool) -> dict[str, Any]:
    """A group's metrics from its sums and counts (see the module's definitions)."""
    formula = settings.service_level_formula
    denominator = {
        ServiceLevelFormula.OFFERED: row["contacts"],
        ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED: row["short_excluded_n"],
    }.get(formula, row["wait_n"])
    service_level = _ratio(row["within_n"], denominator)
    if formula is not ServiceLevelFormula.ANSWERED and not row["wait_n"]:
        service_level = None
    return {
        "aht_seconds": _ratio(row["handle_sum"], row["handle_n"]),
        "service_level": service_level,
        "asa_seconds": _ratio(row["wait_sum"], row["wait_n"]),
        "abandon_rate": _ratio(row["abandoned_n"], row["contacts"]) if has_abandoned else None,
        "repeat_rate": _ratio(row.get("repeat_sum") or 0, row.get("repeat_n") or 0),
        "csat": _ratio(row["csat_sum"], row["csat_n"]),
        "effort": _ratio(row["effort_sum"], row["effort_n"]),
        "fcr": _ratio(row["resolved_sum"], row["resolved_n"]),
    }


def with_repeats(contacts: pl.DataFrame, window_days: int) -> pl.DataFrame:
    """Adds ``repeat``: the same customer contacts again later by > 0 and <= N days."""
    return contacts.with_columns(repeats(contacts, window_days))


def repeats(contacts: pl.DataFrame, window_days: int) -> pl.Series:
    """For each contact, whether the same customer contacts again later by > 0 and <= N days
    (null without a customer id).

    One sort of the customer and time columns alone, no join: each contact's next strictly
    later contact of the same customer is the next row's time, carried back over ties."""
    window = dt.timedelta(days=window_days)
    customer, start = pl.col("customer_id"), pl.col("started_at")
    later = (customer.shift(-1) == customer) & (start.shift(-1) > start)
    ordered = (
        contacts.lazy()
        .select(customer, start)
        .with_row_index("_order")
        .sort("customer_id", "started_at", nulls_last=True)
        .with_columns(
            pl.when(later).then(start.shift(-1)).backward_fill().alias("_next"),
            pl.when(later).then(customer).backward_fill().alias("_next_customer"),
        )
    )
    same = pl.col("_next_customer") == customer
    repeat = (
        pl.when(customer.is_null())
        .then(None)
        .otherwise(same.fill_null(False) & ((pl.col("_next") - start) <= window))
    )
    return ordered.select("_order", repeat.alias("repeat")).sort("_order").collect()["repeat"]


def outside_hours(contacts: pl.DataFrame, channels: list[ChannelHours]) -> pl.Series:
    """For each contact, whether its channel was closed when it arrived (False if unknown)."""
    minute_of_day = _minute_of_day()
    frame = (
        contacts.lazy()
        .select(
            _key(pl.col("channel")).alias("key"),
            (_weekday() * MINUTES_PER_DAY + minute_of_day).alias("minute_of_week"),
            minute_of_day.alias("minute_of_day"),
            pl.col("started_at").dt.date().alias("date"),
        )
        .with_row_index("_i")
        .collect()
    )
    closed = pl.Series("closed", [False] * contacts.height)
    for channel in channels:
        mine = frame.filter(pl.col("key") == matching_name(channel.name))
        if mine.height == 0:
            continue
        if channel.windows:
            week = pl.Series(week_coverage(channel.windows), dtype=pl.Boolean)
            mine = mine.with_columns(regular=week.gather(mine["minute_of_week"]))
        else:
            mine = mine.with_columns(regular=pl.lit(True))
        exceptions = {e.date: e for e in channel.exceptions}
        days = pl.DataFrame(
            {
                "date": list(exceptions),
                "x_opens": [e.opens for e in exceptions.values()],
                "x_closes": [e.closes for e in exceptions.values()],
            },
            schema={"date": pl.Date, "x_opens": pl.Int32, "x_closes": pl.Int32},
        ).with_columns(exception=pl.lit(True))
        mine = mine.join(days, on="date", how="left", maintain_order="left")
        within = (
            pl.col("x_opens").is_not_null()
            & (pl.col("minute_of_day") >= pl.col("x_opens"))
            & (pl.col("minute_of_day") < pl.col("x_closes"))
        )
        is_open = mine.select(
            pl.when(pl.col("exception").fill_null(False))
            .then(within.fill_null(False))
            .otherwise(pl.col("regular"))
            .alias("open")
        )["open"]
        closed = closed.scatter(mine["_i"], ~is_open)
    return closed


class _PlanNames:
    """Values of a log's column (channel, reason or segment) that differ only in case or
    surrounding spaces are one name: the plan's when the plan has it, else the first written
    in the log (chunks come in file order)."""

    def __init__(self, plan_names: Iterable[str]) -> None:
        self.names = {matching_name(name): name for name in plan_names}

    def apply(self, frame: pl.DataFrame, column: str) -> pl.DataFrame:
        """``frame`` with ``column`` named so; worked out on its few distinct values."""
        written = frame[column].cast(pl.String).unique(maintain_order=True).drop_nulls()
        keys = written.to_frame().select(_key(pl.col(column)))[column]
        renamed = {}
        for value, key in zip(written, keys, strict=True):
            renamed[value] = self.names.setdefault(key, value)
        named = (
            frame[column]
            .cast(pl.String)
            .replace_strict(renamed, default=None, return_dtype=pl.String)
        )
        return frame.with_columns(named)


# The figures of a channel, and with the survey's scores those of a segment and the centre.
SERVICE_FIGURES = ("aht_seconds", "service_level", "asa_seconds", "abandon_rate", "fcr")
SCORES = ("csat", "effort")
GROUPS = ("reason", "channel", "segment")  # what the contacts' figures are grouped by
REPEAT_BUCKETS = 16  # customers are split in this many groups to find repeats, a group at a time


class _Totals:
    """Sums and counts of one grouping, added up over the chunks."""

    def __init__(self, by: list[str]) -> None:
        self.by = by
        self.parts: list[pl.DataFrame] = []

    def add(self, part: pl.DataFrame) -> None:
        self.parts.append(part)

    def total(self) -> pl.DataFrame:
        frame = pl.concat(self.parts, how="diagonal_relaxed")
        return frame.group_by(self.by).agg(pl.exclude(self.by).sum())


def evidence(
    contacts: pl.DataFrame,
    settings: EvidenceSettings,
    channels: list[ChannelHours],
    reasons: Iterable[str] = (),
    segments: Iterable[str] = (),
) -> dict[str, Any]:
    """The evidence report (the contract of ``ces-planner evidence --json``)."""
    return evidence_of_chunks([contacts], settings, channels, reasons, segments)


def evidence_of_chunks(
    chunks: Iterable[pl.DataFrame],
    settings: EvidenceSettings,
    channels: list[ChannelHours],
    reasons: Iterable[str] = (),
    segments: Iterable[str] = (),
) -> dict[str, Any]:
    """The evidence report of a log given as chunks of contacts in file order: each chunk is
    reduced to sums and counts as it comes, and only what finding repeat contacts needs
    (customer, time, reason) is kept from one chunk to the next.

    Channels, reasons and segments are named as the plan names them (``reasons``,
    ``segments``, the channels' names), case and surrounding spaces aside."""
    channel_names = _PlanNames(c.name for c in channels)
    reason_names, segment_names = _PlanNames(reasons), _PlanNames(segments)

    def named(part: pl.DataFrame) -> pl.DataFrame:
        """A chunk's sums and counts, its reasons and segments named as the plan's (the sums
        of two spellings of one name are added together with the other chunks')."""
        if "reason" in part.columns:
            part = reason_names.apply(part, "reason")
        if "segment" in part.columns:
            part = segment_names.apply(part, "segment")
        return part

    partials = _partials(settings.service_level_threshold_seconds)
    # One pass per chunk gives every grouping's sums and counts: reason x channel x segment,
    # rolled up at the end into the reason, channel and segment figures.
    groups, per_slot = _Totals(list(GROUPS)), _Totals(["channel", "slot"])
    outside, waits = _Totals(["channel", "reason"]), _Totals(["channel"])
    repeat_keys: list[list[pl.DataFrame]] = [[] for _ in range(REPEAT_BUCKETS)]
    total = 0
    has_abandoned = False
    has_clock = False  # a log of dates only has no time of day to count arrivals by
    start: Any = None
    end: Any = None
    slot = (_weekday() * MINUTES_PER_DAY + _minute_of_day()) // INTERVAL_MINUTES
    for raw in chunks:
        if not raw.height:
            continue
        chunk = channel_names.apply(raw, "channel")
        total += chunk.height
        has_abandoned = has_abandoned or bool(chunk["abandoned"].is_not_null().any())
        has_clock = has_clock or bool((chunk["started_at"].dt.time() != dt.time(0)).any())
        first, last = chunk["started_at"].min(), chunk["started_at"].max()
        start = first if start is None else min(start, first)  # type: ignore[type-var]
        end = last if end is None else max(end, last)  # type: ignore[type-var]
        frame = chunk.lazy()
        # In the order the log first writes each group: named() takes the first spelling of
        # a name the plan lacks as the name (a hash grouping's order changes from run to run).
        groups.add(
            named(
                frame.group_by(
                    pl.col("reason").cast(pl.String),
                    "channel",
                    pl.col("segment").cast(pl.String),
                    maintain_order=True,
                )
                .agg(partials)
                .collect()
            )
        )
        per_slot.add(frame.group_by("channel", slot.alias("slot")).agg(pl.len()).collect())
        closed = outside_hours(chunk, channels)
        outside.add(
            named(
                chunk.select("channel", pl.col("reason").cast(pl.String))
                .filter(closed)
                .group_by("channel", "reason", maintain_order=True)
                .agg(pl.len().alias("contacts"))
            )
        )
        waits.add(
            frame.filter(pl.col("wait_seconds").is_not_null())
            .group_by("channel")
            .agg(
                pl.col("wait_seconds").sum().alias("exposure"),
                (pl.col("abandoned").fill_null(False) & (pl.col("wait_seconds") > 0))
                .sum()
                .alias("abandons"),
            )
            .collect()
        )
        keys = (
            chunk.lazy()
            .filter(pl.col("customer_id").is_not_null())
            .select("customer_id", "started_at", "reason")
        )
        bucket = pl.col("customer_id").hash() % REPEAT_BUCKETS
        for number, part in (
            keys.with_columns(bucket.alias("_bucket"))
            .collect()
            .partition_by("_bucket", as_dict=True, include_key=False)
            .items()
        ):
            repeat_keys[int(number[0])].append(part)  # type: ignore[call-overload]
    # Repeats, one group of customers at a time (every contact of a customer is in one).
    repeated = _Totals(["reason"])
    repeat_sum = repeat_n = 0
    for bucket_parts in repeat_keys:
        if not bucket_parts:
            continue
        customers = pl.concat(bucket_parts)
        bucket_parts.clear()
        flags = customers.select("reason").with_columns(
            repeats(customers, settings.repeat_window_days)
        )
        del customers
        repeat_sum += int(flags["repeat"].sum())
        repeat_n += flags.height
        repeated.add(
            named(
                flags.group_by("reason")
                .agg(pl.col("repeat").sum().alias("repeat_sum"), pl.len().alias("repeat_n"))
                .with_columns(pl.col("reason").cast(pl.String))
            )
        )

    fine = groups.total() if groups.parts else None

    def rollup(by: list[str]) -> pl.DataFrame | None:
        """The sums and counts of every contact grouped by ``by`` alone."""
        if fine is None:
            return None
        return fine.group_by(by).agg(pl.exclude(GROUPS).sum())

    def rows(
        frame: pl.DataFrame | None, key: str, keep: list[str], extra: _Totals | None = None
    ) -> list[dict[str, Any]]:
        if frame is None:
            return []
        if extra is not None and extra.parts:
            frame = frame.join(extra.total(), on=key, how="left")
        frame = frame.filter(pl.col(key).is_not_null()).sort(
            ["contacts", key], descending=[True, False]
        )
        result = []
        for row in frame.iter_rows(named=True):
            metrics = _finish(row, settings, has_abandoned)
            entry: dict[str, Any] = {key: str(row[key]), "contacts": row["contacts"]}
            entry["share"] = row["contacts"] / total if total else None
            entry.update({k: _none_if_nan(metrics[k]) for k in keep})
            result.append(entry)
        return result

    def overall() -> dict[str, Any]:
        """The centre's figures: the sums and counts of every contact (any channel or none)."""
        keep = [*SERVICE_FIGURES, *SCORES]
        if fine is None:
            return dict.fromkeys(keep)
        sums = fine.drop(GROUPS).sum().row(0, named=True)
        metrics = _finish(sums, settings, has_abandoned)
        return {k: _none_if_nan(metrics[k]) for k in keep}

    slots_per_day = MINUTES_PER_DAY // INTERVAL_MINUTES
    counts = [[0] * slots_per_day for _ in range(WEEKDAYS)]
    by_channel_counts: dict[str, list[list[int]]] = {}
    if per_slot.parts:
        slots = per_slot.total().sort("channel", "slot", nulls_last=True)
        for channel_name, slot_number, n in slots.iter_rows():
            day, column = divmod(slot_number, slots_per_day)
            counts[day][column] += n  # contacts without a channel arrived too
            if channel_name is not None:
                grid = by_channel_counts.setdefault(
                    channel_name, [[0] * slots_per_day for _ in range(WEEKDAYS)]
                )
                grid[day][column] = n
    outside_by_channel: list[dict[str, Any]] = []
    outside_by_reason: list[dict[str, Any]] = []
    outside_total = 0
    if outside.parts:
        found = outside.total()
        outside_total = int(found["contacts"].sum())
        on_channels = found.filter(pl.col("channel").is_not_null())
        outside_by_channel = [
            {"channel": channel, "contacts": n}
            for channel, n in on_channels.group_by("channel")
            .agg(pl.col("contacts").sum())
            .sort(["contacts", "channel"], descending=[True, False])
            .iter_rows()
        ]
        outside_by_reason = [
            {"channel": channel, "reason": reason, "contacts": n}
            for channel, reason, n in on_channels.filter(pl.col("reason").is_not_null())
            .select("channel", "reason", "contacts")
            .sort(["channel", "contacts", "reason"], descending=[False, True, False])
            .iter_rows()
        ]
    # Mean patience per channel (exponential estimate: abandons over all time spent waiting),
    # where abandoned contacts record how long they waited: the input of Erlang A.
    patience: dict[str, float] = {}
    if total and has_abandoned and waits.parts:
        for channel_name, exposure, abandons in (
            waits.total().filter(pl.col("channel").is_not_null()).sort("channel").iter_rows()
        ):
            if abandons:
                patience[str(channel_name)] = exposure / abandons
    return {
        "contacts": total,
        "period": {
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
        },
        "repeat_window_days": settings.repeat_window_days,
        "repeat_rate": _ratio(repeat_sum, repeat_n),  # null without a customer id
        "service_level_threshold_seconds": settings.service_level_threshold_seconds,
        "service_level_formula": settings.service_level_formula.value,
        "overall": overall(),
        "by_reason": rows(
            rollup(["reason"]),
            "reason",
            ["aht_seconds", "repeat_rate", "fcr", *SCORES],
            repeated,
        ),
        "by_channel": rows(
            rollup(["channel"]),
            "channel",
            list(SERVICE_FIGURES),
        ),
        "by_segment": rows(
            rollup(["segment"]),
            "segment",
            [*SERVICE_FIGURES, *SCORES],
        ),
        "by_segment_channel": [
            {"segment": segment, "channel": channel, "contacts": n}
            for segment, channel, n in (
                fine.group_by("segment", "channel")
                .agg(pl.col("contacts").sum())
                .filter(pl.col("segment").is_not_null() & pl.col("channel").is_not_null())
                .sort(["contacts", "segment", "channel"], descending=[True, False, False])
                .iter_rows()
            )
        ]
        if fine is not None
        else [],
        # A log of dates only: when in the day contacts came, and whether their channel was
        # open, is not known. Those figures are null, not computed from midnight.
        "dates_only": bool(total) and not has_clock,
        "arrivals": {
            "interval_minutes": INTERVAL_MINUTES,
            "counts": counts,
            "by_channel": by_channel_counts,
        }
        if has_clock or not total
        else None,
        "patience_by_channel": patience,
        "outside_hours": {
            "contacts": outside_total,
            "share": outside_total / total if total else None,
            "by_channel": outside_by_channel,
            "by_channel_and_reason": outside_by_reason,
        }
        if has_clock or not total
        else None,
    }
