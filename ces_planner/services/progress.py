"""Progress and cancellation for long work, without Qt: the UI and the CLI both pass one in."""

from __future__ import annotations

import threading

from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr


class Cancelled(PlanError):
    def sentence(self) -> str:
        return tr("Cancelled; nothing was changed.")


class Progress:
    """Long work calls :meth:`step`; it raises :class:`Cancelled` once :meth:`cancel` was called."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.fraction = 0.0
        self.message = ""

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, fraction: float, message: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self.fraction = max(0.0, min(1.0, fraction))
        if message:
            self.message = message

    def part(self, start: float, end: float) -> Progress:
        """The progress of one part of the work: its 0-1 is shown as ``start``-``end`` here."""
        return _Part(self, start, end)


class _Part(Progress):
    def __init__(self, whole: Progress, start: float, end: float) -> None:
        super().__init__()
        self._cancelled = whole._cancelled  # cancelling either cancels both
        self._whole, self._start, self._end = whole, start, end

    def step(self, fraction: float, message: str = "") -> None:
        super().step(fraction, message)
        self._whole.step(self._start + (self._end - self._start) * self.fraction, message)
