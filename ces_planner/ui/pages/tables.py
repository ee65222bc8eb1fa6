"""Area pages built on a records table: add, remove and reorder rows, edit cells in place and
long texts in a side panel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ces_planner.domain.errors import PlanError, RecordInvalid
from ces_planner.domain.readiness import Section
from ces_planner.ui.pages.base import CommitTextEdit, Page
from ces_planner.ui.record_table import Column, RecordDelegate, RecordTableModel, TableSpec
from ces_planner.ui.session import PlanSession


class RecordsTable(QTableView):
    """A table view that says what to do while it has no rows."""

    def __init__(self) -> None:
        super().__init__()
        self.placeholder = ""

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if not self.placeholder or model is None or model.rowCount():
            return
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.placeholder)
        painter.end()


class RecordsEditor(QWidget):
    """A records table with add/remove/reorder, and long texts edited in a side panel."""

    def __init__(self, session: PlanSession, spec: TableSpec, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add {0}").replace("{0}", spec.noun))
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+Shift+N)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Ctrl+Delete)"))
        self.remove_button.setShortcut(QKeySequence("Ctrl+Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.up_button.setToolTip(self.tr("Move the selected row up (Ctrl+Shift+Up)"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.down_button.setToolTip(self.tr("Move the selected row down (Ctrl+Shift+Down)"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.count_label = QLabel()
        tools.addWidget(self.count_label)
        layout.addLayout(tools)

        self.model = RecordTableModel(session, spec, self)
        self.table = RecordsTable()
        self.table.setObjectName(f"table_{spec.plan_field}")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for number, column in enumerate(spec.columns):
            if column.width:
                self.table.setColumnWidth(number, column.width)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(number, 160)
        self.long_columns = [c for c in spec.columns if c.kind == "longtext"]
        for number, column in enumerate(spec.columns):
            if column.kind == "longtext":
                self.table.setColumnHidden(number, True)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.model.problem.connect(self.show_problem)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        self.details: dict[str, CommitTextEdit] = {}
        if self.long_columns:
            panel = QWidget()
            form = QFormLayout(panel)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for column in self.long_columns:
                edit = CommitTextEdit()
                edit.setObjectName(f"detail_{column.field}")
                edit.setMinimumHeight(42)
                edit.committed.connect(lambda text, c=column: self._commit_detail(c, text))
                label = QLabel(column.header)
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.details[column.field] = edit
            panel.setMinimumWidth(260)
            panel.setMaximumWidth(420)
            splitter.addWidget(panel)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 0)
            splitter.setSizes([900, 340])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem_label)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_moved())
        self.refresh()

    # -- state -------------------------------------------------------------------------

    def current_record(self):  # type: ignore[no-untyped-def]
        row = self.table.currentIndex().row()
        return self.model.record_at(row) if 0 <= row < self.model.rowCount() else None

    def refresh(self) -> None:
        current = self.current_record()
        column = max(0, self.table.currentIndex().column())
        self.model.reload()
        row = self.model.row_of(current.id) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))
        self._selection_moved()
        read_only = self.session.read_only
        self.add_button.setEnabled(not read_only)
        self.count_label.setText(self.tr("{0} rows").replace("{0}", str(self.model.rowCount())))
        self.table.placeholder = "" if self.model.rowCount() else self._placeholder()
        self.table.viewport().update()

    def _placeholder(self) -> str:
        """What the empty table says: why it is empty, and how to fill it."""
        if getattr(self.session.plan(), self.spec.plan_field):
            return self.tr("No row matches the filters.")
        if self.session.read_only:
            return self.tr("Nothing here yet.")
        return self.tr("Nothing here yet: “{0}” (Ctrl+Shift+N) adds the first row.").replace(
            "{0}", self.add_button.text().replace("&", "")
        )

    def _selection_moved(self) -> None:
        record = self.current_record()
        editable = record is not None and not self.session.read_only
        self.remove_button.setEnabled(editable)
        row = self.table.currentIndex().row()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and row < self.model.rowCount() - 1)
        for field, edit in self.details.items():
            edit.set_text_quietly(getattr(record, field) if record is not None else "")
            edit.setEnabled(record is not None)
            edit.setReadOnly(not editable)

    def show_problem(self, message: str, index: QModelIndex | None = None) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))
        if message and index is not None and index.isValid():
            from PySide6.QtWidgets import QToolTip

            rect = self.table.visualRect(index)
            QToolTip.showText(
                self.table.viewport().mapToGlobal(rect.bottomLeft()), message, self.table
            )

    # -- edits -------------------------------------------------------------------------

    def _commit_detail(self, column: Column, text: str) -> None:
        record = self.current_record()
        if record is None or self.session.read_only:
            return
        self.model.set_field(record, column, text)

    def add_row(self) -> None:
        row = self.table.currentIndex().row()
        index = None
        if 0 <= row < len(self.model.records):
            index = self._plan_index(self.model.records[row]) + 1
        try:
            record = self.session.add(
                self.spec.new_record(self.session.plan()),
                index,
                self.tr("Add {0}").replace("{0}", self.spec.noun),
            )
        except RecordInvalid as error:
            self.show_problem(error.problems[0].message)
            return
        except PlanError as error:
            self.show_problem(error.sentence())
            return
        self.refresh()
        new_row = self.model.row_of(record.id)
        self.table.setCurrentIndex(self.model.index(new_row, 0))
        self.table.setFocus()
        self.table.edit(self.model.index(new_row, 0))

    def remove_row(self) -> None:
        record = self.current_record()
        if record is None:
            return
        try:
            self.session.remove(record, self.tr("Remove {0}").replace("{0}", self.spec.noun))
        except PlanError as error:
            self.show_problem(error.sentence())

    def move_row(self, step: int) -> None:
        record = self.current_record()
        row = self.table.currentIndex().row()
        target = row + step
        if record is None or not 0 <= target < self.model.rowCount():
            return
        try:
            self.session.move(
                record,
                self._plan_index(self.model.records[target]),
                self.tr("Move {0}").replace("{0}", self.spec.noun),
            )
        except PlanError as error:
            self.show_problem(error.sentence())
            return
        self.table.setCurrentIndex(
            self.model.index(target, max(0, self.table.currentIndex().column()))
        )

    def _plan_index(self, record) -> int:  # type: ignore[no-untyped-def]
        records = getattr(self.session.plan(), self.spec.plan_field)
        return next(i for i, r in enumerate(records) if r.id == record.id)


class TablePage(Page):
    """An area page whose content is a records editor (plus, optionally, a visual above it)."""

    def __init__(self, session: PlanSession, section: Section, spec: TableSpec) -> None:
        super().__init__(session, section)
        self.editor = RecordsEditor(session, spec, self)
        self.body.addWidget(self.editor, 1)

    def show_problem(self, message: str) -> None:
        self.editor.show_problem(message)

    def refresh(self) -> None:
        super().refresh()
        self.editor.refresh()
