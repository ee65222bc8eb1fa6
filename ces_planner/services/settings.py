"""Reading and changing a plan's settings by name, with one sentence for any bad value."""

from __future__ import annotations

import dataclasses
import zoneinfo
from typing import Any

from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import PlanSettings, ServiceLevelFormula
from ces_planner.i18n import tr
from ces_planner.numbers import parse_number
from ces_planner.services.document import PlanDocument

KEYS = (
    "timezone",
    "repeat_window_days",
    "service_level_threshold_seconds",
    "service_level_formula",
    "currency",
    "cost_per_agent_hour",
)


class BadSetting(PlanError):
    pass


def parse_setting(key: str, text: str) -> Any:
    """The typed value of ``key=text``; BadSetting with one sentence when it cannot be."""
    text = text.strip()
    if key not in KEYS:
        raise BadSetting(
            tr("Unknown setting {key}; the settings are {keys}.", key=key, keys=", ".join(KEYS))
        )
    if key == "timezone":
        try:
            zoneinfo.ZoneInfo(text)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise BadSetting(
                tr(
                    "{value} is not a time zone; use an IANA name such as "
                    "Asia/Tokyo or Europe/London.",
                    value=text,
                )
            ) from error
        return text
    if key == "service_level_formula":
        try:
            return ServiceLevelFormula(text)
        except ValueError as error:
            raise BadSetting(
                tr(
                    "The service-level formula is one of {choices}.",
                    choices=", ".join(f.value for f in ServiceLevelFormula),
                )
            ) from error
    if key == "currency":
        return text
    if key == "cost_per_agent_hour" and text == "":
        return None
    try:
        number = parse_number(text)
    except ValueError as error:
        raise BadSetting(
            tr('{key} must be a number, not "{value}".', key=key, value=text)
        ) from error
    if key == "repeat_window_days":
        if number != int(number) or not 1 <= number <= 90:
            raise BadSetting(tr("repeat_window_days is a whole number of days from 1 to 90."))
        return int(number)
    if key == "service_level_threshold_seconds" and not 0 <= number <= 3600:
        raise BadSetting(tr("service_level_threshold_seconds is from 0 to 3600 seconds."))
    if key == "cost_per_agent_hour" and number < 0:
        raise BadSetting(tr("cost_per_agent_hour cannot be negative."))
    return number


def change_settings(document: PlanDocument, pairs: dict[str, str]) -> PlanSettings:
    """Apply ``key=value`` changes in one edit; nothing changes if any value is bad."""
    values = {key: parse_setting(key, text) for key, text in pairs.items()}
    settings = dataclasses.replace(document.plan().settings, **values)
    document.set_settings(settings)
    return settings
