import datetime as dt

from ces_planner.domain.model import (
    Action,
    ActionStatus,
    Channel,
    ChannelKind,
    ChannelStatus,
    Measure,
    OpeningWindow,
    Plan,
    PlanInfo,
    Segment,
    Tier,
)
from ces_planner.domain.readiness import Section, readiness_gaps


def sections(plan):
    return [g.section for g in readiness_gaps(plan)]


def test_empty_plan_has_a_gap_in_every_method_area_but_hours():
    found = set(sections(Plan()))
    assert {
        Section.OVERVIEW,
        Section.SEGMENTS,
        Section.CONTACT_REASONS,
        Section.CHANNELS,
        Section.MEASURES,
        Section.INTELLIGENCE,
    } <= found


def test_measure_without_target_and_date():
    plan = Plan(measures=(Measure("CSAT", current=70, id=1),))
    messages = [g.message for g in readiness_gaps(plan) if g.section is Section.MEASURES]
    assert any("no target." in m for m in messages)
    assert any("no target date" in m for m in messages)


def test_planned_channel_needs_a_date_and_staffed_channel_needs_hours():
    phone = Channel("Phone", ChannelKind.PHONE, segment_ids=(1,), id=1)
    app = Channel("App", ChannelKind.SELF_SERVICE, ChannelStatus.PLANNED, segment_ids=(1,), id=2)
    plan = Plan(channels=(phone, app), segments=(Segment("A", preferences="x", id=1),))
    gaps = readiness_gaps(plan)
    assert any(g.section is Section.CHANNELS and g.record_id == 2 for g in gaps)
    assert any(g.section is Section.HOURS and g.record_id == 1 for g in gaps)
    with_hours = Plan(channels=(phone,), opening_windows=(OpeningWindow(1, 0, 480, 1080),))
    assert not any(g.section is Section.HOURS for g in readiness_gaps(with_hours))


def test_priority_segments_need_a_promise():
    plain = Plan(segments=(Segment("A", preferences="x", id=1),))
    assert Section.PRIORITY in sections(plain)
    premium = Plan(segments=(Segment("A", preferences="x", tier=Tier.PREMIUM, id=1),))
    assert any("service promise" in g.message for g in readiness_gaps(premium))


def test_finished_actions_do_not_need_owner_or_date():
    plan = Plan(
        info=PlanInfo(title="t"),
        actions=(
            Action("Open one", id=1),
            Action("Done one", status=ActionStatus.DONE, id=2),
            Action("Owned", owner_id=1, due=dt.date(2027, 1, 1), id=3),
        ),
    )
    action_gaps = [g.record_id for g in readiness_gaps(plan) if g.section is Section.ACTIONS]
    assert action_gaps == [1, 1]
