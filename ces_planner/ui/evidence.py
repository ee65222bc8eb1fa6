"""Evidence in the app: importing a contact log, and the figures computed from it.

The report is computed off the GUI thread whenever the plan changes (hours and settings change
the figures), and every page that shows evidence listens to :class:`EvidenceState`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ces_planner.domain.errors import PlanError
from ces_planner.domain.readiness import Section
from ces_planner.i18n import N_, format_day, format_moment, tr
from ces_planner.numbers import format_number, parse_number
from ces_planner.ui.operations import Operation
from ces_planner.ui.pages.base import Page
from ces_planner.ui.session import PlanSession
from ces_planner.ui.widgets.hours_grid import HoursGrid

FIELD_LABELS = {
    "started_at": N_("When the contact arrived"),
    "channel": N_("Channel"),
    "reason": N_("Contact reason"),
    "customer_id": N_("Customer id"),
    "segment": N_("Customer segment"),
    "handle_seconds": N_("Handle time (seconds)"),
    "wait_seconds": N_("Wait before answer (seconds)"),
    "abandoned": N_("Abandoned (yes/no)"),
    "resolved": N_("Resolved at first contact (yes/no)"),
    "csat": N_("Satisfaction score"),
    "effort": N_("Customer effort score"),
    "answered": N_("Answered (yes/no)"),
    "answered_at": N_("When an agent answered"),
    "ended_at": N_("When the contact ended"),
    "direction": N_("Direction (inbound/outbound)"),
}


class _Signals(QObject):
    finished = Signal(object)


def _deliver(signals: _Signals, result: object) -> None:
    """Send a background job's result, unless what was waiting for it has closed meanwhile
    (the window or the plan: its signals went with it)."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
        signals.finished.emit(result)


class _Compute(QRunnable):
    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.document = session.document
        self.signals = _Signals()

    def run(self) -> None:
        from ces_planner.services.evidence import NoEvidence, evidence_report

        result: object
        try:
            result = evidence_report(self.document)
        except NoEvidence:
            result = None
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread, see _finished
            result = error
        _deliver(self.signals, result)


class _Zones(QRunnable):
    """The names of the time zones, for completing the centre's (reading them takes ~60 ms)."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Signals()

    def run(self) -> None:
        import zoneinfo

        _deliver(self.signals, sorted(zoneinfo.available_timezones()))


class EvidenceState(QObject):
    """The plan's evidence report, recomputed in the background after each change."""

    changed = Signal()

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session)
        self.session = session
        self.report: dict[str, Any] | None = None
        self.error = ""
        self.computed = False  # the first computation has finished (report None: no log)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._start)
        self._running = False
        self._again = False
        session.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._timer.start()

    def start(self) -> None:
        """Compute the first time, at once (later changes compute again by themselves)."""
        if not self.computed and not self._running and not self._timer.isActive():
            self._start()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        job = _Compute(self.session)
        job.signals.finished.connect(self._finished)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _finished(self, result: object) -> None:
        self._running = False
        self.computed = True
        if isinstance(result, PlanError):
            self.error = result.sentence()
        elif not isinstance(result, Exception):
            self.error = ""
            self.report = result  # type: ignore[assignment]
        self.changed.emit()
        if self._again:
            self._again = False
            self._start()
        if isinstance(result, Exception) and not isinstance(result, PlanError):
            raise result  # a bug: the window reports it, as any a slot raises (the next change
            # computes again)

    def volumes_by_reason(self) -> dict[str, int]:
        return {r["reason"]: r["contacts"] for r in (self.report or {}).get("by_reason", [])}


