"""What the contact log suggests for the intelligence area: figures another department would
want to hear, each worded as an insight the team can add, edit and send."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ces_planner.domain.model import Plan
from ces_planner.domain.quadrants import Quadrant
from ces_planner.i18n import tr, using

MIN_CONTACTS = 30  # a reason or channel with fewer says nothing worth passing on
NOTABLE_REPEAT_RATE = 0.2  # a reason whose customers come back this often or more
NOTABLE_CSAT_GAP = 0.3  # satisfaction this far below the centre's


@dataclass(frozen=True)
class Finding:
    title: str
    observation: str
    evidence: str


def findings(plan: Plan, report: dict[str, Any]) -> list[Finding]:
    """The log's findings, most telling kind first: the reason customers come back about
    most, the one they are least satisfied with, the largest reason nobody needs (each about
    a different reason), and the live channel most often found closed. Worded in the plan's
    language, as the rest of its content."""
    with using(plan.info.language.value):
        return _findings(plan, report)


def _findings(plan: Plan, report: dict[str, Any]) -> list[Finding]:
    log = {
        "file": report["source"]["file"],
        "start": report["period"]["start"][:10],
        "end": report["period"]["end"][:10],
        "n": f"{report['contacts']:,}",
    }
    source = (
        tr(
            "Contact log {file} (contacts made up for the sample plan), {start} to {end} "
            "({n} contacts).",
            **log,
        )
        if report["source"]["made_up"]
        else tr("Contact log {file}, {start} to {end} ({n} contacts).", **log)
    )
    reasons = [r for r in report["by_reason"] if r["contacts"] >= MIN_CONTACTS]
    found: list[Finding] = []

    about: set[str] = set()  # one finding per reason reads better than three about one

    def unused(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in rows if r["reason"] not in about]

    repeated = max(
        (r for r in unused(reasons) if r["repeat_rate"] is not None),
        key=lambda r: r["repeat_rate"],
        default=None,
    )
    if repeated and repeated["repeat_rate"] >= NOTABLE_REPEAT_RATE:
        found.append(
            Finding(
                tr("{reason}: customers keep coming back", reason=repeated["reason"]),
                tr(
                    "{rate} of contacts about {reason} are followed by another from the same "
                    "customer within {days} days ({overall} across all contacts).",
                    rate=f"{repeated['repeat_rate']:.0%}",
                    reason=repeated["reason"],
                    days=report["repeat_window_days"],
                    overall=_share(report["repeat_rate"]),
                ),
                source,
            )
        )
        about.add(repeated["reason"])

    overall_csat = report["overall"]["csat"]
    unhappy = min(
        (r for r in unused(reasons) if r["csat"] is not None),
        key=lambda r: r["csat"],
        default=None,
    )
    if unhappy and overall_csat is not None and overall_csat - unhappy["csat"] >= NOTABLE_CSAT_GAP:
        found.append(
            Finding(
                tr("{reason}: the least satisfied customers", reason=unhappy["reason"]),
                tr(
                    "Customers who got in touch about {reason} rated their satisfaction "
                    "{csat} on average, against {overall} across all contacts.",
                    reason=unhappy["reason"],
                    csat=f"{unhappy['csat']:.1f}",
                    overall=f"{overall_csat:.1f}",
                ),
                source,
            )
        )
        about.add(unhappy["reason"])

    needless = max(
        (
            r
            for r in unused(reasons)
            if (named := plan.reason_named(r["reason"])) and named.quadrant is Quadrant.ELIMINATE
        ),
        key=lambda r: r["contacts"],
        default=None,
    )
    if needless:
        found.append(
            Finding(
                tr("{reason}: contacts nobody needs", reason=needless["reason"]),
                tr(
                    "{share} of all contacts ({n}) are about {reason}, which is worth little "
                    "to customers and to the company: removing its cause removes them.",
                    share=_share(needless["share"]),
                    n=f"{needless['contacts']:,}",
                    reason=needless["reason"],
                ),
                source,
            )
        )

    logged = {r["channel"]: r["contacts"] for r in report["by_channel"]}
    # Live channels first: a call or chat that finds them closed is turned away, where an
    # email or a message waits for the morning.
    live = live_channels(report)
    closed = [
        (r["channel"], r["contacts"], r["contacts"] / logged[r["channel"]])
        for r in (report["outside_hours"] or {}).get("by_channel", [])
        if logged.get(r["channel"], 0) >= MIN_CONTACTS and r["contacts"] >= MIN_CONTACTS
    ]
    closed = [c for c in closed if c[0] in live] or closed
    if closed:
        channel, n, share = max(closed, key=lambda c: c[1])
        found.append(
            Finding(
                tr("{channel}: customers arrive while it is closed", channel=channel),
                tr(
                    "{n} contacts ({share} of the channel's) reached {channel} while it was "
                    "closed.",
                    n=f"{n:,}",
                    share=_share(share),
                    channel=channel,
                ),
                source,
            )
        )
    return found


def live_channels(report: dict[str, Any]) -> set[str]:
    """The channels answered while the customer waits (phone, chat): those the log gives a
    service level."""
    return {r["channel"] for r in report["by_channel"] if r["service_level"] is not None}


def by_quadrant(plan: Plan, rows: list[dict[str, Any]], field: str) -> dict[Quadrant | None, float]:
    """``field`` of the evidence's per-reason ``rows`` added up by their reasons' quadrants
    (None: reasons the plan does not have)."""
    totals: dict[Quadrant | None, float] = {}
    for row in rows:
        reason = plan.reason_named(row["reason"])
        quadrant = reason.quadrant if reason is not None else None
        totals[quadrant] = totals.get(quadrant, 0.0) + (row[field] or 0)
    return totals


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"
