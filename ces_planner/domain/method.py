"""The method's fixed content: the team's discussion questions and the preparation actions.

Texts are in our own words and pass through the catalogue, so a Japanese plan starts with
Japanese questions and actions.
"""

from __future__ import annotations

from ces_planner.domain.model import (
    Action,
    ActionOrigin,
    Area,
    DiscussionQuestion,
)
from ces_planner.i18n import N_, tr

# (key, English text). The key stays stable when the wording changes.
WORKSHOP_QUESTIONS: tuple[tuple[str, str], ...] = (
    (
        "aligned",
        N_(
            "Do we have a customer-centred strategy for the contact centre, and does it line up "
            "with the organisation's strategy so that our priorities serve its success?"
        ),
    ),
    (
        "customer_centred",
        N_(
            "Is the strategy truly centred on customers: does it move our focus from cutting cost "
            "towards growing revenue and satisfaction?"
        ),
    ),
    (
        "leadership",
        N_(
            "Does senior leadership back the strategy, and is it used when budgets, organisation "
            "and plans are decided?"
        ),
    ),
    (
        "existing_intelligence",
        N_(
            "What customer and business intelligence do we already have that would help us know "
            "customers better and fit service to their preferences?"
        ),
    ),
    (
        "new_intelligence",
        N_(
            "What could we start collecting that would help other departments and improve the "
            "customer experience?"
        ),
    ),
)

PREPARATION_ACTIONS: tuple[tuple[str, Area | None], ...] = (
    (
        N_(
            "Define the ideal customer experience with stakeholders, and what the centre and the "
            "wider organisation must do to deliver it"
        ),
        None,
    ),
    (
        N_(
            "Write up the findings as the strategy document, share it with senior leaders and "
            "agree the opportunities to raise the centre's strategic contribution"
        ),
        None,
    ),
    (
        N_(
            "Use the strategy to run the centre: technology choices, measures and objectives, and "
            "a hiring strategy that brings in the right people"
        ),
        Area.MEASURES,
    ),
)


def workshop_questions(language: str) -> list[DiscussionQuestion]:
    """The method's five questions, in the plan's language, with empty notes."""
    return [
        DiscussionQuestion(question=tr(text, language=language), builtin_key=key)
        for key, text in WORKSHOP_QUESTIONS
    ]


def preparation_actions(language: str) -> list[Action]:
    """The method's three preparation actions, without owner or date (``check`` flags that)."""
    return [
        Action(title=tr(text, language=language), area=area, origin=ActionOrigin.PREPARATION)
        for text, area in PREPARATION_ACTIONS
    ]
