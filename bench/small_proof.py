"""Benchmark: how long a small organisation's plan searches after its last improvement.

Issue 10 saw a 51-shift organisation prove at 9 s a roster it had found at 2 s. For each
size and seed, `roster generate` writes an organisation (professionals, twice as many
volunteers, or `--volunteers` per professional), the period from 2026-11-30 is planned with the default search (the planner's
own LNS with the full-model worker beside it) within `--time-limit`, and the script prints
the open shifts, the time to the first roster, to the best roster (its last improvement),
and to the end of the search, with how it ended (proven best, or the limit) and the gap.
`python bench/small_proof.py --sizes 5x4,6x3 --seeds 0,1,2,3,4 --time-limit 20`
(size PxW: P professionals, W weeks).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import gap_pct, load, load_average, machine  # noqa: E402
from constraints.registry import rules_from_settings  # noqa: E402
from planner.solver.model import build_model  # noqa: E402
from planner.solver.search import solve  # noqa: E402

ROSTER = Path(sys.executable).with_name("roster")


def generated(professionals: int, volunteers: int, seed: int, into: Path) -> Path:
    folder = into / f"p{professionals}-v{volunteers}-s{seed}"
    subprocess.run(
        [str(ROSTER), "generate", "--professionals", str(professionals), "--volunteers",
         str(volunteers), "--seed", str(seed), "-o", str(folder), "--force"],
        check=True, capture_output=True,
    )  # fmt: skip
    return folder


def one(folder: Path, weeks: int, seed: int, limit: float) -> dict:
    problem = load(folder, weeks=weeks)
    rm = build_model(problem, rules_from_settings(problem.settings))
    before = load_average()
    started = time.monotonic()
    result = solve(rm, time_limit=limit, seed=seed)
    wall = time.monotonic() - started
    points = result.trajectory
    return {
        "shifts": len(problem.shifts),
        "first_s": round(points[0].elapsed, 2) if points else None,
        "best_s": round(points[-1].elapsed, 2) if points else None,
        "end_s": round(wall, 2),
        "status": str(result.status),
        "gap_pct": round(gap_pct(result.objective, result.bound), 2),
        "objective": result.objective,
        "load": (round(before, 1), round(load_average(), 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5x4,6x3", help="PxW,...: professionals x weeks")
    parser.add_argument("--seeds", default="0,1,2,3,4")
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--volunteers", type=int, default=2, help="per professional")
    args = parser.parse_args()
    print(machine())
    tmp = Path(tempfile.mkdtemp(prefix="small-proof-"))
    for size in args.sizes.split(","):
        professionals, weeks = (int(x) for x in size.split("x"))
        rows = []
        for seed in (int(s) for s in args.seeds.split(",")):
            folder = generated(professionals, args.volunteers * professionals, seed, tmp)
            row = one(folder, weeks, seed, args.time_limit)
            rows.append(row)
            print(f"  {size} seed {seed}: {row}", flush=True)
        after = [r["end_s"] - r["best_s"] for r in rows if r["best_s"] is not None]
        print(
            f"{size}: shifts {statistics.median(r['shifts'] for r in rows)}, "
            f"best at median {statistics.median(r['best_s'] or 0 for r in rows):.2f} s, "
            f"end at median {statistics.median(r['end_s'] for r in rows):.2f} s, "
            f"searching on after the best: median {statistics.median(after):.2f} s, "
            f"max {max(after):.2f} s; proven best in "
            f"{sum(r['status'] == 'optimal' for r in rows)} of {len(rows)}"
        )


if __name__ == "__main__":
    main()
