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
from ces_planner.domain.readiness import Section, readiness_gaps, section_size


def sections(plan):
    return [g.section for g in readiness_gaps(plan)]


def test_empty_plan_has_a_gap_in_every_method_area():
    found = set(sections(Plan()))
    assert {
        Section.OVERVIEW,
        Section.SEGMENTS,
        Section.PRIORITY,  # nothing to choose from is not done
        Section.CONTACT_REASONS,
        Section.CHANNELS,
        Section.HOURS,  # likewise
        Section.MEASURES,
        Section.INTELLIGENCE,
    } <= found


def test_hours_need_nothing_when_no_channel_needs_staff():
    email = Channel("Email", ChannelKind.EMAIL, segment_ids=(1,), id=1)
    assert not any(g.section is Section.HOURS for g in readiness_gaps(Plan(channels=(email,))))


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


def test_each_area_is_weighed_against_what_it_holds():
    segments = (Segment("A", id=1), Segment("B", id=2))
    plan = Plan(segments=segments, channels=(Channel("Phone", ChannelKind.PHONE, id=1),))
    assert section_size(plan, Section.SEGMENTS) == 2
    assert section_size(plan, Section.PRIORITY) == 2  # chosen among the segments
    assert section_size(plan, Section.HOURS) == 1  # set per channel
    assert section_size(plan, Section.INTELLIGENCE) == 0
    assert section_size(Plan(), Section.OVERVIEW) == 4  # its four texts
    assert {section_size(Plan(), s) for s in Section if s is not Section.OVERVIEW} == {0}
