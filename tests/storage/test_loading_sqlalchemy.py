"""What the first edit needs loads on a background thread while other threads may be importing
the same library: neither import may fail."""

import subprocess
import sys
import textwrap

SCRIPT = """
    import importlib.abc, sys, threading, time

    half_made = threading.Event()

    class Slow(importlib.abc.MetaPathFinder):
        # Holds the first thread midway through importing the package, as a slow machine would.
        def find_spec(self, name, path, target=None):
            first = threading.current_thread().name == "first"
            if first and name == "sqlalchemy.engine.interfaces":
                half_made.set()
                time.sleep(0.5)
            return None

    sys.meta_path.insert(0, Slow())
    from ces_planner.storage.planfile import load_sqlalchemy

    assert "sqlalchemy" not in sys.modules
    failures = []

    def first():  # e.g. the evidence job importing the plan's tables
        try:
            from sqlalchemy import Connection  # noqa: F401
        except Exception as error:
            failures.append(repr(error))

    def second():  # the app preparing the first edit
        half_made.wait()
        try:
            load_sqlalchemy()
        except Exception as error:
            failures.append(repr(error))

    threads = [threading.Thread(target=first, name="first"), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(failures)
"""


def test_preparing_the_first_edit_while_another_thread_imports_sqlalchemy():
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
