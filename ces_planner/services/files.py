"""Writing the files people ask for (documents, action tables, calendars) safely."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from ces_planner.storage.planfile import write_failure


def _part(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def write_part(target: Path, write: Callable[[Path], object]) -> Path:
    """``write`` the file beside the target under a part name (see :func:`settle`); the part
    is removed again if writing fails. Any OS error becomes a :class:`CannotWrite` (a full
    disk, a :class:`DiskFull`)."""
    temporary = _part(target)
    try:
        write(temporary)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise write_failure(target, error.strerror or str(error)) from error
        raise
    return target


def settle(targets: list[Path]) -> None:
    """Move the parts written for ``targets`` into place, once every one of them is whole."""
    try:
        for target in targets:
            os.replace(_part(target), target)
    except OSError as error:
        raise write_failure(target, error.strerror or str(error)) from error
    finally:
        discard(targets)


def discard(targets: list[Path]) -> None:
    """Remove what parts are left (another file failed: none of them goes into place)."""
    for target in targets:
        with contextlib.suppress(OSError):
            _part(target).unlink()


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """``write`` a file beside the target, then move it into place: a crash or a full disk never
    leaves half a file under the user's name."""
    write_part(target, write)
    settle([target])
    return target
