"""Exporting a plan with 20,000 segments against the same plan with 2,000, measured in the
same run. Goal: the ratio stays at or under 10 (the time grows no faster than the plan);
before the paged documents printed at most a thousand rows per table and python-docx's
lookups were avoided, it grew as the square (100,000 segments took many minutes).

    python benchmarks/long_plan.py
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def plan_with(folder: Path, segments: int) -> Path:
    path = folder / f"plan-{segments}.cesplan"
    cli = [sys.executable, "-m", "ces_planner"]
    subprocess.run([*cli, "new", str(path)], cwd=folder, check=True, capture_output=True)
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO segments (position, name, traits) VALUES (?, ?, ?)",
            [(n, f"Segment {n}", f"Traits of segment {n}") for n in range(segments)],
        )
    db.close()
    return path


def export_seconds(plan: Path, folder: Path) -> float:
    outputs = [arg for fmt in ("docx", "pdf", "xlsx", "html") for arg in ("-o", f"out.{fmt}")]
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ces_planner", "export", str(plan), *outputs],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = export_seconds(plan_with(folder, 2_000), folder)
        large = export_seconds(plan_with(folder, 20_000), folder)
    print(f"2,000 segments: {small:.1f} s; 20,000 segments: {large:.1f} s")
    print(f"ratio {large / small:.1f} (goal: 10 or less)")


if __name__ == "__main__":
    main()
