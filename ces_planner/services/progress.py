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
