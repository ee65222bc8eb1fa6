import datetime as dt

from ces_planner.domain.actions import (
    ActionFilter,
    filter_actions,
    is_due_this_week,
    is_overdue,
    status_counts,
)
from ces_planner.domain.model import Action, ActionStatus, Area, Person, Plan

TODAY = dt.date(2026, 11, 23)


def plan():
    return Plan(
        people=(Person("Ana Ruiz", id=1), Person("Ken Ito", id=2)),
        actions=(
            Action("late", 1, dt.date(2026, 11, 22), id=1),
            Action("late but done", 1, dt.date(2026, 11, 1), ActionStatus.DONE, id=2),
            Action("today", 2, TODAY, ActionStatus.IN_PROGRESS, Area.HOURS, id=3),
            Action("in a week", 2, TODAY + dt.timedelta(days=7), id=4),
            Action("in eight days", None, TODAY + dt.timedelta(days=8), id=5),
            Action("no date", None, None, ActionStatus.DROPPED, id=6),
        ),
    )


def test_overdue_and_due_this_week_with_a_fixed_clock():
    actions = {a.title: a for a in plan().actions}
    assert [t for t, a in actions.items() if is_overdue(a, TODAY)] == ["late"]
    assert [t for t, a in actions.items() if is_due_this_week(a, TODAY)] == ["today", "in a week"]


def test_filters_combine():
    p = plan()
    titles = lambda f: [a.title for a in filter_actions(p, f, TODAY)]  # noqa: E731
    assert titles(ActionFilter(owner=" ken ito")) == ["today", "in a week"]
    assert titles(ActionFilter(status=ActionStatus.OPEN, owner="Ana Ruiz")) == ["late"]
    assert titles(ActionFilter(area=Area.HOURS)) == ["today"]
    assert titles(ActionFilter(overdue_only=True)) == ["late"]
    assert len(titles(ActionFilter())) == 6
    # Words found in the title or the notes, each anywhere, in any case.
    assert titles(ActionFilter(text="LATE")) == ["late", "late but done"]
    assert titles(ActionFilter(text="done late")) == ["late but done"]
    assert titles(ActionFilter(text="  ")) == titles(ActionFilter())
    noted = Plan(actions=(Action("Call back", notes="Vendor quoted two weeks", id=1),))
    assert [a.title for a in filter_actions(noted, ActionFilter(text="vendor"), TODAY)] == [
        "Call back"
    ]


def test_counts_by_status():
    counts = status_counts(plan().actions)
    assert counts == {
        ActionStatus.OPEN: 3,
        ActionStatus.IN_PROGRESS: 1,
        ActionStatus.DONE: 1,
        ActionStatus.DROPPED: 1,
    }
