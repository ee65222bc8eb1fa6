"""The strategy's tables as an Excel workbook: one sheet per table, styled headers, frozen
panes, dates as dates, and no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ces_planner.i18n import using
from ces_planner.reports.document import StrategyDocument, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FORMAT = "yyyy-mm-dd"


def put(cell: Cell, value: object) -> None:
    """Write a value so that it is shown, never run: text that looks like a formula stays text."""
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value


def sheet_title(name: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Sheet"
    title, number = base, 2
    while title in taken:
        suffix = f" {number}"
        title = base[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(title)
    return title


def write_table(workbook: Workbook, table: Table, taken: set[str], accent: str = "#1F5F6B") -> None:
    sheet = workbook.create_sheet(sheet_title(table.name, taken))
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=column)
        put(cell, header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=accent.lstrip("#").upper())
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    body_style = None
    for row_number, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if body_style is None:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
                body_style = copy.copy(cell._style)
            else:  # the same style by its index: openpyxl hashes a style on each assignment
                cell._style = copy.copy(body_style)
            put(cell, value)
    total = sum(table.widths)
    for column, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(10, 110 * width / total)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"


def write_xlsx(document: StrategyDocument, target: Path) -> None:
    with using(document.language):
        workbook = Workbook()
        workbook.remove(workbook.active)
        taken: set[str] = set()
        for table in document.tables():
            write_table(workbook, table, taken, document.accent)
        # The document's properties are XML too: the same characters are left out.
        workbook.properties.title = _ILLEGAL.sub("", document.title)
        workbook.properties.creator = _ILLEGAL.sub("", document.author)
        workbook.save(target)
