"""Benchmark: `roster plan --time-limit N` as a user runs it, a process of its own, timed from
outside: the limit bounds the whole command (starting the planner, reading, preparing, the
search, saving), not only the search. Target: wall time <= N + 1 s.

`python bench/time_limit.py --runs 3` plans the demo (4 and 13 weeks) with limits of 5, 10
and 20 s in a temporary database and prints each wall time, the medians and their ratio to N.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, machine  # noqa: E402

ROSTER = Path(sys.executable).with_name("roster")


def wall(db: str, weeks: int, limit: float) -> tuple[float, int, str]:
    started = time.monotonic()
    done = subprocess.run(
        [str(ROSTER), "--db", db, "--lang", "en", "plan", "--from", "2026-11-30",
         "--weeks", str(weeks), "--time-limit", str(limit)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    said = done.stderr.strip().splitlines()[-1] if done.returncode else ""
    return time.monotonic() - started, done.returncode, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine()}, {os.cpu_count()} cores")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.2f}")
    db = f"sqlite:///{Path(tempfile.mkdtemp(prefix='time-limit-')) / 'roster.db'}"
    subprocess.run([str(ROSTER), "--db", db, "load", str(DEMO)], check=True, capture_output=True)
    for weeks in (4, 13):
        for limit in (5.0, 10.0, 20.0):
            runs = [wall(db, weeks, limit) for _ in range(args.runs)]
            times = [t for t, _, _ in runs]
            median = statistics.median(times)
            print(
                f"demo {weeks:>2} weeks, --time-limit {limit:>4.0f}: "
                f"{', '.join(f'{t:.2f}' for t in times)} s (exit {sorted({c for _, c, _ in runs})}); "
                f"median {median:.2f} s, x{median / limit:.2f} of the limit, "
                f"{median - limit:+.2f} s; load {os.getloadavg()[0]:.2f}"
            )
            for said in sorted({s for _, _, s in runs if s}):
                print(f"    {said}")


if __name__ == "__main__":
    main()
