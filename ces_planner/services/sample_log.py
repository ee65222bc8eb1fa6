"""The sample plan's contact log: four weeks of made-up contacts that fit the sample's channels,
hours, segments and contact reasons, so that a new user sees the evidence, the matrix's volumes
and the staffing that a real log gives. The sample imports it as a user imports an export.

How many contacts arrive when, why, and how they end is set in ``samples/contact_log.json``;
the random choices are seeded, so a sample made on the same day has the same log.
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import itertools
import json
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ces_planner.analysis.contacts import FIELDS  # the log's columns: the contract's fields
from ces_planner.domain.hours import MINUTES_PER_DAY, week_coverage
from ces_planner.domain.model import Channel, Plan

SPREAD_HOURS = 2.2  # how far arrivals spread around a channel's peak hours
RETRY_AFTER_ABANDON = 0.5  # share of customers who give up and try again the same day
MAX_FOLLOW_UPS = 2  # a contact, its repeat, and the repeat's repeat


def log_parameters() -> dict[str, Any]:
    text = (
        resources.files("ces_planner.resources")
        .joinpath("samples/contact_log.json")
        .read_text(encoding="utf-8")
    )
    return dict(json.loads(text))


@dataclass(frozen=True)
class _Arrival:
    started: dt.datetime
    channel: int
    reason: int
    segment: int
    customer: str
    follow_ups: int = 0


class _Centre:
    """The sample's channels, segments and reasons, with the log's parameters for each."""

    def __init__(self, plan: Plan, parameters: dict[str, Any], rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.channels = list(zip(plan.channels, parameters["channels"], strict=True))
        self.reasons = list(zip(plan.contact_reasons, parameters["reasons"], strict=True))
        self.survey_share = float(parameters["survey_share"])
        self.segment_wait = [float(p["wait"]) for p in parameters["segments"]]
        self.open_minutes = [self._week(channel) for channel in plan.channels]
        self.segment_choice = [self._segments_of(channel) for channel in plan.channels]
        self.reason_choice = [self._reasons_of(number) for number in range(len(plan.segments))]

    def _week(self, channel: Channel) -> list[bool]:
        windows = self.plan.windows_of(channel.id) if channel.id is not None else ()
        # A channel without opening windows is open around the clock.
        return week_coverage(windows) if windows else [True] * MINUTES_PER_DAY * 7

    def is_open(self, channel: int, moment: dt.datetime) -> bool:
        minute = moment.weekday() * MINUTES_PER_DAY + moment.hour * 60 + moment.minute
        return self.open_minutes[channel][minute]

    def arrival_time(self, channel: int, day: dt.date) -> dt.datetime:
        """A moment on ``day`` around the channel's peak hours, mostly when it is open."""
        params = self.channels[channel][1]
        midnight = dt.datetime.combine(day, dt.time())
        for _ in range(50):
            hours = self.rng.choice(params["peaks"]) + self.rng.gauss(0, SPREAD_HOURS)
            seconds = int(hours * 3600) % (MINUTES_PER_DAY * 60)
            moment = midnight + dt.timedelta(seconds=seconds)
            if self.is_open(channel, moment) or self.rng.random() < params["closed_kept"]:
                break
        return moment

    def _segments_of(self, channel: Channel) -> tuple[list[int], list[float]]:
        """The segments the channel serves, weighed by their share of customers and by their
        liking for the channel."""
        numbers, weights = [], []
        for number, segment in enumerate(self.plan.segments):
            if not channel.segment_ids or segment.id in channel.segment_ids:
                liking = 3 if channel.id in segment.preferred_channel_ids else 1
                numbers.append(number)
                weights.append((segment.customer_share or 1.0) * liking)
        return numbers, weights

    def _reasons_of(self, segment: int) -> tuple[list[int], list[float]]:
        numbers, weights = [], []
        for number, (_, params) in enumerate(self.reasons):
            if segment in params.get("segments", [segment]):
                numbers.append(number)
                weights.append(params["share"])
        return numbers, weights

    def segment_for(self, channel: int) -> int:
        numbers, weights = self.segment_choice[channel]
        return self.rng.choices(numbers, weights)[0]

    def reason_for(self, segment: int) -> int:
        numbers, weights = self.reason_choice[segment]
        return self.rng.choices(numbers, weights)[0]

    def other_channel(self, arrival: _Arrival) -> int:
        """The channel of a repeat contact: mostly the same one, else another that is staffed
        and serves the customer's segment."""
        if self.rng.random() < 0.6:
            return arrival.channel
        staffed = [
            number
            for number, (_, params) in enumerate(self.channels)
            if any(params["per_day"]) and arrival.segment in self.segment_choice[number][0]
        ]
        return self.rng.choice(staffed)

    def follow_up(self, arrival: _Arrival, *, retry: bool) -> _Arrival:
        """The customer's next contact: soon after giving up, else within the week, on a day
        and at an hour the chosen channel's customers usually get in touch."""
        if retry:
            channel = arrival.channel
            started = arrival.started + dt.timedelta(minutes=round(self.rng.uniform(5, 120)))
        else:
            channel = self.other_channel(arrival)
            started = arrival.started
            while started <= arrival.started:
                day = arrival.started.date() + dt.timedelta(days=self.rng.randint(0, 6))
                started = self.arrival_time(channel, day)
        return _Arrival(
            started,
            channel,
            arrival.reason,
            arrival.segment,
            arrival.customer,
            arrival.follow_ups + 1,
        )

    def outcome(self, arrival: _Arrival) -> tuple[dict[str, object], float]:
        """The row's measured fields, and the chance that the customer comes back."""
        params = self.channels[arrival.channel][1]
        reason = self.reasons[arrival.reason][1]
        row: dict[str, object] = {}
        abandoned = False
        if params["wait"] is not None:
            if not self.is_open(arrival.channel, arrival.started):
                wait = self.rng.uniform(2, 30)  # heard or read "we are closed"
                abandoned = True
            else:
                mean_wait = params["wait"] * self.segment_wait[arrival.segment]
                wait = self.rng.expovariate(1 / mean_wait)
                patience = self.rng.expovariate(1 / params["patience"])
                abandoned = patience < wait
                wait = min(wait, patience)
            row["wait_seconds"] = round(wait)
        row["abandoned"] = "yes" if abandoned else "no"
        if abandoned:
            return row, RETRY_AFTER_ABANDON
        mean = reason["handle"] * params["handle"]
        row["handle_seconds"] = round(self.rng.lognormvariate(math.log(mean) - 0.1, 0.45))
        resolved = self.rng.random() < reason["resolved"]
        row["resolved"] = "yes" if resolved else "no"
        if self.rng.random() < self.survey_share:
            lift = 0.3 if resolved else -0.7
            row["csat"] = _score(self.rng.gauss(reason["csat"] + lift, 0.8), 5)
            row["effort"] = _score(self.rng.gauss(reason["effort"] + lift, 1.0), 7)
        return row, min(0.9, reason["repeat"] * (0.5 if resolved else 2.0))


