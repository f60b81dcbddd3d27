"""Stopping the search: the best roster so far is kept, even when the stop comes first."""

from __future__ import annotations

import threading
import time
from datetime import date

from constraints.registry import rules_from_settings
from fixtures.generate import generate_organisation, write_folder
from planner.check import check_roster
from planner.domain import Period
from planner.io.folder import read_folder
from planner.model import build_model
from planner.problem import PlanningProblem
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solve import solve, to_roster


def test_a_stop_given_before_the_search_starts_ends_it_with_the_first_roster(tmp_path):
    # The coordinator pressed "stop" while the greedy first roster was still being built:
    # CP-SAT would ignore a single early stop_search() and run to its time limit.
    write_folder(generate_organisation(15, 150, seed=3), tmp_path / "org")
    loaded = read_folder(tmp_path / "org")
    org, period = loaded.organisation, Period(date(2026, 11, 30), 2)
    shifts = generate_shifts(org, period)
    p = PlanningProblem.build(
        org, period, shifts, absences=loaded.absences, settings=settings_from_toml(org.rules)
    )
    rm = build_model(p, rules_from_settings(p.settings))
    stop = threading.Event()
    stop.set()

    started = time.monotonic()
    result = solve(rm, time_limit=60.0, seed=0, stop=stop)

    assert time.monotonic() - started < 30, "the stop was lost: the search ran on"
    assert result.status in ("cancelled", "optimal")
    roster = to_roster(p, result, {})
    assert check_roster(org, period, list(p.shifts), roster, p.absences, p.settings) == []
