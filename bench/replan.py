"""Benchmark: re-planning the published demo after one absence, over many random absences.

Targets (2 cores): at most 2 changed assignments beyond the absent person's per shift they
lose; never a change in another week than the absence's unless needed; re-plan <= 2 s. Plans
and publishes the demo's 4 weeks from 2026-11-30 once (clock frozen before them), then for
each run, on a copy of that database: one person, drawn at random among everyone on the
published roster, is sick for one whole day they work; the period is re-planned with the
default settings (a repair; `--fresh` re-plans all of it, as before the repair existed).
`python bench/replan.py --runs 20`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, DEMO_START, machine  # noqa: E402
from planner.clock import frozen  # noqa: E402
from planner.dates import local_start_of, monday_of  # noqa: E402
from planner.domain import Absence, AbsenceKind, Period  # noqa: E402
from planner.io.folder import read_folder  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402

PERIOD = Period(DEMO_START, 4)
BEFORE = frozen(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))  # no shift of the period started


def published_demo(plan_limit: float) -> Path:
    db = Path(tempfile.mkdtemp(prefix="replan-")) / "base.db"
    repo = Repository(make_engine(f"sqlite:///{db}"))
    loaded = read_folder(DEMO)
    repo.save_folder(loaded.organisation, loaded.absences)
    Service(repo, BEFORE).plan_period(PERIOD, time_limit=plan_limit)
    Service(repo, BEFORE).publish_period(PERIOD)
    repo.engine.dispose()
    return db


def day_of(shift_id: str) -> date:
    return local_start_of(shift_id).date()


def one(base: Path, run: int, rng: random.Random, limit: float, fresh: bool) -> dict:
    db = base.with_name(f"run{run}.db")
    shutil.copy(base, db)
    repo = Repository(make_engine(f"sqlite:///{db}"))
    published = repo.roster(PERIOD, published=True)
    tz = ZoneInfo(repo.load_organisation().timezone)
    pick = rng.choice(sorted(published.assignments, key=lambda a: (a.shift_id, a.person_id)))
    person, day = pick.person_id, day_of(pick.shift_id)
    start = datetime.combine(day, datetime.min.time(), tz)
    repo.add_absence(Absence(person, start, start + timedelta(days=1), AbsenceKind.SICKNESS))
    lost = [a for a in published.assignments if a.person_id == person and day_of(a.shift_id) == day]
    t0 = time.monotonic()
    outcome = Service(repo, BEFORE).plan_period(PERIOD, fresh=fresh)
    seconds = time.monotonic() - t0
    before = {(a.person_id, a.shift_id) for a in published.assignments}
    after = {(a.person_id, a.shift_id) for a in outcome.roster.assignments}
    beyond = [c for c in before ^ after if c[0] != person]
    weeks = {monday_of(day_of(sid)) for _, sid in beyond}
    repo.engine.dispose()
    db.unlink()
    return {
        "person": person,
        "day": day.isoformat(),
        "lost": len(lost),
        "beyond": len(beyond),
        "per_lost": len(beyond) / max(len(lost), 1),
        "other_weeks": len(weeks - {monday_of(day)}),
        "unstaffed_new": len(set(outcome.roster.unstaffed) - set(published.unstaffed)),
        "status": str(outcome.status),
        "replan_s": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1, help="which absences are drawn")
    parser.add_argument("--plan-limit", type=float, default=20.0)
    parser.add_argument("--replan-limit", type=float, default=20.0)
    parser.add_argument("--fresh", action="store_true", help="re-plan all of the period")
    args = parser.parse_args()
    print(machine())
    print(f"start {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.1f}")
    base = published_demo(args.plan_limit)
    rng = random.Random(args.seed)
    results = []
    print("| run | absent | day | lost | changed beyond | per lost shift | other weeks "
          "| new unstaffed | status | re-plan s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for i in range(args.runs):
        r = one(base, i, rng, args.replan_limit, args.fresh)
        results.append(r)
        print(f"| {i + 1} | {r['person']} | {r['day']} | {r['lost']} | {r['beyond']} "
              f"| {r['per_lost']:.1f} | {r['other_weeks']} | {r['unstaffed_new']} "
              f"| {r['status']} | {r['replan_s']:.2f} |")  # fmt: skip
    shutil.rmtree(base.parent, ignore_errors=True)
    per = [r["per_lost"] for r in results]
    print(f"end {datetime.now(UTC):%H:%M} UTC, load {os.getloadavg()[0]:.1f}")
    print(
        f"changes beyond the absent person per lost shift: median {statistics.median(per):.1f}, "
        f"max {max(per):.1f}, runs over 2: {sum(1 for p in per if p > 2)} of {len(per)}; "
        f"runs changing another week: {sum(1 for r in results if r['other_weeks'])}; "
        f"re-plan median {statistics.median(r['replan_s'] for r in results):.2f} s "
        f"(max {max(r['replan_s'] for r in results):.2f} s)"
    )


if __name__ == "__main__":
    main()
