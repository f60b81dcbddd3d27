"""Benchmark: the demo planned week by week over 8 weeks, checked over every window.

Each week is planned and published before the next, as a coordinator does; then `roster
check` runs over every 4-week span that holds a week of the eight, each week alone and each
calendar month touched: every one must be clean (issue 19, "every window"). For comparison the
same 8 weeks are planned as one block, and the fairness spreads of both are printed
(evenings, nights and weekends per full-time professional; volunteers' shifts per shift
offered a week). `python bench/windows.py [--weeks 8] [--time-limit 10]`; figures in
BENCHMARKS.md. A cheap version of the same property runs in the suite:
tests/property/test_slicing.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, DEMO_START, machine  # noqa: E402
from planner.domain import Period  # noqa: E402
from planner.i18n.language import use_language  # noqa: E402
from planner.i18n.reasons import sentence  # noqa: E402
from planner.i18n.words import Words  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402
from tests.property.slicing import (  # noqa: E402
    BEFORE,
    Plan,
    checks,
    unsocial_spread,
    volunteer_spread,
)


def loaded() -> Service:
    service = Service(Repository(make_engine("sqlite://")), BEFORE)
    service.load_folder(DEMO)
    return service


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds per week")
    parser.add_argument("--no-block", action="store_true", help="skip the block for comparison")
    args = parser.parse_args()
    print(machine(), f"load {os.getloadavg()[0]:.1f}")
    period = Period(DEMO_START, args.weeks)
    weekly = loaded()
    seconds = []
    for w in range(args.weeks):
        week = Period(DEMO_START + timedelta(weeks=w))
        started = time.monotonic()
        outcome = weekly.plan_period(week, time_limit=args.time_limit)
        weekly.publish_period(week)
        seconds.append(time.monotonic() - started)
        print(f"week {week.start}: {len(outcome.roster.unstaffed)} unstaffed, {seconds[-1]:.1f} s")
    plans = {"week by week": Plan(weekly, period)}
    if not args.no_block:
        block = loaded()
        started = time.monotonic()
        block.plan_period(period, time_limit=args.time_limit * args.weeks)
        block.publish_period(period)
        print(f"block of {args.weeks} weeks: {time.monotonic() - started:.1f} s")
        plans["block"] = Plan(block, period)
    words = Words.of(weekly.organisation())
    broken = 0
    for name, plan in plans.items():
        found = checks(plan)
        bad = {span: o.violations for span, o in found.items() if o.violations}
        broken += len(bad)
        print(
            f"{name}: {len(found)} windows checked, {len(bad)} with violations; "
            f"unsocial spread {unsocial_spread(plan):.2f}, "
            f"volunteer spread {volunteer_spread(plan):.2f}"
        )
        for span, violations in bad.items():
            for v in violations:
                print(f"    {span.start} +{span.weeks} w: {sentence(v, words)}")
    print(f"load {os.getloadavg()[0]:.1f}")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    with use_language("en"):
        main()
