"""The planning use cases behind service.plan_period / publish_period / diff_against_published:
read the period's facts from the repository, build and solve the model, save the draft."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from constraints.registry import rules_from_settings
from planner.dates import period_bounds, weeks_of_months, widened
from planner.domain import Period, Roster, Shift
from planner.errors import PlannerError
from planner.i18n.format import shift_label
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.model import Penalty, Tag, build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import SolveProgress, find_conflict, solve, to_roster
from planner.storage.repository import Repository

HISTORY_WEEKS = 4  # weeks before the period whose assignments count for continuity
FALLBACK_REASON = "no professional could be planned"


def load_problem(repo: Repository, period: Period) -> tuple[PlanningProblem, list[Shift]]:
    """The period's facts from the repository, and every shift of the period (closed too)."""
    org = repo.load_organisation()
    settings = settings_from_toml(org.rules)
    all_shifts = generate_shifts(org, period)
    start, end = period_bounds(period, ZoneInfo(org.timezone))
    working = repo.roster(period)
    published = repo.roster(period, published=True) if repo.published_at(period) else None
    history_period = Period(period.start - timedelta(weeks=HISTORY_WEEKS), HISTORY_WEEKS)
    history = repo.roster(history_period).assignments
    problem = PlanningProblem.build(
        org,
        period,
        all_shifts,
        absences=repo.absences(start, end),
        pinned=[a for a in working.assignments if a.pinned],
        published=published,
        history=history,
        outside=published_around(repo, org, period),
        settings=settings,
    )
    return problem, all_shifts


def published_around(repo: Repository, org, period: Period):
    """Published (shift, assignment) pairs outside the period in its calendar months and the
    week either side: the same work `roster check` counts toward limits across the edges."""
    wide = widened(weeks_of_months(period))
    shifts = {
        s.id: s
        for s in generate_shifts(org, wide)
        if not (period.start <= s.local_date < period.end)
    }
    return [
        (shifts[a.shift_id], a)
        for a in repo.roster(wide, published=True).assignments
        if a.shift_id in shifts
    ]


def unstaffed_reasons(problem: PlanningProblem, roster: Roster) -> dict[str, str]:
    """The sentence for each unstaffed shift (planner.explain, from the checker's rules)."""
    from planner.explain import unstaffed_reasons_of

    found = unstaffed_reasons_of(problem, roster)
    return {sid: found.get(sid) or FALLBACK_REASON for sid in roster.unstaffed}


def conflict_message(problem: PlanningProblem, conflict: tuple[Tag, ...], rules) -> str:
    """Why no roster exists at all (planner.explain), from the conflict the solver found."""
    from planner.explain import explain_infeasible

    return explain_infeasible(problem, conflict, rules)


def rule_costs(penalties: list[Penalty], values: tuple[int, ...]):
    """What each soft rule cost, with its sentences, most expensive first."""
    from planner.service import RuleCost

    cost: dict[str, int] = defaultdict(int)
    reasons: dict[str, list[tuple[int, str]]] = defaultdict(list)
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
    on_progress: Callable | None = None,
    stop: threading.Event | None = None,
):
    from planner.service import PlanOutcome, Progress

    problem, all_shifts = load_problem(repo, period)
    if not problem.shifts:
        raise PlannerError(f"no open shifts from {period.start} for {period.weeks} week(s)")
    rules = rules_from_settings(problem.settings)
    rm = build_model(problem, rules)

    def progress(p: SolveProgress) -> None:
        if on_progress is not None:
            on_progress(Progress(p.objective, p.bound, p.elapsed, p.solutions))

    result = solve(rm, time_limit=time_limit, seed=seed, on_progress=progress, stop=stop)
    if result.status == "infeasible":
        raise PlannerError(conflict_message(problem, find_conflict(problem, rules), rules))
    if not result.penalty_values and result.status != "optimal":
        if result.status == "cancelled":
            raise PlannerError("stopped before any roster was found; nothing was saved")
        raise PlannerError(
            f"no roster found within {time_limit:g} s; nothing was saved "
            "(try a longer --time-limit)"
        )
    roster = to_roster(problem, result, {})
    reasons = unstaffed_reasons(problem, roster)
    roster = Roster(roster.period, roster.assignments, reasons)
    if strict and roster.unstaffed:
        lines = "; ".join(
            f"{shift_label(problem.shift_by_id[sid])}: {why}" for sid, why in reasons.items()
        )
        raise PlannerError(
            f"{len(reasons)} shift(s) cannot be staffed ({lines}); nothing was saved"
        )
    repo.save_roster(roster, all_shifts)
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


def publish(repo: Repository, period: Period, now: datetime | None = None) -> None:
    if repo.roster_state(period) is None:
        raise PlannerError(
            f"nothing planned from {period.start} for {period.weeks} week(s): "
            "run `roster plan` first"
        )
    repo.publish(period, now or datetime.now(UTC))


def diff(repo: Repository, period: Period):
    """The working roster against the published one: who moves where, who is added or
    removed. A person who lost one shift and gained another is one move, paired by time."""
    from planner.service import Change

    if repo.published_at(period) is None:
        return []
    org = repo.load_organisation()
    shifts = {s.id: s for s in generate_shifts(org, period)}
    names = {p.id: p.name for p in org.people}
    working = {(a.person_id, a.shift_id) for a in repo.roster(period).assignments}
    published = {(a.person_id, a.shift_id) for a in repo.roster(period, published=True).assignments}

    def label(sid: str) -> str:
        return shift_label(shifts[sid]) if sid in shifts else sid

    def start(sid: str) -> datetime:
        s = shifts.get(sid)
        return s.start.astimezone(UTC) if s else datetime.max.replace(tzinfo=UTC)

    gained: dict[str, list[str]] = defaultdict(list)
    lost: dict[str, list[str]] = defaultdict(list)
    for pid, sid in sorted(working - published):
        gained[pid].append(sid)
    for pid, sid in sorted(published - working):
        lost[pid].append(sid)
    changes = []
    for pid in sorted(set(gained) | set(lost)):
        name = names.get(pid, pid)
        to_place = sorted(gained.get(pid, []), key=start)
        for old in sorted(lost.get(pid, []), key=start):
            if to_place:
                new = min(to_place, key=lambda s, old=old: abs(start(s) - start(old)))
                to_place.remove(new)
                text = f"{name} moves from {label(old)} to {label(new)}"
                changes.append(Change("moved", pid, new, old, text))
            else:
                changes.append(Change("removed", pid, old, None, f"{name} is off {label(old)}"))
        for new in to_place:
            changes.append(Change("added", pid, new, None, f"{name} is added to {label(new)}"))
    changes.sort(key=lambda c: (start(c.shift_id), c.person_id))
    return changes
