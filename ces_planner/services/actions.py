"""The action table outside the app: an Excel round trip, CSV import, and a calendar file.

People edit the exported workbook and send it back. A row with the table's id updates that
action; a row without an id is a new action; a blank status means open; blank owner or due
date are allowed; an unknown owner becomes a person of the plan. Text is kept exactly as typed,
formula-looking text included. Nothing changes unless every row can be read, or the caller
accepts importing the rows that can.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ces_planner import labels
from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import Action, ActionOrigin, ActionStatus, Area, Person, Plan
from ces_planner.i18n import N_, tr
from ces_planner.services.document import PlanDocument
from ces_planner.services.files import write_atomically

COLUMNS = ("id", "title", "owner", "due", "status", "area", "created from", "notes")
HEADERS = {
    "id": N_("ID"),
    "title": N_("Action"),
    "owner": N_("Owner"),
    "due": N_("Due"),
    "status": N_("Status"),
    "area": N_("Area"),
    "created from": N_("Created from"),
    "notes": N_("Notes"),
}
MAX_TEXT = 10_000
SHEET = "Actions"


class ActionsImportRejected(PlanError):
    """Some rows cannot be read; ``problems`` lists (row number, reason)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__(problems)
        self.problems = problems

    def sentence(self) -> str:
        row, reason = self.problems[0]
        more = len(self.problems) - 1
        text = tr("Row {row}: {reason}", row=row, reason=reason)
        if more:
            text += " " + tr("(and {n} more rows with problems)", n=more)
        return text + " " + tr("Nothing was imported.")


class ActionsFileUnreadable(PlanError):
    """The file cannot be read as an action table at all; nothing was changed."""


@dataclass
class ActionsImport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    new_people: list[str] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


# -- export --------------------------------------------------------------------------------


def action_rows(plan: Plan) -> list[list[Any]]:
    return [
        [
            a.id,
            a.title,
            plan.person_name(a.owner_id) or "",
            a.due,
            a.status.value,
            labels.section_title(a.area) if a.area else "",
            labels.choice(a.origin),
            a.notes,
        ]
        for a in plan.actions
    ]


