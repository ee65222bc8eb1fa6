import dataclasses

import pytest

from ces_planner.domain import model as m
from ces_planner.domain.errors import RecordInvalid
from ces_planner.domain.quadrants import Quadrant
from ces_planner.domain.readiness import readiness_gaps
from ces_planner.services.document import PlanDocument


def test_new_plan_starts_with_the_method_questions_and_preparation_actions(blank):
    plan = blank.plan()
    assert len(plan.discussion) == 5
    assert all(q.builtin_key for q in plan.discussion)
    assert [a.origin for a in plan.actions] == [m.ActionOrigin.PREPARATION] * 3
    assert all(a.owner_id is None and a.due is None for a in plan.actions)


def test_invalid_record_is_refused_and_nothing_is_written(blank):
    before = blank.plan()
    with pytest.raises(RecordInvalid) as caught:
        blank.add(m.ContactReason("Billing", value_to_customer=7))
    assert caught.value.problems[0].field == "value_to_customer"
    assert blank.plan() == before


def test_removing_a_segment_and_undoing_restores_its_links(sample):
    before = sample.plan()
    households = before.segments[0]
    removal = sample.remove(households)
    after = sample.plan()
    assert households.id not in {s.id for s in after.segments}
    assert all(households.id not in c.segment_ids for c in after.channels)
    sample.restore(removal)
    assert sample.plan() == dataclasses.replace(before, info=sample.plan().info)


def test_removing_a_channel_takes_its_hours_and_undo_brings_them_back(sample):
    before = sample.plan()
    phone = before.channels[0]
    assert before.windows_of(phone.id)
    removal = sample.remove(phone)
    assert not sample.plan().windows_of(phone.id)
    assert all(phone.id not in s.preferred_channel_ids for s in sample.plan().segments)
    sample.restore(removal)
    assert sample.plan() == dataclasses.replace(before, info=sample.plan().info)


def test_removing_a_person_clears_ownership_and_undo_restores_it(sample):
    before = sample.plan()
    owner = before.people[0]
    removal = sample.remove(owner)
    assert all(a.owner_id != owner.id for a in sample.plan().actions)
    sample.restore(removal)
    assert sample.plan() == dataclasses.replace(before, info=sample.plan().info)


def test_move_reorders_and_returns_the_old_place(sample):
    names = [r.name for r in sample.plan().contact_reasons]
    last = sample.plan().contact_reasons[-1]
    old = sample.move(last, 0)
    assert old == len(names) - 1
    assert [r.name for r in sample.plan().contact_reasons] == [names[-1], *names[:-1]]
    sample.move(last, old)
    assert [r.name for r in sample.plan().contact_reasons] == names


def test_update_returns_the_previous_version(sample):
    measure = sample.plan().measures[0]
    previous = sample.update(dataclasses.replace(measure, target=99))
    assert previous == measure
    assert sample.plan().measures[0].target == 99


def test_sample_plan_is_ready_and_covers_the_method(sample):
    plan = sample.plan()
    assert readiness_gaps(plan) == []
    assert len(plan.segments) >= 4 and {s.tier for s in plan.segments} == set(m.Tier)
    assert len(plan.contact_reasons) >= 10
    assert {r.quadrant for r in plan.contact_reasons} == set(Quadrant)
    assert len(plan.channels) >= 5
    assert any(
        c.status is m.ChannelStatus.PLANNED and c.kind is m.ChannelKind.SELF_SERVICE
        for c in plan.channels
    )
    assert all(plan.windows_of(c.id) for c in plan.channels)
    assert len(plan.measures) >= 6 and all(x.target is not None for x in plan.measures)
    assert len(plan.insights) >= 4
    assert all(q.notes for q in plan.discussion)
    today = sample.clock().date()
    follow_ups = [a for a in plan.actions if a.origin is not m.ActionOrigin.PREPARATION]
    assert len(follow_ups) >= 5
    assert any(a.status is m.ActionStatus.DONE for a in plan.actions)
    assert any(a.due < today and a.status is m.ActionStatus.OPEN for a in plan.actions)
    assert sum(a.origin is m.ActionOrigin.PREPARATION for a in plan.actions) == 3


def test_japanese_text_is_kept_exactly(blank):
    text = "お客様の声を経営へ　全角スペース"
    blank.add(m.Insight(title=text, recipient="商品企画部"))
    assert blank.plan().insights[0].title == text


def test_open_twice_read_only_shares_nothing(sample_file):
    with (
        PlanDocument.open(sample_file, read_only=True) as a,
        PlanDocument.open(sample_file, read_only=True) as b,
    ):
        assert a.plan() == b.plan()
