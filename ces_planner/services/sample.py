"""The bundled sample plan: a fictional energy retailer's contact centre, ready to explore.

Dates in the sample are relative to the day it is created (actions due in N days, holidays on
their next occurrence), so the sample always has some overdue and some upcoming work.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from ces_planner.domain.hours import parse_clock
from ces_planner.domain.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    Area,
    Channel,
    ChannelKind,
    ChannelStatus,
    ContactReason,
    Direction,
    HoursException,
    Insight,
    InsightStatus,
    Language,
    Measure,
    OpeningWindow,
    Person,
    ReasonCategory,
    Record,
    Segment,
    Tier,
)
from ces_planner.i18n import tr
from ces_planner.services.document import Clock, PlanDocument, local_now
from ces_planner.services.progress import Progress

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekdays(spec: str) -> range:
    first, _, last = spec.partition("-")
    return range(DAYS.index(first), DAYS.index(last or first) + 1)


def _id(record: Record) -> int:
    """The id of a record just stored."""
    assert record.id is not None
    return record.id


def _next_occurrence(month_day: str, today: dt.date) -> dt.date:
    month, day = (int(part) for part in month_day.split("-"))
    candidate = dt.date(today.year, month, day)
    return candidate if candidate >= today else dt.date(today.year + 1, month, day)


def sample_data(language: Language) -> dict[str, Any]:
    text = (
        resources.files("ces_planner.resources")
        .joinpath(f"samples/sample_{language.value}.json")
        .read_text(encoding="utf-8")
    )
    return dict(json.loads(text))


def create_sample(
    path: str | Path,
    *,
    language: Language = Language.ENGLISH,
    force: bool = False,
    clock: Clock = local_now,
    progress: Progress | None = None,
    contact_log: bool = True,
) -> PlanDocument:
    """Create the sample plan at ``path``, through the same edits a user would make, and import
    its contact log (the four weeks before today) as a user imports one, unless told not to.
    When anything fails or is cancelled, no file is left at ``path``."""
    progress = progress or Progress()
    data = sample_data(language)
    document = PlanDocument.create(path, language=language, force=force, clock=clock)
    try:
        progress.step(0.0, tr("Writing the sample plan…"))
        with document.batch():
            _fill(document, data, clock().date())
        if contact_log:
            _import_contact_log(document, data["contact_log_file"], clock().date(), progress)
    except BaseException:
        document.close()
        Path(path).unlink(missing_ok=True)
        raise
    return document


def _import_contact_log(
    document: PlanDocument, name: str, today: dt.date, progress: Progress
) -> None:
    from ces_planner.services.evidence import import_contacts
    from ces_planner.services.sample_log import write_sample_log

    writing = progress.part(0.1, 0.4)
    writing.step(0.0, tr("Making up the sample's contact log…"))
    with tempfile.TemporaryDirectory(prefix="ces-sample-") as folder:
        log = Path(folder) / name
        write_sample_log(document.plan(), log, today, writing.step)
        import_contacts(document, log, progress=progress.part(0.4, 1.0), made_up=True)


def _fill(document: PlanDocument, data: dict[str, Any], today: dt.date) -> None:
    plan = document.plan()
    info = data["info"]
    document.set_info(replace(plan.info, **info))
    people = {
        p["name"]: document.add(Person(p["name"], p["role"], p["email"])).id for p in data["people"]
    }
    channels = {
        c["name"]: document.add(
            Channel(
                name=c["name"],
                kind=ChannelKind(c["kind"]),
                status=ChannelStatus(c["status"]),
                description=c["description"],
                fit_notes=c["fit_notes"],
                launch_date=(
                    today + dt.timedelta(days=c["launch_in_days"])
                    if "launch_in_days" in c
                    else None
                ),
            )
        )
        for c in data["channels"]
    }
    segments = {
        s["name"]: document.add(
            Segment(
                name=s["name"],
                description=s["description"],
                traits=s["traits"],
                preferences=s["preferences"],
                preferred_channel_ids=tuple(_id(channels[n]) for n in s["preferred_channels"]),
                customer_share=s["customer_share"],
                tier=Tier(s["tier"]),
                service_promise=s["service_promise"],
                learn_more=s["learn_more"],
            )
        )
        for s in data["segments"]
    }
    for c in data["channels"]:
        channel = channels[c["name"]]
        document.update(
            replace(channel, segment_ids=tuple(_id(segments[n]) for n in c["segments"]))
        )
    for name, windows in data["hours"].items():
        for days, opens, closes in windows:
            for weekday in _weekdays(days):
                document.add(
                    OpeningWindow(
                        _id(channels[name]), weekday, parse_clock(opens), parse_clock(closes)
                    )
                )
    for e in data["exceptions"]:
        document.add(
            HoursException(
                date=_next_occurrence(e["month_day"], today),
                channel_id=channels[e["channel"]].id if e["channel"] else None,
                opens=parse_clock(e["opens"]) if "opens" in e else None,
                closes=parse_clock(e["closes"]) if "closes" in e else None,
                note=e["note"],
            )
        )
    for r in data["contact_reasons"]:
        document.add(
            ContactReason(
                name=r["name"],
                description=r["description"],
                category=ReasonCategory(r["category"]),
                value_to_customer=r["value_to_customer"],
                value_to_company=r["value_to_company"],
                root_cause=r["root_cause"],
                treatment=r["treatment"],
                owner_id=people[r["owner"]],
            )
        )
    for m in data["measures"]:
        document.add(
            Measure(
                name=m["name"],
                definition=m["definition"],
                unit=m["unit"],
                direction=Direction(m["direction"]),
                current=m["current"],
                target=m["target"],
                target_date=today + dt.timedelta(days=m["target_in_days"]),
            )
        )
    for i in data["insights"]:
        document.add(
            Insight(
                title=i["title"],
                observation=i["observation"],
                evidence=i["evidence"],
                recipient=i["recipient"],
                status=InsightStatus(i["status"]),
            )
        )
    for question in document.plan().discussion:
        answers = data["discussion"].get(question.builtin_key or "", {})
        document.update(
            replace(
                question, notes=answers.get("notes", ""), decisions=answers.get("decisions", "")
            )
        )
    preparation = [a for a in document.plan().actions if a.origin is ActionOrigin.PREPARATION]
    for a in data["actions"]:
        fields = dict(
            owner_id=people[a["owner"]],
            due=today + dt.timedelta(days=a["due_in_days"]),
            status=ActionStatus(a["status"]),
            area=Area(a["area"]) if a["area"] else None,
            notes=a["notes"],
        )
        if "preparation" in a:
            stored = preparation[a["preparation"]]
            document.update(replace(stored, **fields))
        else:
            document.add(Action(title=a["title"], origin=ActionOrigin(a["origin"]), **fields))  # type: ignore[arg-type]
    for area, notes in data["area_notes"].items():
        document.set_area_notes(area, notes)
    document.set_settings(replace(document.plan().settings, **data["settings"]))
