"""Benchmark: what the hand-over part of a personal page costs on the demo, per page load.

The demo (fixtures/demo) loaded into a SQLite file with its first two weeks planned by the
solver and published, at a moment before them; one volunteer with shifts offers one of them
to anyone. For a handful of people (volunteers and professionals), each part of the page's
hand-over work is timed in-process, `--repeat` times: "Shifts I can take"
(`Service.takeable`), whom each of their shifts may go to and the swaps they may propose
(`Service.offer_choices`, with `show_colleagues = "first_name"`), and the contract figures.
The first call of each part reads the weeks; the others find them read at this roster
version (planner/service/exchange.py caches what a page shows per version): first, then
median and maximum of the others.

    python bench/page_exchange.py --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine  # noqa: E402
from cli.tui import load_demo_if_absent  # noqa: E402
from planner.domain import Period  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402
from tests.tui.support import DEMO_MONDAY  # noqa: E402

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)  # before the demo's first week
PEOPLE = 6  # three volunteers and three professionals with shifts


def demo(path: Path) -> Service:
    service = Service(Repository(make_engine(f"sqlite:///{path}"), actor="sara"), lambda: NOW)
    load_demo_if_absent(service, DEMO_MONDAY)
    weeks = Period(DEMO_MONDAY, 2)
    service.plan_period(weeks, time_limit=20.0)
    service.publish_period(weeks, NOW)
    return service


def timed(call, *args) -> float:
    started = time.perf_counter()
    call(*args)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as work:
        service = demo(Path(work) / "roster.db")
        published = service.roster(Period(DEMO_MONDAY, 2), published=True).roster.assignments
        org = service.organisation()
        volunteers = sorted(
            {a.person_id for a in published if org.person(a.person_id).is_volunteer}
        )
        pros = sorted({a.person_id for a in published if org.person(a.person_id).is_professional})
        giver = volunteers[0]
        service.offer(next(a.shift_id for a in published if a.person_id == giver), giver)
        people = volunteers[1 : 1 + PEOPLE // 2] + pros[: PEOPLE // 2]
        parts: dict[str, list[float]] = {"takeable": [], "offer_choices": [], "contract": []}
        for _ in range(args.repeat):
            for pid in people:
                own = [a.shift_id for a in published if a.person_id == pid]
                parts["takeable"].append(timed(service.takeable, pid))
                parts["offer_choices"].append(timed(service.offer_choices, pid, own))
                parts["contract"].append(timed(service.contract_minutes, pid))
        for name, values in parts.items():
            # The first call reads the weeks; the others find them read at this version.
            print(
                f"{name}: first {values[0]:.3f} s, then median {statistics.median(values[1:]):.3f}"
                f" s, max {max(values[1:]):.3f} s ({len(values)} calls)"
            )


if __name__ == "__main__":
    main()
