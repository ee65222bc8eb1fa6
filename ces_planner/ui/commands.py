"""Undo commands: each changes the plan through the document service only, never widgets.

Records are named by id, not by row, because rows move. A command is applied once before it is
pushed (so a refused edit never reaches the stack); the stack's first ``redo`` is then skipped.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ces_planner.domain.model import OpeningWindow, PlanInfo, PlanSettings, Record

if TYPE_CHECKING:
    from ces_planner.services.document import PlanDocument, Removal
    from ces_planner.ui.undo_text import UndoText


class PlanCommand(QUndoCommand):
    def __init__(self, document: PlanDocument, text: UndoText) -> None:
        super().__init__(str(text))
        self.words = text
        self.document = document
        self._skip_redo = False

    def retranslate(self) -> None:
        """Its text in the language the app shows now."""
        self.setText(str(self.words))

    def apply(self) -> None:
        """Make the change (may raise a PlanError)."""
        raise NotImplementedError

    def apply_before_push(self) -> None:
        """Apply now; the stack's own first ``redo`` on push is then skipped."""
        self.apply()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply()


class AddRecord(PlanCommand):
    def __init__(self, document: PlanDocument, record: Record, index: int | None, text: UndoText):
        super().__init__(document, text)
        self.record = record
        self.index = index

    def apply(self) -> None:
        self.record = self.document.add(self.record, self.index)  # keeps its id on redo

    def undo(self) -> None:
        self.document.remove(self.record)


class UpdateRecord(PlanCommand):
    def __init__(self, document: PlanDocument, record: Record, text: UndoText) -> None:
        super().__init__(document, text)
        self.after = record
        self.before: Record | None = None

    def apply(self) -> None:
        self.before = self.document.update(self.after)

    def undo(self) -> None:
        assert self.before is not None
        self.document.update(self.before)


class RemoveRecord(PlanCommand):
    """Removes the record with what depends on it; undo brings all of it back."""

    def __init__(self, document: PlanDocument, record: Record, text: UndoText) -> None:
        super().__init__(document, text)
        self.record = record
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = self.document.remove(self.record)

    def undo(self) -> None:
        assert self.removal is not None
        self.document.restore(self.removal)


class MoveRecord(PlanCommand):
    def __init__(self, document: PlanDocument, record: Record, index: int, text: UndoText) -> None:
        super().__init__(document, text)
        self.record = record
        self.index = index
        self.previous = 0

    def apply(self) -> None:
        self.previous = self.document.move(self.record, self.index)

    def undo(self) -> None:
        self.document.move(self.record, self.previous)


class SetInfo(PlanCommand):
    def __init__(self, document: PlanDocument, info: PlanInfo, text: UndoText) -> None:
        super().__init__(document, text)
        self.after = info
        self.before: PlanInfo | None = None

    def apply(self) -> None:
        self.before = self.document.set_info(self.after)

    def undo(self) -> None:
        assert self.before is not None
        self.document.set_info(self.before)


class SetAreaNotes(PlanCommand):
    def __init__(self, document: PlanDocument, area: str, notes: str, text: UndoText) -> None:
        super().__init__(document, text)
        self.area = area
        self.after = notes
        self.before = ""

    def apply(self) -> None:
        self.before = self.document.set_area_notes(self.area, self.after)

    def undo(self) -> None:
        self.document.set_area_notes(self.area, self.before)


class SetWindows(PlanCommand):
    """A channel's whole week of opening windows, as painted on the hours grid."""

    def __init__(
        self, document: PlanDocument, channel_id: int, windows: list[OpeningWindow], text: UndoText
    ) -> None:
        super().__init__(document, text)
        self.channel_id = channel_id
        self.after = [dataclasses.replace(w, id=None) for w in windows]
        self.before: list[OpeningWindow] = []

    def apply(self) -> None:
        self.before = list(self.document.set_windows(self.channel_id, self.after))

    def undo(self) -> None:
        self.document.set_windows(self.channel_id, self.before)


class SetSettings(PlanCommand):
    def __init__(self, document: PlanDocument, settings: PlanSettings, text: UndoText) -> None:
        super().__init__(document, text)
        self.after = settings
        self.before: PlanSettings | None = None

    def apply(self) -> None:
        self.before = self.document.set_settings(self.after)

    def undo(self) -> None:
        assert self.before is not None
        self.document.set_settings(self.before)
