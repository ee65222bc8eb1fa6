"""The open plan as the window sees it: the document, its undo stack, and change signals."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import OpeningWindow, Plan, PlanInfo, PlanSettings, Record

R = TypeVar("R", bound=Record)

if TYPE_CHECKING:
    from ces_planner.services.document import PlanDocument
    from ces_planner.ui.commands import PlanCommand


class PlanSession(QObject):
    """Every edit of the open plan goes through here, as an undoable command."""

    changed = Signal()  # the plan in the file changed: views re-read it
    failed = Signal(str)  # an undo or redo could not be written: one sentence

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
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
        self.undo_stack.push(command)

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
    # Each loads its command at the first edit: the commands' nine Qt classes would cost the
    # start ~1.7 ms before the window is drawn.

    def add(self, record: R, index: int | None = None, text: str = "") -> R:
        from ces_planner.ui.commands import AddRecord

        command = AddRecord(self.document, record, index, text or self.tr("Add"))
        self.execute(command)
        return command.record  # type: ignore[return-value]  # the same kind, now with its id

    def update(self, record: Record, text: str = "") -> None:
        from ces_planner.ui.commands import UpdateRecord

        self.execute(UpdateRecord(self.document, record, text or self.tr("Edit")))

    def remove(self, record: Record, text: str = "") -> None:
        from ces_planner.ui.commands import RemoveRecord

        self.execute(RemoveRecord(self.document, record, text or self.tr("Remove")))

    def move(self, record: Record, index: int, text: str = "") -> None:
        from ces_planner.ui.commands import MoveRecord

        self.execute(MoveRecord(self.document, record, index, text or self.tr("Move")))

    def set_info(self, info: PlanInfo, text: str = "") -> None:
        from ces_planner.ui.commands import SetInfo

        self.execute(SetInfo(self.document, info, text or self.tr("Edit plan details")))

    def set_area_notes(self, area: str, notes: str) -> None:
        from ces_planner.ui.commands import SetAreaNotes

        self.execute(SetAreaNotes(self.document, area, notes, self.tr("Edit notes")))

    def set_windows(self, channel_id: int, windows: list[OpeningWindow]) -> None:
        from ces_planner.ui.commands import SetWindows

        self.execute(SetWindows(self.document, channel_id, windows, self.tr("Paint opening hours")))

    def set_settings(self, settings: PlanSettings) -> None:
        from ces_planner.ui.commands import SetSettings

        self.execute(SetSettings(self.document, settings, self.tr("Change a setting")))

    def close(self) -> None:
        self.undo_stack.clear()
        self.document.close()
