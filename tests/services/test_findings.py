"""What the contact log suggests for the intelligence area."""

from __future__ import annotations

import copy

from ces_planner.domain.model import Language
from ces_planner.services.evidence import evidence_report
from ces_planner.services.findings import MIN_CONTACTS, findings
from ces_planner.services.sample import create_sample
from tests.conftest import fixed_clock


def by_reason(report):
    return {r["reason"]: r for r in report["by_reason"]}


def test_the_samples_log_suggests_four_findings_about_different_reasons(sample):
    report = evidence_report(sample)
    plan = sample.plan()
    found = findings(plan, report)
    assert len(found) == 4
    reasons = by_reason(report)
    most_repeated = max(reasons.values(), key=lambda r: r["repeat_rate"])
    assert found[0].title == f"{most_repeated['reason']}: customers keep coming back"
    assert f"{most_repeated['repeat_rate']:.0%} of contacts about" in found[0].observation
    # Each reason finding is about another reason; the satisfaction one is the least
    # satisfied of the rest.
    rest = [r for r in reasons.values() if r["reason"] != most_repeated["reason"]]
    unhappy = min(rest, key=lambda r: r["csat"])
    assert found[1].title == f"{unhappy['reason']}: the least satisfied customers"
    eliminate = {r.name for r in plan.contact_reasons if r.quadrant.value == "eliminate"}
    needless = found[2].title.split(":")[0]
    assert needless in eliminate and needless not in {most_repeated["reason"], unhappy["reason"]}
    assert found[3].title == "Phone: customers arrive while it is closed"  # a live channel
    assert all(
        f.evidence.startswith(
            "Contact log Sample contact log.csv (contacts made up for the sample plan), 2026-10-26"
        )
        for f in found
    )


def test_small_or_unremarkable_figures_suggest_nothing(sample):
    report = copy.deepcopy(evidence_report(sample))
    for row in report["by_reason"]:
        row["repeat_rate"] = 0.1  # nobody comes back much
        row["csat"] = report["overall"]["csat"]  # nobody is less satisfied than the rest
    for row in report["outside_hours"]["by_channel"]:
        row["contacts"] = MIN_CONTACTS - 1
    titles = [f.title for f in findings(sample.plan(), report)]
    assert len(titles) == 1 and titles[0].endswith("contacts nobody needs")


def test_findings_are_worded_in_the_plans_language(tmp_path):
    with create_sample(
        tmp_path / "ja.cesplan", language=Language.JAPANESE, clock=fixed_clock
    ) as document:
        found = findings(document.plan(), evidence_report(document))
    assert found and "同じお客さまからの再問い合わせが多い" in found[0].title
    assert "問い合わせログ" in found[0].evidence
