"""Help › Keyboard shortcuts: the keys of every menu command, read from the commands
themselves, and those of the tables and the hours grid."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def on_a_keyboard(key: str) -> bool:
    """Whether a key is typed on an ordinary keyboard: with a modifier, or F1 to F12. The
    platform also binds keys few keyboards have (a "New" or "Undo" key, F14)."""
    return "+" in key or re.fullmatch(r"F([1-9]|1[0-2])", key) is not None


def command_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """(command, its keys) for every action with a key, in menu order. The command is named
    as when it was made (``plain``), not as it reads now ("Undo Edit title of segment")."""
    rows = []
    for action in actions:
        keys: list[str] = []
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in keys and on_a_keyboard(text):
                keys.append(text)
        if keys:
            name = str(action.property("plain") or action.text())
            rows.append((name.replace("&&", "\0").replace("&", "").replace("\0", "&"), keys))
    return [(name, ", ".join(keys)) for name, keys in rows]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        rows = command_keys(actions) + [
            (self.tr("Add a row to the table"), "Ctrl+Shift+N"),
            (self.tr("Remove the table's selected row"), "Ctrl+Delete"),
            (self.tr("Move the selected row up or down"), "Ctrl+Shift+Up, Ctrl+Shift+Down"),
            (self.tr("Edit the selected cell"), self.tr("F2, or start typing")),
            (self.tr("Confirm a cell and go to the next, confirm, cancel"), "Tab, Return, Escape"),
            (
                self.tr("Move on the hours grid, open or close a half hour"),
                self.tr("Arrows, Space"),
            ),
            (self.tr("Contact reasons: the matrix on the whole screen, and back"), "F11, Esc"),
        ]
        self.shown = rows
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
