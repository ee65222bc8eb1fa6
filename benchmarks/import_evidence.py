"""Import plus analysis of a generated contact log, against pandas ``read_csv`` plus the
equivalent group-bys, each in its own process, measured in the same run.
Goal: at most 1.0x the time and at most 0.5x the peak memory of the baseline.

    pip install pandas && python benchmarks/import_evidence.py --rows 1000000 5000000
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OURS = """
import sys
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import evidence_report, import_contacts
with PlanDocument.create(sys.argv[1]) as document:
    import_contacts(document, sys.argv[2])
    report = evidence_report(document)
print(report["contacts"])
"""

BASELINE = """
import sys
import pandas as pd
df = pd.read_csv(sys.argv[2], parse_dates=["started_at"])
df["abandoned"] = df["abandoned"].eq("yes")
answered = df[~df["abandoned"]]
by_reason = df.groupby("reason").agg(contacts=("reason", "size"))
by_reason["aht"] = answered.groupby("reason")["handle_seconds"].mean()
by_channel = df.groupby("channel").agg(contacts=("channel", "size"),
                                       abandon_rate=("abandoned", "mean"))
by_channel["asa"] = answered.groupby("channel")["wait_seconds"].mean()
within = answered.assign(ok=answered["wait_seconds"] <= 20)
by_channel["sl"] = within.groupby("channel")["ok"].mean()
seg = df.groupby(["segment", "channel"]).size()
arrivals = df.groupby([df["started_at"].dt.weekday,
                       df["started_at"].dt.hour * 2 + df["started_at"].dt.minute // 30]).size()
ordered = df.sort_values(["customer_id", "started_at"])
gap = ordered.groupby("customer_id")["started_at"].shift(-1) - ordered["started_at"]
repeat = (gap > pd.Timedelta(0)) & (gap <= pd.Timedelta(days=7))
print(len(df), repeat.mean())
"""


def generate(path: Path, rows: int) -> None:
    rng = random.Random(1)
    channels = ["Phone", "Email", "Chat", "Messaging"]
    reasons = [
        "Billing",
        "Moving home",
        "Login",
        "Meter reading",
        "Complaint",
        "Tariff",
        "Payment",
        "Outage",
    ]
    segments = ["Households", "SME", "Priority"]
    start = 1735689600  # 2025-01-01
    with path.open("w") as out:
        out.write(
            "started_at,channel,reason,customer_id,segment,handle_seconds,wait_seconds,"
            "abandoned,csat\n"
        )
        lines = []
        for _ in range(rows):
            stamp = time.strftime(
                "%Y-%m-%d %H:%M:%S", time.gmtime(start + rng.randrange(365 * 86400))
            )
            lines.append(
                f"{stamp},{rng.choice(channels)},{rng.choice(reasons)},C{rng.randrange(rows // 3)},"
                f"{rng.choice(segments)},{rng.randrange(30, 900)},{rng.randrange(300)},"
                f"{'yes' if rng.random() < 0.1 else 'no'},{rng.randrange(1, 6)}\n"
            )
            if len(lines) == 100_000:
                out.writelines(lines)
                lines = []
        out.writelines(lines)


def measure(script: str, plan: Path, log: Path) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of a child process."""
    start = time.perf_counter()
    result = subprocess.run(  # in the log's folder, so the installed app is measured
        ["/usr/bin/time", "-f", "%M", sys.executable, "-c", script, str(plan), str(log)],
        cwd=log.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    # This kind of machine's speed swings by a fifth from one run to the next: the ratio is the
    # median of back-to-back pairs, each pair measured at nearly the same moment.
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            log = Path(folder) / f"log-{rows}.csv"
            generate(log, rows)
            plan = Path(folder) / f"plan-{rows}.cesplan"
            ours, base = [], []
            for _ in range(args.pairs):
                ours.append(measure(OURS, plan, log))
                plan.unlink()
                base.append(measure(BASELINE, plan, log))
            time_ratio = statistics.median(o[0] / b[0] for o, b in zip(ours, base, strict=True))
            memory_ratio = statistics.median(o[1] / b[1] for o, b in zip(ours, base, strict=True))
            print(
                f"{rows:>9,} rows ({log.stat().st_size / 1e6:.0f} MB), median of {args.pairs}: "
                f"CES Planner {statistics.median(o[0] for o in ours):.1f} s / "
                f"{statistics.median(o[1] for o in ours):.0f} MB, "
                f"pandas {statistics.median(b[0] for b in base):.1f} s / "
                f"{statistics.median(b[1] for b in base):.0f} MB -> "
                f"time {time_ratio:.2f}x (goal <= 1.0), "
                f"memory {memory_ratio:.2f}x (goal <= 0.5)"
            )


if __name__ == "__main__":
    main()
