"""The planner's own search (planner/solver/lns.py) on generated organisations: the same seed
gives the same roster when the work limit ends it, a stop keeps the best roster so far, it is
never worse than the greedy start, and every roster keeps every hard rule."""

from __future__ import annotations

import threading

import pytest

from planner.solver.lns import LnsSettings
from planner.solver.search import SolveProgress, SolveStatus, solve
from tests.scheduler.support import generated
from tests.solver.support import assert_checker_clean, model_of


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """A town: 20 professionals, 200 volunteers, four weeks (not solved to the end in the
    work these tests give it)."""
    return generated(tmp_path_factory.mktemp("town"), 20, 200, seed=5, weeks=4)[3]


def test_the_same_seed_gives_the_same_roster_when_the_work_limit_ends_the_search(town):
    runs = [solve(model_of(town), time_limit=120.0, work_limit=0.2, seed=7) for _ in range(2)]
    assert runs[0].status is SolveStatus.FEASIBLE, "the work limit must end these runs"
    assert runs[0].objective == runs[1].objective
    assert runs[0].assignments == runs[1].assignments
    assert runs[0].unstaffed == runs[1].unstaffed
    assert_checker_clean(town, runs[0])


def test_the_same_seed_gives_the_same_roster_when_search_and_full_model_exchange_rosters(town):
    # Rounds of 0.05 and 0.1 deterministic seconds: the two exchange rosters twice within
    # the work limit, at the same points in both runs.
    settings = LnsSettings(exchange_work=0.05)
    runs = [
        solve(model_of(town), time_limit=120.0, work_limit=0.3, seed=3, settings=settings)
        for _ in range(2)
    ]
    assert runs[0].status is SolveStatus.FEASIBLE, "the work limit must end these runs"
    assert runs[0].objective == runs[1].objective
    assert runs[0].assignments == runs[1].assignments
    assert [p.objective for p in runs[0].trajectory] == [p.objective for p in runs[1].trajectory]
    assert_checker_clean(town, runs[0])


def test_the_search_improves_on_the_greedy_start_and_never_ends_worse(town):
    seen: list[SolveProgress] = []
    result = solve(model_of(town), time_limit=60.0, work_limit=0.2, seed=0, on_progress=seen.append)
    start = seen[0].objective
    assert result.objective < start, "the search found nothing better than the greedy start"
    assert [p.objective for p in seen] == sorted((p.objective for p in seen), reverse=True)
    assert result.objective == seen[-1].objective
    assert_checker_clean(town, result)


def test_a_model_too_large_for_the_full_model_worker_is_searched_without_it(town):
    # The town stands in for a model of a million variables: the search alone improves the
    # start, and without the worker nothing bounds the cost from below but zero.
    settings = LnsSettings(bound_worker_max_variables=100)
    seen: list[SolveProgress] = []
    result = solve(
        model_of(town),
        time_limit=60.0,
        work_limit=0.2,
        seed=0,
        settings=settings,
        on_progress=seen.append,
    )
    assert result.objective < seen[0].objective
    assert result.bound == 0.0
    with_worker = solve(model_of(town), time_limit=60.0, work_limit=0.2, seed=0)
    assert with_worker.bound > 0.0, "the town's worker proves a bound: the test shows nothing"
    assert_checker_clean(town, result)


def test_a_stop_during_the_search_keeps_the_best_roster_so_far(town):
    stop = threading.Event()
    seen: list[SolveProgress] = []

    def progress(p: SolveProgress) -> None:
        seen.append(p)
        if len(seen) >= 3:  # the greedy start and two improvements
            stop.set()

    result = solve(model_of(town), time_limit=120.0, seed=0, on_progress=progress, stop=stop)
    assert result.status is SolveStatus.CANCELLED
    assert result.elapsed < 60, "the stop was lost: the search ran on"
    assert result.objective == seen[-1].objective <= seen[2].objective < seen[0].objective
    assert_checker_clean(town, result)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_rosters_of_generated_organisations_keep_every_hard_rule(tmp_path, seed):
    _, _, _, problem = generated(tmp_path, 8, 60, seed=seed, weeks=2)
    result = solve(model_of(problem), time_limit=30.0, work_limit=0.5, seed=seed)
    assert result.status in (SolveStatus.FEASIBLE, SolveStatus.OPTIMAL)
    assert result.objective <= result.trajectory[0].objective
    assert_checker_clean(problem, result)