def export_actions_xlsx(plan: Plan, target: Path) -> None:
    """A real Excel table: styled header, dates as dates, status drop-down, frozen header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    from ces_planner.reports.xlsx_writer import DATE_FORMAT, put

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for column, key in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        put(cell, tr(HEADERS[key]))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F5F6B")
    rows = action_rows(plan)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            put(sheet.cell(row=number, column=column), value)
    last_row = max(2, len(rows) + 1)
    statuses = ",".join(s.value for s in ActionStatus)
    validation = DataValidation(
        type="list",
        formula1=f'"{statuses}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=tr("Status"),
        error=tr("Choose open, in progress, done or dropped."),
    )
    validation.add(f"E2:E{last_row + 500}")  # rows typed under the table too
    sheet.add_data_validation(validation)
    for line in range(2, last_row + 501):
        sheet.cell(row=line, column=4).number_format = DATE_FORMAT
    table = Table(displayName="Actions", ref=f"A1:{get_column_letter(len(COLUMNS))}{last_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    for letter, width in zip("ABCDEFGH", (7, 60, 20, 12, 13, 28, 15, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    write_atomically(target, book.save)


_ICS_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _ics_text(text: str) -> str:
    """Text for a property value (RFC 5545): line breaks of any kind as ``\\n``, other
    control characters left out (a lone CR would start a property of its own)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (
        _ICS_CONTROL.sub("", text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545: lines longer than 75 octets continue on the next line after a space."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def save_actions_ics(plan: Plan, target: Path, stamp: dt.datetime) -> Path:
    """The calendar of :func:`actions_ics` written to ``target``."""
    text = actions_ics(plan, stamp)
    return write_atomically(target, lambda part: part.write_text(text, encoding="utf-8"))


def actions_ics(plan: Plan, stamp: dt.datetime) -> str:
    """Open actions with a due date as all-day calendar events."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CES Planner//Actions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for action in plan.actions:
        if action.due is None or action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
            continue
        owner = plan.person_name(action.owner_id)
        details = [
            tr("Owner: {name}", name=owner) if owner else tr("No owner yet"),
            tr("Status: {status}", status=labels.choice(action.status)),
        ]
        if action.area:
            details.append(labels.section_title(action.area))
        lines += [
            "BEGIN:VEVENT",
            f"UID:action-{action.id}-{plan.info.created_at:%Y%m%d%H%M%S}@ces-planner"
            if plan.info.created_at
            else f"UID:action-{action.id}@ces-planner",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}",
            f"DTSTART;VALUE=DATE:{action.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{action.due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(action.title)}",
            f"DESCRIPTION:{_ics_text(chr(10).join(details))}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


# -- import --------------------------------------------------------------------------------


ACTIONS_FILE_LIMIT_BYTES = 50_000_000  # an action table of tens of thousands of rows


def _read_rows(path: Path) -> list[list[Any]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from ces_planner.analysis.workbooks import opened_sheet, sheet_rows

        # Whatever was typed is kept as text, a formula's text too.
        with opened_sheet(path, ACTIONS_FILE_LIMIT_BYTES, SHEET, formulas=True) as sheet:
            return [list(row) for row in sheet_rows(sheet, path)]
    from ces_planner.analysis.contacts import detect_delimiter, detect_encoding

    if path.stat().st_size > ACTIONS_FILE_LIMIT_BYTES:
        raise ActionsFileUnreadable(
            tr(
                "{name} is larger than an action table can be ({limit}); check the file.",
                name=path.name,
                limit="50 MB",
            )
        )
    encoding = detect_encoding(path)
    text = path.read_text(encoding=encoding)
    reader = csv.reader(io.StringIO(text), delimiter=detect_delimiter(text[:65536]))
    try:
        return [list(row) for row in reader]
    except csv.Error as error:  # a field past the csv module's limit, a stray NUL...
        raise ActionsFileUnreadable(
            tr(
                "{name} cannot be read as a table (line {line}: {detail}); save it again "
                "as CSV or XLSX.",
                name=path.name,
                line=reader.line_num,
                detail=str(error),
            )
        ) from error


def _header_keys(header: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    names = {tr(HEADERS[k]).strip().lower(): k for k in COLUMNS}
    names.update({HEADERS[k].lower(): k for k in COLUMNS})
    names.update({k: k for k in COLUMNS})
    for index, cell in enumerate(header):
        key = names.get(str(cell or "").replace("\ufeff", "").strip().lower())
        if key and key not in found:
            found[key] = index
    return found


def _choice(text: str, options: dict[str, Any]) -> Any:
    return options.get(text.strip().lower())


def _options(plan_labels: list[tuple[str, Any]]) -> dict[str, Any]:
    return {name.strip().lower(): value for name, value in plan_labels}


_DATE_TEXT = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def _due(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        import unicodedata

        match = _DATE_TEXT.match(unicodedata.normalize("NFKC", str(value)).strip())
        if not match:
            raise ValueError(
                tr('due date "{value}" is not a date; write it as 2026-12-01', value=value)
            )
        try:
            day = dt.date(*(int(part) for part in match.groups()))
        except ValueError as error:
            raise ValueError(tr('due date "{value}" does not exist', value=value)) from error
    if not 1990 <= day.year <= 2200:
        raise ValueError(tr("due date {value} is out of range", value=day.isoformat()))
    return day


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def import_actions(
    document: PlanDocument, path: str | Path, *, accept_valid_rows: bool = False
) -> ActionsImport:
    """Apply an edited action table to the plan in one transaction."""
    path = Path(path)
    if not path.is_file():
        raise ActionsImportRejected([(0, tr("there is no file {name}", name=path.name))])
    try:
        rows = _read_rows(path)
    except (OSError, ValueError, KeyError) as error:
        raise ActionsImportRejected(
            [(0, tr("{name} cannot be read: {error}", name=path.name, error=error))]
        ) from error
    if not rows:
        raise ActionsImportRejected([(1, tr("the file is empty"))])
    keys = _header_keys(rows[0])
    if "title" not in keys:
        raise ActionsImportRejected([(1, tr('no "Action" column in the header row'))])
    plan = document.plan()
    existing = {a.id: a for a in plan.actions}
    people = {p.name.strip().lower(): p for p in plan.people}
    statuses = _options(
        [(s.value, s) for s in ActionStatus]
        + [(labels.choice(s), s) for s in ActionStatus]
        + [(s.name.replace("_", " "), s) for s in ActionStatus]
    )
    areas = _options(
        [(a.value, a) for a in Area]
        + [(labels.section_title(a), a) for a in Area]
        + [(a.value.replace("_", " "), a) for a in Area]
    )
    origins = _options(
        [(o.value, o) for o in ActionOrigin] + [(labels.choice(o), o) for o in ActionOrigin]
    )
    planned: list[tuple[Action, str]] = []  # the action, and its owner's name
    problems: list[tuple[int, str]] = []
    seen_ids: set[int] = set()
    for number, row in enumerate(rows[1:], start=2):
        cell = {k: (row[i] if i < len(row) else None) for k, i in keys.items()}
        if all(_text(v).strip() == "" for v in cell.values()):
            continue  # blank line
        try:
            for key, value in cell.items():
                if len(_text(value)) > MAX_TEXT:
                    raise ValueError(
                        tr(
                            "{column} is longer than {n} characters",
                            column=tr(HEADERS[key]),
                            n=f"{MAX_TEXT:,}",
                        )
                    )
            raw_id = _text(cell.get("id")).strip()
            current: Action | None = None
            if raw_id:
                if not raw_id.isdigit() or int(raw_id) not in existing:
                    raise ValueError(
                        tr(
                            "no action with ID {id} in this plan; clear the ID to "
                            "add it as a new action",
                            id=raw_id,
                        )
                    )
                if int(raw_id) in seen_ids:
                    raise ValueError(tr("ID {id} appears twice", id=raw_id))
                seen_ids.add(int(raw_id))
                current = existing[int(raw_id)]
            title = _text(cell.get("title"))
            if not title.strip():
                raise ValueError(tr("the action has no title"))
            status_text = _text(cell.get("status"))
            status = ActionStatus.OPEN
            if status_text.strip():
                status = _choice(status_text, statuses)
                if status is None:
                    raise ValueError(
                        tr(
                            'unknown status "{value}"; use open, in progress, done or dropped',
                            value=status_text,
                        )
                    )
            area_text = _text(cell.get("area"))
            area = None
            if "area" in keys and area_text.strip():
                area = _choice(area_text, areas)
                if area is None:
                    raise ValueError(tr('unknown area "{value}"', value=area_text))
            elif current is not None and "area" not in keys:
                area = current.area
            origin_text = _text(cell.get("created from"))
            origin = current.origin if current else ActionOrigin.MANUAL
            if origin_text.strip():
                origin = _choice(origin_text, origins) or origin
            due = _due(cell.get("due")) if "due" in keys else (current.due if current else None)
            notes = (
                _text(cell.get("notes")) if "notes" in keys else (current.notes if current else "")
            )
            owner = (
                _text(cell.get("owner")).strip()
                if "owner" in keys
                else (plan.person_name(current.owner_id) or "" if current else "")
            )
        except ValueError as error:
            problems.append((number, str(error)))
            continue
        action = Action(
            title=title,
            owner_id=None,
            due=due,
            status=status,
            area=area,
            origin=origin,
            notes=notes,
            id=current.id if current else None,
        )
        planned.append((action, owner))
    if problems and not accept_valid_rows:
        raise ActionsImportRejected(problems)

    result = ActionsImport(skipped=problems)
    with document.batch():
        for action, owner in planned:
            owner_id = None
            if owner:
                person = people.get(owner.lower())
                if person is None:
                    person = document.add(Person(owner))
                    people[owner.lower()] = person
                    result.new_people.append(owner)
                owner_id = person.id
            action = dataclasses.replace(action, owner_id=owner_id)
            if action.id is None:
                document.add(action)
                result.added += 1
            elif existing[action.id] == action:
                result.unchanged += 1
            else:
                document.update(action)
                result.updated += 1
    return result
