"""Errors the user can meet, each turned into one translated sentence at the edge."""

from __future__ import annotations

from pathlib import Path

from ces_planner.i18n import N_, tr


class PlanError(Exception):
    """Base of every error with a sentence for the user; ``str()`` gives that sentence."""

    def sentence(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return self.sentence()


class _FileError(PlanError):
    template = N_("")

    def __init__(self, path: str | Path, detail: str = "") -> None:
        super().__init__(str(path))
        self.path = Path(path)
        self.detail = detail

    def sentence(self) -> str:
        return tr(self.template, path=self.path.name, detail=self.detail)


class PlanMissing(_FileError):
    template = N_("There is no file {path}; check the name and folder.")


class NotAPlan(_FileError):
    template = N_("{path} is not a CES Planner plan; open a .cesplan file or create a new plan.")


class CannotRead(_FileError):
    template = N_("Cannot read {path}: {detail}.")


class PlanCorrupt(_FileError):
    template = N_(
        "{path} is damaged or incomplete (perhaps cut short while copying); "
        "open an earlier copy of the plan."
    )


class PlanTooNew(_FileError):
    template = N_("{path} was saved by a newer version of CES Planner; update the app to open it.")


class PlanLocked(_FileError):
    template = N_(
        "{path} is already open for editing {detail}; close it there first "
        "(or delete the file {path}.lock if that program has crashed)."
    )


class PlanBusy(_FileError):
    template = N_("{path} is being changed by another program; try again in a moment.")


class PlanReadOnly(_FileError):
    template = N_("{path} is read-only, so it cannot be changed; save a copy to edit it.")


class PlanClosed(_FileError):
    template = N_("{path} has been closed; open it again to go on.")


class PlanExists(_FileError):
    template = N_("{path} already exists; choose another name or use --force to replace it.")


class CannotWrite(_FileError):
    template = N_("Cannot write {path}: {detail}.")


class PlanNeedsRecovery(_FileError):
    template = N_(
        "{path} was left half-changed by a program that stopped in the middle of a change "
        "(the file {path}-journal beside it holds what it was before), and it is read-only, "
        "so it cannot be put right here: make it and its folder writable, or copy both files "
        "together to a folder you can write to, and open it again."
    )


class DiskFull(_FileError):
    template = N_(
        "The disk is full ({detail} free where {path} is); nothing was changed. Make room "
        "there, or save to another disk, and try again."
    )


class ProfileUnreadable(_FileError):
    template = N_("The profile {path} cannot be read: {detail}.")


class RecordInvalid(PlanError):
    """A record breaks a domain rule; ``problems`` says which fields and why."""

    def __init__(self, problems: list) -> None:  # list[validation.Problem]
        super().__init__(problems[0].message if problems else "")
        self.problems = problems


class RecordMissing(PlanError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(kind, record_id)
        self.kind = kind
        self.record_id = record_id

    def sentence(self) -> str:
        return tr(
            "That {kind} no longer exists in the plan (id {id}).", kind=self.kind, id=self.record_id
        )
