"""Rules of the action table: what is overdue or due soon, and how actions are filtered."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ces_planner.domain.model import Action, ActionStatus, Area, Plan

FINISHED = frozenset({ActionStatus.DONE, ActionStatus.DROPPED})
DUE_SOON_DAYS = 7


def is_overdue(action: Action, today: dt.date) -> bool:
    """Due before today and not finished."""
    return action.due is not None and action.due < today and action.status not in FINISHED


def is_due_this_week(action: Action, today: dt.date) -> bool:
    """Due today or within the next seven days, and not finished."""
    return (
        action.due is not None
        and action.status not in FINISHED
        and today <= action.due <= today + dt.timedelta(days=DUE_SOON_DAYS)
    )


@dataclass(frozen=True)
class ActionFilter:
    status: ActionStatus | None = None
    owner: str | None = None  # a person's name, compared ignoring case
    area: Area | None = None
    overdue_only: bool = False
    text: str = ""  # words the title or the notes hold, each somewhere, in any case

    def accepts(self, action: Action, plan: Plan, today: dt.date) -> bool:
        if self.status is not None and action.status is not self.status:
            return False
        if self.text.strip():
            held = f"{action.title}\n{action.notes}".casefold()
            if not all(word in held for word in self.text.casefold().split()):
                return False
        if self.owner is not None:
            name = plan.person_name(action.owner_id) or ""
            if name.strip().lower() != self.owner.strip().lower():
                return False
        if self.area is not None and action.area is not self.area:
            return False
        return not (self.overdue_only and not is_overdue(action, today))


def filter_actions(plan: Plan, selection: ActionFilter, today: dt.date) -> list[Action]:
    return [a for a in plan.actions if selection.accepts(a, plan, today)]


def status_counts(actions: list[Action] | tuple[Action, ...]) -> dict[ActionStatus, int]:
    counts = Counter(a.status for a in actions)
    return {status: counts.get(status, 0) for status in ActionStatus}
