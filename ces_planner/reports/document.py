"""The strategy document, built once from the plan and rendered by every writer.

Chapters follow the method: executive summary, the seven areas, workshop outcomes, the action
plan, the evidence (when the plan has a contact log), and an appendix of definitions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ces_planner import labels
from ces_planner.domain.hours import format_clock, weekly_open_minutes
from ces_planner.domain.model import (
    ActionOrigin,
    ActionStatus,
    Area,
    ChannelStatus,
    Plan,
    matching_name,
)
from ces_planner.domain.readiness import Section, readiness_gaps
from ces_planner.i18n import format_date, format_day, tr, using
from ces_planner.numbers import format_number
from ces_planner.reports.charts import chart_size


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, lead, note


@dataclass(frozen=True)
class Bullets:
    items: list[str]


@dataclass(frozen=True)
class Table:
    name: str  # sheet name in the workbook
    headers: list[str]
    rows: list[list[Any]]  # str, number, date or None
    widths: list[float]  # relative column widths


@dataclass(frozen=True)
class Figure:
    chart: str  # key of reports.charts.CHARTS
    caption: str
    size: tuple[float, float]  # inches, known before the chart is drawn


Block = Paragraph | Bullets | Table | Figure

# Rows of one table (items of one list) a paged document prints. No real plan comes near it;
# a plan that does (a list pasted in by a script, a damaged file) would otherwise take minutes
# and gigabytes to lay out as thousands of pages. The workbook export carries every row.
PRINTED_ROWS = 1_000


def printed(block: Block) -> list[Block]:
    """``block`` as a paged document (Word, PDF) prints it: a table or list longer than
    :data:`PRINTED_ROWS` stops there, and a note says how many rows were left out and where
    they all are."""
    shown = format_number(PRINTED_ROWS)
    if isinstance(block, Table) and len(block.rows) > PRINTED_ROWS:
        rows = block.rows[:PRINTED_ROWS]
        note = tr(
            "The first {shown} rows of {total} are printed here; the spreadsheet export lists "
            "them all.",
            shown=shown,
            total=format_number(len(block.rows)),
        )
        return [Table(block.name, block.headers, rows, block.widths), Paragraph(note, "note")]
    if isinstance(block, Bullets) and len(block.items) > PRINTED_ROWS:
        note = tr(
            "The first {shown} of {total} are printed here.",
            shown=shown,
            total=format_number(len(block.items)),
        )
        return [Bullets(block.items[:PRINTED_ROWS]), Paragraph(note, "note")]
    return [block]


def _discussion_blocks(plan: Plan) -> list[Block]:
    """Each workshop question with its notes and decision (or that it is still open)."""
    blocks: list[Block] = []
    for question in plan.discussion:
        blocks.append(Paragraph(question.question, "subheading"))
        if question.notes:
            blocks.append(Paragraph(question.notes))
        if question.decisions:
            blocks.append(Paragraph(tr("Decided: {text}", text=question.decisions), "lead"))
        if not question.notes and not question.decisions:
            blocks.append(Paragraph(tr("Not yet discussed."), "note"))
    return blocks


def _figure(plan: Plan, chart: str, caption: str) -> Figure:
    return Figure(chart, caption, chart_size(chart, plan))


@dataclass
class Chapter:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class StrategyDocument:
    language: str
    title: str
    organisation: str
    author: str
    date_text: str
    subtitle: str
    chapters: list[Chapter]
    plan: Plan
    evidence: dict[str, Any] | None = None
    compact: bool = False  # a short paper: no cover, no contents, no page breaks
    accent: str = "#1F5F6B"  # the plan's accent colour, #RRGGBB
    logo: bytes | None = None  # the organisation's logo for the cover

    def tables(self) -> list[Table]:
        return [b for c in self.chapters for b in c.blocks if isinstance(b, Table)]


def _num(value: float | None) -> str:
    return "" if value is None else format_number(value)


def _score(value: float | None) -> str:
    """A mean survey score, always to two places so that a column lines up (3.90, 3.26)."""
    return "" if value is None else f"{value:.2f}"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def hours_summary(plan: Plan, channel_id: int) -> str:
    """``Mon-Fri 08:00-20:00; Sat 09:00-17:00``: weekdays with the same hours grouped."""
    windows = plan.windows_of(channel_id)
    if not windows:
        return tr("Open around the clock")
    by_day: dict[int, list[str]] = {}
    for w in sorted(windows, key=lambda w: (w.weekday, w.opens)):
        by_day.setdefault(w.weekday, []).append(f"{format_clock(w.opens)}–{format_clock(w.closes)}")
    parts: list[str] = []
    day = 0
    while day < 7:
        if day not in by_day:
            day += 1
            continue
        last = day
        while last + 1 < 7 and by_day.get(last + 1) == by_day[day]:
            last += 1
        days = labels.weekday(day, short=True)
        if last > day:
            days += "–" + labels.weekday(last, short=True)
        parts.append(f"{days} {', '.join(by_day[day])}")
        day = last + 1
    return "; ".join(parts)


def cell_text(value: object, language: str) -> str:
    """A table cell's value as the reader sees it, in every format."""
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def fitted_widths(
    table: Table,
    width: float,
    language: str,
    word_width: Callable[[str, bool], float],
    padding: float,
) -> list[float]:
    """The table's relative widths scaled to ``width``, with every column at least as wide as
    its longest word (``word_width(word, is_header)`` plus the cell's ``padding``), so no word is
    split across lines ("Dece-mber"); what a column gains is taken from the columns with room
    to spare, in proportion. Japanese text may break between any two characters, so its widths
    stay as given, as do tables whose words cannot all fit."""
    total = sum(table.widths)
    widths = [width * w / total for w in table.widths]
    if language == "ja":
        return widths
    needed = [
        padding
        + max(
            [word_width(word, True) for word in cell_text(header, language).split()]
            + [
                word_width(word, False)
                for row in table.rows
                for word in cell_text(row[column], language).split()
            ],
            default=0.0,
        )
        for column, header in enumerate(table.headers)
    ]
    short = sum(max(0.0, n - w) for n, w in zip(needed, widths, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(needed, widths, strict=True)]
    if short == 0 or sum(spare) < short:
        return widths
    share = short / sum(spare)
    return [max(w, n) - s * share for n, w, s in zip(needed, widths, spare, strict=True)]


def build_document(
    plan: Plan, evidence: dict[str, Any] | None = None, today: dt.date | None = None
) -> StrategyDocument:
    """The whole document in the plan's language."""
    language = plan.info.language.value
    with using(language):
        return _build(plan, evidence, today or dt.date.today(), language)


def _notes(plan: Plan, area: Area) -> list[Block]:
    text = plan.area_notes.get(area.value, "").strip()
    return [Paragraph(text, "note")] if text else []


def _build(
    plan: Plan, evidence: dict[str, Any] | None, today: dt.date, language: str
) -> StrategyDocument:
    info = plan.info
    chapters: list[Chapter] = []
    person = plan.person_name

    summary = Chapter("summary", tr("Executive summary"))
    summary.blocks.append(
        Paragraph(info.executive_summary or tr("(No summary written yet.)"), "lead")
    )
    if info.strategy_alignment:
        summary.blocks.append(Paragraph(tr("What this strategy serves"), "subheading"))
        summary.blocks.append(Paragraph(info.strategy_alignment))
    open_actions = [
        a for a in plan.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    ]
    summary.blocks.append(Paragraph(tr("The plan at a glance"), "subheading"))
    summary.blocks.append(
        Bullets(
            [
                tr(
                    "{n} customer segments, {p} of them with a priority or premium service",
                    n=len(plan.segments),
                    p=sum(s.tier.value != "standard" for s in plan.segments),
                ),
                tr(
                    "{n} contact reasons rated for value to customers and to the company",
                    n=len(plan.contact_reasons),
                ),
                tr(
                    "{n} channels, {planned} planned",
                    n=len(plan.channels),
                    planned=sum(c.status is ChannelStatus.PLANNED for c in plan.channels),
                ),
                tr("{n} measures with targets", n=sum(m.target is not None for m in plan.measures)),
                tr("{n} open actions, each with an owner and a date", n=len(open_actions)),
            ]
        )
    )
    gaps = readiness_gaps(plan)
    if gaps:
        summary.blocks.append(
            Paragraph(tr("Still to complete: {n} items (see the appendix).", n=len(gaps)), "note")
        )
    chapters.append(summary)

    segments = Chapter(Area.SEGMENTS.value, labels.section_title(Area.SEGMENTS))
    # Each segment's figures, matched as the app matches them (case and spaces aside).
    served = {
        s.name: row
        for row in (evidence or {}).get("by_segment", [])
        for s in plan.segments
        if matching_name(s.name) == matching_name(row["segment"])
    }
    headers = [
        tr("Segment"),
        tr("Tier"),
        tr("Share of customers"),
        tr("Preferred channels"),
        tr("Traits and preferences"),
    ]
    widths: list[float] = [2, 1, 1, 2, 4]
    if served:
        headers.insert(3, tr("Share of contacts"))
        widths.insert(3, 1)
    rows: list[list[object]] = []
    for s in plan.segments:
        row: list[object] = [
            s.name,
            labels.choice(s.tier),
            "" if s.customer_share is None else f"{format_number(s.customer_share)} %",
            ", ".join(filter(None, (plan.channel_name(i) for i in s.preferred_channel_ids))),
            " ".join(filter(None, (s.traits, s.preferences))),
        ]
        if served:
            row.insert(3, _pct(served[s.name]["share"]) if s.name in served else "")
        rows.append(row)
    segments.blocks.append(Table(tr("Segments"), headers, rows, widths))
    learn = [f"{s.name}: {s.learn_more}" for s in plan.segments if s.learn_more]
    if learn:
        segments.blocks.append(Paragraph(tr("How we will learn more"), "subheading"))
        segments.blocks.append(Bullets(learn))
    segments.blocks += _notes(plan, Area.SEGMENTS)
    chapters.append(segments)

    priority = Chapter(Area.PRIORITY.value, labels.section_title(Area.PRIORITY))
    raised = [s for s in plan.segments if s.tier.value != "standard"]
    priority.blocks.append(
        Table(
            tr("Service promises"),
            [tr("Segment"), tr("Tier"), tr("Service promise")],
            [
                [s.name, labels.choice(s.tier), s.service_promise]
                for s in raised
                + [s for s in plan.segments if s.tier.value == "standard" and s.service_promise]
            ],
            [2, 1, 5],
        )
    )
    if served:
        priority.blocks.append(Paragraph(tr("How each segment is served today"), "subheading"))
        priority.blocks.append(
            Table(
                tr("Service by segment"),  # a sheet's name: 31 characters at most
                [
                    tr("Segment"),
                    tr("Tier"),
                    tr("Contacts"),
                    tr("Service level"),
                    tr("ASA (s)"),
                    tr("Abandon rate"),
                    tr("CSAT"),
                ],
                [
                    [
                        s.name,
                        labels.choice(s.tier),
                        served[s.name]["contacts"],
                        _pct(served[s.name]["service_level"]),
                        _num(_round(served[s.name]["asa_seconds"])),
                        _pct(served[s.name]["abandon_rate"]),
                        _score(served[s.name]["csat"]),
                    ]
                    for s in plan.segments
                    if s.name in served
                ],
                [2.4, 1, 1, 1.2, 1, 1, 1],
            )
        )
    priority.blocks += _notes(plan, Area.PRIORITY)
    chapters.append(priority)

    reasons = Chapter(Area.CONTACT_REASONS.value, labels.section_title(Area.CONTACT_REASONS))
    reasons.blocks.append(
        Paragraph(
            tr(
                "Each reason is rated 1-5 for its value to the customer and to the company. "
                "Low on both: eliminate. Valued by customers but costly: automate. Valued by "
                "the company but an irritant to customers: simplify. Valued by both: leverage."
            )
        )
    )
    if plan.contact_reasons:
        reasons.blocks.append(_figure(plan, "value_matrix", tr("Value/irritant matrix")))
    volumes = {r["reason"]: r for r in (evidence or {}).get("by_reason", [])}
    headers = [
        tr("Contact reason"),
        tr("Category"),
        tr("Value to customer"),
        tr("Value to company"),
        tr("Treatment type"),
        tr("Planned treatment"),
        tr("Owner"),
    ]
    widths = [2.2, 1.5, 1.4, 1.4, 1.5, 3.6, 1.5]
    if volumes:
        headers.insert(1, tr("Share of contacts"))
        widths.insert(1, 1)
    rows = []
    for r in plan.contact_reasons:
        row = [
            r.name,
            labels.choice(r.category),
            r.value_to_customer,
            r.value_to_company,
            labels.choice(r.quadrant),
            r.treatment,
            person(r.owner_id) or "",
        ]
        if volumes:
            row.insert(1, _pct(volumes[r.name]["share"]) if r.name in volumes else "")
        rows.append(row)
    reasons.blocks.append(Table(tr("Contact reasons"), headers, rows, widths))
    reasons.blocks += _notes(plan, Area.CONTACT_REASONS)
    chapters.append(reasons)

    channels = Chapter(Area.CHANNELS.value, labels.section_title(Area.CHANNELS))
    if plan.channels:
        channels.blocks.append(
            _figure(plan, "channel_mix", tr("Channels and the segments they serve"))
        )
    channels.blocks.append(
        Table(
            tr("Channels"),
            [
                tr("Channel"),
                tr("Kind"),
                tr("Status"),
                tr("Target launch"),
                tr("Segments served"),
                tr("Fit with segment preferences"),
            ],
            [
                [
                    c.name,
                    labels.choice(c.kind),
                    labels.choice(c.status),
                    c.launch_date,
                    ", ".join(filter(None, (plan.segment_name(i) for i in c.segment_ids))),
                    c.fit_notes,
                ]
                for c in plan.channels
            ],
            [1.6, 1.2, 1, 1.2, 2.4, 4],
        )
    )
    channels.blocks += _notes(plan, Area.CHANNELS)
    chapters.append(channels)

    hours = Chapter(Area.HOURS.value, labels.section_title(Area.HOURS))
    if plan.channels:
        hours.blocks.append(_figure(plan, "hours_coverage", tr("Weekly opening hours by channel")))
    hours_headers = [tr("Channel"), tr("Opening hours"), tr("Hours a week")]
    hours_widths: list[float] = [2, 5, 1]
    hours_rows: list[list[object]] = [
        [
            c.name,
            hours_summary(plan, c.id or 0),
            f"{weekly_open_minutes(plan.windows_of(c.id or 0)) / 60:g}"
            if plan.windows_of(c.id or 0)
            else "168",
        ]
        for c in plan.channels
    ]
    if evidence and evidence["outside_hours"]:  # customers who came while it was closed
        logged = {r["channel"]: r["contacts"] for r in evidence["by_channel"]}
        closed = {r["channel"]: r["contacts"] for r in evidence["outside_hours"]["by_channel"]}
        hours_headers.append(tr("Logged contacts while closed"))
        hours_widths.append(1.6)
        for c, row in zip(plan.channels, hours_rows, strict=True):
            n = closed.get(c.name, 0)
            row.append(f"{n:,} ({n / logged[c.name]:.1%})" if logged.get(c.name) else "")
    hours.blocks.append(Table(tr("Hours"), hours_headers, hours_rows, hours_widths))
    if plan.hours_exceptions:
        hours.blocks.append(
            Table(
                tr("Exceptions"),
                [tr("Date"), tr("Channel"), tr("Hours"), tr("Note")],
                [
                    [
                        e.date,
                        plan.channel_name(e.channel_id) or tr("All channels"),
                        tr("Closed")
                        if e.opens is None
                        else f"{format_clock(e.opens)}–{format_clock(e.closes or 0)}",
                        e.note,
                    ]
                    for e in plan.hours_exceptions
                ],
                [1.4, 1.6, 1.4, 4],
            )
        )
    hours.blocks += _notes(plan, Area.HOURS)
    chapters.append(hours)

    measures = Chapter(Area.MEASURES.value, labels.section_title(Area.MEASURES))
    if plan.measures:
        measures.blocks.append(_figure(plan, "measures", tr("Measures: today against target")))
    measures.blocks.append(
        Table(
            tr("Measures"),
            [
                tr("Measure"),
                tr("Unit"),
                tr("Direction"),
                tr("Current"),
                tr("Target"),
                tr("Target date"),
                tr("Definition"),
            ],
            [
                [
                    m.name,
                    m.unit,
                    labels.choice(m.direction),
                    m.current,
                    m.target,
                    m.target_date,
                    m.definition,
                ]
                for m in plan.measures
            ],
            [2.2, 1, 1.4, 1, 1, 1.3, 4],
        )
    )
    measures.blocks += _notes(plan, Area.MEASURES)
    chapters.append(measures)

    intelligence = Chapter(Area.INTELLIGENCE.value, labels.section_title(Area.INTELLIGENCE))
    intelligence.blocks.append(
        Table(
            tr("Insights"),
            [
                tr("Insight"),
                tr("What we observed"),
                tr("Evidence"),
                tr("Recipient department"),
                tr("Status"),
            ],
            [
                [i.title, i.observation, i.evidence, i.recipient, labels.choice(i.status)]
                for i in plan.insights
            ],
            [2, 3, 3, 1.6, 1],
        )
    )
    intelligence.blocks += _notes(plan, Area.INTELLIGENCE)
    chapters.append(intelligence)

    chapters.append(Chapter("workshop", tr("Workshop outcomes"), _discussion_blocks(plan)))

    actions = Chapter("actions", tr("Action plan"))
    actions.blocks.append(
        Table(
            tr("Actions"),
            [tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Area"), tr("Created from")],
            [
                [
                    a.title,
                    person(a.owner_id) or "",
                    a.due,
                    labels.choice(a.status),
                    labels.section_title(a.area) if a.area else tr("Whole plan"),
                    labels.choice(a.origin),
                ]
                for a in plan.actions
            ],
            [4.5, 1.5, 1.2, 1, 2, 1.2],
        )
    )
    workshop_actions = sum(a.origin is ActionOrigin.WORKSHOP for a in plan.actions)
    actions.blocks.append(
        Paragraph(
            tr("{n} of these actions came out of the team workshop.", n=workshop_actions), "note"
        )
    )
    chapters.append(actions)

    if evidence:
        chapters.append(_evidence_chapter(evidence, plan))

    appendix = Chapter("appendix", tr("Appendix: definitions and data sources"))
    appendix.blocks.append(Bullets(definitions(plan)))
    appendix.blocks.append(Paragraph(tr("Data sources"), "subheading"))
    sources = [
        tr(
            "The plan file, as last changed on {date}.",
            date=format_date(info.updated_at.date() if info.updated_at else today),
        )
    ]
    if evidence:
        log = {
            "file": evidence["source"]["file"],
            "imported": format_day(evidence["source"]["imported_at"]),
            "start": format_day(evidence["period"]["start"]),
            "end": format_day(evidence["period"]["end"]),
            "n": f"{evidence['contacts']:,}",
        }
        sources.append(
            tr(
                "Contact log {file} (contacts made up for the sample plan), imported on "
                "{imported}, covering {start} to {end} ({n} contacts).",
                **log,
            )
            if evidence["source"]["made_up"]
            else tr(
                "Contact log {file}, imported on {imported}, covering {start} to {end} "
                "({n} contacts).",
                **log,
            )
        )
    appendix.blocks.append(Bullets(sources))
    if gaps:
        appendix.blocks.append(Paragraph(tr("Still to complete"), "subheading"))
        appendix.blocks.append(
            Bullets([f"{labels.section_title(g.section)}: {g.message}" for g in gaps])
        )
    chapters.append(appendix)

    return StrategyDocument(
        language=language,
        title=info.title or tr("Customer Experience Strategy"),
        organisation=info.organisation,
        author=info.author,
        date_text=format_date(today),
        subtitle=tr("Customer Experience Strategy of the contact centre"),
        chapters=chapters,
        plan=plan,
        evidence=evidence,
        accent=info.accent_colour,
        logo=info.logo,
    )


def definitions(plan: Plan) -> list[str]:
    """The metric definitions, as the app states them."""
    settings = plan.settings
    formula = service_level_formula(settings.service_level_formula.value)
    return [
        tr(
            "Customer Experience Strategy (CES): this document. Customer Effort Score is one of "
            "its measures."
        ),
        tr("Average handle time (AHT): mean talk and wrap-up time of answered contacts."),
        tr(
            "Service level: share of contacts answered within {s} seconds, counted as {formula}.",
            s=f"{settings.service_level_threshold_seconds:g}",
            formula=formula,
        ),
        tr("Average speed of answer (ASA): mean wait of answered contacts."),
        tr("Abandon rate: contacts abandoned ÷ contacts offered."),
        tr(
            "Repeat-contact rate: share of contacts after which the same customer contacts us "
            "again within {n} days.",
            n=settings.repeat_window_days,
        ),
        tr(
            "First-contact resolution (FCR): share of answered contacts resolved at the first "
            "contact, among those whose record says whether they were; abandoned contacts are "
            "left out."
        ),
        tr(
            "Satisfaction (CSAT) and customer effort in the evidence from contact records: mean "
            "of the scores given, on the survey's scale. Each of the plan's measures is counted "
            "as its definition in the measures table says."
        ),
        tr("Outside-hours share: contacts that arrived while their channel was closed."),
        tr("Staffing: Erlang C per 30-minute interval for the service-level target."),
        tr("Value/irritant quadrants: a value of 3 or more out of 5 counts as valued."),
    ]


def service_level_formula(value: str) -> str:
    """How a service-level formula counts, in words."""
    return {
        "answered": tr("answered within the threshold ÷ answered"),
        "offered": tr(
            "answered within the threshold ÷ offered (abandoned contacts count as missed)"
        ),
        "short_abandons_excluded": tr(
            "answered within the threshold ÷ answered and abandoned, "
            "leaving out abandons shorter than 5 seconds"
        ),
    }[value]


def overall_figures(evidence: dict[str, Any]) -> list[tuple[str, str]]:
    """The centre's figures over every contact, labelled, a missing one as "–"."""
    overall = evidence["overall"]
    outside = evidence["outside_hours"]
    return [
        (tr("AHT (s)"), _num(_round(overall["aht_seconds"])) or "–"),
        (
            tr("Service level"),
            (_pct(overall["service_level"]) or "–")
            + " "
            + tr(
                "(within {s} s; {formula})",
                s=f"{evidence['service_level_threshold_seconds']:g}",
                formula=service_level_formula(evidence["service_level_formula"]),
            ),
        ),
        (tr("ASA (s)"), _num(_round(overall["asa_seconds"])) or "–"),
        (tr("Abandon rate"), _pct(overall["abandon_rate"]) or "–"),
        (tr("FCR"), _pct(overall["fcr"]) or "–"),
        (tr("CSAT"), _score(overall["csat"]) or "–"),
        (tr("Effort score"), _score(overall["effort"]) or "–"),
        (
            tr("Repeat-contact rate ({days} days)", days=evidence["repeat_window_days"]),
            _pct(evidence["repeat_rate"]) or "–",
        ),
        (
            tr("Contacts arriving while their channel was closed"),
            (_pct(outside["share"]) or "–")
            if outside is not None
            else tr("not known: the log gives dates only"),
        ),
    ]


def evidence_tables(evidence: dict[str, Any]) -> list[Table]:
    """The log's figures by reason and by channel."""
    by_reason = Table(
        tr("Evidence by reason"),
        [
            tr("Contact reason"),
            tr("Contacts"),
            tr("Share"),
            tr("AHT (s)"),
            tr("Repeat-contact rate"),
            tr("FCR"),
            tr("CSAT"),
            tr("Effort score"),
        ],
        [
            [
                r["reason"],
                r["contacts"],
                _pct(r["share"]),
                _num(_round(r["aht_seconds"])),
                _pct(r["repeat_rate"]),
                _pct(r["fcr"]),
                _score(r["csat"]),
                _score(r["effort"]),
            ]
            for r in evidence["by_reason"]
        ],
        [3, 1, 1, 1, 1.4, 1, 1, 1],
    )
    by_channel = Table(
        tr("Evidence by channel"),
        [
            tr("Channel"),
            tr("Contacts"),
            tr("Share"),
            tr("AHT (s)"),
            tr("Service level"),
            tr("ASA (s)"),
            tr("Abandon rate"),
            tr("FCR"),
        ],
        [
            [
                r["channel"],
                r["contacts"],
                _pct(r["share"]),
                _num(_round(r["aht_seconds"])),
                _pct(r["service_level"]),
                _num(_round(r["asa_seconds"])),
                _pct(r["abandon_rate"]),
                _pct(r["fcr"]),
            ]
            for r in evidence["by_channel"]
        ],
        [2, 1, 1, 1, 1.2, 1, 1.2, 1],
    )
    return [by_reason, by_channel]


def _evidence_chapter(evidence: dict[str, Any], plan: Plan) -> Chapter:
    chapter = Chapter("evidence", tr("Evidence from contact records"))
    if evidence["source"]["made_up"]:
        chapter.blocks.append(
            Paragraph(
                tr(
                    "These figures come from contacts made up for the sample plan, not from a "
                    "centre's own records. Import the centre's contact log, or remove this one, "
                    "before the document is sent."
                ),
                "lead",  # bold: nobody should take them for real
            )
        )
    chapter.blocks.append(
        Paragraph(
            tr(
                "{n} contacts from {start} to {end}. Repeat-contact rate ({days} days): {rate}. "
                "Contacts arriving while their channel was closed: {outside}.",
                n=f"{evidence['contacts']:,}",
                start=format_day(evidence["period"]["start"]),
                end=format_day(evidence["period"]["end"]),
                days=evidence["repeat_window_days"],
                rate=_pct(evidence["repeat_rate"]) or "–",
                outside=_pct((evidence["outside_hours"] or {}).get("share")) or "–",
            )
        )
    )
    chapter.blocks += evidence_tables(evidence)
    if evidence.get("staffing", {}).get("channels"):
        chapter.blocks += _staffing_blocks(evidence["staffing"], plan)
    return chapter


def _staffing_blocks(staffing: dict[str, Any], plan: Plan) -> list[Block]:
    """The agent hours an average week of the log needs on each live channel, and what they
    cost when the plan says what an agent hour costs."""
    settings = plan.settings
    rate = settings.cost_per_agent_hour
    headers = [
        tr("Channel"),
        tr("Agent hours a week, today's hours"),
        tr("More to answer contacts while closed"),
        tr("Allowing for hang-ups (Erlang A)"),
        tr("Peak occupancy"),
    ]
    widths: list[float] = [2, 1.6, 1.6, 1.6, 1.2]
    if rate:
        headers.append(tr("Cost a week ({currency})", currency=settings.currency or "–"))
        widths.append(1.4)
    rows: list[list[object]] = []
    for r in staffing["channels"]:
        row: list[object] = [
            r["channel"],
            f"{r['agent_hours_open']:,.0f}",
            f"{r['agent_hours_closed']:,.0f}",
            "" if r["agent_hours_erlang_a"] is None else f"{r['agent_hours_erlang_a']:,.0f}",
            _pct(r["peak_occupancy"]),
        ]
        if rate:
            row.append(f"{r['agent_hours_open'] * rate:,.0f}")
        rows.append(row)
    intro = tr(
        "An average week of the log, 30-minute intervals, {target} of contacts answered within "
        "{s} seconds and {shrinkage} shrinkage (Erlang C).",
        target=f"{staffing['target']:.0%}",
        s=f"{settings.service_level_threshold_seconds:g}",
        shrinkage=f"{staffing['shrinkage']:.0%}",
    )
    return [
        Paragraph(tr("Staffing"), "subheading"),
        Paragraph(intro),
        Table(tr("Staffing"), headers, rows, widths),
    ]


def _round(value: float | None, digits: int = 0) -> float | None:
    return None if value is None else round(value, digits)


__all__ = ["Section"]


def build_workshop_summary(plan: Plan, today: dt.date | None = None) -> StrategyDocument:
    """One page for the team after the session: questions, notes, decisions, new actions."""
    language = plan.info.language.value
    today = today or dt.date.today()
    with using(language):
        chapter = Chapter("workshop", tr("Workshop summary"), _discussion_blocks(plan))
        new_actions = [a for a in plan.actions if a.origin is ActionOrigin.WORKSHOP]
        chapter.blocks.append(Paragraph(tr("Actions from the workshop"), "subheading"))
        chapter.blocks.append(
            Table(
                tr("Workshop actions"),
                [tr("Action"), tr("Owner"), tr("Due"), tr("Status")],
                [
                    [a.title, plan.person_name(a.owner_id) or "", a.due, labels.choice(a.status)]
                    for a in new_actions
                ],
                [5, 2, 1.4, 1.2],
            )
        )
        return StrategyDocument(
            language=language,
            title=plan.info.title or tr("Customer Experience Strategy"),
            organisation=plan.info.organisation,
            author=plan.info.author,
            date_text=format_date(today),
            subtitle=tr("Workshop summary"),
            chapters=[chapter],
            plan=plan,
            compact=True,
            accent=plan.info.accent_colour,
            logo=plan.info.logo,
        )
