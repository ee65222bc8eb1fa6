"""Where errors nobody expected go: the user reads one sentence, this log keeps the traceback
for a bug report. The command line and the desktop app share it."""

from __future__ import annotations

from pathlib import Path

from ces_planner import APP_NAME


def log_folder() -> Path:
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_unexpected(error: BaseException) -> str:
    """Append ``error`` with its traceback to the errors log; the log's path, or "" when it
    could not be written (logging never raises over the error it reports)."""
    import datetime as dt
    import traceback

    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(error)) + "\n")
        return str(log)
    except Exception:  # noqa: BLE001 - see the docstring
        return ""
