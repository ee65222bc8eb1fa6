"""Area pages built on a records table: add, remove and reorder rows, edit cells in place and
long texts in a side panel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
from ces_planner.ui.undo_text import UndoText
from ces_planner.ui.widgets.date_field import DateField

MEASURED_ROWS = 50  # rows read to know what a column needs (those in view come first)


class RecordsTable(QTableView):
    """A table view that says what to do while it has no rows, and whose columns fit its width
    (until the user sizes one with the mouse).

    Each column has a preferred width. One column (the record's name or title) gives way: it
    takes the room the others leave, down to ``NARROWEST`` pixels; below that the others give
    up what their header and contents do not need, then the columns of free text and lists of
    names are cut short (dates, choices and numbers stay whole); only then does the table
    scroll sideways.
    """

    NARROWEST = 160  # of the column that gives way, before the table scrolls sideways

    def __init__(self) -> None:
        super().__init__()
        self.placeholder = ""
        self._preferred: list[int] = []
        self._giving_way = 0
        self._cuttable: set[int] = set()
        self._least: dict[int, int] = {}
        self._needed: dict[int, int] = {}  # what a column's header and rows need, once known
        self._fitting = False
        self.sized_by_user = False
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        # What a column's rows need is read from the rows in view and a few around them, not
        # from every row (a plan with 500 actions took ~70 ms at each change).
        self.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)

    def set_column_widths(
        self,
        preferred: list[int],
        giving_way: int,
        cuttable: set[int],
        least: dict[int, int] | None = None,
    ) -> None:
        """Fit the columns to the table's width from now on (see the class); the contents of
        the ``cuttable`` columns may be cut short; a column is never narrower than its
        ``least`` width (what its editor needs: a date column whose rows are empty still
        takes a typed date)."""
        self._least = least or {}
        self._preferred = [max(width, self._least.get(n, 0)) for n, width in enumerate(preferred)]
        self._giving_way = giving_way
        self._cuttable = cuttable
        self.horizontalHeader().setStretchLastSection(False)
        self.fit_columns()

    def fit_columns(self, contents_changed: bool = False) -> None:
        """Size the columns to the table's width; ``contents_changed``: the rows are new, so
        what they need is measured again (not on every resize: it reads every row)."""
        if contents_changed:
            self._needed.clear()
        if not self._preferred or self.sized_by_user:
            return
        header = self.horizontalHeader()
        shown = [n for n in range(len(self._preferred)) if not self.isColumnHidden(n)]
        others = [n for n in shown if n != self._giving_way]
        room = self.viewport().width()
        # A header is never cut short, whatever the font (a preferred width may be too little).
        preferred = {n: max(self._preferred[n], header.sectionSizeHint(n)) for n in others}
        widths = dict(preferred)
        narrowest = min(self.NARROWEST, self._preferred[self._giving_way])
        if sum(widths.values()) + narrowest > room:
            for n in others:  # what the header and the rows need, no more than preferred
                if n not in self._needed:
                    self._needed[n] = max(
                        header.sectionSizeHint(n),
                        self.sizeHintForColumn(n),
                        self._least.get(n, 0),
                    )
                widths[n] = min(preferred[n], self._needed[n])
            # Still too wide: free text and lists of names are cut short (with "…") in
            # proportion to what they have beyond their header, which stays whole.
            slack = {
                n: max(0, widths[n] - header.sectionSizeHint(n)) if n in self._cuttable else 0
                for n in others
            }
            short = min(sum(widths.values()) + narrowest - room, sum(slack.values()))
            if short > 0:
                total = sum(slack.values())
                for n in others:  # rounded up, so that the cuts add up to enough
                    widths[n] -= min(slack[n], -(-short * slack[n] // total))
        if self._giving_way in shown:
            widths[self._giving_way] = max(narrowest, room - sum(widths.values()))
        self._fitting = True
        try:
            for n, width in widths.items():
                self.setColumnWidth(n, width)
        finally:
            self._fitting = False

    def _section_resized(self, *_: object) -> None:
        from PySide6.QtWidgets import QApplication

        # A drag on the header's edge: the user's widths stay, whatever the window's size.
        if not self._fitting and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.sized_by_user = True

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

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
        self.long_columns = [c for c in spec.columns if c.kind == "longtext"]
        for number, column in enumerate(spec.columns):
            if column.kind == "longtext":
                self.table.setColumnHidden(number, True)
        # The record's name or title gives way when the others need the room (see RecordsTable).
        giving_way = next(
            (n for n, c in enumerate(spec.columns) if c.gives_way),
            next((n for n, c in enumerate(spec.columns) if c.kind == "text"), 0),
        )
        self.table.set_column_widths(
            [c.width or 160 for c in spec.columns],
            giving_way,
            {n for n, c in enumerate(spec.columns) if c.may_cut},
            {
                n: DateField.least_width(self.table)
                for n, c in enumerate(spec.columns)
                if c.kind == "date"
            },
        )

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.model.problem.connect(self.show_problem)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
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
                edit.committed.connect(
                    lambda text, c=column, e=edit: self._commit_detail(c, e.owner, text)
                )
                label = QLabel(column.header)
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.details[column.field] = edit
            # The fields scroll when the page is short of room, rather than the whole page
            # (whose notes and buttons would then be out of sight).
            scroller = QScrollArea()
            scroller.setWidget(panel)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setMinimumWidth(260)
            scroller.setMaximumWidth(420)
            splitter.addWidget(scroller)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 0)
            splitter.setSizes([1000, 280])
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
        self.table.fit_columns(contents_changed=True)  # the rows may need more or less room
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
            edit.set_text_quietly(
                getattr(record, field) if record is not None else "",
                record.id if record is not None else None,
            )
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

    def _commit_detail(self, column: Column, record_id: object, text: str) -> None:
        """A side field's text, to the record it was typed for (the selection may have moved
        on since)."""
        records = getattr(self.session.plan(), self.spec.plan_field)
        record = next((r for r in records if r.id == record_id), None)
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
                UndoText("Add {0}", self.spec.noun),
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
            self.session.remove(record, UndoText("Remove {0}", self.spec.noun))
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
                UndoText("Move {0}", self.spec.noun),
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
        self.splitters.append(self.editor.splitter)

    def show_problem(self, message: str) -> None:
        self.editor.show_problem(message)

    def refresh(self) -> None:
        super().refresh()
        self.editor.refresh()
