"""What makes a single record invalid, said per field so an editor can show it beside the field."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ces_planner.domain.hours import MINUTES_PER_DAY
from ces_planner.domain.model import (
    Action,
    Channel,
    ContactReason,
    DiscussionQuestion,
    HoursException,
    Insight,
    Measure,
    OpeningWindow,
    Person,
    PlanInfo,
    Record,
    Segment,
)
from ces_planner.domain.quadrants import VALUE_MAX, VALUE_MIN
from ces_planner.i18n import tr


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field of a record, said next to that field."""

    field: str
    message: str


def _required(value: str, name: str, label: str) -> list[Problem]:
    if value.strip():
        return []
    return [Problem(name, tr("{label} cannot be empty.", label=label))]


def _value_1_to_5(value: int, name: str) -> list[Problem]:
    if VALUE_MIN <= value <= VALUE_MAX:
        return []
    return [Problem(name, tr("Use a value from 1 (low) to 5 (high)."))]


def problems(record: Record) -> list[Problem]:
    """Every rule the record breaks; empty when it can be stored."""
    found: list[Problem] = []
    match record:
        case Person():
            found += _required(record.name, "name", tr("A person's name"))
        case Segment():
            found += _required(record.name, "name", tr("The segment name"))
            share = record.customer_share
            if share is not None and not 0 <= share <= 100:
                found.append(
                    Problem("customer_share", tr("The share of customers is a percentage (0-100)."))
                )
        case ContactReason():
            found += _required(record.name, "name", tr("The contact reason"))
            found += _value_1_to_5(record.value_to_customer, "value_to_customer")
            found += _value_1_to_5(record.value_to_company, "value_to_company")
        case Channel():
            found += _required(record.name, "name", tr("The channel name"))
        case OpeningWindow():
            if not 0 <= record.weekday <= 6:
                found.append(Problem("weekday", tr("The weekday must be Monday to Sunday.")))
            if not 0 <= record.opens < MINUTES_PER_DAY:
                found.append(Problem("opens", tr("Opening time must be between 00:00 and 23:59.")))
            if not 0 < record.closes <= MINUTES_PER_DAY:
                found.append(Problem("closes", tr("Closing time must be between 00:01 and 24:00.")))
            if record.opens == record.closes:
                found.append(
                    Problem(
                        "closes",
                        tr(
                            "Opening and closing times are the same; use 00:00-24:00 "
                            "for a whole day."
                        ),
                    )
                )
        case HoursException():
            if (record.opens is None) != (record.closes is None):
                found.append(
                    Problem(
                        "closes",
                        tr(
                            "Give both opening and closing times, or neither for a "
                            "day closed throughout."
                        ),
                    )
                )
            elif (
                record.opens is not None
                and record.closes is not None
                and not 0 <= record.opens < record.closes <= MINUTES_PER_DAY
            ):
                found.append(
                    Problem(
                        "closes",
                        tr("On an exception day the channel must close after it opens, by 24:00."),
                    )
                )
        case Measure():
            found += _required(record.name, "name", tr("The measure name"))
        case Insight():
            found += _required(record.title, "title", tr("The insight title"))
        case DiscussionQuestion():
            found += _required(record.question, "question", tr("The question"))
        case Action():
            found += _required(record.title, "title", tr("The action title"))
    return found


ACCENT_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
LOGO_MAX_BYTES = 2 * 1024 * 1024
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def info_problems(info: PlanInfo) -> list[Problem]:
    """What is wrong with the plan's details (branding included)."""
    found: list[Problem] = []
    if not ACCENT_COLOUR.match(info.accent_colour):
        found.append(
            Problem("accent_colour", tr("The accent colour is written #RRGGBB, such as #1F5F6B."))
        )
    if info.logo is not None:
        if not info.logo.startswith(IMAGE_SIGNATURES):
            found.append(Problem("logo", tr("The logo must be a PNG or JPEG image.")))
        elif len(info.logo) > LOGO_MAX_BYTES:
            found.append(Problem("logo", tr("The logo is larger than 2 MB; use a smaller image.")))
    return found