class ImportDialog(QDialog):
    """Choose the columns of a contact log for each field, with the first rows shown."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ces_planner.analysis.contacts import MAPPABLE, REQUIRED, preview_log

        self.path = path
        self.setWindowTitle(self.tr("Import {0}").replace("{0}", path.name))
        self.resize(1040, 680)
        # The head of the file as the import reads it (the CLI's rules: one service), with
        # each field's guess and why.
        head = preview_log(path)
        headers, rows = head.headers, head.rows
        self.encoding = None if head.encoding == "xlsx" else head.encoding
        self.sheet = head.sheet
        self.guesses = {g.field: g for g in head.guesses}
        guessed = {f: g.expression for f, g in self.guesses.items()}
        # Owned by the dialog, so no reading is attempted after the dialog is gone.
        self._interpret_later = QTimer(self, singleShot=True, interval=0)
        self._interpret_later.timeout.connect(self.interpret)
        form = QFormLayout()
        from ces_planner.analysis.presets import PRESETS

        self.preset = QComboBox()
        self.preset.addItem(self.tr("(choose the columns below)"), None)
        for name in PRESETS:
            self.preset.addItem(name, name)
        self.preset.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("Platform preset"), self.preset)
        self.default_channel = QLineEdit()
        self.default_channel.setPlaceholderText(self.tr("for files without a channel column"))
        self.default_channel.textChanged.connect(self._check)
        form.addRow(self.tr("Default channel"), self.default_channel)
        self.date_order = QComboBox()
        for value, label in (
            (None, self.tr("Tell from the file")),
            ("mdy", self.tr("Month first (03/05 = 5 March)")),
            ("dmy", self.tr("Day first (03/05 = 3 May)")),
        ):
            self.date_order.addItem(label, value)
        self.date_order.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("Dates like 03/05/2024"), self.date_order)
        self.profile: dict | None = None  # type: ignore[type-arg]
        profile_row = QHBoxLayout()
        load = QPushButton(self.tr("Load a profile…"))
        load.clicked.connect(self.load_profile)
        save = QPushButton(self.tr("Save as profile…"))
        save.clicked.connect(self.save_profile)
        profile_row.addWidget(load)
        profile_row.addWidget(save)
        form.addRow(profile_row)
        self.combos: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLabel] = {}
        for field in MAPPABLE:
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), None)
            for header in headers:
                combo.addItem(header, header)
            if guessed.get(field) and combo.findData(guessed[field]) < 0:
                combo.addItem(guessed[field], guessed[field])  # a date and a time joined
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(field))))
            label = tr(FIELD_LABELS[field]) + (" *" if field in REQUIRED else "")
            reason = QLabel(self.guesses[field].reason() if field in self.guesses else "")
            reason.setObjectName(f"reason_{field}")
            reason.setStyleSheet("color: #555f66;")
            reason.setWordWrap(True)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(combo)
            cell.addWidget(reason)
            reason.setVisible(bool(reason.text()))
            form.addRow(label, cell)
            combo.currentIndexChanged.connect(self._check)
            combo.currentIndexChanged.connect(
                lambda _i, f=field: self.reasons[f].setVisible(
                    f in self.guesses and self.combos[f].currentData() == self.guesses[f].expression
                )
            )
            self.combos[field] = combo
            self.reasons[field] = reason
        preview = QTableWidget(len(rows), len(headers))
        preview.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[: len(headers)]):
                preview.setItem(r, c, QTableWidgetItem(str(value)))
        preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QHBoxLayout()
        fields_box = QGroupBox(self.tr("Which column holds each field (* required)"))
        fields_box.setLayout(form)
        fields_scroll = QScrollArea()  # fifteen fields and their guesses: taller than a laptop
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        fields_scroll.setWidget(fields_box)
        fields_scroll.setMinimumWidth(440)
        layout.addWidget(fields_scroll)
        sample_box = QGroupBox(self.tr("The first rows of the file"))
        sample_layout = QVBoxLayout(sample_box)
        sample_layout.addWidget(preview)
        read_box = QGroupBox(self.tr("How the first rows will be read"))
        read_layout = QVBoxLayout(read_box)
        self.interpretation = QTableWidget()
        self.interpretation.setObjectName("interpretation")
        self.interpretation.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.interpretation.setMaximumHeight(220)  # room for the note under it
        self.interpretation_note = QLabel()
        self.interpretation_note.setWordWrap(True)
        # Room for a sentence of three lines, which a wrapped label does not ask for itself.
        self.interpretation_note.setMinimumHeight(
            self.interpretation_note.fontMetrics().lineSpacing() * 4
        )
        read_layout.addWidget(self.interpretation)
        read_layout.addWidget(self.interpretation_note)
        sample_layout.addWidget(read_box)
        layout.addWidget(sample_box, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(self.problem)
        outer.addWidget(buttons)
        self._check()

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def options(self):  # type: ignore[no-untyped-def]
        """How to read the file: a platform preset, or the columns chosen here."""
        from ces_planner.analysis.contacts import ReadOptions
        from ces_planner.analysis.presets import preset

        default = self.default_channel.text().strip() or None
        order = self.date_order.currentData()
        if self.profile is not None:
            from ces_planner.analysis.contacts import options_from_profile

            loaded = options_from_profile(self.profile)
            return dataclasses.replace(
                loaded,
                default_channel=default or loaded.default_channel,
                date_order=order or loaded.date_order,
            )
        if self.preset.currentData():
            values = preset(self.preset.currentData())
            if "abandoned_when" in values:
                values["abandoned_when"] = tuple(values["abandoned_when"])
            if default:
                values["default_channel"] = default
            if order:
                values["date_order"] = order
            return ReadOptions(**values)
        # Every field as the person sees it here: one set to "not in this file" stays unread.
        return ReadOptions(
            mapping=self.mapping(),
            default_channel=default,
            date_order=order,
            no_guess=True,
            sheet=self.sheet,
        )

    def load_profile(self, path: Path | None = None) -> None:
        """Read how to import from a profile file a colleague shared."""
        from ces_planner.services.evidence import read_profile

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Load a profile"), str(self.path.parent), "*.json"
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.profile = read_profile(path)
        except PlanError as error:
            self.problem.setText(error.sentence())
            return
        self.preset.setCurrentIndex(0)
        self._check()

    def save_profile(self, path: Path | None = None) -> None:
        """Write the current way of reading to a small text file for colleagues."""
        from ces_planner.analysis.contacts import profile_of
        from ces_planner.services.evidence import save_profile

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as profile"), str(self.path.with_suffix(".json")), "*.json"
            )
            if not chosen:
                return
            path = Path(chosen)
        options = self.options()
        try:
            save_profile(profile_of(options, options.mapping or {}), path)
        except PlanError as error:
            self.problem.setText(error.sentence())

    def interpret(self) -> None:
        """Read the first rows with the current choices and show the values as understood."""
        import tempfile

        from ces_planner.analysis.contacts import ImportRejected, read_contact_log

        shown = [
            "started_at",
            "channel",
            "reason",
            "customer_id",
            "handle_seconds",
            "wait_seconds",
            "abandoned",
        ]
        with tempfile.TemporaryDirectory() as folder:
            head = Path(folder) / ("head" + self.path.suffix.lower())
            try:
                if self.path.suffix.lower() in (".xlsx", ".xlsm"):
                    head = self.path  # a workbook is read whole; it is small enough here
                else:
                    with self.path.open("rb") as source:
                        head.write_bytes(
                            b"".join(line for _, line in zip(range(40), source, strict=False))
                        )
                log = read_contact_log(head, options=self.options())
            except (ImportRejected, PlanError) as error:
                self.interpretation.setRowCount(0)
                # A required field without a column is said above, in the dialog's words
                # (the reader's sentence names the command line's options).
                self.interpretation_note.setText("" if self.problem.text() else error.sentence())
                return
            except (OSError, ValueError) as error:
                self.interpretation.setRowCount(0)
                self.interpretation_note.setText(str(error))
                return
        rows = log.contacts.head(12).to_dicts()
        self.interpretation.setColumnCount(len(shown))
        self.interpretation.setHorizontalHeaderLabels([tr(FIELD_LABELS[f]) for f in shown])
        self.interpretation.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, field_name in enumerate(shown):
                value = row[field_name]
                text = (
                    ""
                    if value is None
                    else (format_number(value) if isinstance(value, float) else str(value))
                )
                self.interpretation.setItem(r, c, QTableWidgetItem(text))
        self.interpretation.resizeColumnsToContents()
        notes = [
            self.tr("Duration units: {0}").replace(
                "{0}",
                ", ".join(f"{tr(FIELD_LABELS[f])} = {u}" for f, u in log.units.items()) or "–",
            )
        ]
        for reason, count in log.rejects.counts.items():
            notes.append(f"{reason}: {count}")
        self.interpretation_note.setText(" · ".join(notes))

    def _check(self) -> None:
        from ces_planner.analysis.contacts import REQUIRED

        self._interpret_later.start()

        if self.preset.currentData() or self.profile is not None:
            self.problem.setText("")
            self.import_button.setEnabled(True)
            for combo in self.combos.values():
                combo.setEnabled(False)
            return
        for combo in self.combos.values():
            combo.setEnabled(True)
        missing = [
            f
            for f in REQUIRED
            if f not in self.mapping()
            and not (f == "channel" and self.default_channel.text().strip())
        ]
        self.problem.setText(
            self.tr("Choose a column for: {0}").replace(
                "{0}", ", ".join(tr(FIELD_LABELS[f]) for f in missing)
            )
            + (
                " " + self.tr("(a log of one channel: type it as the default channel)")
                if "channel" in missing
                else ""
            )
            if missing
            else ""
        )
        self.import_button.setEnabled(not missing)


class _Figure(QTableWidgetItem):
    """A cell of figures, sorted by value rather than as text ("9.8%" before "10.7%")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return _value_of(self.text()) < _value_of(other.text())


