"""Guidance for each area of the method, in our own words: what to think about and ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ces_planner.domain.readiness import Section


def _t(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


def guidance(section: Section) -> str:
    """Rich text for the collapsible guidance panel of a page."""
    texts = {
        Section.OVERVIEW: _t(
            "<p>Start with why the contact centre exists. Name the organisation strategy or "
            "mission this plan serves, then write the summary a director would read first: "
            "what changes, what it costs, and what it earns.</p>"
            "<p>The rings in the navigator show how complete each area is; the list on the "
            "right says what is still missing.</p>"
        ),
        Section.SEGMENTS: _t(
            "<p><b>Who contacts us?</b> Group customers by what sets them apart: consumer or "
            "business, new or long-standing, age band, region, language.</p>"
            "<ul><li>Which traits and preferences differ between groups?</li>"
            "<li>Which channels does each group prefer?</li>"
            "<li>What more could we learn about them, and from which source?</li></ul>"
        ),
        Section.PRIORITY: _t(
            "<p><b>Do some customers get a different service?</b> Perhaps because they pay for "
            "it, hold a premium tier, or matter more to the business.</p>"
            "<ul><li>Which segments are priority or premium, and why?</li>"
            "<li>What exactly do we promise them?</li>"
            "<li>Is their service really better today, and how could it be?</li></ul>"
        ),
        Section.CONTACT_REASONS: _t(
            "<p><b>Why do customers get in touch?</b> Some reasons earn money (orders, "
            "upgrades), some only cost (complaints, chasing), and some could be removed at "
            "the root.</p>"
            "<p>Rate each reason by its value to the customer and to the company (1-5). Low on "
            "both: <b>eliminate</b> it. Valued by customers but costly: <b>automate</b>. Valued "
            "by the company but an irritant to customers: <b>simplify</b>. Valued by both: "
            "<b>leverage</b> it. Drag the points on the matrix to rate them.</p>"
        ),
        Section.CHANNELS: _t(
            "<p><b>How can customers reach us?</b> List the channels offered today and those "
            "planned, self-service included.</p>"
            "<ul><li>Does each segment find the channels it prefers?</li>"
            "<li>Do the planned channels make us easier to deal with and more efficient?</li>"
            "<li>When will planned channels launch?</li></ul>"
        ),
        Section.HOURS: _t(
            "<p><b>When can customers reach a person or a service?</b> Paint each channel's "
            "opening hours on the weekly grid (drag to open, drag from an open cell to close), "
            "and add holidays and other exceptions.</p>"
            "<p>Do the hours fit when customers want to contact us, and what those contacts "
            "are worth? A channel with no hours is treated as open around the clock.</p>"
        ),
        Section.MEASURES: _t(
            "<p><b>How will we know the strategy works?</b> Choose measures that reflect both "
            "the customer's experience and the business: satisfaction, customer effort, repeat "
            "contacts, first-contact resolution, service level, cost per contact.</p>"
            "<p>Give each its value today, a target and a date.</p>"
        ),
        Section.INTELLIGENCE: _t(
            "<p><b>What do we learn every day that others need?</b> Counted complaints and "
            "contact reasons can improve products, packaging, delivery, billing and "
            "marketing.</p><p>Record each insight, its evidence, and which department "
            "receives it.</p>"
        ),
        Section.DISCUSSION: _t(
            "<p>The questions for the team workshop. Capture notes and the decisions taken; "
            "add your own questions and reorder them to suit the session.</p>"
        ),
        Section.ACTIONS: _t(
            "<p>Every decision needs an owner and a date. Preparation actions come from the "
            "method; workshop actions come from the team's decisions.</p>"
        ),
    }
    return texts[section]
