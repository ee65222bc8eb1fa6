"""Long work as operations: run off the GUI thread, show progress after a moment, allow cancel,
and hand the result (or the one-sentence error) back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr
from ces_planner.services.progress import Progress

SHOW_AFTER_MS = 300


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except PlanError as error:  # Cancelled included: its sentence says nothing changed
            self.signals.failed.emit(error.sentence())
        except Exception as error:  # noqa: BLE001 - shown as a sentence, never a traceback
            from ces_planner.services.error_log import log_unexpected

            log_unexpected(error)  # the traceback, for a bug report
            self.signals.failed.emit(
                tr("Unexpected error: {error}", error=str(error) or type(error).__name__)
            )
        else:
            self.signals.finished.emit(result)


class Operation(QObject):
    """One background job with a progress dialog; ``done`` or ``failed`` is emitted once."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, label: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self.job = _Job(work, self.progress)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.progress.cancel)
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._tick)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.running = False

    def start(self) -> Operation:
        self.running = True
        self.dialog.setValue(0)
        self.timer.start()
        QThreadPool.globalInstance().start(self.job)
        return self

    def _tick(self) -> None:
        self.dialog.setValue(int(self.progress.fraction * 1000))
        if self.progress.message:
            self.dialog.setLabelText(self.progress.message)

    def _end(self) -> None:
        self.running = False
        self.timer.stop()
        had_keyboard = self.dialog.isActiveWindow()
        owner = self.dialog.parentWidget()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        if had_keyboard and owner is not None:
            # Back to the window it was shown over: a window manager would do it; on an X
            # server without one the keyboard went nowhere (every shortcut dead until a click).
            owner.window().activateWindow()

    def _finished(self, result: object) -> None:
        self._end()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
