"""Which columns each records table shows, and what a new row starts as."""

from __future__ import annotations

from ces_planner import labels
from ces_planner.domain import model as m
from ces_planner.ui.record_table import Column, TableSpec
from ces_planner.ui.undo_text import Term


def _t(text: str) -> Term:
    """A header, noun or tooltip (a Term: an undo text naming it follows the language)."""
    return Term("Tables", text)


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return str(base)  # a record's name is the user's words, not a Term
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"


def segments() -> TableSpec:
    return TableSpec(
        m.Segment,
        "segments",
        [
            Column("name", _t("Segment"), width=200),
            Column("tier", _t("Tier"), "enum", m.Tier, width=100),
            Column("customer_share", _t("Share of customers"), "percent", width=130),
            Column("preferred_channel_ids", _t("Preferred channels"), "channels", width=220),
            Column("description", _t("Description"), "longtext"),
            Column("traits", _t("Defining traits"), "longtext"),
            Column("preferences", _t("Preferences"), "longtext"),
            Column("learn_more", _t("How we could learn more"), "longtext"),
        ],
        lambda plan: m.Segment(_unique(_t("New segment"), {s.name for s in plan.segments})),
        _t("segment"),
    )


def priority() -> TableSpec:
    return TableSpec(
        m.Segment,
        "segments",
        [
            Column("name", _t("Segment"), width=220),
            Column("tier", _t("Tier"), "enum", m.Tier, width=110),
            Column("customer_share", _t("Share of customers"), "percent", width=130),
            Column("service_promise", _t("Service promise for this tier"), "longtext"),
        ],
        lambda plan: m.Segment(
            _unique(_t("New segment"), {s.name for s in plan.segments}), tier=m.Tier.PRIORITY
        ),
        _t("segment"),
    )


def contact_reasons() -> TableSpec:
    return TableSpec(
        m.ContactReason,
        "contact_reasons",
        [
            Column("name", _t("Contact reason"), width=210),
            Column("category", _t("Category"), "enum", m.ReasonCategory, width=110),
            Column(
                "value_to_customer",
                _t("Value to customer"),
                "value",
                width=130,
                tooltip=_t("1 = no value to the customer, 5 = high value"),
            ),
            Column(
                "value_to_company",
                _t("Value to company"),
                "value",
                width=130,
                tooltip=_t("1 = no value to the company, 5 = high value"),
            ),
            Column(
                "quadrant",
                _t("Treatment type"),
                "derived",
                width=110,
                show=lambda _plan, r: labels.choice(r.quadrant),
            ),
            Column("owner_id", _t("Owner"), "person", width=140),
            Column("description", _t("Description"), "longtext"),
            Column("root_cause", _t("Root cause"), "longtext"),
            Column("treatment", _t("Planned treatment"), "longtext"),
        ],
        lambda plan: m.ContactReason(
            _unique(_t("New contact reason"), {r.name for r in plan.contact_reasons})
        ),
        _t("contact reason"),
    )


def channels() -> TableSpec:
    return TableSpec(
        m.Channel,
        "channels",
        [
            Column("name", _t("Channel"), width=170),
            Column("kind", _t("Kind"), "enum", m.ChannelKind, width=120),
            Column("status", _t("Status"), "enum", m.ChannelStatus, width=100),
            Column("launch_date", _t("Target launch"), "date", width=140),
            Column("segment_ids", _t("Segments served"), "segments", width=260, gives_way=True),
            Column("description", _t("Description"), "longtext"),
            Column("fit_notes", _t("Fit with segment preferences"), "longtext"),
        ],
        lambda plan: m.Channel(_unique(_t("New channel"), {c.name for c in plan.channels})),
        _t("channel"),
    )


def hours_exceptions() -> TableSpec:
    import datetime as dt

    return TableSpec(
        m.HoursException,
        "hours_exceptions",
        [
            Column("date", _t("Date"), "date", width=140, optional=False),
            Column("channel_id", _t("Channel"), "channel", width=150),
            Column(
                "opens",
                _t("Opens"),
                "clock",
                width=80,
                tooltip=_t("Leave both times empty for a day closed throughout"),
            ),
            Column("closes", _t("Closes"), "clock", width=80),
            Column("note", _t("Note"), "text"),
        ],
        lambda plan: m.HoursException(
            date=dt.date.today() + dt.timedelta(days=7), note=str(_t("Closed"))
        ),
        _t("exception"),
    )


def measures() -> TableSpec:
    return TableSpec(
        m.Measure,
        "measures",
        [
            Column("name", _t("Measure"), width=220),
            Column("unit", _t("Unit"), width=80),
            Column("direction", _t("Direction"), "enum", m.Direction, width=130),
            Column("current", _t("Current"), "number", width=80),
            Column("target", _t("Target"), "number", width=80),
            Column("target_date", _t("Target date"), "date", width=140),
            Column("definition", _t("Definition"), "longtext"),
        ],
        lambda plan: m.Measure(_unique(_t("New measure"), {x.name for x in plan.measures})),
        _t("measure"),
    )


def insights() -> TableSpec:
    return TableSpec(
        m.Insight,
        "insights",
        [
            Column("title", _t("Insight"), width=300),
            Column("recipient", _t("Recipient department"), width=200),
            Column("status", _t("Status"), "enum", m.InsightStatus, width=100),
            Column("observation", _t("What we observed"), "longtext"),
            Column("evidence", _t("Evidence"), "longtext"),
        ],
        lambda plan: m.Insight(_unique(_t("New insight"), {i.title for i in plan.insights})),
        _t("insight"),
    )


def discussion() -> TableSpec:
    return TableSpec(
        m.DiscussionQuestion,
        "discussion",
        [
            Column("question", _t("Question"), width=520),
            Column("notes", _t("Notes"), "longtext"),
            Column("decisions", _t("Decisions"), "longtext"),
        ],
        lambda plan: m.DiscussionQuestion(str(_t("A question of our own?"))),
        _t("question"),
    )


def actions() -> TableSpec:
    return TableSpec(
        m.Action,
        "actions",
        [
            Column("title", _t("Action"), width=270),
            Column("owner_id", _t("Owner"), "person", width=120),
            Column("due", _t("Due"), "date", width=130),
            Column("status", _t("Status"), "enum", m.ActionStatus, width=95),
            Column(
                "area",
                _t("Area"),
                "enum",
                m.Area,
                width=170,
                none_text=_t("Whole plan"),
                cut=True,
            ),
            Column(
                "origin",
                _t("Created from"),
                "derived",
                width=110,
                show=lambda _p, a: labels.choice(a.origin),
            ),
            Column("notes", _t("Notes"), "longtext"),
        ],
        lambda plan: m.Action(str(_t("New action"))),
        _t("action"),
    )


def people() -> TableSpec:
    return TableSpec(
        m.Person,
        "people",
        [
            Column("name", _t("Name"), width=200),
            Column("role", _t("Role"), width=240),
            Column("email", _t("E-mail"), width=240),
        ],
        lambda plan: m.Person(_unique(_t("New person"), {p.name for p in plan.people})),
        _t("person"),
    )
