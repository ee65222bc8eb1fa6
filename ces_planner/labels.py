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
from ces_planner.i18n import N_, tr

_SECTION_TITLES = {
    Section.OVERVIEW: N_("Plan overview"),
    Section.SEGMENTS: N_("Customer segments"),
    Section.PRIORITY: N_("Priority and high-value customers"),
    Section.CONTACT_REASONS: N_("Contact reasons"),
    Section.CHANNELS: N_("Contact channels"),
    Section.HOURS: N_("Hours of operation"),
    Section.MEASURES: N_("Measures and objectives"),
    Section.INTELLIGENCE: N_("Business and customer intelligence"),
    Section.DISCUSSION: N_("Team discussion"),
    Section.ACTIONS: N_("Actions"),
}

_CHOICES: dict[Enum, str] = {
    Tier.STANDARD: N_("Standard"),
    Tier.PRIORITY: N_("Priority"),
    Tier.PREMIUM: N_("Premium"),
    ReasonCategory.REVENUE: N_("Earns revenue"),
    ReasonCategory.COST: N_("Cost only"),
    ReasonCategory.OTHER: N_("Other"),
    ChannelKind.PHONE: N_("Phone"),
    ChannelKind.EMAIL: N_("Email"),
    ChannelKind.CHAT: N_("Chat"),
    ChannelKind.MESSAGING: N_("Messaging"),
    ChannelKind.SOCIAL: N_("Social media"),
    ChannelKind.SELF_SERVICE: N_("Self-service"),
    ChannelKind.IN_PERSON: N_("In person"),
    ChannelKind.OTHER: N_("Other"),
    ChannelStatus.CURRENT: N_("Current"),
    ChannelStatus.PLANNED: N_("Planned"),
    ChannelStatus.RETIRED: N_("Retired"),
    Direction.HIGHER_IS_BETTER: N_("Higher is better"),
    Direction.LOWER_IS_BETTER: N_("Lower is better"),
    InsightStatus.IDEA: N_("Idea"),
    InsightStatus.SHARED: N_("Shared"),
    InsightStatus.ADOPTED: N_("Adopted"),
    InsightStatus.DECLINED: N_("Declined"),
    ActionStatus.OPEN: N_("Open"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.DROPPED: N_("Dropped"),
    ActionOrigin.PREPARATION: N_("Preparation"),
    ActionOrigin.WORKSHOP: N_("Workshop"),
    ActionOrigin.MANUAL: N_("Added by hand"),
    Quadrant.ELIMINATE: N_("Eliminate"),
    Quadrant.SIMPLIFY: N_("Simplify"),
    Quadrant.AUTOMATE: N_("Automate"),
    Quadrant.LEVERAGE: N_("Leverage"),
}

WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
WEEKDAYS_SHORT = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def section_title(section: Section | Area) -> str:
    return tr(_SECTION_TITLES[Section(section.value)])


# The parts of a plan a snapshot comparison reports on, by their key in the plan's JSON.
_CHANGE_AREAS = {
    "overview": Section.OVERVIEW,
    "segments": Section.SEGMENTS,
    "contact_reasons": Section.CONTACT_REASONS,
    "channels": Section.CHANNELS,
    "hours": Section.HOURS,
    "hours_exceptions": Section.HOURS,
    "measures": Section.MEASURES,
    "insights": Section.INTELLIGENCE,
    "discussion": Section.DISCUSSION,
    "actions": Section.ACTIONS,
}
_OVERVIEW_FIELDS = {
    "title": N_("Title"),
    "organisation": N_("Organisation"),
    "author": N_("Author"),
    "language": N_("Language of the plan"),
    "strategy_alignment": N_("Strategy or mission it serves"),
    "executive_summary": N_("Executive summary"),
}


def change_area(key: str) -> str:
    """The heading under which changes to one part of the plan (a JSON key) are listed."""
    if key == "people":
        return tr("People")
    if key == "contact_log":
        return tr("Contact log")
    section = _CHANGE_AREAS.get(key)
    return section_title(section) if section else key


def changed_names(area: str, changed: list[str]) -> list[str]:
    """What changed in one part of the plan, as people know it: the overview reports its
    fields by key, shown with the overview page's labels; records are named already."""
    if area != "overview":
        return changed
    return [tr(_OVERVIEW_FIELDS[key]) if key in _OVERVIEW_FIELDS else key for key in changed]


def choice(value: Enum) -> str:
    """The label of an enum value (tier, status, kind...; an area by its title)."""
    if isinstance(value, Area):
        return section_title(value)
    return tr(_CHOICES[value])


def weekday(index: int, short: bool = False) -> str:
    return tr((WEEKDAYS_SHORT if short else WEEKDAYS)[index])
