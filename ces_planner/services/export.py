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
from collections.abc import Mapping
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ces_planner.domain.errors import CannotWrite, PlanError
from ces_planner.i18n import tr
from ces_planner.reports import writers
from ces_planner.reports.writers import FORMATS
from ces_planner.services.changes import AreaChanges, plan_changes
from ces_planner.services.document import PlanDocument
from ces_planner.services.drawing import DrawingProcess, PendingCharts
from ces_planner.services.evidence import NoEvidence, evidence_report, staffing_summary
from ces_planner.services.files import discard, settle, write_atomically, write_part
from ces_planner.services.plan_json import plan_as_json
from ces_planner.services.progress import Progress
from ces_planner.storage import lazy_module

if TYPE_CHECKING:
    from ces_planner.storage import repository
else:  # SQLAlchemy loads for a snapshot: writing the documents does not need it
    repository = lazy_module("ces_planner.storage.repository")


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
    helper: DrawingProcess | None = None,
) -> list[Path]:
    """Write several formats from one build of the document (charts drawn once). With a
    ``helper`` (a second process started before the plan was read), the charts are drawn
    there while the files are laid out here, each on its own thread, and go in last."""
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
    if evidence is not None:
        evidence["staffing"] = staffing_summary(plan, evidence)
    model = build_document(plan, evidence, today)
    volumes = {r["reason"]: r["contacts"] for r in (evidence or {}).get("by_reason", [])}
    charts: Mapping[str, bytes] = {}
    if writers.with_charts(fmt for fmt, _target in targets):
        progress.step(0.2, tr("Drawing the charts…"))
        from ces_planner.reports.charts import render_charts

        draw_here = functools.partial(render_charts, plan, volumes)
        if helper is not None and helper.send((plan, volumes)):
            charts = PendingCharts(helper, draw_here)
        else:
            charts = draw_here()
    writes = [
        (target, functools.partial(writers.write, fmt, model, charts)) for fmt, target in targets
    ]
    # Every file is written under a part name first, and they go into place together: a
    # failure in one (a full disk) leaves every file the user had as it was.
    try:
        if isinstance(charts, PendingCharts) and len(writes) > 1:
            pool = ThreadPoolExecutor(len(writes))
            try:
                done = [pool.submit(write_part, *write) for write in writes]
                futures.wait(done)
                for future in done:
                    future.result()  # the first error, if any, once every file is written
            finally:
                # Interrupted (Ctrl+C, SIGTERM) too: the threads finish before the parts are
                # discarded, or they would leave theirs behind.
                pool.shutdown(wait=True, cancel_futures=True)
        else:
            for number, write in enumerate(writes):
                progress.step(0.5 + 0.45 * number / len(writes), tr("Writing the document…"))
                write_part(*write)
    except BaseException:
        discard([target for target, _write in writes])
        raise
    settle([target for target, _write in writes])
    if snapshot:
        take_snapshot(document, snapshot)
    progress.step(1.0)
    return [target for _fmt, target in targets]


def export_workshop_summary(
    document: PlanDocument, fmt: str, target: str | Path, today: dt.date | None = None
) -> Path:
    """The one-page workshop summary as PDF or DOCX."""
    from ces_planner.reports.document import build_workshop_summary

    if fmt not in ("pdf", "docx"):
        raise BadFormat(fmt)
    target = Path(target)
    model = build_workshop_summary(document.plan(), today)
    write_atomically(target, functools.partial(writers.write, fmt, model, {}))
    return target


def take_snapshot(document: PlanDocument, name: str) -> None:
    data = json.dumps(plan_as_json(document.plan()), ensure_ascii=False)
    document.write(lambda conn: repository.add_snapshot(conn, name, document.clock(), data))


def list_snapshots(document: PlanDocument) -> list[tuple[str, dt.datetime]]:
    with document.file.reading() as conn:
        return [(name, moment) for _id, name, moment in repository.list_snapshots(conn)]


def changes_since(document: PlanDocument, name: str) -> list[AreaChanges]:
    """What was added, removed and changed in each area since the named snapshot."""
    with document.file.reading() as conn:
        stored = repository.read_snapshot(conn, name)
    if stored is None:
        raise NoSuchSnapshot(name)
    return plan_changes(json.loads(stored), plan_as_json(document.plan()))
