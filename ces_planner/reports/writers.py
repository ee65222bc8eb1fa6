"""One entry point for the four writers, importing only the one asked for."""

from __future__ import annotations

import importlib
from pathlib import Path

from ces_planner.reports.document import StrategyDocument

FORMATS = ("docx", "pdf", "xlsx", "html")


MODULES = {
    "docx": "ces_planner.reports.docx_writer",
    "pdf": "ces_planner.reports.pdf_writer",
    "xlsx": "ces_planner.reports.xlsx_writer",
    "html": "ces_planner.reports.html_writer",
}


def load(fmt: str) -> None:
    """Import a writer ahead of its use (while another process draws the charts)."""
    importlib.import_module(MODULES[fmt])


def write(fmt: str, model: StrategyDocument, charts: dict[str, bytes], target: Path) -> None:
    if fmt == "docx":
        from ces_planner.reports.docx_writer import write_docx

        write_docx(model, charts, target)
    elif fmt == "pdf":
        from ces_planner.reports.pdf_writer import write_pdf

        write_pdf(model, charts, target)
    elif fmt == "xlsx":
        from ces_planner.reports.xlsx_writer import write_xlsx

        write_xlsx(model, target)
    else:
        from ces_planner.reports.html_writer import write_html

        write_html(model, charts, target)
