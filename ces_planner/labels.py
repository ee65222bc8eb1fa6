"""Names shown to people for the method's areas and for every choice a record offers.

One place for the app, the command line and the documents, all through the same catalogue.
"""

from __future__ import annotations

from enum import Enum

from ces_planner.domain.model import (
    ActionOrigin,
    ActionStatus,
    Area,
    ChannelKind,
    ChannelStatus,
    Direction,
    InsightStatus,
    ReasonCategory,
    Tier,
)
from ces_planner.domain.quadrants import Quadrant
from ces_planner.domain.readiness import Section
from ces_planner.i18n import tr

_SECTION_TITLES = {
    Section.OVERVIEW: "Plan overview",
    Section.SEGMENTS: "Customer segments",
    Section.PRIORITY: "Priority and high-value customers",
    Section.CONTACT_REASONS: "Contact reasons",
    Section.CHANNELS: "Contact channels",
    Section.HOURS: "Hours of operation",
    Section.MEASURES: "Measures and objectives",
    Section.INTELLIGENCE: "Business and customer intelligence",
    Section.DISCUSSION: "Team discussion",
    Section.ACTIONS: "Actions",
}

_CHOICES: dict[Enum, str] = {
    Tier.STANDARD: "Standard",
    Tier.PRIORITY: "Priority",
    Tier.PREMIUM: "Premium",
    ReasonCategory.REVENUE: "Earns revenue",
    ReasonCategory.COST: "Cost only",
    ReasonCategory.OTHER: "Other",
    ChannelKind.PHONE: "Phone",
    ChannelKind.EMAIL: "Email",
    ChannelKind.CHAT: "Chat",
    ChannelKind.MESSAGING: "Messaging",
    ChannelKind.SOCIAL: "Social media",
    ChannelKind.SELF_SERVICE: "Self-service",
    ChannelKind.IN_PERSON: "In person",
    ChannelKind.OTHER: "Other",
    ChannelStatus.CURRENT: "Current",
    ChannelStatus.PLANNED: "Planned",
    ChannelStatus.RETIRED: "Retired",
    Direction.HIGHER_IS_BETTER: "Higher is better",
    Direction.LOWER_IS_BETTER: "Lower is better",
    InsightStatus.IDEA: "Idea",
    InsightStatus.SHARED: "Shared",
    InsightStatus.ADOPTED: "Adopted",
    InsightStatus.DECLINED: "Declined",
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
    ActionOrigin.PREPARATION: "Preparation",
    ActionOrigin.WORKSHOP: "Workshop",
    ActionOrigin.MANUAL: "Added by hand",
    Quadrant.ELIMINATE: "Eliminate",
    Quadrant.SIMPLIFY: "Simplify",
    Quadrant.AUTOMATE: "Automate",
    Quadrant.LEVERAGE: "Leverage",
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def section_title(section: Section | Area) -> str:
    return tr(_SECTION_TITLES[Section(section.value)])


def choice(value: Enum) -> str:
    """The label of an enum value (tier, status, kind...)."""
    return tr(_CHOICES[value])


def weekday(index: int, short: bool = False) -> str:
    return tr((WEEKDAYS_SHORT if short else WEEKDAYS)[index])
