"""Benchmark: `roster plan --time-limit N` as a user runs it, a process of its own, timed from
outside: the limit bounds the whole command (starting the planner, reading, preparing, the
search, saving, ending the process), not only the search. Targets: wall time <= N + 1 s, and
a line on stderr at least every 2 s from the first one to the summary (the heartbeat).

`python bench/time_limit.py --runs 3` plans the demo (4 and 13 weeks) with limits of 5, 10
and 20 s in a temporary database; `--case city --limits 60` a generated city (120
professionals, 1200 volunteers, 4 weeks). Prints each wall time, the medians and their ratio
to N, and the longest silence between two lines of the run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, machine  # noqa: E402

ROSTER = Path(sys.executable).with_name("roster")


def wall(db: str, weeks: int, limit: float) -> tuple[float, int, str, float]:
    """Wall time, exit code, the last error line, the longest gap between output lines."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(ROSTER), "--db", db, "--lang", "en", "plan", "--from", "2026-11-30",
         "--weeks", str(weeks), "--time-limit", str(limit)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    stamps: list[float] = []
    errors: list[str] = []
    out: list[str] = []

    def read(stream, into: list[str]) -> None:
        for line in stream:
            stamps.append(time.monotonic())
            into.append(line)

    readers = [
        threading.Thread(target=read, args=(proc.stderr, errors)),
        threading.Thread(target=read, args=(proc.stdout, out)),
    ]
    for r in readers:
        r.start()
    code = proc.wait()
    ended = time.monotonic()
    for r in readers:
        r.join()
    stamps.sort()
    gap = max((b - a for a, b in zip(stamps, stamps[1:], strict=False)), default=0.0)
    said = errors[-1].strip() if code and errors else ""
    return ended - started, code, said, gap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--case", choices=("demo", "city"), default="demo")
    parser.add_argument("--limits", type=float, nargs="*", default=None)
    parser.add_argument("--weeks", type=int, nargs="*", default=None)
    args = parser.parse_args()
    print(f"machine: {machine()}, {os.cpu_count()} cores")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.2f}")
    tmp = Path(tempfile.mkdtemp(prefix="time-limit-"))
    db = f"sqlite:///{tmp / 'roster.db'}"
    folder = DEMO
    if args.case == "city":
        from fixtures.generate import generate_organisation, write_folder

        folder = tmp / "city"
        write_folder(generate_organisation(120, 1200, seed=0), folder)
    subprocess.run([str(ROSTER), "--db", db, "load", str(folder)], check=True, capture_output=True)
    weeks_list = args.weeks or ((4, 13) if args.case == "demo" else (4,))
    limits = args.limits or ((5.0, 10.0, 20.0) if args.case == "demo" else (60.0,))
    for weeks in weeks_list:
        for limit in limits:
            runs = [wall(db, weeks, limit) for _ in range(args.runs)]
            times = [t for t, _, _, _ in runs]
            median = statistics.median(times)
            print(
                f"{args.case} {weeks:>2} weeks, --time-limit {limit:>4.0f}: "
                f"{', '.join(f'{t:.2f}' for t in times)} s (exit {sorted({c for _, c, _, _ in runs})}); "
                f"median {median:.2f} s, x{median / limit:.2f} of the limit, "
                f"{median - limit:+.2f} s, worst {max(times) - limit:+.2f} s; longest silence "
                f"{max(g for _, _, _, g in runs):.2f} s; load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            for said in sorted({s for _, _, s, _ in runs if s}):
                print(f"    {said}")


if __name__ == "__main__":
    main()
