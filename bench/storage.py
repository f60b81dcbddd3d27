"""Benchmark: the demo's plan and publish on PostgreSQL beside SQLite.

Each run starts from an empty database: `roster load` of the demo, a plan of its 4 weeks
(seed 0), a publish, and a re-plan against the published roster. The solver's own time does
not depend on the database, so the figures split each plan into the solver and the rest
(reading the facts, building the model, saving the draft and its audit entries, the diff),
and time the database's two parts alone: reading a plan's facts and saving its draft.

    python bench/storage.py --runs 3 --postgres postgresql+psycopg://...   # or $ROSTER_TEST_POSTGRES_URL
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import DEMO, DEMO_START, machine  # noqa: E402
from planner.domain import Period, Roster  # noqa: E402
from planner.service import Service  # noqa: E402
from planner.service.facts import load_problem  # noqa: E402
from planner.storage.engine import make_engine  # noqa: E402
from planner.storage.repository import Repository  # noqa: E402
from planner.storage.schema import create_schema, drop_schema  # noqa: E402

PERIOD = Period(DEMO_START, 4)
STEPS = (
    "load",
    "plan",
    "plan_solver",
    "plan_rest",
    "read_facts",
    "save_draft",
    "publish",
    "replan",
    "replan_rest",
)


def one_run(url: str, time_limit: float) -> dict[str, float]:
    engine = make_engine(url, prepare=False)
    drop_schema(engine)
    create_schema(engine)
    service = Service(Repository(engine, actor="bench"))
    times: dict[str, float] = {}

    t = time.perf_counter()
    service.load_folder(DEMO)
    times["load"] = time.perf_counter() - t

    t = time.perf_counter()
    outcome = service.plan_period(PERIOD, time_limit=time_limit, seed=0)
    times["plan"] = time.perf_counter() - t
    times["plan_solver"] = outcome.elapsed
    times["plan_rest"] = times["plan"] - outcome.elapsed

    # The parts of a plan that are the database's: reading the facts and saving the draft
    # (a draft of every shift replaced: the empty roster first, then the planned one back).
    t = time.perf_counter()
    _, shifts = load_problem(service.repo, PERIOD)
    times["read_facts"] = time.perf_counter() - t
    service.repo.save_roster(Roster(PERIOD, ()), shifts)
    t = time.perf_counter()
    service.repo.save_roster(outcome.roster, shifts)
    times["save_draft"] = time.perf_counter() - t

    t = time.perf_counter()
    service.publish_period(PERIOD, datetime(2026, 11, 27, 12, tzinfo=UTC))
    times["publish"] = time.perf_counter() - t

    t = time.perf_counter()
    again = service.plan_period(PERIOD, time_limit=time_limit, seed=0)
    times["replan"] = time.perf_counter() - t
    times["replan_rest"] = times["replan"] - again.elapsed
    engine.dispose()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--postgres", default=os.environ.get("ROSTER_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    if not args.postgres:
        parser.error("give --postgres URL (a database it may wipe) or $ROSTER_TEST_POSTGRES_URL")
    print(machine())
    folder = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    backends = {"sqlite": f"sqlite:///{folder / 'roster.db'}", "postgres": args.postgres}
    medians: dict[str, dict[str, float]] = {}
    for name, url in backends.items():
        runs = [one_run(url, args.time_limit) for _ in range(args.runs)]
        medians[name] = {step: statistics.median(r[step] for r in runs) for step in STEPS}
        for r in runs:
            print(name, {k: round(v, 3) for k, v in r.items()})
    print(f"\nmedians of {args.runs} runs, seconds (solver limit {args.time_limit:g} s)")
    print(f"{'step':<14}{'sqlite':>10}{'postgres':>10}{'ratio':>8}")
    for step in STEPS:
        lite, pg = medians["sqlite"][step], medians["postgres"][step]
        print(f"{step:<14}{lite:>10.3f}{pg:>10.3f}{pg / lite:>8.2f}")


if __name__ == "__main__":
    main()
