"""A second process for exporting from the command line: it loads matplotlib and draws the
charts while the first reads the plan and lays the documents out, so the two cores of a
laptop share the work. The charts reach the writers only when a file is saved
(``PendingCharts``).

Forked, so only where forking is safe: Linux, and a caller without Qt (the CLI). The app
exports on a worker thread in one process. Should the second process die, the first draws
the charts itself; an error it meets with a sentence for the user is raised in the first.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ces_planner.domain.errors import PlanError


class DrawingProcess:
    """The second process, seen from the first."""

    def __init__(self, pid: int, connection: Any) -> None:
        self.pid = pid
        self.connection = connection
        self.status: int | None = None  # its exit status, once ended

    @classmethod
    def start(cls) -> DrawingProcess | None:
        """Fork the second process now, before the plan is read; None where not possible."""
        if not sys.platform.startswith("linux"):
            return None
        here, there = multiprocessing.Pipe()  # pickled messages both ways
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            here.close()
            _serve(there)  # never returns
        there.close()
        return cls(pid, here)

    def send(self, job: tuple[Any, ...]) -> bool:
        """Hand over what to draw (plan, volumes); False if the second process is gone."""
        try:
            self.connection.send(job)
        except OSError:
            return False
        return True

    def charts(self) -> dict[str, bytes] | None:
        """The charts it drew, or None if it is gone. An error it reports with a sentence
        for the user is raised here."""
        try:
            answer = self.connection.recv()
        except (EOFError, OSError):
            answer = None
        self.close()
        if isinstance(answer, PlanError):
            raise answer
        return answer if isinstance(answer, dict) else None

    def close(self) -> int:
        """End the second process (it stops at once if it had nothing to do) and its exit
        status."""
        if self.status is None:
            self.connection.close()
            _pid, status = os.waitpid(self.pid, 0)
            self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def __enter__(self) -> DrawingProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PendingCharts(Mapping[str, bytes]):
    """The charts the second process is drawing, waited for on first use (by whichever
    writer's thread asks first); drawn here instead if that process is gone."""

    def __init__(self, helper: DrawingProcess, draw_here: Callable[[], dict[str, bytes]]):
        self.helper = helper
        self.draw_here = draw_here
        self._lock = threading.Lock()
        self._charts: dict[str, bytes] | None = None
        self._error: PlanError | None = None  # told to every writer that asks

    def _all(self) -> dict[str, bytes]:
        with self._lock:
            if self._error is not None:
                raise self._error
            if self._charts is None:
                try:
                    self._charts = self.helper.charts() or self.draw_here()
                except PlanError as error:
                    self._error = error
                    raise
            return self._charts

    def __getitem__(self, key: str) -> bytes:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _serve(connection: Any) -> None:
    """The second process: load, wait for the job, draw, hand the charts over, and leave
    without running the first process's exit handlers."""
    status = 0
    try:
        from ces_planner.reports import charts

        charts.prepare()
        try:
            plan, volumes = connection.recv()
        except EOFError:  # nothing to draw after all
            return
        connection.send(charts.render_charts(plan, volumes))
    except BaseException as error:  # told to the first process, which carries on or raises
        status = 1
        with contextlib.suppress(Exception):
            connection.send(error if isinstance(error, PlanError) else None)
    finally:
        os._exit(status)
