"""A table of one kind of record, edited in place with proper editors, every edit undoable."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from ces_planner import labels
from ces_planner.dates import parse_typed_date
from ces_planner.domain.errors import PlanError, RecordInvalid
from ces_planner.domain.hours import format_clock, parse_clock
from ces_planner.domain.model import Plan, Record
from ces_planner.domain.quadrants import VALUE_MAX, VALUE_MIN
from ces_planner.i18n import format_date
from ces_planner.numbers import format_number, parse_number
from ces_planner.ui.session import PlanSession
from ces_planner.ui.undo_text import UndoText
from ces_planner.ui.widgets.date_field import DateField, day_first, not_a_date

# Column kinds whose contents a narrow table may cut short: free text and lists of names.
CUTTABLE = ("text", "derived", "segments", "channels")

# Column kinds whose contents are short (a number, a time, a word): their header, if longer
# than one word, takes two lines rather than widening the column.
NARROW = ("value", "number", "percent", "clock", "derived")


@dataclass(frozen=True)
class Column:
    """One column: which field it shows and how it is edited.

    ``kind`` is one of: text, longtext, value (1-5), number, percent, date, enum, person,
    channel, segments, channels, derived (read-only, shown with ``show``).
    """

    field: str
    header: str
    kind: str = "text"
    enum: type[Enum] | None = None
    width: int = 0
    show: Callable[[Plan, Any], str] | None = None
    tooltip: str = ""
    optional: bool = True
    # The column that gives way when the table is narrow (else the first text column).
    gives_way: bool = False
    # An enum column that may be left empty: what it shows then, and offers first.
    none_text: str = ""
    # Its contents may be cut short when the table is narrow (as free text's always may).
    cut: bool = False

    @property
    def may_cut(self) -> bool:
        """Whether a narrow table may cut this column's contents short (with "…")."""
        return self.cut or self.kind in CUTTABLE


@dataclass
class TableSpec:
    record_type: type
    plan_field: str
    columns: list[Column]
    new_record: Callable[[Plan], Record]
    noun: str  # "segment", used in undo texts
    accepts: Callable[[Record], bool] = field(default=lambda _r: True)
    # Optional: a background colour for a row (e.g. overdue actions), and a sort key.
    row_colour: Callable[[Record], str | None] | None = None
    sort_key: Callable[[Plan, Record], Any] | None = None


def two_lines(header: str) -> str:
    """``header`` broken at the space nearest its middle (unchanged without a space)."""
    spaces = [i for i, character in enumerate(header) if character == " "]
    if not spaces:
        return header
    middle = min(spaces, key=lambda i: abs(2 * i - len(header)))
    return f"{header[:middle]}\n{header[middle + 1 :]}"


# Column kinds that show the names of other records of the plan.
_NAMES = ("person", "channel", "segments", "channels")


def _ids_text(plan: Plan, ids: tuple[int, ...], names: Callable[[Plan, int], str | None]) -> str:
    return ", ".join(n for n in (names(plan, i) for i in ids) if n)


