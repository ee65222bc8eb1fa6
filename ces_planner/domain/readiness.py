"""Readiness: what a plan still lacks before leadership can act on it.

One function, :func:`readiness_gaps`, serves the navigator's rings, ``ces-planner check``
and the exported document alike.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from ces_planner.domain.model import (
    STAFFED_KINDS,
    ActionStatus,
    Area,
    ChannelStatus,
    Plan,
    Tier,
)
from ces_planner.i18n import tr


class Section(StrEnum):
    """Everything the readiness check looks at: the overview, the seven areas, and the rest."""

    OVERVIEW = "overview"
    SEGMENTS = Area.SEGMENTS.value
    PRIORITY = Area.PRIORITY.value
    CONTACT_REASONS = Area.CONTACT_REASONS.value
    CHANNELS = Area.CHANNELS.value
    HOURS = Area.HOURS.value
    MEASURES = Area.MEASURES.value
    INTELLIGENCE = Area.INTELLIGENCE.value
    DISCUSSION = "discussion"
    ACTIONS = "actions"


class Gap(NamedTuple):
    """Something an area still lacks before the plan is ready, said in one sentence."""

    section: Section
    message: str
    record_id: int | None = None


def section_size(plan: Plan, section: Section) -> int:
    """How much an area holds, which its open gaps are weighed against (the navigator's
    rings): its records; priorities are chosen among the segments and hours set per channel;
    the overview has its four texts."""
    if section is Section.OVERVIEW:
        return 4
    held = {
        Section.SEGMENTS: plan.segments,
        Section.PRIORITY: plan.segments,
        Section.CONTACT_REASONS: plan.contact_reasons,
        Section.CHANNELS: plan.channels,
        Section.HOURS: plan.channels,
        Section.MEASURES: plan.measures,
        Section.INTELLIGENCE: plan.insights,
        Section.DISCUSSION: plan.discussion,
        Section.ACTIONS: plan.actions,
    }[section]
    return len(held)


def readiness_gaps(plan: Plan) -> list[Gap]:
    """Every gap in the plan, in the order of the method."""
    gaps: list[Gap] = []

    def gap(section: Section, message: str, record_id: int | None = None) -> None:
        gaps.append(Gap(section, message, record_id))

    info = plan.info
    if not info.title.strip():
        gap(Section.OVERVIEW, tr("The plan has no title."))
    if not info.organisation.strip():
        gap(Section.OVERVIEW, tr("The organisation is not named."))
    if not info.strategy_alignment.strip():
        gap(Section.OVERVIEW, tr("Say which organisation strategy or mission the plan serves."))
    if not info.executive_summary.strip():
        gap(Section.OVERVIEW, tr("The executive summary is empty."))

    if not plan.segments:
        gap(Section.SEGMENTS, tr("No customer segments yet: who contacts us?"))
    for segment in plan.segments:
        if not segment.preferences.strip() and not segment.preferred_channel_ids:
            gap(
                Section.SEGMENTS,
                tr('Segment "{name}" has no preferences recorded.', name=segment.name),
                segment.id,
            )

    raised = [s for s in plan.segments if s.tier is not Tier.STANDARD]
    if not plan.segments:  # not done: not started (its ring would say "complete")
        gap(Section.PRIORITY, tr("No segments yet: priority customers are chosen among them."))
    elif not raised:
        gap(
            Section.PRIORITY,
            tr(
                "No segment is marked priority or premium; record whether any "
                "customers get a different service."
            ),
        )
    for segment in raised:
        if not segment.service_promise.strip():
            gap(
                Section.PRIORITY,
                tr(
                    '{tier} segment "{name}" has no service promise.',
                    tier=tr(segment.tier.value.capitalize()),
                    name=segment.name,
                ),
                segment.id,
            )

    if not plan.contact_reasons:
        gap(Section.CONTACT_REASONS, tr("No contact reasons yet: why do customers get in touch?"))
    for reason in plan.contact_reasons:
        if not reason.treatment.strip():
            gap(
                Section.CONTACT_REASONS,
                tr('Contact reason "{name}" has no planned treatment.', name=reason.name),
                reason.id,
            )

    if not plan.channels:
        gap(Section.CHANNELS, tr("No channels yet: how can customers reach us?"))
    for channel in plan.channels:
        if channel.status is ChannelStatus.PLANNED and channel.launch_date is None:
            gap(
                Section.CHANNELS,
                tr('Planned channel "{name}" has no target launch date.', name=channel.name),
                channel.id,
            )
        if channel.status is not ChannelStatus.RETIRED and not channel.segment_ids:
            gap(
                Section.CHANNELS,
                tr('Channel "{name}" serves no segment.', name=channel.name),
                channel.id,
            )

    if not plan.channels:
        gap(Section.HOURS, tr("No channels yet: opening hours are set for each channel."))
    for channel in plan.channels:
        if (
            channel.status is ChannelStatus.CURRENT
            and channel.kind in STAFFED_KINDS
            and channel.id is not None
            and not plan.windows_of(channel.id)
        ):
            gap(
                Section.HOURS,
                tr('Staffed channel "{name}" has no opening hours.', name=channel.name),
                channel.id,
            )

    if not plan.measures:
        gap(Section.MEASURES, tr("No measures yet: how will we know the strategy works?"))
    for measure in plan.measures:
        if measure.current is None:
            gap(
                Section.MEASURES,
                tr('Measure "{name}" has no current value.', name=measure.name),
                measure.id,
            )
        if measure.target is None:
            gap(
                Section.MEASURES,
                tr('Measure "{name}" has no target.', name=measure.name),
                measure.id,
            )
        if measure.target_date is None:
            gap(
                Section.MEASURES,
                tr('Measure "{name}" has no target date.', name=measure.name),
                measure.id,
            )

    if not plan.insights:
        gap(
            Section.INTELLIGENCE,
            tr("No insights yet: what do we learn that other departments need?"),
        )
    for insight in plan.insights:
        if not insight.recipient.strip():
            gap(
                Section.INTELLIGENCE,
                tr('Insight "{title}" has no recipient department.', title=insight.title),
                insight.id,
            )

    for question in plan.discussion:
        if not question.notes.strip() and not question.decisions.strip():
            gap(
                Section.DISCUSSION,
                tr('Question not yet discussed: "{question}"', question=question.question),
                question.id,
            )

    for action in plan.actions:
        if action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
            continue
        if action.owner_id is None:
            gap(
                Section.ACTIONS, tr('Action "{title}" has no owner.', title=action.title), action.id
            )
        if action.due is None:
            gap(
                Section.ACTIONS,
                tr('Action "{title}" has no due date.', title=action.title),
                action.id,
            )
    return gaps
