"""Erlang A (M/M/n+M): staffing that allows for customers who hang up while waiting.

Erlang C assumes infinite patience and so over-staffs centres with real abandonment. Here the
queue is the exact birth-death chain with abandonment rate ``theta`` per waiting customer; the
share answered within the threshold comes from the tagged arrival's position in the queue,
advanced by uniformization (a series of Poisson-weighted steps, no matrix exponential).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TAIL = 1e-12  # queue states beyond this probability are dropped


@dataclass(frozen=True)
class ErlangAResult:
    agents: int
    service_level: float  # answered within the threshold, of all offered
    abandon_rate: float
    wait_probability: float
    occupancy: float


def patience_from_log(waits_answered: list[float], waits_abandoned: list[float]) -> float | None:
    """Mean patience (seconds) estimated from a log: abandons over all time spent waiting
    (the exponential maximum-likelihood estimate; answered waits are censored)."""
    exposure = sum(waits_answered) + sum(waits_abandoned)
    if not waits_abandoned or exposure <= 0:
        return None
    return exposure / len(waits_abandoned)


def _stationary(agents: int, arrival: float, service: float, theta: float) -> list[float]:
    weights = [1.0]
    k = 0
    while True:
        k += 1
        rate = min(k, agents) * service + max(k - agents, 0) * theta
        weights.append(weights[-1] * arrival / rate)
        if k > agents and (weights[-1] < TAIL * sum(weights) or k > agents + 20000):
            break
    total = sum(weights)
    return [w / total for w in weights]


def evaluate(
    agents: int, arrival: float, aht: float, patience: float, threshold: float
) -> ErlangAResult:
    """Service level, abandon rate and occupancy with ``agents``; rates per second."""
    service = 1 / aht
    theta = 1 / patience
    states = _stationary(agents, arrival, service, theta)
    immediate = sum(states[:agents])
    queue = states[agents:]  # an arrival finding k >= agents waits behind k - agents others
    mean_queue = sum(i * p for i, p in enumerate(queue[1:], start=1))
    abandon = theta * mean_queue / arrival
    busy = sum(min(k, agents) * p for k, p in enumerate(states))
    # The tagged waiting customer at position i moves up at rate agents*service + i*theta
    # (service or abandonment ahead) and leaves by its own patience at rate theta.
    rates = [agents * service + i * theta for i in range(len(queue))]
    uniform = max(rates) + theta
    mass = list(queue)
    served = 0.0
    lam_t = uniform * threshold
    term = math.exp(-lam_t)
    cumulative = term
    step = 0
    # served(t) = sum_k Poisson(k; lam_t) * P(served within k uniformized steps)
    absorbed = 0.0
    while step < 100000:
        step += 1
        new = [0.0] * len(mass)
        for i, p in enumerate(mass):
            if p == 0.0:
                continue
            advance = rates[i] / uniform
            stay = 1 - advance - theta / uniform
            new[i] += p * stay
            if i == 0:
                absorbed += p * advance
            else:
                new[i - 1] += p * advance
        mass = new
        term *= lam_t / step
        served += term * absorbed
        cumulative += term
        if cumulative > 1 - 1e-12 or (term < 1e-15 and step > lam_t):
            break
    # Steps beyond the series' reach add nothing; served is P(answered by t | waits) * P(wait).
    return ErlangAResult(agents, immediate + served, abandon, 1 - immediate, busy / agents)


def staff_for_a(
    volume: float,
    aht: float,
    patience: float,
    *,
    interval_minutes: float = 30,
    target: float = 0.8,
    threshold: float = 20,
) -> ErlangAResult:
    """The fewest agents answering ``target`` of offered contacts within ``threshold``."""
    from ces_planner.analysis.erlang import staff_for

    arrival = volume / (interval_minutes * 60)
    if arrival == 0:
        return ErlangAResult(0, 1.0, 0.0, 0.0, 0.0)
    # Patience only helps the queue, so Erlang C's answer is an upper bound; the service level
    # grows with every agent, so a binary search finds the fewest.
    high = max(
        1,
        staff_for(
            volume, aht, interval_minutes=interval_minutes, target=target, threshold=threshold
        ).agents,
    )
    low = 0
    while high - low > 1:
        middle = (low + high) // 2
        if evaluate(middle, arrival, aht, patience, threshold).service_level >= target:
            high = middle
        else:
            low = middle
    return evaluate(high, arrival, aht, patience, threshold)
