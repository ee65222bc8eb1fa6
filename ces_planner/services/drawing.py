"""A second process for exporting from the command line: it loads matplotlib while the first
reads the plan, then draws the charts, hands them back, and writes some of the files itself,
so the two cores of a laptop share the work.

Forked, so only where forking is safe: Linux, and a caller without Qt (the CLI). The app
exports on a worker thread in one process. Should the second process die, the first does
its share; an error it meets with a sentence for the user is raised in the first.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

from ces_planner.domain.errors import PlanError

GONE = object()  # the second process ended without a word

# Rough cost of each writer, to share the files out evenly.
WEIGHT = {"pdf": 3, "docx": 2, "html": 1, "xlsx": 1}


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

    def share(
        self, targets: list[tuple[str, Path]]
    ) -> tuple[list[tuple[str, Path]], list[tuple[str, Path]]]:
        """The files for this process and for the second, heaviest first, dealt in turn."""
        ordered = sorted(targets, key=lambda t: -WEIGHT.get(t[0], 1))
        return ordered[0::2], ordered[1::2]

    def send(self, job: tuple[Any, ...]) -> bool:
        """Hand over the job (plan, volumes, language, model, its files); False if the
        second process is gone."""
        try:
            self.connection.send(job)
        except OSError:
            return False
        return True

    def charts(self) -> dict[str, bytes] | None:
        """The charts it drew, or None if it is gone. An error it reports with a sentence
        for the user is raised here."""
        answer = self._answer()
        return answer if isinstance(answer, dict) else None

    def wait(self) -> bool:
        """Wait for the second process to write its files; False if it failed to."""
        answer = self._answer()
        return self.close() == 0 and answer is None

    def _answer(self) -> Any:
        try:
            answer = self.connection.recv()
        except (EOFError, OSError):
            return GONE
        if isinstance(answer, PlanError):
            self.close()
            raise answer
        return answer

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


def _serve(connection: Any) -> None:
    """The second process: load, wait for the job, draw, write, and leave without running
    the first process's exit handlers."""
    status = 0
    try:
        from ces_planner.i18n import using
        from ces_planner.reports import charts, writers
        from ces_planner.services.files import write_atomically

        charts.prepare()
        try:
            job = connection.recv()
        except EOFError:  # nothing to draw after all
            return
        plan, volumes, language, model, targets = job
        with using(language):
            drawn = charts.render_charts(plan, volumes)
        connection.send(drawn)
        for fmt, target in targets:
            write_atomically(target, functools.partial(writers.write, fmt, model, drawn))
        connection.send(None)
    except BaseException as error:  # told to the first process, which carries on or raises
        status = 1
        with contextlib.suppress(Exception):
            connection.send(error if isinstance(error, PlanError) else None)
    finally:
        os._exit(status)
