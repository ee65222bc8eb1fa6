"""File › Restore from backup: the plan's rotating copies, newest first, and one put back in
place of the plan (the plan as it is is kept as a copy first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ces_planner.i18n import format_moment
from ces_planner.storage.backups import Backup


def reason_text(reason: str) -> str:
    """Why a copy was taken, as the list says it."""
    translate = QCoreApplication.translate
    texts = {
        "session": translate("RestoreDialog", "before the first change of a session"),
        "import": translate("RestoreDialog", "before a contact log was imported"),
        "remove-contacts": translate("RestoreDialog", "before the contact log was removed"),
        "migration": translate(
            "RestoreDialog", "before the file was brought up to a newer version"
        ),
        "restore": translate("RestoreDialog", "before a backup was restored"),
    }
    return texts.get(reason, reason)


class RestoreDialog(QDialog):
    """The backups of one plan; ``chosen()`` is the one to put back, once accepted."""

    def __init__(
        self,
        found: list[Backup],
        parent: QWidget | None = None,
        changed_since: Callable[[Backup], str] | None = None,
    ) -> None:
        """``changed_since(backup)`` says what has changed in the plan since the copy was
        taken: what restoring it would undo. It is asked for the copy selected, once."""
        super().__init__(parent)
        self._changed_since = changed_since
        self._said: dict[int, str] = {}
        self.setWindowTitle(self.tr("Restore from backup"))
        self.found = found
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The app keeps a copy of the plan before the first change of each session "
                "and before imports, removals and restores: the last ten, and one a day for "
                "two weeks. The one you restore replaces the plan; the plan as it is now is "
                "kept as a copy first, so this too can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        for backup in found:
            item = QListWidgetItem(
                f"{format_moment(backup.taken_at)}  ·  {reason_text(backup.reason)}  ·  "
                f"{backup.size / 1_000_000:.1f} MB"
            )
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.changes = QLabel()
        self.changes.setObjectName("changes")
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.changes)
        self.list.currentRowChanged.connect(self._show_changes)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _show_changes(self, row: int) -> None:
        if self._changed_since is None or not 0 <= row < len(self.found):
            self.changes.clear()
            return
        if row not in self._said:
            self._said[row] = self._changed_since(self.found[row])
        self.changes.setText(
            self.tr("Restoring this copy undoes what has changed since: {0}").replace(
                "{0}", self._said[row]
            )
        )

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None
