"""The open plan as the window sees it: the document, its undo stack, and change signals."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import OpeningWindow, Plan, PlanInfo, PlanSettings, Record

R = TypeVar("R", bound=Record)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from ces_planner.services.document import PlanDocument
    from ces_planner.ui.commands import PlanCommand
    from ces_planner.ui.undo_text import UndoText


class PlanSession(QObject):
    """Every edit of the open plan goes through here, as an undoable command."""

    changed = Signal()  # the plan in the file changed: views re-read it
    failed = Signal(str)  # an undo or redo could not be written: one sentence

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        # The steps made of several edits (see together()), by the address of Qt's command.
        self._steps: dict[int, UndoText] = {}
        self.undo_stack.indexChanged.connect(lambda _index: self.changed.emit())

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def plan(self) -> Plan:
        return self.document.plan()

    @property
    def files_folder(self) -> Path:
        """Where file dialogs start, for files made from the plan (documents, tables) or
        brought to it (logs, logos): beside the plan, unless it lives in the app's own data
        folder (the first-run sample), which people never browse; then their Documents folder
        (or home when there is none)."""
        import platformdirs

        from ces_planner.ui.app import sample_plan_path

        folder = self.document.path.parent
        if folder.resolve() != sample_plan_path().parent.resolve():
            return folder
        documents = platformdirs.user_documents_path()
        return documents if documents.is_dir() else Path.home()

    def execute(self, command: PlanCommand) -> None:
        """Apply and record a command; a PlanError propagates and nothing is recorded."""
        command.apply_before_push()
        self._forget_undone()
        self.undo_stack.push(command)

    def _forget_undone(self) -> None:
        """The steps undone leave the history at the next edit, and Qt may later make a step
        where one of them was: the words kept for them go too."""
        if not self._steps:
            return
        stack = self.undo_stack
        for index in range(stack.index(), stack.count()):
            self._steps.pop(_address(stack.command(index)), None)

    def undo(self) -> None:
        self._guarded(self.undo_stack.undo)

    def redo(self) -> None:
        self._guarded(self.undo_stack.redo)

    def _guarded(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            step()
        except PlanError as error:
            self.failed.emit(error.sentence())
            self.changed.emit()

    # -- the edits ---------------------------------------------------------------------
    # Each loads its command (and its words) at the first edit: the commands' nine Qt classes
    # would cost the start ~1.7 ms before the window is drawn.

    def add(self, record: R, index: int | None = None, text: UndoText | None = None) -> R:
        from ces_planner.ui.commands import AddRecord
        from ces_planner.ui.undo_text import UndoText

        command = AddRecord(self.document, record, index, text or UndoText("Add"))
        self.execute(command)
        return command.record  # type: ignore[return-value]  # the same kind, now with its id

    def update(self, record: Record, text: UndoText | None = None) -> None:
        from ces_planner.ui.commands import UpdateRecord
        from ces_planner.ui.undo_text import UndoText

        self.execute(UpdateRecord(self.document, record, text or UndoText("Edit")))

    def remove(self, record: Record, text: UndoText | None = None) -> None:
        from ces_planner.ui.commands import RemoveRecord
        from ces_planner.ui.undo_text import UndoText

        self.execute(RemoveRecord(self.document, record, text or UndoText("Remove")))

    def move(self, record: Record, index: int, text: UndoText | None = None) -> None:
        from ces_planner.ui.commands import MoveRecord
        from ces_planner.ui.undo_text import UndoText

        self.execute(MoveRecord(self.document, record, index, text or UndoText("Move")))

    def set_info(self, info: PlanInfo) -> None:
        from ces_planner.ui.commands import SetInfo
        from ces_planner.ui.undo_text import UndoText

        self.execute(SetInfo(self.document, info, UndoText("Edit plan details")))

    def set_area_notes(self, area: str, notes: str) -> None:
        from ces_planner.ui.commands import SetAreaNotes
        from ces_planner.ui.undo_text import UndoText

        self.execute(SetAreaNotes(self.document, area, notes, UndoText("Edit notes")))

    def set_windows(self, channel_id: int, windows: list[OpeningWindow]) -> None:
        from ces_planner.ui.commands import SetWindows
        from ces_planner.ui.undo_text import UndoText

        self.execute(
            SetWindows(self.document, channel_id, windows, UndoText("Paint opening hours"))
        )

    def set_settings(self, settings: PlanSettings) -> None:
        from ces_planner.ui.commands import SetSettings
        from ces_planner.ui.undo_text import UndoText

        self.execute(SetSettings(self.document, settings, UndoText("Change a setting")))

    @contextlib.contextmanager
    def together(self, text: UndoText) -> Iterator[None]:
        """The edits made inside are one step of Edit › Undo, called ``text``."""
        stack = self.undo_stack
        before = stack.index()
        self._forget_undone()
        stack.beginMacro(str(text))
        try:
            yield
        finally:
            stack.endMacro()
            if stack.index() == before + 1:
                self._steps[_address(stack.command(before))] = text

    def retranslate_history(self) -> None:
        """Every step of the undo history named in the language the app shows now."""
        from ces_planner.ui.commands import PlanCommand

        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, PlanCommand):
                command.retranslate()
            elif (text := self._steps.get(_address(command))) is not None:
                command.setText(str(text))

    def close(self) -> None:
        self.undo_stack.clear()
        self.document.close()


def _address(command: QUndoCommand) -> int:
    """Where Qt keeps ``command``: the same for as long as it lives, whatever wraps it."""
    from shiboken6 import Shiboken

    return Shiboken.getCppPointer(command)[0]
