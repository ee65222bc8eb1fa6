"""Excel workbooks as people send them, read safely: a file that is not a workbook, is cut
short, is damaged inside, has no sheet, or would unpack to more than its purpose needs (a zip
bomb) is refused in one sentence before, or while, it is read."""

from __future__ import annotations

import contextlib
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr

# Errors a damaged workbook raises from its zip, XML and cell readers (an XML parse error is a
# SyntaxError; entities refused by defusedxml are a ValueError; a part stored with a method
# zipfile lacks is a NotImplementedError, an encrypted one a RuntimeError).
DAMAGE = (
    NotImplementedError,
    RuntimeError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    SyntaxError,
    OSError,
)


# Excel's last row and column: a sheet larger than this was not saved by Excel.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384


class WorkbookUnreadable(PlanError):
    """A workbook that cannot be read; nothing was changed."""


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB"


@contextlib.contextmanager
def opened_sheet(
    path: Path,
    limit_bytes: int,
    sheet_name: str | None = None,
    *,
    formulas: bool = False,
    choose: Callable[[list[Any]], Any] | None = None,
) -> Iterator[Any]:
    """The first worksheet of the workbook at ``path`` (or the one named ``sheet_name``,
    when it has it, or the one ``choose`` picks from them all), read-only: values as last
    computed, or with ``formulas`` a formula's text as typed (=SUM(...) stays that text).
    Raises :class:`WorkbookUnreadable` for a file that is no workbook, is damaged (also
    while its rows are read, inside the block), has no sheet, or unpacks to more than
    ``limit_bytes``."""
    import openpyxl

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except DAMAGE as error:
        raise WorkbookUnreadable(
            tr(
                "{name} is not a readable Excel workbook (it is not one, or it was cut short); "
                "save it again from Excel, or export it as CSV.",
                name=path.name,
            )
        ) from error
    if unpacked > limit_bytes:
        raise WorkbookUnreadable(
            tr(
                "{name} would unpack to {size}, more than the {limit} this reads; export it "
                "as CSV instead.",
                name=path.name,
                size=_megabytes(unpacked),
                limit=_megabytes(limit_bytes),
            )
        )
    book = None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=not formulas)
        sheets = book.worksheets
        if not sheets:
            raise WorkbookUnreadable(tr("{name} has no worksheet to read.", name=path.name))
        if choose is not None:
            sheet = choose(sheets)
        else:
            sheet = book[sheet_name] if sheet_name in book.sheetnames else sheets[0]
        _within_excel(path, sheet.max_row or 0, sheet.max_column or 0)
        yield sheet
    except WorkbookUnreadable:
        raise
    except DAMAGE as error:
        raise WorkbookUnreadable(
            tr(
                "{name} is damaged inside ({detail}); save it again from Excel, or export it "
                "as CSV.",
                name=path.name,
                detail=type(error).__name__,
            )
        ) from error
    finally:
        if book is not None:
            with contextlib.suppress(*DAMAGE):
                book.close()


def _within_excel(path: Path, rows: int, columns: int) -> None:
    if rows > EXCEL_ROWS or columns > EXCEL_COLUMNS:
        raise WorkbookUnreadable(
            tr(
                "{name} has a sheet larger than Excel makes (more than {rows} rows or {columns} "
                "columns); check the file, or export it as CSV.",
                name=path.name,
                rows=f"{EXCEL_ROWS:,}",
                columns=f"{EXCEL_COLUMNS:,}",
            )
        )


def sheet_rows(sheet: Any, path: Path) -> Iterator[tuple[Any, ...]]:
    """The values of each row of a sheet from :func:`opened_sheet`, refusing (while reading,
    whatever the sheet's stated size) more rows or columns than Excel holds."""
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        _within_excel(path, number, len(row))
        yield row
