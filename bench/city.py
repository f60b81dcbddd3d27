"""Benchmark: a generated city (120 professionals, 1200 volunteers), 4 weeks from 2026-11-30.

Targets (2 cores): every staffable shift staffed; first roster <= 20 s; gap <= 2 % at 120 s;
peak memory <= 2 GiB. `python bench/city.py --runs 1`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Run, machine, report, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--professionals", type=int, default=120)
    parser.add_argument("--volunteers", type=int, default=1200)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--method", choices=("lns", "cpsat"), default="lns")
    parser.add_argument("--one", type=Path, help="one run on this folder, in this process")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.one:
        kw = {"workers": args.workers} if args.workers else {}
        r = run("city", args.one, args.time_limit, seed=args.seed, method=args.method, **kw)
        print(json.dumps(r.__dict__))
        return
    from fixtures.generate import generate_organisation, write_folder

    print(machine())
    folder = Path(tempfile.mkdtemp(prefix="city-")) / "city"
    write_folder(generate_organisation(args.professionals, args.volunteers, seed=0), folder)
    runs = []
    for i in range(args.runs):
        cmd = [sys.executable, __file__, "--one", str(folder), "--time-limit", str(args.time_limit)]
        cmd += ["--seed", str(args.seed + i), "--method", args.method]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        runs.append(Run(**json.loads(out.stdout.strip().splitlines()[-1])))
    report(runs, args.out)


if __name__ == "__main__":
    main()
