"""The main window."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QTextBrowser

from ces_planner.domain.errors import PlanError, PlanLocked
from ces_planner.services.document import PlanDocument
from ces_planner.services.sample import create_sample
from ces_planner.ui import settings as S
from ces_planner.ui.app import sample_plan_path


class MainWindow(QMainWindow):
    def __init__(self, settings: S.Settings) -> None:
        super().__init__()
        self.settings = settings
        self.document: PlanDocument | None = None
        self.view = QTextBrowser()
        self.setCentralWidget(self.view)
        self.resize(1200, 800)
        self._update_title()

    def open_initial(self, plan: Path | None) -> None:
        if plan is None:
            last = self.settings.get(S.LAST_PLAN)
            if last and Path(last).exists():
                plan = Path(last)
            else:
                plan = sample_plan_path()
                if not plan.exists():
                    plan.parent.mkdir(parents=True, exist_ok=True)
                    try:
                        create_sample(plan).close()
                    except PlanError as error:
                        self._error(error)
                        return
        self.open_plan(plan)

    def open_plan(self, path: Path) -> bool:
        try:
            try:
                document = PlanDocument.open(path)
            except PlanLocked:
                document = PlanDocument.open(path, read_only=True)
        except PlanError as error:
            self._error(error)
            return False
        if self.document is not None:
            self.document.close()
        self.document = document
        self.settings.remember_plan(str(path.resolve()))
        self._show_plan()
        return True

    def _show_plan(self) -> None:
        assert self.document is not None
        plan = self.document.plan()
        lines = [
            f"<h1>{html.escape(plan.info.title)}</h1>",
            f"<p>{html.escape(plan.info.executive_summary)}</p>",
        ]
        self.view.setHtml("\n".join(lines))
        self._update_title()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(self.tr("CES Planner"))
            return
        info = self.document.plan().info
        self.setWindowTitle(
            f"{info.title or self.tr('Untitled plan')} - "
            f"{self.document.path.name} - {self.tr('CES Planner')}"
        )

    def _error(self, error: PlanError) -> None:
        QMessageBox.warning(self, self.tr("CES Planner"), error.sentence())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)
