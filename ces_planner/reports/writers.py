"""One entry point for the four writers, importing only the one asked for."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

from ces_planner.reports.document import StrategyDocument

MODULES = {
    "docx": "ces_planner.reports.docx_writer",
    "pdf": "ces_planner.reports.pdf_writer",
    "xlsx": "ces_planner.reports.xlsx_writer",
    "html": "ces_planner.reports.html_writer",
}
FORMATS = tuple(MODULES)


def with_charts(formats: Iterable[str]) -> bool:
    """Whether any of these formats shows the charts (all but the Excel workbook do)."""
    return any(fmt != "xlsx" for fmt in formats)


def load(fmt: str) -> ModuleType:
    """The writer's module, imported on first use (or ahead of it, while another process
    draws the charts)."""
    return importlib.import_module(MODULES[fmt])


def write(fmt: str, model: StrategyDocument, charts: Mapping[str, bytes], target: Path) -> None:
    module = load(fmt)
    if fmt == "xlsx":
        module.write_xlsx(model, target)
    else:
        getattr(module, f"write_{fmt}")(model, charts, target)
