"""The plan as JSON: the stable contract of ``ces-planner show --json``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ces_planner.domain.hours import format_clock
from ces_planner.domain.model import Plan


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _clock(value: int | None) -> str | None:
    return None if value is None else format_clock(value)


def plan_as_json(plan: Plan) -> dict[str, Any]:
    """Every record of the plan, with names in place of internal ids."""
    info = plan.info
    return {
        "title": info.title,
        "organisation": info.organisation,
        "author": info.author,
        "language": info.language.value,
        "schema_version": plan.schema_version,
        "strategy_alignment": info.strategy_alignment,
        "executive_summary": info.executive_summary,
        "created_at": info.created_at.isoformat() if info.created_at else None,
        "updated_at": info.updated_at.isoformat() if info.updated_at else None,
        "accent_colour": info.accent_colour,
        "has_logo": info.logo is not None,
        "people": [
            {"id": p.id, "name": p.name, "role": p.role, "email": p.email} for p in plan.people
        ],
        "segments": [
            {
                "id": s.id,
                "name": s.name,
                "tier": s.tier.value,
                "description": s.description,
                "traits": s.traits,
                "preferences": s.preferences,
                "preferred_channels": [plan.channel_name(i) for i in s.preferred_channel_ids],
                "customer_share": s.customer_share,
                "service_promise": s.service_promise,
                "learn_more": s.learn_more,
            }
            for s in plan.segments
        ],
        "contact_reasons": [
            {
                "id": r.id,
                "name": r.name,
                "category": r.category.value,
                "value_to_customer": r.value_to_customer,
                "value_to_company": r.value_to_company,
                "quadrant": r.quadrant.value,
                "description": r.description,
                "root_cause": r.root_cause,
                "treatment": r.treatment,
                "owner": plan.person_name(r.owner_id),
            }
            for r in plan.contact_reasons
        ],
        "channels": [
            {
                "id": c.id,
                "name": c.name,
                "kind": c.kind.value,
                "status": c.status.value,
                "description": c.description,
                "segments": [plan.segment_name(i) for i in c.segment_ids],
                "fit_notes": c.fit_notes,
                "launch_date": _date(c.launch_date),
            }
            for c in plan.channels
        ],
        "hours": [
            {
                "id": w.id,
                "channel": plan.channel_name(w.channel_id),
                "weekday": w.weekday,
                "opens": format_clock(w.opens),
                "closes": format_clock(w.closes),
            }
            for w in plan.opening_windows
        ],
        "hours_exceptions": [
            {
                "id": e.id,
                "channel": plan.channel_name(e.channel_id),
                "date": e.date.isoformat(),
                "opens": _clock(e.opens),
                "closes": _clock(e.closes),
                "note": e.note,
            }
            for e in plan.hours_exceptions
        ],
        "measures": [
            {
                "id": m.id,
                "name": m.name,
                "definition": m.definition,
                "unit": m.unit,
                "direction": m.direction.value,
                "current": m.current,
                "target": m.target,
                "target_date": _date(m.target_date),
            }
            for m in plan.measures
        ],
        "insights": [
            {
                "id": i.id,
                "title": i.title,
                "observation": i.observation,
                "evidence": i.evidence,
                "recipient": i.recipient,
                "status": i.status.value,
            }
            for i in plan.insights
        ],
        "discussion": [
            {"id": q.id, "question": q.question, "notes": q.notes, "decisions": q.decisions}
            for q in plan.discussion
        ],
        "actions": [
            {
                "id": a.id,
                "title": a.title,
                "owner": plan.person_name(a.owner_id),
                "due": _date(a.due),
                "status": a.status.value,
                "area": a.area.value if a.area else None,
                "origin": a.origin.value,
                "notes": a.notes,
            }
            for a in plan.actions
        ],
        "area_notes": dict(plan.area_notes),
        "settings": settings_as_json(plan),
    }


def settings_as_json(plan: Plan) -> dict[str, Any]:
    """The plan's settings under the names the CLI and JSON use."""
    settings = plan.settings
    return {
        "timezone": settings.timezone or local_timezone_name(),
        "repeat_window_days": settings.repeat_window_days,
        "service_level_threshold_seconds": settings.service_level_threshold_seconds,
        "service_level_formula": settings.service_level_formula.value,
        "currency": settings.currency,
        "cost_per_agent_hour": settings.cost_per_agent_hour,
    }


def local_timezone_name() -> str:
    """The computer's IANA zone name (the default for a plan's time zone)."""
    import os
    from pathlib import Path

    if os.environ.get("TZ", "").strip():
        return os.environ["TZ"].strip().lstrip(":")
    try:
        link = Path("/etc/localtime").resolve()
        if "zoneinfo" in link.parts:
            return "/".join(link.parts[link.parts.index("zoneinfo") + 1 :])
    except OSError:
        pass
    return "UTC"
