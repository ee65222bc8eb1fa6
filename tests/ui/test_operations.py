from PySide6.QtWidgets import QWidget

from ces_planner.services import error_log
from ces_planner.services.progress import Progress
from ces_planner.ui.operations import Operation


def run(qtbot, work):
    parent = QWidget()
    qtbot.addWidget(parent)
    results, failures = [], []
    operation = Operation(parent, "Working…", work)
    operation.done.connect(results.append)
    operation.failed.connect(failures.append)
    operation.start()
    qtbot.waitUntil(lambda: bool(results or failures), timeout=5000)
    return results, failures


def test_result_comes_back_on_the_gui_thread(qtbot):
    assert run(qtbot, lambda progress: 42) == ([42], [])


def test_an_unexpected_error_is_one_sentence_and_logged(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(error_log, "log_folder", lambda: tmp_path)

    def broken(progress: Progress):
        raise ValueError("disk on fire")

    results, failures = run(qtbot, broken)
    assert results == [] and failures == ["Unexpected error: disk on fire"]
    written = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "in broken" in written and "ValueError: disk on fire" in written


def test_cancel_ends_the_work(qtbot):
    def long(progress: Progress):
        progress.cancel()
        progress.step(0.5)
        return "finished"

    results, failures = run(qtbot, long)
    assert results == [] and failures == ["Cancelled; nothing was changed."]
