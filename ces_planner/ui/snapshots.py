"""File > Snapshots: the versions sent to leadership, and what changed in the plan since."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.i18n import format_moment
from ces_planner.ui.session import PlanSession


class SnapshotsDialog(QDialog):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ces_planner.services.export import list_snapshots

        self.session = session
        self.setWindowTitle(self.tr("Snapshots"))
        self.resize(900, 560)
        self.list = QListWidget()
        self.changes = QTextBrowser()
        self.changes.setObjectName("snapshot_changes")
        for name, moment in list_snapshots(session.document):
            item = QListWidgetItem(f"{format_moment(moment)}  ·  {name}")
            item.setData(256, name)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda item, _old: self.show_changes(item))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.changes, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        else:
            self.changes.setHtml(
                html.escape(
                    self.tr(
                        "No snapshots yet. Record one when you export the strategy (File › Export)."
                    )
                )
            )

    def show_changes(self, item: QListWidgetItem | None) -> None:
        from ces_planner.services.export import changes_since

        if item is None:
            return
        parts = []
        for change in changes_since(self.session.document, item.data(256)):
            title = labels.change_area(change.area)
            lines = (
                [f"+ {x}" for x in change.added]
                + [f"− {x}" for x in change.removed]
                + [f"~ {x}" for x in labels.changed_names(change.area, change.changed)]
            )
            if lines:
                parts.append(
                    f"<h3>{html.escape(title)}</h3><ul>"
                    + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
                    + "</ul>"
                )
        self.changes.setHtml(
            "".join(parts) or html.escape(self.tr("Nothing has changed since this snapshot."))
        )
