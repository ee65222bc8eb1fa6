"""Exporting the strategy document (DOCX, PDF, XLSX, HTML) and snapshots of what was sent.

Every export is written to a temporary file in the target folder and then moved into place
(``services.files.write_atomically``), so a crash or a full disk never leaves half a document
under the user's name.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ces_planner.domain.errors import CannotWrite, PlanError
from ces_planner.i18n import tr, using
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import NoEvidence, evidence_report
from ces_planner.services.files import write_atomically
from ces_planner.services.plan_json import plan_as_json
from ces_planner.services.progress import Progress
from ces_planner.storage import repository

FORMATS = ("docx", "pdf", "xlsx", "html")


class BadFormat(PlanError):
    def sentence(self) -> str:
        return tr(
            "Unknown format {format}; choose one of docx, pdf, xlsx or html.", format=self.args[0]
        )


class NoSuchSnapshot(PlanError):
    def sentence(self) -> str:
        return tr(
            "There is no snapshot named \"{name}\"; 'ces-planner snapshots PLAN' lists them.",
            name=self.args[0],
        )


def export_plan(
    document: PlanDocument,
    fmt: str,
    target: str | Path,
    *,
    snapshot: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the strategy document in ``fmt`` to ``target``; optionally record a snapshot."""
    return export_many(
        document, [(fmt, Path(target))], snapshot=snapshot, progress=progress, today=today
    )[0]


def _check_target(fmt: str, target: Path) -> None:
    if fmt not in FORMATS:
        raise BadFormat(fmt)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CannotWrite(target, tr("the folder {folder} does not exist", folder=str(folder)))
    if target.is_dir():
        raise CannotWrite(target, tr("it is a folder"))
    if not os.access(folder, os.W_OK):
        raise CannotWrite(target, tr("the folder is not writable"))


def export_many(
    document: PlanDocument,
    targets: list[tuple[str, Path]],
    *,
    snapshot: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Write several formats from one build of the document (charts drawn once)."""
    from ces_planner.reports.document import build_document

    progress = progress or Progress()
    for fmt, target in targets:
        _check_target(fmt, target)
    progress.step(0.05, tr("Reading the plan…"))
    plan = document.plan()
    try:
        evidence: dict[str, Any] | None = evidence_report(document)
    except NoEvidence:
        evidence = None
    model = build_document(plan, evidence, today)
    charts: dict[str, bytes] = {}
    if any(fmt != "xlsx" for fmt, _target in targets):
        from ces_planner.reports.charts import render_charts

        progress.step(0.2, tr("Drawing the charts…"))
        volumes = {r["reason"]: r["contacts"] for r in (evidence or {}).get("by_reason", [])}
        with using(plan.info.language.value):
            charts = render_charts(plan, volumes)
    written = []
    for number, (fmt, target) in enumerate(targets):
        progress.step(0.5 + 0.45 * number / len(targets), tr("Writing the document…"))
        write_atomically(target, functools.partial(_write, fmt, model, charts))
        written.append(target)
    if snapshot:
        take_snapshot(document, snapshot)
    progress.step(1.0)
    return written


def _write(fmt: str, model, charts: dict[str, bytes], temporary: Path) -> None:  # type: ignore[no-untyped-def]
    if fmt == "docx":
        from ces_planner.reports.docx_writer import write_docx

        write_docx(model, charts, temporary)
    elif fmt == "pdf":
        from ces_planner.reports.pdf_writer import write_pdf

        write_pdf(model, charts, temporary)
    elif fmt == "xlsx":
        from ces_planner.reports.xlsx_writer import write_xlsx

        write_xlsx(model, temporary)
    else:
        from ces_planner.reports.html_writer import write_html

        write_html(model, charts, temporary)


def export_workshop_summary(
    document: PlanDocument, fmt: str, target: str | Path, today: dt.date | None = None
) -> Path:
    """The one-page workshop summary as PDF or DOCX."""
    from ces_planner.reports.document import build_workshop_summary

    if fmt not in ("pdf", "docx"):
        raise BadFormat(fmt)
    target = Path(target)
    model = build_workshop_summary(document.plan(), today)
    write_atomically(target, functools.partial(_write, fmt, model, {}))
    return target


def take_snapshot(document: PlanDocument, name: str) -> None:
    data = json.dumps(plan_as_json(document.plan()), ensure_ascii=False)
    document.write(lambda conn: repository.add_snapshot(conn, name, document.clock(), data))


def list_snapshots(document: PlanDocument) -> list[tuple[str, dt.datetime]]:
    with document.file.reading() as conn:
        return [(name, moment) for _id, name, moment in repository.list_snapshots(conn)]


AREAS = (
    "people",
    "segments",
    "contact_reasons",
    "channels",
    "hours",
    "hours_exceptions",
    "measures",
    "insights",
    "discussion",
    "actions",
)


@dataclass(frozen=True)
class AreaChanges:
    area: str
    added: list[str]
    removed: list[str]
    changed: list[str]


def _label(record: dict[str, Any]) -> str:
    for key in ("name", "title", "question"):
        if record.get(key):
            return str(record[key])
    if "weekday" in record:
        return f"{record['channel']} {record['weekday']} {record['opens']}-{record['closes']}"
    return f"{record.get('channel') or ''} {record.get('date', '')}".strip()


def changes_since(document: PlanDocument, name: str) -> list[AreaChanges]:
    """What was added, removed and changed in each area since the named snapshot."""
    with document.file.reading() as conn:
        stored = repository.read_snapshot(conn, name)
    if stored is None:
        raise NoSuchSnapshot(name)
    before = json.loads(stored)
    now = plan_as_json(document.plan())
    found = []
    for area in AREAS:
        old = {r["id"]: r for r in before.get(area, [])}
        new = {r["id"]: r for r in now.get(area, [])}
        found.append(
            AreaChanges(
                area,
                added=[_label(new[i]) for i in new if i not in old],
                removed=[_label(old[i]) for i in old if i not in new],
                changed=[_label(new[i]) for i in new if i in old and new[i] != old[i]],
            )
        )
    overview = [
        k
        for k in (
            "title",
            "organisation",
            "author",
            "language",
            "strategy_alignment",
            "executive_summary",
        )
        if before.get(k) != now.get(k)
    ]
    found.insert(0, AreaChanges("overview", [], [], overview))
    return found
