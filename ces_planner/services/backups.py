"""The plan's rotating backups: listing them and putting one back (the plan as it is is
backed up first, so a restore can itself be undone by restoring that copy)."""

from __future__ import annotations

from pathlib import Path

from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr
from ces_planner.services.changes import AreaChanges, plan_changes
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import stored_log
from ces_planner.services.plan_json import plan_as_json
from ces_planner.storage import backups
from ces_planner.storage.backups import Backup


class NoSuchBackup(PlanError):
    def __init__(self, wanted: str, plan: Path) -> None:
        super().__init__(wanted)
        self.wanted, self.plan = wanted, plan

    def sentence(self) -> str:
        return tr(
            "{wanted} is not one of the backups of {plan}; 'ces-planner backups {plan}' lists "
            "them.",
            wanted=self.wanted,
            plan=self.plan.name,
        )


def list_backups(plan: str | Path) -> list[Backup]:
    """The plan's backups, newest first."""
    return backups.listed(Path(plan))


def find_backup(plan: str | Path, wanted: str) -> Path:
    """A backup named by its number in the list (1 is the newest), its file name, or a path."""
    plan = Path(plan)
    found = list_backups(plan)
    if wanted.isdigit() and 1 <= int(wanted) <= len(found):
        return found[int(wanted) - 1].path
    for backup in found:
        if backup.path.name == wanted:
            return backup.path
    if Path(wanted).is_file():
        return Path(wanted)
    raise NoSuchBackup(wanted, plan)


def changes_since_backup(document: PlanDocument, backup: Path) -> list[AreaChanges] | None:
    """What has changed in the open plan since ``backup`` was taken (what restoring it would
    undo), area by area, the contact log last; None when the backup cannot be read."""
    try:
        with PlanDocument.open(backup, read_only=True) as then:
            before = plan_as_json(then.plan())
            log_then = _log_label(then)
    except PlanError:
        return None
    changes = plan_changes(before, plan_as_json(document.plan()))
    log_now = _log_label(document)
    if log_then != log_now:
        changes.append(
            AreaChanges(
                "contact_log", [log_now] if log_now else [], [log_then] if log_then else [], []
            )
        )
    return changes


def _log_label(document: PlanDocument) -> str | None:
    log = stored_log(document)
    if log is None:
        return None
    return tr("{name} ({n} contacts)", name=log.source_name, n=f"{log.contacts:,}")


def restore_backup(document: PlanDocument, source: Path) -> Path | None:
    """Put the plan of ``source`` in place of the open plan (one transaction); the plan as it
    was is backed up first, and that copy is returned."""
    with PlanDocument.open(source, read_only=True) as backup:  # refused unless it is a plan
        kept = document.backup("restore")
        document.file.replace_with(backup.file.connection)
    document.forget_cached_plan()
    return kept


__all__ = [
    "Backup",
    "NoSuchBackup",
    "changes_since_backup",
    "find_backup",
    "list_backups",
    "restore_backup",
]
