import math
from fractions import Fraction

import pytest

from ces_planner.analysis.erlang import (
    average_speed_of_answer,
    erlang_b,
    erlang_c,
    service_level,
    staff_for,
)


def erlang_c_exact(agents: int, traffic: Fraction) -> Fraction:
    """The textbook formula with exact rational arithmetic: independent of the recurrence."""
    term = Fraction(1)
    total = Fraction(1)
    for k in range(1, agents):
        term = term * traffic / k
        total += term
    top = term * traffic / agents * agents / (agents - traffic)
    return top / (total + top)


def test_reference_case_ten_erlangs_needs_fourteen_agents():
    result = staff_for(100, 180, interval_minutes=30, target=0.8, threshold=20, shrinkage=0.3)
    assert result.traffic_erlangs == pytest.approx(10.0)
    assert result.agents == 14
    assert service_level(13, 10, 180, 20) < 0.8 <= result.service_level
    assert result.occupancy == pytest.approx(10 / 14)
    assert result.scheduled_agents == 20  # 14 / 0.7


@pytest.mark.parametrize(("agents", "traffic"), [(11, 10), (14, 10), (25, 20), (3, 2)])
def test_erlang_c_matches_the_exact_formula(agents, traffic):
    assert erlang_c(agents, traffic) == pytest.approx(
        float(erlang_c_exact(agents, Fraction(traffic))), rel=1e-12
    )


def test_published_table_values():
    # Widely published Erlang C table entries (probability of waiting).
    assert erlang_c(2, 1) == pytest.approx(1 / 3, rel=1e-12)
    assert erlang_c(14, 10) == pytest.approx(0.1741, abs=5e-4)
    assert erlang_b(5, 2) == pytest.approx(0.0367, abs=5e-4)


@pytest.mark.parametrize("traffic", [500, 800])
def test_large_traffic_stays_exact(traffic):
    result = staff_for(traffic * 1800 / 240, 240, interval_minutes=30)
    assert result.traffic_erlangs == pytest.approx(traffic)
    assert traffic < result.agents < traffic * 1.1
    exact = float(erlang_c_exact(result.agents, Fraction(traffic)))
    assert erlang_c(result.agents, traffic) == pytest.approx(exact, rel=1e-9)
    assert result.service_level >= 0.8
    assert service_level(result.agents - 1, traffic, 240, 20) < 0.8
    assert math.isfinite(result.asa_seconds)


def test_overloaded_and_empty_cases():
    assert erlang_c(10, 10) == 1.0
    assert average_speed_of_answer(9, 10, 180) == math.inf
    empty = staff_for(0, 180)
    assert empty.agents == 0 and empty.scheduled_agents == 0


def test_high_occupancy_is_flagged():
    assert staff_for(2000, 300, interval_minutes=30).occupancy_too_high
    assert not staff_for(20, 300, interval_minutes=30).occupancy_too_high
