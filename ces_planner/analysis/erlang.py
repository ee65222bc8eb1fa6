"""Erlang C staffing, computed with the numerically stable Erlang B recurrence.

``B(0) = 1``, ``B(n) = A·B(n-1) / (n + A·B(n-1))``, then ``C = n·B / (n − A·(1 − B))``. No
factorials or powers appear, so the results stay exact to float precision for hundreds or
thousands of Erlangs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Planned occupancy above this burns agents out: warn rather than plan for it.
OCCUPANCY_WARNING = 0.85


def erlang_b(agents: int, traffic: float) -> float:
    """Probability that a contact is blocked with ``agents`` servers and no queue."""
    blocking = 1.0
    for n in range(1, agents + 1):
        blocking = traffic * blocking / (n + traffic * blocking)
    return blocking


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a contact waits (1 when the agents cannot carry the traffic)."""
    if agents <= traffic:
        return 1.0
    blocking = erlang_b(agents, traffic)
    return _c_from_b(agents, traffic, blocking)


def _c_from_b(agents: int, traffic: float, blocking: float) -> float:
    return agents * blocking / (agents - traffic * (1 - blocking))


def service_level(agents: int, traffic: float, aht: float, threshold: float) -> float:
    """Share of contacts answered within ``threshold`` seconds."""
    if agents <= traffic:
        return 0.0
    wait = erlang_c(agents, traffic)
    return 1 - wait * math.exp(-(agents - traffic) * threshold / aht)


def average_speed_of_answer(agents: int, traffic: float, aht: float) -> float:
    if agents <= traffic:
        return math.inf
    return erlang_c(agents, traffic) * aht / (agents - traffic)


@dataclass(frozen=True)
class Staffing:
    traffic_erlangs: float
    agents: int
    service_level: float
    asa_seconds: float
    occupancy: float
    scheduled_agents: int

    @property
    def occupancy_too_high(self) -> bool:
        return self.occupancy > OCCUPANCY_WARNING


def scheduled_agents(agents: int, shrinkage: float) -> int:
    """Agents to schedule so that ``agents`` are on the phones after shrinkage (breaks,
    training, absence: the share of paid time not spent handling contacts)."""
    return math.ceil(agents / (1 - shrinkage) - 1e-9)


def traffic_erlangs(volume: float, aht: float, interval_minutes: float) -> float:
    """Offered load: contacts per interval times handle time, over the interval's seconds."""
    return volume * aht / (interval_minutes * 60)


def staff_for(
    volume: float,
    aht: float,
    *,
    interval_minutes: float = 30,
    target: float = 0.8,
    threshold: float = 20,
    shrinkage: float = 0.3,
) -> Staffing:
    """The fewest agents meeting ``target`` of contacts answered within ``threshold`` seconds."""
    if volume < 0 or aht <= 0 or interval_minutes <= 0:
        raise ValueError("volume must be >= 0 and aht, interval positive")
    if not 0 < target < 1 or not 0 <= shrinkage < 1 or threshold < 0:
        raise ValueError("target in (0, 1), shrinkage in [0, 1), threshold >= 0")
    traffic = traffic_erlangs(volume, aht, interval_minutes)
    if traffic == 0:
        return Staffing(0.0, 0, 1.0, 0.0, 0.0, 0)
    blocking = 1.0
    agents = 0
    while True:  # walk B(n) upwards once: O(agents) in all
        agents += 1
        blocking = traffic * blocking / (agents + traffic * blocking)
        if agents <= traffic:
            continue
        wait = _c_from_b(agents, traffic, blocking)
        level = 1 - wait * math.exp(-(agents - traffic) * threshold / aht)
        if level >= target:
            asa = wait * aht / (agents - traffic)
            return Staffing(
                traffic_erlangs=traffic,
                agents=agents,
                service_level=level,
                asa_seconds=asa,
                occupancy=traffic / agents,
                scheduled_agents=scheduled_agents(agents, shrinkage),
            )


@dataclass(frozen=True)
class IntervalStaffing:
    """Agents needed in each interval of an average week for one channel."""

    agents: list[list[int]]  # 7 days x intervals, Monday first
    occupancy: list[list[float]]
    agent_hours_per_week: float
    peak_occupancy: float


def weekly_staffing(
    arrivals: list[list[float]],
    aht: float,
    *,
    interval_minutes: float = 30,
    target: float = 0.8,
    threshold: float = 20,
    shrinkage: float = 0.3,
) -> IntervalStaffing:
    """Erlang C for every interval of an average week; agent hours include shrinkage."""
    agents: list[list[int]] = []
    occupancy: list[list[float]] = []
    cache: dict[float, Staffing] = {}
    for day in arrivals:
        agents.append([])
        occupancy.append([])
        for volume in day:
            key = round(volume, 6)
            if key not in cache:
                cache[key] = staff_for(
                    volume,
                    aht,
                    interval_minutes=interval_minutes,
                    target=target,
                    threshold=threshold,
                    shrinkage=shrinkage,
                )
            result = cache[key]
            agents[-1].append(result.scheduled_agents)
            occupancy[-1].append(result.occupancy)
    hours = sum(sum(day) for day in agents) * interval_minutes / 60
    peak = max((o for day in occupancy for o in day), default=0.0)
    return IntervalStaffing(agents, occupancy, hours, peak)
