import sys
import threading

from ces_planner.storage import lazy_module


def test_a_deferred_module_imports_on_first_use_once_for_threads_at_once(tmp_path, monkeypatch):
    name = "ces_test_slow_module"
    (tmp_path / f"{name}.py").write_text(
        "import time\nCOUNT = [0]\ntime.sleep(0.2)\nCOUNT[0] += 1\nVALUE = 42\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    deferred = lazy_module(name)
    assert name not in sys.modules  # nothing imported yet
    results = []
    threads = [threading.Thread(target=lambda: results.append(deferred.VALUE)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [42] * 4
    assert sys.modules[name].COUNT == [1]  # executed once
    monkeypatch.delitem(sys.modules, name)
