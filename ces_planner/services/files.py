"""Writing the files people ask for (documents, action tables, calendars) safely."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from ces_planner.storage.planfile import write_failure


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """``write`` a file beside the target, then move it into place: a crash or a full disk never
    leaves half a file under the user's name. Any OS error becomes a :class:`CannotWrite`
    (a full disk, a :class:`DiskFull`)."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise write_failure(target, error.strerror or str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return target
