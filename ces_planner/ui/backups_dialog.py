"""File › Restore from backup: the plan's rotating copies, newest first, and one put back in
place of the plan (the plan as it is is kept as a copy first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

    def __init__(self, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None
