"""Stopping the search: the best roster so far is kept, even when the stop comes first."""

from __future__ import annotations

import threading
import time

from constraints.registry import rules_from_settings
from planner.check import check_roster
from planner.solver.model import build_model
from planner.solver.search import solve, to_roster
from tests.scheduler.support import generated


def test_a_stop_given_before_the_search_starts_ends_it_with_the_first_roster(tmp_path):
    # The coordinator pressed "stop" while the greedy first roster was still being built:
    # CP-SAT would ignore a single early stop_search() and run to its time limit.
    org, _, _, p = generated(tmp_path, 15, 150, seed=3, weeks=2)
    rm = build_model(p, rules_from_settings(p.settings))
    stop = threading.Event()
    stop.set()

    started = time.monotonic()
    result = solve(rm, time_limit=60.0, seed=0, stop=stop)

    assert time.monotonic() - started < 30, "the stop was lost: the search ran on"
    assert result.status in ("cancelled", "optimal")
    roster = to_roster(p, result, {})
    assert check_roster(org, p.period, list(p.shifts), roster, p.absences, p.settings) == []
