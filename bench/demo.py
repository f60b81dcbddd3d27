"""Benchmark: the demo organisation, 4 weeks from 2026-11-30.

Targets (2 cores): first complete roster <= 3 s; proven optimal or gap <= 0.5 % within 20 s.
Each run is a fresh process (peak memory is per process): `python bench/demo.py --runs 3`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, Run, machine, report, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--folder", type=Path, default=DEMO)
    parser.add_argument("--one", action="store_true", help="one run in this process (internal)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--method", choices=("lns", "cpsat"), default="lns")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.one:
        r = run("demo", args.folder, args.time_limit, seed=args.seed, method=args.method)
        print(json.dumps(r.__dict__))
        return
    print(machine())
    runs = []
    for i in range(args.runs):
        out = (
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--one",
                    "--time-limit",
                    str(args.time_limit),
                    "--folder",
                    str(args.folder),
                    "--seed",
                    str(i),
                    "--method",
                    args.method,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        runs.append(Run(**json.loads(out)))
    report(runs, args.out)


if __name__ == "__main__":
    main()