def _value_of(text: str) -> float:
    """The number a figure's text shows (1,234 · 16.8% · 3.31); none ("–") sorts first."""
    try:
        return parse_number(text)
    except ValueError:
        return float("-inf")


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):  # figures: as wide as their header, whole
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = _Figure(value) if c else QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    # A click on a header sorts by it; until then the rows keep their order (most contacts
    # first), so no column is marked as sorted.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def num(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


class EvidencePage(Page):
    """Import a log; see contacts by reason and channel, arrivals, out-of-hours and staffing."""

    def __init__(self, session: PlanSession, evidence: EvidenceState) -> None:
        super().__init__(session, Section.OVERVIEW, notes=False)
        self.setObjectName("page_evidence")
        self.evidence = evidence
        title = self.findChild(QLabel, "pageTitle")
        if title is not None:
            title.setText(self.tr("Evidence from contact records"))
        self.guidance.setText(
            self.tr(
                "<p>Evidence turns opinions into figures. Import a contact log exported from your "
                "telephony, CRM or ticketing tool (CSV or Excel, one row per contact): the app "
                "counts contacts per reason and channel, repeat contacts, service level, arrivals "
                "by half hour, contacts that arrive while a channel is closed, and the agents each "
                "half hour needs (Erlang C).</p>"
            )
        )
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import a contact log…"))
        self.import_button.clicked.connect(self.choose_log)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("evidence_summary")
        self.remove_button = QPushButton(self.tr("&Remove the contact log…"))
        self.remove_button.setToolTip(
            self.tr("Erase the imported contacts from the plan file; the plan's records stay.")
        )
        self.remove_button.clicked.connect(self.remove_log)
        top.addWidget(self.import_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.remove_button)
        self.body.addLayout(top)
        self.empty_state = self._make_empty_state()
        self.body.addWidget(self.empty_state)
        self.settings_box = QGroupBox(self.tr("Settings of this plan's figures"))
        grid = QFormLayout(self.settings_box)
        self.setting_edits: dict[str, QLineEdit] = {}
        for key, label in (
            ("timezone", self.tr("Time zone of the centre")),
            ("repeat_window_days", self.tr("Repeat-contact window (days)")),
            ("service_level_threshold_seconds", self.tr("Service-level threshold (seconds)")),
            ("currency", self.tr("Currency")),
            ("cost_per_agent_hour", self.tr("Cost per agent hour")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            edit.editingFinished.connect(lambda k=key, e=edit: self.save_setting(k, e.text()))
            grid.addRow(label, edit)
            self.setting_edits[key] = edit
        self._zones: _Zones | None = None  # read when the page is first shown
        self.formula = QComboBox()
        from ces_planner.domain.model import ServiceLevelFormula

        for formula, label in (
            (ServiceLevelFormula.ANSWERED, self.tr("answered within the threshold ÷ answered")),
            (
                ServiceLevelFormula.OFFERED,
                self.tr(
                    "answered within the threshold ÷ offered (abandoned contacts count as missed)"
                ),
            ),
            (
                ServiceLevelFormula.SHORT_ABANDONS_EXCLUDED,
                self.tr(
                    "answered within the threshold ÷ answered and abandoned, leaving out "
                    "abandons shorter than 5 seconds"
                ),
            ),
        ):
            self.formula.addItem(label, formula.value)
        self.formula.activated.connect(
            lambda _i: self.save_setting("service_level_formula", self.formula.currentData())
        )
        grid.addRow(self.tr("Service-level formula"), self.formula)
        self.setting_problem = QLabel()
        self.setting_problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        grid.addRow(self.setting_problem)
        self.body.addWidget(self.settings_box)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        self.body.addStretch()  # below the settings while there are no figures
        self._operation: Operation | None = None
        evidence.changed.connect(self.refresh)

    def _make_empty_state(self) -> QWidget:
        """What the page shows while the plan has no contact log: what to export, and how."""
        panel = QFrame()
        panel.setObjectName("evidence_empty")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 18, 24, 18)
        text = QLabel(
            self.tr(
                "<h3>No contact log in this plan yet</h3>"
                "<p>Export the contacts of a recent period from your telephony, CRM or ticketing "
                "tool, as CSV or Excel with one row per contact, and import the file here. Three "
                "columns are enough: when each contact arrived, its channel and its reason. "
                "Customer, segment, handle and waiting times, abandons, resolution and survey "
                "scores each add figures.</p>"
                "<p>The log is kept inside the plan file, on this computer. Until one is "
                "imported, the plan rests on the team's judgement alone.</p>"
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        self.empty_import_button = QPushButton(self.tr("&Import a contact log…"))
        self.empty_import_button.clicked.connect(self.choose_log)
        row = QHBoxLayout()
        row.addWidget(self.empty_import_button)
        row.addStretch(1)
        layout.addLayout(row)
        panel.hide()
        return panel

    def choose_log(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a contact log"),
            str(self.session.files_folder),
            self.tr("Contact logs (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.import_log(Path(chosen))

    def import_log(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        if mapping is None:
            try:
                dialog = ImportDialog(path, self)
            except PlanError as error:
                QMessageBox.warning(self, self.tr("Import"), error.sentence())
                return
            except (OSError, UnicodeError, ValueError) as error:
                QMessageBox.warning(
                    self,
                    self.tr("Import"),
                    self.tr("{0} cannot be read as a contact log ({1}).")
                    .replace("{0}", path.name)
                    .replace("{1}", str(error)),
                )
                return
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            options = dialog.options()
        else:
            from ces_planner.analysis.contacts import ReadOptions

            options = ReadOptions(mapping=mapping)
        self._import(path, options)

    def _import(self, path: Path, options, accept_partial: bool = False) -> None:  # type: ignore[no-untyped-def]  # ReadOptions
        """The import itself, off the GUI thread (again with ``accept_partial`` once the
        person has said yes)."""
        from ces_planner.services.evidence import MostRowsRejected, import_contacts

        document = self.session.document

        def work(progress):  # type: ignore[no-untyped-def]
            try:
                return import_contacts(
                    document,
                    path,
                    options.mapping,
                    progress=progress,
                    options=options,
                    accept_partial=accept_partial,
                )
            except MostRowsRejected as refused:
                return refused  # asked on the GUI thread: import it anyway?

        operation = Operation(self, self.tr("Importing {0}…").replace("{0}", path.name), work)
        operation.done.connect(
            lambda result: (
                self._ask_partial(path, options, result)
                if isinstance(result, MostRowsRejected)
                else self._imported(result)
            )
        )
        operation.failed.connect(lambda m: QMessageBox.warning(self, self.tr("Import"), m))
        self._operation = operation.start()

    def _ask_partial(self, path: Path, options, refused) -> None:  # type: ignore[no-untyped-def]
        """Most rows of the log could not be read: its figures would speak for a minority of
        the contacts, so the plan's log is replaced only if the person says so."""
        summary = refused.summary
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setText(
            self.tr(
                "{0} of the {1} rows of {2} could not be read (most often: {3}). Import the "
                "{4} contacts that could, in place of the plan's contact log?"
            )
            .replace("{0}", f"{summary.rows_rejected:,}")
            .replace("{1}", f"{summary.rows_read:,}")
            .replace("{2}", summary.source)
            .replace("{3}", summary.main_rejection)
            .replace("{4}", f"{summary.contacts:,}")
        )
        box.setInformativeText(
            self.tr("Nothing has changed yet. Checking the columns chosen usually helps.")
        )
        anyway = box.addButton(self.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is anyway:
            self._import(path, options, accept_partial=True)

    def _imported(self, summary) -> None:  # type: ignore[no-untyped-def]
        rejected = sum(summary.rejected.values())
        lines = [
            self.tr("Imported {0} contacts from {1}.")
            .replace("{0}", f"{summary.contacts:,}")
            .replace("{1}", summary.source)
        ]
        for reason, count in summary.rejected.items():
            rows = ", ".join(str(r) for r in summary.examples.get(reason, []))
            lines.append(
                self.tr("{0} rows not read: {1} (e.g. line {2})")
                .replace("{0}", str(count))
                .replace("{1}", reason)
                .replace("{2}", rows)
            )
        self.window().statusBar().showMessage(lines[0], 10000)  # type: ignore[attr-defined]
        if rejected:
            QMessageBox.information(self, self.tr("Import"), "\n".join(lines))
        self.evidence.refresh()

    def remove_log(self) -> None:
        """After a confirmation, erase the contact log from the plan and its file (off the GUI
        thread: compacting a large plan takes a moment). Not undoable, and says so."""
        report = self.evidence.report
        if report is None or self.session.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the contact log"),
            self.tr(
                "Remove {0} ({1} contacts) from this plan? Its contacts are erased from the "
                "plan file, and the figures computed from them go too; the plan's own records "
                "stay. This cannot be undone."
            )
            .replace("{0}", report["source"]["file"])
            .replace("{1}", f"{report['contacts']:,}"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ces_planner.services.evidence import remove_contacts

        document = self.session.document

        def work(progress):  # type: ignore[no-untyped-def]
            progress.step(0.1, self.tr("Removing the contact log…"))
            return remove_contacts(document)

        operation = Operation(self, self.tr("Removing the contact log…"), work)
        operation.done.connect(lambda _removed: self.evidence.refresh())
        operation.failed.connect(
            lambda m: QMessageBox.warning(self, self.tr("Remove the contact log"), m)
        )
        self._operation = operation.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._zones is None:  # typing "tokyo" offers Asia/Tokyo once they are read
            self._zones = _Zones()
            self._zones.signals.finished.connect(self._complete_zones)
            QThreadPool.globalInstance().start(self._zones)

    def _complete_zones(self, names: list[str]) -> None:
        from PySide6.QtWidgets import QCompleter

        edit = self.setting_edits["timezone"]
        completer = QCompleter(names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda name: self.save_setting("timezone", name))
        edit.setCompleter(completer)

    def save_setting(self, key: str, text: str) -> None:
        """Change one setting of the plan, undoably; a bad value is explained, not stored."""
        from ces_planner.services.plan_json import settings_as_json
        from ces_planner.services.settings import BadSetting, parse_setting

        if self.session.read_only:
            return
        current = settings_as_json(self.session.plan())
        if str(current.get(key) if current.get(key) is not None else "") == text.strip():
            return
        try:
            value = parse_setting(key, text)
            settings = dataclasses.replace(self.session.plan().settings, **{key: value})
            self.session.set_settings(settings)
        except (BadSetting, PlanError) as error:
            self.setting_problem.setText(error.sentence())
            return
        self.setting_problem.setText("")

    def _show_settings(self) -> None:
        from ces_planner.services.plan_json import settings_as_json

        values = settings_as_json(self.session.plan())
        for key, edit in self.setting_edits.items():
            if not edit.hasFocus():
                value = values[key]
                edit.setText(
                    ""
                    if value is None
                    else format_number(value, grouped=False)
                    if isinstance(value, float)
                    else str(value)
                )
            edit.setReadOnly(self.session.read_only)
        self.formula.setCurrentIndex(max(0, self.formula.findData(values["service_level_formula"])))
        self.formula.setEnabled(not self.session.read_only)

    def refresh(self) -> None:
        self._show_settings()
        report = self.evidence.report
        current = self.tabs.currentIndex()
        self.tabs.clear()
        empty = report is None and self.evidence.computed and not self.evidence.error
        self.empty_state.setVisible(empty)
        self.tabs.setVisible(report is not None)
        self.import_button.setVisible(not empty)  # the empty state has its own
        self.summary.setVisible(not empty)
        self.remove_button.setVisible(report is not None)
        for button in (self.import_button, self.empty_import_button, self.remove_button):
            button.setEnabled(not self.session.read_only)
        if report is None:
            if not empty:  # the card says it all
                self.summary.setText(
                    self.evidence.error or self.tr("Reading the plan's contact log…")
                )
            return
        period = report["period"]
        made_up = report["source"].get("made_up", False)
        source = (
            (
                self.tr("From {0} (contacts made up for the sample plan), imported {1}")
                if made_up
                else self.tr("From {0}, imported {1}")
            )
            .replace("{0}", report["source"]["file"])
            .replace(
                "{1}", format_moment(dt.datetime.fromisoformat(report["source"]["imported_at"]))
            )
        )
        self.summary.setText(
            source
            + " · "
            + self.tr(
                "{0} contacts from {1} to {2} · repeat-contact rate ({3} days): {4} · arrived "
                "while closed: {5}"
            )
            .replace("{0}", f"{report['contacts']:,}")
            .replace("{1}", format_day(period["start"]))
            .replace("{2}", format_day(period["end"]))
            .replace("{3}", str(report["repeat_window_days"]))
            .replace("{4}", pct(report["repeat_rate"]))
            .replace("{5}", pct((report["outside_hours"] or {}).get("share")))
        )
        if report.get("clock_differs"):
            from ces_planner.services.evidence import clock_notice

            self.summary.setText(self.summary.text() + "\n" + clock_notice(self.session.document))
        if report.get("dates_only"):
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr(
                    "The log gives dates only: arrivals by interval and outside-hours figures "
                    "are left out."
                )
            )
        self.tabs.addTab(
            _table(
                [
                    self.tr("Contact reason"),
                    self.tr("Contacts"),
                    self.tr("Share"),
                    self.tr("AHT (s)"),
                    self.tr("Repeat rate"),
                    self.tr("FCR"),
                    self.tr("CSAT"),
                    self.tr("Effort score"),
                ],
                [
                    [
                        r["reason"],
                        num(r["contacts"]),
                        pct(r["share"]),
                        num(r["aht_seconds"]),
                        pct(r["repeat_rate"]),
                        pct(r["fcr"]),
                        num(r["csat"], 2),
                        num(r["effort"], 2),
                    ]
                    for r in report["by_reason"]
                ],
            ),
            self.tr("By reason"),
        )
        threshold = f"{report['service_level_threshold_seconds']:g}"
        self.tabs.addTab(
            _table(
                [
                    self.tr("Channel"),
                    self.tr("Contacts"),
                    self.tr("Share"),
                    self.tr("AHT (s)"),
                    self.tr("Service level ({0} s)").replace("{0}", threshold),
                    self.tr("ASA (s)"),
                    self.tr("Abandon rate"),
                    self.tr("FCR"),
                ],
                [
                    [
                        r["channel"],
                        num(r["contacts"]),
                        pct(r["share"]),
                        num(r["aht_seconds"]),
                        pct(r["service_level"]),
                        num(r["asa_seconds"]),
                        pct(r["abandon_rate"]),
                        pct(r["fcr"]),
                    ]
                    for r in report["by_channel"]
                ],
            ),
            self.tr("By channel"),
        )
        self.tabs.addTab(
            _table(
                [self.tr("Segment"), self.tr("Channel"), self.tr("Contacts")],
                [
                    [r["segment"], r["channel"], num(r["contacts"])]
                    for r in report["by_segment_channel"]
                ],
            ),
            self.tr("Segments × channels"),
        )
        self.tabs.addTab(self._staffing(report), self.tr("Staffing"))
        self.tabs.setCurrentIndex(max(0, current))

    def _staffing(self, report: dict[str, Any]) -> QWidget:
        from ces_planner.analysis.erlang import OCCUPANCY_WARNING
        from ces_planner.services.evidence import channel_staffing

        widget = QWidget()
        layout = QVBoxLayout(widget)
        chooser = QComboBox()
        channels = [r["channel"] for r in report["by_channel"]]
        chooser.addItems(channels)
        text = QLabel()
        text.setWordWrap(True)
        grid = HoursGrid()
        grid.read_only = True
        layout.addWidget(chooser)
        layout.addWidget(text)
        layout.addWidget(grid)
        layout.addStretch(1)

        def show(name: str) -> None:
            staffing = channel_staffing(self.session.plan(), report, name)
            if staffing is None:
                text.setText(
                    self.tr("No handle times for this channel, so staffing cannot be sized.")
                )
                grid.set_slots([False] * 336)
                grid.overlay = None
                return
            grid.overlay = [float(a) for day in staffing.agents for a in day]
            grid.set_slots([a > 0 for day in staffing.agents for a in day])
            lines = [
                self.tr(
                    "Average week over {0} weeks, AHT {1} s, 80 % answered in {2} s, 30 % "
                    "shrinkage: {3} scheduled agent hours a week within today's hours."
                )
                .replace("{0}", f"{staffing.weeks:.1f}")
                .replace("{1}", f"{staffing.aht_seconds:.0f}")
                .replace("{2}", f"{report['service_level_threshold_seconds']:g}")
                .replace("{3}", f"{staffing.agent_hours_open:,.0f}")
            ]
            extra = staffing.agent_hours_all - staffing.agent_hours_open
            if staffing.closed_contacts_per_week:
                lines.append(
                    self.tr(
                        "{0} contacts a week arrive while the channel is closed; answering them "
                        "would take {1} more agent hours a week."
                    )
                    .replace("{0}", f"{staffing.closed_contacts_per_week:,.0f}")
                    .replace("{1}", f"{extra:,.0f}")
                )
            settings = self.session.plan().settings
            if settings.cost_per_agent_hour:
                rate = settings.cost_per_agent_hour

                def money(amount: float) -> str:
                    return f"{settings.currency} {amount:,.0f}".strip()

                lines.append(
                    self.tr(
                        "At {0} an agent hour: {1} a week within today's hours; answering "
                        "every contact when it arrives would cost {2} a week more."
                    )
                    .replace("{0}", f"{settings.currency} {rate:,.{2 if rate % 1 else 0}f}".strip())
                    .replace("{1}", money(staffing.agent_hours_open * rate))
                    .replace("{2}", money(extra * rate))
                )
            if staffing.agent_hours_open_erlang_a is not None:
                lines.append(
                    self.tr(
                        "Allowing for callers who hang up (mean patience {0} s, Erlang A): {1} "
                        "agent hours a week instead of {2}."
                    )
                    .replace("{0}", f"{staffing.patience_seconds:.0f}")
                    .replace("{1}", f"{staffing.agent_hours_open_erlang_a:,.0f}")
                    .replace("{2}", f"{staffing.agent_hours_open:,.0f}")
                )
            if staffing.peak_occupancy > OCCUPANCY_WARNING:
                lines.append(
                    self.tr(
                        "Warning: planned occupancy reaches {0}; above 85 % agents burn out."
                    ).replace("{0}", pct(staffing.peak_occupancy))
                )
            text.setText("\n".join(lines))

        chooser.currentTextChanged.connect(show)
        if channels:
            show(channels[0])
        # It scrolls within its tab on a short screen, so that its grid does not make the
        # whole page scroll.
        scroller = QScrollArea()
        scroller.setWidget(widget)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        return scroller
