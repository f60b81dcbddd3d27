"""Plan and publish: read the period's facts, build and solve the model, save the draft;
copy a draft to the published layer."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from constraints.registry import rules_from_settings
from planner.domain import Assignment, Period, Roster
from planner.errors import NoRoster, PlannerError
from planner.explain import Unplannable, conflicts, unstaffed_reasons_of
from planner.message import msg
from planner.reasons import UnstaffedReason, Verdict
from planner.service.calendars import reader_languages, record_publication
from planner.service.diff import diff
from planner.service.facts import load_problem
from planner.service.results import PlanOutcome, Progress, Published, RuleCost
from planner.solver.model import Penalty, build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import SolveProgress, SolveStatus, find_conflict, solve, to_roster
from planner.storage.repository import Repository
from planner.storage.writes import Write

FALLBACK = UnstaffedReason(Verdict.UNEXPLAINED)


def unstaffed_reasons(problem: PlanningProblem, roster: Roster) -> dict[str, UnstaffedReason]:
    """Why each unstaffed shift is unstaffed (planner.explain, from the checker's rules)."""
    found = unstaffed_reasons_of(problem, roster)
    return {sid: found.get(sid) or FALLBACK for sid in roster.unstaffed}


def rule_costs(penalties: list[Penalty], values: tuple[int, ...]) -> list[RuleCost]:
    """What each soft rule cost, with its reasons, most expensive first."""
    cost: dict = defaultdict(int)
    reasons: dict = defaultdict(list)
    for p, v in zip(penalties, values, strict=True):
        if v:
            cost[p.rule] += p.weight * v
            reasons[p.rule].append((p.weight * v, p.reason))
    return [
        RuleCost(rule, cost[rule], tuple(r for _, r in sorted(reasons[rule], key=lambda t: -t[0])))
        for rule in sorted(cost, key=lambda r: -cost[r])
    ]


def plan(
    repo: Repository,
    period: Period,
    *,
    time_limit: float = 20.0,
    seed: int = 0,
    strict: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    stop: threading.Event | None = None,
) -> PlanOutcome:
    """Plan the period, save it as the working roster (draft) and return the outcome.
    Setting `stop` ends the search and keeps the best roster so far (CANCELLED). With
    strict=True an unstaffed shift raises Unplannable and nothing is saved. When another
    coordinator changed the period or the organisation while the solver ran (an absence, an
    edit, a publication, a load), the roster is not saved: ChangedMeanwhile."""
    seen = repo.seen()  # before the facts: any change after it is a change under our feet
    problem, all_shifts = load_problem(repo, period)
    if not problem.shifts:
        raise PlannerError(
            msg(
                "no open shifts from {first} to {last}",
                first=period.start,
                last=period.end - timedelta(days=1),
            )
        )
    rules = rules_from_settings(problem.settings)
    rm = build_model(problem, rules)

    def progress(p: SolveProgress) -> None:
        if on_progress is not None:
            on_progress(Progress(p.objective, p.bound, p.elapsed, p.solutions))

    result = solve(rm, time_limit=time_limit, seed=seed, on_progress=progress, stop=stop)
    if result.status is SolveStatus.INFEASIBLE:
        raise Unplannable(tuple(conflicts(problem, rules, find_conflict(problem, rules))))
    if not result.penalty_values and result.status is not SolveStatus.OPTIMAL:
        raise NoRoster(cancelled=result.status is SolveStatus.CANCELLED, time_limit=time_limit)
    roster = to_roster(problem, result, {})
    roster = Roster(roster.period, roster.assignments, unstaffed_reasons(problem, roster))
    if strict and roster.unstaffed:
        raise Unplannable(unstaffed=tuple(roster.unstaffed.items()))
    repo.save_roster(roster, all_shifts, seen=seen)
    changes = diff(repo, period) if problem.published is not None else []
    return PlanOutcome(
        roster=roster,
        status=result.status,
        objective=result.objective,
        bound=result.bound,
        elapsed=result.elapsed,
        costs=rule_costs(rm.penalties, result.penalty_values),
        diff=changes,
    )


def publish(
    repo: Repository, period: Period, now: datetime | None = None, *, seen: int | None = None
) -> Published:
    """Copy the period's working roster to the published layer. Nothing planned:
    PlannerError. Unstaffed shifts do not stop publishing (the gap may be filled by phone
    later), but they are returned, so nobody publishes a hole without knowing. `seen`: the
    change the coordinator had seen when they reviewed the draft (Service.roster); when the
    period changed since, nothing is published: ChangedMeanwhile."""
    seen = repo.seen() if seen is None else seen
    if repo.roster_state(period) is None:
        raise PlannerError(
            msg(
                "nothing planned from {first} to {last}: run `roster plan` first",
                first=period.start,
                last=period.end - timedelta(days=1),
            )
        )
    at = now or datetime.now(UTC)
    org = repo.load_organisation()
    language = reader_languages(repo, org)

    def calendars(unit: Write, published: tuple[Assignment, ...]) -> None:
        record_publication(unit.session, org, period, published, at, language)

    repo.publish(period, at, seen=seen, also=calendars)
    unstaffed = repo.roster(period, published=True).unstaffed
    return Published(period, at, tuple(sorted(unstaffed)))