class RecordTableModel(QAbstractTableModel):
    """Rows are the plan's records of one kind (optionally filtered); edits go to the session."""

    problem = Signal(str, QModelIndex)  # a refused edit: one sentence, and where

    def __init__(self, session: PlanSession, spec: TableSpec, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.records: list[Record] = []
        self.plan = session.plan()
        self.reload()

    def reload(self) -> None:
        """Re-read the rows from the plan. When the same records come back (a field was
        edited, here or elsewhere) the rows change in place, and when they only come back in
        another order the rows move: an editor open in the table, the current cell and the
        selection stay where they are. Records added or removed reset the table."""
        plan = self.session.plan()
        records = [r for r in getattr(plan, self.spec.plan_field) if self.spec.accepts(r)]
        if self.spec.sort_key is not None:
            records.sort(key=lambda r: self.spec.sort_key(plan, r))  # type: ignore[misc]
        before = [r.id for r in self.records]
        after = [r.id for r in records]
        if after == before:
            self._update_rows(plan, records)
        elif len(after) == len(before) == len(set(after)) and set(after) == set(before):
            self.layoutAboutToBeChanged.emit()
            moved_from = self.persistentIndexList()
            row_of = {record_id: row for row, record_id in enumerate(after)}
            moved_to = [self.index(row_of[before[i.row()]], i.column()) for i in moved_from]
            self.plan, self.records = plan, records
            self.changePersistentIndexList(moved_from, moved_to)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self.plan, self.records = plan, records
            self.endResetModel()

    def _update_rows(self, plan: Plan, records: list[Record]) -> None:
        """The same records, perhaps with new values: only the cells that changed are
        announced (announcing one re-reads its editor, if one is open, and what is being
        typed there would be lost). Cells showing names or figures from elsewhere in the plan
        (an owner, a channel, a derived value) change when the text they show does."""
        columns = self.spec.columns
        borrowed = [n for n, c in enumerate(columns) if c.show is not None or c.kind in _NAMES]
        shown_before = [[self.display_text(r, columns[n]) for n in borrowed] for r in self.records]
        old_records, self.plan, self.records = self.records, plan, records
        for row, (old, new) in enumerate(zip(old_records, records, strict=True)):
            if old != new:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(columns) - 1))
                continue
            for n, text in zip(borrowed, shown_before[row], strict=True):
                if self.display_text(new, columns[n]) != text:
                    self.dataChanged.emit(self.index(row, n), self.index(row, n))

    # -- reading -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines(column.header) if column.kind in NARROW else column.header
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def record_at(self, row: int) -> Record:
        return self.records[row]

    def row_of(self, record_id: int | None) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == record_id), -1)

    def display_text(self, record: Record, column: Column) -> str:
        if column.show is not None:
            return column.show(self.plan, record)
        value = getattr(record, column.field)
        plan = self.plan
        match column.kind:
            case "enum":
                return labels.choice(value) if value is not None else column.none_text
            case "date":
                return format_date(value) if value else ""  # 1 December 2026, 2026年12月1日
            case "person":
                return plan.person_name(value) or ""
            case "channel":
                return plan.channel_name(value) or self.tr("All channels")
            case "segments":
                return _ids_text(plan, value, Plan.segment_name)
            case "channels":
                return _ids_text(plan, value, Plan.channel_name)
            case "number" | "percent":
                if value is None:
                    return ""
                text = format_number(value)
                return f"{text} %" if column.kind == "percent" else text
            case "longtext":
                return " ".join(str(value).split())
            case "clock":
                return "" if value is None else format_clock(value)
        return "" if value is None else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.spec.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display_text(record, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None  # shown when the cell cuts it short (RecordDelegate)
            return text
        if role == Qt.ItemDataRole.EditRole:
            return getattr(record, column.field) if column.show is None else None
        if role == Qt.ItemDataRole.BackgroundRole and self.spec.row_colour is not None:
            colour = self.spec.row_colour(record)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            "value",
            "number",
            "percent",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        column = self.spec.columns[index.column()]
        if self.session.read_only or column.kind == "derived" or column.show is not None:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    # -- editing -----------------------------------------------------------------------

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self.records[index.row()]
        column = self.spec.columns[index.column()]
        return self.set_field(record, column, value, index)

    def set_field(
        self,
        record: Record,
        column: Column,
        value: Any,
        index: QModelIndex | QPersistentModelIndex | None = None,
    ) -> bool:
        """Change one field of a record through an undoable command; False if refused."""
        try:
            value = self._coerce(column, value)
        except ValueError:
            if column.kind == "date":
                self.problem.emit(not_a_date(str(value)), index or QModelIndex())
                return False
            if column.kind == "clock":
                message = self.tr("“{0}” is not a time; type it as 09:30 (24-hour clock).")
            else:
                message = self.tr("“{0}” is not a number; type digits such as 42 or 3.5.")
            self.problem.emit(message.replace("{0}", str(value)), index or QModelIndex())
            return False
        if getattr(record, column.field) == value:
            return True
        changed = dataclasses.replace(record, **{column.field: value})  # type: ignore[type-var]
        try:
            self.session.update(
                changed,
                UndoText("Rename {0}", self.spec.noun)  # not "Edit Segment of segment"
                if column.field == "name"
                else UndoText("Edit {0} of {1}", column.header, self.spec.noun),
            )
        except RecordInvalid as error:
            self.problem.emit(error.problems[0].message, index or QModelIndex())
            return False
        except PlanError as error:
            self.problem.emit(error.sentence(), index or QModelIndex())
            return False
        self.problem.emit("", QModelIndex())
        return True

    def set_person(self, index: QModelIndex | QPersistentModelIndex, name: str) -> bool:
        """Set an owner by name; a name not yet among the plan's people adds that person, and
        both changes are one undo step."""
        from ces_planner.domain.model import Person

        name = " ".join(name.split())
        record = self.records[index.row()]
        column = self.spec.columns[index.column()]
        if not name or name == self.tr("(nobody)"):
            return self.set_field(record, column, None, index)
        known = {p.name.lower(): p.id for p in self.session.plan().people}
        if name.lower() in known:
            return self.set_field(record, column, known[name.lower()], index)
        with self.session.together(UndoText("Add {0} as owner", name)):
            try:
                person = self.session.add(Person(name), None, UndoText("Add person"))
                done = self.set_field(record, column, person.id, index)
            except PlanError as error:
                self.problem.emit(error.sentence(), index)
                done = False
        return done

    @staticmethod
    def _coerce(column: Column, value: Any) -> Any:
        if column.kind in ("number", "percent"):
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            return parse_number(value) if isinstance(value, str) else float(value)
        if column.kind == "date" and isinstance(value, str):
            return parse_typed_date(value, day_first=day_first())
        if column.kind == "clock":
            text = "" if value is None else str(value).strip()
            return parse_clock(unicodedata.normalize("NFKC", text)) if text else None
        if column.kind == "value":
            return int(value)
        if column.kind == "enum" and column.enum is not None and not isinstance(value, Enum):
            return None if value is None and column.none_text else column.enum(value)
        if column.kind in ("segments", "channels"):
            return tuple(value)
        if isinstance(value, str) and column.kind == "text":
            return value.strip() if column.field in ("name", "title") else value
        return value


class RecordDelegate(QStyledItemDelegate):
    """The right editor for each column kind: combo boxes, spin boxes, dates, multi-select."""

    def __init__(self, model: RecordTableModel, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.model = model

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> Column:
        return self.model.spec.columns[index.column()]

    def _picked(self, field: DateField) -> None:
        """A day chosen in a date cell's calendar is the cell's value at once."""
        self.commitData.emit(field)
        self.closeEditor.emit(field, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """A date cell whose text is no date stays open on Return or Tab, and says why (the
        text is the person's: closing would lose it)."""
        from PySide6.QtCore import QEvent

        if (
            isinstance(editor, DateField)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and not editor.is_readable()
        ):
            self.model.problem.emit(editor.problem_text(), QModelIndex())
            return True
        return super().eventFilter(editor, event)

    def helpEvent(self, event, view, option, index) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """A cell's tooltip is its whole text, shown only when the cell cuts it short."""
        text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        if isinstance(text, str):
            margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
            if option.fontMetrics.horizontalAdvance(text) + 2 * margin + 4 <= option.rect.width():
                from PySide6.QtWidgets import QToolTip

                QToolTip.hideText()
                return True
        return super().helpEvent(event, view, option, index)

    def createEditor(
        self, parent: QWidget, option, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:  # noqa: N802
        column = self._column(index)
        plan = self.model.plan
        match column.kind:
            case "value":
                spin = QSpinBox(parent)
                spin.setRange(VALUE_MIN, VALUE_MAX)
                return spin
            case "enum":
                combo = QComboBox(parent)
                assert column.enum is not None
                if column.none_text:
                    combo.addItem(column.none_text, None)
                for member in column.enum:
                    combo.addItem(labels.choice(member), member.value)
                return combo
            case "person" | "channel":
                combo = QComboBox(parent)
                if column.kind == "person":
                    combo.addItem(self.tr("(nobody)"), None)
                    for person in plan.people:
                        combo.addItem(person.name, person.id)
                    # Type a name: completion from the plan's people; a new name becomes a
                    # new person of the plan.
                    combo.setEditable(True)
                    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                    completer = combo.completer()
                    assert completer is not None  # an editable combo box has one
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                    completer.setFilterMode(Qt.MatchFlag.MatchContains)
                    return combo
                else:
                    if column.optional:
                        combo.addItem(self.tr("All channels"), None)
                    for channel in plan.channels:
                        combo.addItem(channel.name, channel.id)
                combo.setEditable(False)
                return combo
            case "date":
                field = DateField(parent)
                field.setFrame(False)
                field.picked.connect(lambda: self._picked(field))
                return field
            case "number" | "percent" | "clock":
                # Text, whatever the value's type: it shows the value as written (42, 3.5,
                # 09:30), and what cannot be read gets a sentence rather than a silent 0.
                line = QLineEdit(parent)
                line.setFrame(False)
                if column.kind != "clock":  # figures stay where the cell shows them
                    line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return line
            case "segments" | "channels":
                chooser = QListWidget(parent)
                options = plan.segments if column.kind == "segments" else plan.channels
                for option_record in options:
                    item = QListWidgetItem(option_record.name, chooser)
                    item.setData(Qt.ItemDataRole.UserRole, option_record.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                chooser.setMinimumHeight(min(220, 26 * (len(options) + 1)))
                return chooser
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        column = self._column(index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            data = value.value if isinstance(value, Enum) else value
            editor.setCurrentIndex(max(0, editor.findData(data)))
        elif isinstance(editor, DateField):
            editor.set_date(value)
        elif isinstance(editor, QListWidget):
            chosen = set(value or ())
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif column.kind in ("number", "percent"):
            editor.setProperty("text", "" if value is None else format_number(value, grouped=False))
        elif column.kind == "clock":
            editor.setProperty("text", "" if value is None else format_clock(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox) and editor.isEditable():
            self.model.set_person(index, editor.currentText())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            model.setData(index, editor.text())  # read by the model: what is no date, says so
        elif isinstance(editor, QListWidget):
            chosen = [
                editor.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(editor.count())
                if editor.item(row).checkState() == Qt.CheckState.Checked
            ]
            model.setData(index, tuple(chosen))
        else:
            super().setModelData(editor, model, index)
