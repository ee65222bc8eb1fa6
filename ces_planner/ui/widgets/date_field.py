"""A date typed as people write it, or picked from a calendar; empty means no date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from ces_planner.dates import DateUnreadable, parse_typed_date
from ces_planner.i18n import format_date
from ces_planner.ui.icons import calendar_icon


def not_a_date(text: str) -> str:
    """The sentence for typed text that is no date (a date field's or a table cell's)."""
    sentence = QCoreApplication.translate(
        "DateField", "“{0}” is not a date; type it as 2027-12-31, 31/12/2027 or 31 Dec 2027."
    )
    return sentence.replace("{0}", text.strip())


def day_first() -> bool:
    """Whether 03/05/2027 is the 3rd of May where the person is (a US locale writes the
    month first)."""
    order = QLocale.system().dateFormat(QLocale.FormatType.ShortFormat).lower()
    return not (order.find("m") < order.find("d") and not order.startswith("y"))


class DateField(QLineEdit):
    """A line where a date is typed (2027-12-31, 31/12/2027, 31 Dec 2027, 2027年12月31日)
    or picked from a calendar (the button at its end, or Alt+Down / F4). Empty is no date:
    on entry its text is selected, so Delete or Backspace clears it in one key. Text that is
    no date is kept as typed and the field says so (``problem``), never dropped."""

    problem = Signal(str)  # a sentence when the text is no date, "" when it reads again
    picked = Signal()  # a date was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("no date (type 2027-12-31 or 31 Dec 2027)"))
        self.setToolTip(
            self.tr(
                "Type a date (2027-12-31, 31/12/2027, 31 Dec 2027) or press Alt+Down for the "
                "calendar; empty means no date."
            )
        )
        calendar_action = self.addAction(
            QIcon(calendar_icon()), QLineEdit.ActionPosition.TrailingPosition
        )
        calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        calendar_action.triggered.connect(self.show_calendar)
        self.fallback: dt.date | None = None  # where the calendar opens for an empty field
        self.textEdited.connect(self._check_quietly)
        self.editingFinished.connect(self._check)
        self.setMinimumWidth(self.least_width(self))

    @staticmethod
    def least_width(widget: QWidget) -> int:
        """The width a date field needs in ``widget``'s font: its longest date, the clear
        button and the calendar's."""
        longest = format_date(dt.date(2027, 9, 30))
        return widget.fontMetrics().horizontalAdvance(longest) + 52

    # -- the value -------------------------------------------------------------------------

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))
        self.problem.emit("")

    def date(self) -> dt.date | None:
        """The date typed; raises DateUnreadable for text that is no date."""
        return parse_typed_date(self.text(), day_first=day_first())

    def is_readable(self) -> bool:
        try:
            self.date()
        except DateUnreadable:
            return False
        return True

    def problem_text(self) -> str:
        return not_a_date(self.text())

    def _check_quietly(self) -> None:
        if self.is_readable():
            self.problem.emit("")

    def _check(self) -> None:
        self.problem.emit("" if self.is_readable() else self.problem_text())

    # -- keys and the calendar -------------------------------------------------------------

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.selectAll()
        # A click that brings the keyboard here selects the date too (as an address bar
        # does), once the click is over: the press itself would place the cursor.
        self._select_after_click = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().mouseReleaseEvent(event)
        if getattr(self, "_select_after_click", False):
            self._select_after_click = False
            if not self.hasSelectedText():  # not a drag over part of the text
                self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A calendar under the field, at its date (today, or ``fallback``, when it has
        none or cannot be read)."""
        try:
            shown = self.date()
        except DateUnreadable:
            shown = None
        shown = shown or self.fallback or dt.date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            self.set_date(dt.date(day.year(), day.month(), day.day()))
            menu.close()
            self.picked.emit()

        calendar.activated.connect(chosen)  # Return or a double click
        calendar.clicked.connect(chosen)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        self.setFocus()
