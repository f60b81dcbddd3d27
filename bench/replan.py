"""Benchmark: re-planning the published demo after one absence.

Targets (2 cores): re-plan <= 2 s; at most 2 changed assignments beyond the absent person's
per shift they lose. Plans and publishes the demo's 4 weeks from 2026-11-30 in a temporary
database, makes one professional sick for one day they work, re-plans with a 2 s limit.
`python bench/replan.py --runs 3`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, DEMO_START, machine  # noqa: E402
from planner.domain import Absence, AbsenceKind, Period  # noqa: E402
from planner.i18n.explanations import change_text  # noqa: E402
from planner.i18n.words import Words  # noqa: E402
from planner.io.folder import read_folder  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402


def one(run: int, plan_limit: float, replan_limit: float) -> dict:
    db = Path(tempfile.mkdtemp(prefix="replan-")) / "roster.db"
    repo = Repository(make_engine(f"sqlite:///{db}"))
    loaded = read_folder(DEMO)
    repo.save_folder(loaded.organisation, loaded.absences)
    period = Period(DEMO_START, 4)
    Service(repo).plan_period(period, time_limit=plan_limit)
    Service(repo).publish_period(period, datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    published = repo.roster(period, published=True)
    org = repo.load_organisation()
    pros = {p.id for p in org.people if p.is_professional}
    tz = ZoneInfo(org.timezone)
    # The run-th professional (in id order) with work in the second week: sick that day.
    work = sorted(
        (a.shift_id.split("@")[1][:10], a.person_id)
        for a in published.assignments
        if a.person_id in pros and a.shift_id.split("@")[1][:10] >= "2026-12-07"
    )
    people = sorted({pid for _, pid in work})
    person = people[run % len(people)]
    day = datetime.fromisoformat(next(d for d, pid in work if pid == person)).date()
    start = datetime.combine(day, datetime.min.time(), tz)
    repo.add_absence(Absence(person, start, start + timedelta(days=1), AbsenceKind.SICKNESS))
    lost = [
        a
        for a in published.assignments
        if a.person_id == person and a.shift_id.split("@")[1][:10] == day.isoformat()
    ]
    t0 = time.monotonic()
    outcome = Service(repo).plan_period(period, time_limit=replan_limit)
    seconds = time.monotonic() - t0
    before = {(a.person_id, a.shift_id) for a in published.assignments}
    after = {(a.person_id, a.shift_id) for a in outcome.roster.assignments}
    changed = before ^ after
    beyond = [c for c in changed if c[0] != person]
    return {
        "person": person,
        "day": day.isoformat(),
        "lost_shifts": len(lost),
        "replan_s": round(seconds, 2),
        "solver_s": round(outcome.elapsed, 2),
        "status": outcome.status,
        "changed_beyond_absent": len(beyond),
        "per_lost_shift": round(len(beyond) / max(len(lost), 1), 2),
        "unstaffed": len(outcome.roster.unstaffed),
        "diff": [change_text(c, Words.of(org)) for c in outcome.diff],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plan-limit", type=float, default=20.0)
    parser.add_argument("--replan-limit", type=float, default=2.0)
    args = parser.parse_args()
    print(machine())
    results = []
    for i in range(args.runs):
        r = one(i, args.plan_limit, args.replan_limit)
        results.append(r)
        print({k: v for k, v in r.items() if k != "diff"})
        for line in r["diff"]:
            print("    " + line)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print(
        f"median: re-plan {statistics.median(r['replan_s'] for r in results):.2f} s, "
        f"changes beyond the absent person per lost shift "
        f"{statistics.median(r['per_lost_shift'] for r in results):.2f}"
    )


if __name__ == "__main__":
    main()
