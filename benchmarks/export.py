"""Exporting the sample plan to DOCX and PDF (charts included), against converting that same
DOCX to PDF with LibreOffice headless, measured in the same run.
Goal: the whole DOCX + PDF export takes less time than the single LibreOffice conversion.

    apt-get install -y libreoffice-writer-nogui && python benchmarks/export.py
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7  # this machine's speed swings from one second to the next: each pair runs back to back


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit(
            "LibreOffice is needed for the baseline: apt-get install -y libreoffice-writer-nogui"
        )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plan = folder / "sample.cesplan"
        cli = [sys.executable, "-m", "ces_planner"]
        # Run in the temporary folder, so the installed app is timed (the source folder would
        # shadow it, and lacks the resources a regular install puts in the package).
        subprocess.run(
            [*cli, "new", str(plan), "--sample"], cwd=folder, check=True, capture_output=True
        )
        ours, theirs = [], []
        for run in range(RUNS):
            docx = folder / f"strategy-{run}.docx"
            pdf = folder / f"strategy-{run}.pdf"
            ours.append(timed([*cli, "export", str(plan), "-o", str(docx), "-o", str(pdf)], folder))
            profile = (folder / "lo-profile").as_uri()
            theirs.append(
                timed(
                    [
                        office,
                        f"-env:UserInstallation={profile}",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(folder / "lo"),
                        str(docx),
                    ],
                    folder,
                )
            )
    ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
    print(f"CES Planner DOCX + PDF export: {ours_s:.2f} s (median of {RUNS})")
    print(f"LibreOffice DOCX -> PDF conversion: {theirs_s:.2f} s")
    print(f"ratio: {ours_s / theirs_s:.2f} (goal < 1.0)")
    paired = statistics.median(a / b for a, b in zip(ours, theirs, strict=True))
    print(f"median of the {RUNS} paired ratios: {paired:.2f}")


if __name__ == "__main__":
    main()