def _score(value: float, top: int) -> int:
    return max(1, min(top, round(value)))


def sample_contacts(
    plan: Plan,
    parameters: dict[str, Any],
    today: dt.date,
    progress: Callable[[float], None] = lambda _fraction: None,
) -> Iterator[list[object]]:
    """The log's rows (values in the order of FIELDS) in time order: the ``days`` before
    ``today``."""
    rng = random.Random(parameters["seed"])
    centre = _Centre(plan, parameters, rng)
    first = today - dt.timedelta(days=parameters["days"])
    end = dt.datetime.combine(today, dt.time())
    queue: list[tuple[dt.datetime, int, _Arrival]] = []  # in time order, then as made
    made = itertools.count()
    for offset in range(parameters["days"]):
        day = first + dt.timedelta(days=offset)
        for channel, (_, params) in enumerate(centre.channels):
            expected = params["per_day"][day.weekday()]
            for _ in range(round(expected * rng.uniform(0.9, 1.1))):
                segment = centre.segment_for(channel)
                customer = f"C{segment}{rng.randrange(10**6):06d}"
                started = centre.arrival_time(channel, day)
                reason = centre.reason_for(segment)
                arrival = _Arrival(started, channel, reason, segment, customer)
                queue.append((started, next(made), arrival))
    heapq.heapify(queue)
    done = 0
    while queue:
        if done % 2000 == 0:
            progress(done / (done + len(queue)))
        done += 1
        _, _, arrival = heapq.heappop(queue)
        measured, comes_back = centre.outcome(arrival)
        values = {
            "started_at": arrival.started.isoformat(sep=" "),
            "channel": centre.channels[arrival.channel][0].name,
            "reason": centre.reasons[arrival.reason][0].name,
            "customer_id": arrival.customer,
            "segment": plan.segments[arrival.segment].name,
            **measured,
        }
        yield [values.get(name, "") for name in FIELDS]
        if arrival.follow_ups < MAX_FOLLOW_UPS and rng.random() < comes_back:
            follow_up = centre.follow_up(arrival, retry=measured["abandoned"] == "yes")
            if follow_up.started < end:
                heapq.heappush(queue, (follow_up.started, next(made), follow_up))


def write_sample_log(
    plan: Plan,
    path: Path,
    today: dt.date,
    progress: Callable[[float], None] = lambda _fraction: None,
) -> int:
    """Write the sample's contact log as CSV at ``path``; the number of contacts."""
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for row in sample_contacts(plan, log_parameters(), today, progress):
            writer.writerow(row)
            written += 1
    progress(1.0)
    return written
