import pytest

from ces_planner.analysis.erlang import service_level, staff_for
from ces_planner.analysis.erlang_a import evaluate, patience_from_log, staff_for_a


def test_infinitely_patient_customers_give_erlang_c():
    result = evaluate(14, 100 / 1800, 180, 1e12, 20)
    assert result.service_level == pytest.approx(service_level(14, 10, 180, 20), abs=1e-7)
    assert result.abandon_rate == pytest.approx(0, abs=1e-6)
    assert result.occupancy == pytest.approx(10 / 14, rel=1e-6)


def test_impatient_customers_need_fewer_agents_and_some_abandon():
    a = staff_for_a(100, 180, patience=120)
    c = staff_for(100, 180)
    assert a.agents < c.agents
    assert a.service_level >= 0.8
    assert evaluate(a.agents - 1, 100 / 1800, 180, 120, 20).service_level < 0.8
    assert 0 < a.abandon_rate < 0.2


def test_more_agents_never_lower_the_service_level():
    levels = [evaluate(n, 300 / 1800, 240, 90, 20).service_level for n in range(35, 50)]
    assert levels == sorted(levels)


def test_large_traffic():
    a = staff_for_a(500 * 1800 / 240, 240, patience=180)
    assert 400 < a.agents <= staff_for(500 * 1800 / 240, 240).agents


def test_patience_estimate_from_waits():
    assert patience_from_log([10, 20, 30], [40, 50]) == pytest.approx(150 / 2)
    assert patience_from_log([10], []) is None


def test_cli_offers_erlang_a_beside_erlang_c(capsys):
    import json

    from ces_planner.cli import main

    assert main(["staffing", "--volume", "100", "--aht", "180", "--patience", "120", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["agents"] == 14 and data["erlang_a"]["agents"] == 12
    assert data["erlang_a"]["agents_fewer_than_erlang_c"] == 2
    assert main(["staffing", "--volume", "100", "--aht", "180", "--patience", "0"]) == 2


def test_evidence_estimates_patience_from_abandoned_waits(tmp_path):
    from ces_planner.analysis.contacts import read_contact_log
    from ces_planner.analysis.metrics import EvidenceSettings, evidence

    log = tmp_path / "log.csv"
    log.write_text(
        "When,Channel,Reason,Wait,Abandoned\n"
        "2026-03-02 09:00,Phone,a,30,no\n2026-03-02 09:01,Phone,a,50,yes\n"
        "2026-03-02 09:02,Phone,a,20,no\n2026-03-02 09:03,Chat,a,5,no\n",
        encoding="utf-8",
    )
    report = evidence(read_contact_log(log).contacts, EvidenceSettings(), [])
    assert report["patience_by_channel"] == {"Phone": 100.0}
