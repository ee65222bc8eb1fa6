"""Evidence from contacts: the metric definitions of the product, computed column-wise.

Definitions (also stated in the app and the exported appendix):
- AHT = mean handle time of answered (not abandoned) contacts with a handle time;
- service level = answered contacts with wait <= threshold / answered contacts with a wait
  (the default formula); ASA = mean wait of answered contacts; abandon rate = abandoned / offered;
- repeat-contact rate = share of contacts with a customer id after which the same customer
  contacts again later by more than 0 and at most N days (N x 24 h of local clock time);
- outside-hours share = contacts that arrived while their channel was closed per the plan's
  hours (channel names matched ignoring case and surrounding spaces);
- shares are of all contacts; a metric without data is None, never 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import polars as pl

from ces_planner.domain.hours import MINUTES_PER_DAY, WEEKDAYS, week_coverage
from ces_planner.domain.model import HoursException, OpeningWindow, ServiceLevelFormula

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


def _group_metrics(settings: EvidenceSettings, has_abandoned: bool) -> list[pl.Expr]:
    threshold = settings.service_level_threshold_seconds
    answered = _answered()
    answered_wait = answered & pl.col("wait_seconds").is_not_null()
    within = answered_wait & (pl.col("wait_seconds") <= threshold)
    formula = settings.service_level_formula
    if formula is ServiceLevelFormula.OFFERED:
        denominator = pl.len()
    elif formula is ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED:
        short = pl.col("abandoned").fill_null(False) & (
            pl.col("wait_seconds").fill_null(float("inf")) < SHORT_ABANDON_SECONDS
        )
        denominator = (answered_wait | (pl.col("abandoned").fill_null(False) & ~short)).sum()
    else:
        denominator = answered_wait.sum()
    service_level = pl.when(denominator > 0).then(within.sum() / denominator)
    if formula is not ServiceLevelFormula.ANSWERED:
        service_level = pl.when(answered_wait.sum() > 0).then(service_level)
    abandon_rate = (
        (pl.col("abandoned").fill_null(False).sum() / pl.len())
        if has_abandoned
        else pl.lit(None, dtype=pl.Float64)
    )
    return [
        pl.len().alias("contacts"),
        # Means skip nulls: when/then leaves out the contacts a mean is not about.
        pl.when(answered).then(pl.col("handle_seconds")).mean().alias("aht_seconds"),
        service_level.alias("service_level"),
        pl.when(answered_wait).then(pl.col("wait_seconds")).mean().alias("asa_seconds"),
        abandon_rate.alias("abandon_rate"),
        pl.col("repeat").mean().alias("repeat_rate"),  # null without a customer id
        pl.col("csat").mean().alias("csat"),
        pl.col("effort").mean().alias("effort"),
    ]


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
        mine = frame.filter(pl.col("key") == channel.name.strip().lower())
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


def canonical_channels(contacts: pl.DataFrame, plan_channels: list[str]) -> pl.DataFrame:
    """Channel values that differ only in case or surrounding spaces are one channel, named as
    in the plan when the plan has it, else as first written in the log. Worked out on the few
    distinct values, then applied to the column alone (the other columns are not copied)."""
    written = contacts["channel"].cast(pl.String).unique(maintain_order=True).drop_nulls()
    keys = written.to_frame().select(_key(pl.col("channel")))["channel"]
    names: dict[str, str] = {}
    for value, key in zip(written, keys, strict=True):
        names.setdefault(key, value)
    names.update({name.strip().lower(): name for name in plan_channels})
    renamed = {value: names[key] for value, key in zip(written, keys, strict=True)}
    channel = (
        contacts["channel"]
        .cast(pl.String)
        .replace_strict(renamed, default=None, return_dtype=pl.String)
    )
    return contacts.with_columns(channel.cast(pl.Categorical))


def evidence(
    contacts: pl.DataFrame, settings: EvidenceSettings, channels: list[ChannelHours]
) -> dict[str, Any]:
    """The evidence report (the contract of ``ces-planner evidence --json``)."""
    contacts = canonical_channels(contacts, [c.name for c in channels])
    total = contacts.height
    has_abandoned = contacts["abandoned"].is_not_null().any() if total else False
    frame = with_repeats(contacts, settings.repeat_window_days)
    metrics = _group_metrics(settings, bool(has_abandoned))

    def rows(by: list[str], keep: list[str]) -> list[dict[str, Any]]:
        grouped = (
            frame.lazy()
            .group_by(by)
            .agg(metrics)
            .filter(pl.all_horizontal(pl.col(c).is_not_null() for c in by))
            .sort("contacts", *by, descending=[True] + [False] * len(by))
            .collect()
        )
        result = []
        for row in grouped.iter_rows(named=True):
            entry: dict[str, Any] = {c: str(row[c]) for c in by}
            entry["contacts"] = row["contacts"]
            entry["share"] = row["contacts"] / total if total else None
            entry.update({k: _none_if_nan(row[k]) for k in keep})
            result.append(entry)
        return result

    by_reason = rows(["reason"], ["aht_seconds", "repeat_rate", "csat", "effort"])
    by_channel = rows(["channel"], ["aht_seconds", "service_level", "asa_seconds", "abandon_rate"])
    by_segment_channel = [
        {"segment": str(r["segment"]), "channel": str(r["channel"]), "contacts": r["contacts"]}
        for r in frame.lazy()
        .group_by("segment", "channel")
        .agg(pl.len().alias("contacts"))
        .filter(pl.col("segment").is_not_null() & pl.col("channel").is_not_null())
        .sort("contacts", "segment", "channel", descending=[True, False, False])
        .collect()
        .iter_rows(named=True)
    ]
    slot = (_weekday() * MINUTES_PER_DAY + _minute_of_day()) // INTERVAL_MINUTES
    per_slot = (
        frame.lazy()
        .group_by(pl.col("channel").cast(pl.String), slot.alias("slot"))
        .agg(pl.len().alias("n"))
        .collect()
    )
    slots_per_day = MINUTES_PER_DAY // INTERVAL_MINUTES
    counts = [[0] * slots_per_day for _ in range(WEEKDAYS)]
    by_channel_counts: dict[str, list[list[int]]] = {}
    for channel_name, slot_number, n in per_slot.sort("channel", "slot").iter_rows():
        day, column = divmod(slot_number, slots_per_day)
        counts[day][column] += n
        grid = by_channel_counts.setdefault(
            channel_name, [[0] * slots_per_day for _ in range(WEEKDAYS)]
        )
        grid[day][column] = n
    closed = outside_hours(contacts, channels) if total else pl.Series([], dtype=pl.Boolean)
    outside_by_channel = [
        {"channel": channel, "contacts": n}
        for channel, n in contacts[["channel"]]
        .with_columns(closed.alias("closed"))
        .lazy()
        .filter(pl.col("closed"))
        .group_by(pl.col("channel").cast(pl.String))
        .agg(pl.len())
        .sort("len", "channel", descending=[True, False])
        .collect()
        .iter_rows()
    ]
    outside_total = int(closed.sum()) if total else 0
    # Mean patience per channel (exponential estimate: abandons over all time spent waiting),
    # where abandoned contacts record how long they waited: the input of Erlang A.
    patience: dict[str, float] = {}
    if total and has_abandoned:
        waits = (
            frame.lazy()
            .filter(pl.col("wait_seconds").is_not_null())
            .group_by("channel")
            .agg(
                pl.col("wait_seconds").sum().alias("exposure"),
                (pl.col("abandoned").fill_null(False) & (pl.col("wait_seconds") > 0))
                .sum()
                .alias("abandons"),
            )
            .sort(pl.col("channel").cast(pl.String))
            .collect()
        )
        for channel_name, exposure, abandons in waits.iter_rows():
            if abandons:
                patience[str(channel_name)] = exposure / abandons
    start: Any = contacts["started_at"].min() if total else None
    end: Any = contacts["started_at"].max() if total else None
    return {
        "contacts": total,
        "period": {
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
        },
        "repeat_window_days": settings.repeat_window_days,
        "repeat_rate": _none_if_nan(frame["repeat"].mean()),  # null without a customer id
        "service_level_threshold_seconds": settings.service_level_threshold_seconds,
        "service_level_formula": settings.service_level_formula.value,
        "by_reason": by_reason,
        "by_channel": by_channel,
        "by_segment_channel": by_segment_channel,
        "arrivals": {
            "interval_minutes": INTERVAL_MINUTES,
            "counts": counts,
            "by_channel": by_channel_counts,
        },
        "patience_by_channel": patience,
        "outside_hours": {
            "contacts": outside_total,
            "share": outside_total / total if total else None,
            "by_channel": outside_by_channel,
        },
    }
