"""What differs between two states of a plan (a snapshot or a backup, and the plan now), area
by area, as the snapshot diff and the backup list say it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ces_planner import labels
from ces_planner.i18n import tr

AREAS = (
    "people",
    "segments",
    "contact_reasons",
    "channels",
    "hours",
    "hours_exceptions",
    "measures",
    "insights",
    "discussion",
    "actions",
)
OVERVIEW = (
    "title",
    "organisation",
    "author",
    "language",
    "strategy_alignment",
    "executive_summary",
)


@dataclass(frozen=True)
class AreaChanges:
    area: str
    added: list[str]
    removed: list[str]
    changed: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def as_json(self) -> dict[str, Any]:
        return {"area": self.area, "added": self.added, "removed": self.removed,
                "changed": self.changed}  # fmt: skip


def _label(record: dict[str, Any]) -> str:
    for key in ("name", "title", "question"):
        if record.get(key):
            return str(record[key])
    if "weekday" in record:
        return f"{record['channel']} {record['weekday']} {record['opens']}-{record['closes']}"
    return f"{record.get('channel') or ''} {record.get('date', '')}".strip()


def plan_changes(before: dict[str, Any], now: dict[str, Any]) -> list[AreaChanges]:
    """What was added, removed and changed in each area from ``before`` to ``now`` (plans as
    ``plan_as_json`` writes them); the overview's changed fields by key, first."""
    found = [AreaChanges("overview", [], [], [k for k in OVERVIEW if before.get(k) != now.get(k)])]
    for area in AREAS:
        old = {r["id"]: r for r in before.get(area, [])}
        new = {r["id"]: r for r in now.get(area, [])}
        found.append(
            AreaChanges(
                area,
                added=[_label(new[i]) for i in new if i not in old],
                removed=[_label(old[i]) for i in old if i not in new],
                changed=[_label(new[i]) for i in new if i in old and new[i] != old[i]],
            )
        )
    return found


def change_summary(changes: list[AreaChanges]) -> str:
    """One line: ``Customer segments: 1 added, 2 changed; Action plan: 3 removed`` (parts of
    the plan under one heading, such as hours and their exceptions, counted together)."""
    counted: dict[str, list[int]] = {}
    for change in changes:
        if change:
            counts = counted.setdefault(labels.change_area(change.area), [0, 0, 0])
            for index, items in enumerate((change.added, change.removed, change.changed)):
                counts[index] += len(items)
    words = ("{n} added", "{n} removed", "{n} changed")
    return "; ".join(
        f"{area}: {', '.join(tr(words[i], n=n) for i, n in enumerate(counts) if n)}"
        for area, counts in counted.items()
    )
