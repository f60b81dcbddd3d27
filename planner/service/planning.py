"""Plan and publish: read the period's facts, build and solve the model, save the draft;
copy a draft to the published layer."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from constraints.registry import rules_from_settings
from planner.clock import has_started
from planner.domain import Absence, Assignment, Period, Roster, Shift
from planner.errors import NoRoster, PastPeriod, PlannerError, Stopped
from planner.explain import Unplannable, conflicts, unstaffed_reasons_of
from planner.limits import (
    MAX_PERIOD_WEEKS,
    MAX_PLAN_WEEKS,
    bound_period,
    check_plan_size,
    check_plan_time,
)
from planner.message import msg
from planner.reasons import UnstaffedReason, Verdict
from planner.report.incidents import unrecorded
from planner.service.calendars import reader_languages, record_publication
from planner.service.checking import Unpublishable, draft_holding, monday_in, unplanned_weeks
from planner.service.diff import diff
from planner.service.facts import Facts, Repair, load_facts
from planner.service.results import PlanOutcome, Progress, Published, RuleCost
from planner.shifts import generate_shifts, never_fitting
from planner.solver.model import Penalty, RosterModel, build_model
from planner.solver.problem import PlanningProblem
from planner.solver.search import (
    Method,
    SolveProgress,
    SolveResult,
    SolveStatus,
    find_conflict,
    solve,
    to_roster,
)
from planner.storage.repository import Repository
from planner.storage.writes import ORGANISATION, Write, person_scope

FALLBACK = UnstaffedReason(Verdict.UNEXPLAINED)
# A repair of a few shifts is a small model: CP-SAT proves it at once (0.06 s for one shift
# of the generated city), where the planner's own search first spends a second or more
# preparing its neighbourhoods and its bound (BENCHMARKS.md, "Personal pages").
SMALL_REPAIR_VARIABLES = 5_000


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


# What follows the search grows with the organisation: 2.3 s for the generated city (1,320
# people) on 2 busy cores, against 0.1 s for the demo (bench/time_limit.py).
AFTER_SEARCH_S_PER_PERSON = 0.0015


def plan(
    repo: Repository,
    period: Period,
    *,
    time_limit: float = 20.0,
    seed: int = 0,
    strict: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    stop: threading.Event | None = None,
    now: datetime | None = None,
    fresh: bool = False,
    keep_stopped: Callable[[float], bool] | None = None,
) -> PlanOutcome:
    """Plan the period, save it as the working roster (draft) and return the outcome.
    Shifts that have started by `now` are what happened: kept as they were saved, or left
    unplanned when they never were (planner.service.facts); a period whose every shift has
    started is refused (PastPeriod), nothing saved.

    A period that was published is repaired, not planned afresh (unless `fresh`): only the
    shifts that break a hard rule now, the unstaffed ones and those never planned are planned
    again; when one of them stays unstaffed, every shift of its day is opened too. With
    nothing to repair nothing is saved (status OPTIMAL, no changes).

    Setting `stop` ends the search (CANCELLED): `keep_stopped(cost of the best roster so far)`
    decides whether it replaces the saved draft (default: yes); no: Stopped, nothing saved.
    With strict=True an unstaffed shift raises Unplannable and nothing is saved. When another
    coordinator changed the period or the organisation while the solver ran (an absence, an
    edit, a publication, a load), the roster is not saved: ChangedMeanwhile."""
    started = time.monotonic()  # `time_limit` bounds the whole plan, not only the search
    bound_period(period, MAX_PLAN_WEEKS)
    seen = repo.seen()  # before the facts: any change after it is a change under our feet
    org = repo.load_organisation()
    opened = [s for s in generate_shifts(org, period) if not s.closed]
    if now is not None and opened and all(has_started(s.start, now) for s in opened):
        raise PastPeriod(period.start, period.end - timedelta(days=1))
    open_shifts = len(opened)
    check_plan_size(open_shifts, len(org.people))
    check_plan_time(open_shifts, len(org.people), time_limit)
    repair = Repair.FRESH if fresh else Repair.SHIFTS
    facts = load_facts(repo, period, now, repair=repair)
    if not facts.problem.shifts and facts.problem.published is not None and not fresh:
        return PlanOutcome(
            facts.fixed,
            SolveStatus.OPTIMAL,
            0.0,
            0.0,
            0.0,
            [],
            diff(repo, period),
            True,
            unrecorded=unrecorded(opened, facts.fixed, now),
        )
    # Kept back for what follows the search: the roster saved, its reasons and summary.
    after = AFTER_SEARCH_S_PER_PERSON * len(org.people)
    facts, found = _repair_search(
        repo, facts, period, now, started + time_limit - after, seed, on_progress, stop
    )
    result, roster, rm = found.result, found.roster, found.model
    if result.status is SolveStatus.CANCELLED and not (keep_stopped or _yes)(result.objective):
        raise Stopped()
    if strict and roster.unstaffed:
        raise Unplannable(unstaffed=tuple(roster.unstaffed.items()))
    repo.save_roster(roster, facts.shifts, seen=seen)
    roster = Roster(
        period,
        (*facts.fixed.assignments, *roster.assignments),
        {**facts.fixed.unstaffed, **roster.unstaffed},
    )
    changes = diff(repo, period) if facts.problem.published is not None else []
    return PlanOutcome(
        roster=roster,
        status=result.status,
        objective=result.objective,
        bound=result.bound,
        elapsed=result.elapsed,
        costs=rule_costs(rm.penalties, result.penalty_values),
        diff=changes,
        never_fit=tuple(p.id for p in never_fitting(org, period)),
        unrecorded=unrecorded(opened, roster, now),
    )


def _yes(_: float) -> bool:
    return True


def _repair_search(
    repo: Repository,
    facts: Facts,
    period: Period,
    now: datetime | None,
    deadline: float,  # time.monotonic() by which the search ends
    seed: int,
    on_progress: Callable[[Progress], None] | None,
    stop: threading.Event | None,
    absent: Sequence[Absence] = (),
) -> tuple[Facts, _Found]:
    """Search the facts' roster; in a repair, a gap it could not fill on its own opens the
    shifts of its day on which someone works who could fill it (they may move over, and
    someone free that day take their place). The facts searched last, and what was found.

    Only those shifts: opening every shift of a city's day (some 50 shifts and a thousand
    people) took 2-3 s to prove that no one could come, where a cancellation has 2 s."""
    found = _search(facts, period, deadline - time.monotonic(), seed, on_progress, stop)
    left = deadline - time.monotonic()
    if (
        facts.repairing
        and found.result.status is not SolveStatus.CANCELLED
        and set(found.roster.unstaffed) & facts.repairing
        and left > 0
    ):
        lost = set(found.roster.unstaffed) & facts.repairing
        could = frozenset(pid for pid, sid in found.model.ctx.vars if sid in lost)
        wider = load_facts(repo, period, now, repair=Repair.DAYS, absent=absent, movers=could)
        found = _search(wider, period, left, seed, on_progress, stop)
        facts = wider
    return facts, found


@dataclass(frozen=True)
class Trial:
    """A repair worked out but not saved: `roster` on `shifts` is what saving it writes, as
    `plan` would, with `absent` recorded in the same write. `seen`: the change it was worked
    out on (a write that rests on it is refused when the weeks changed since)."""

    period: Period
    seen: int
    shifts: tuple[Shift, ...]
    roster: Roster
    absent: tuple[Absence, ...] = ()


def trial_repair(
    repo: Repository,
    period: Period,
    *,
    absent: Sequence[Absence] = (),
    time_limit: float = 10.0,
    seed: int = 0,
    now: datetime | None = None,
) -> Trial:
    """The repair of a published period a re-plan would make (only what breaks is planned
    again; see `plan`), with `absent` taken as recorded, worked out without writing
    anything. Nothing to repair: a trial that changes no shift."""
    deadline = time.monotonic() + time_limit
    seen = repo.seen()
    facts = load_facts(repo, period, now, repair=Repair.SHIFTS, absent=absent)
    if not facts.problem.shifts:
        return Trial(period, seen, (), Roster(period, ()), tuple(absent))
    facts, found = _repair_search(repo, facts, period, now, deadline, seed, None, None, absent)
    return Trial(period, seen, tuple(facts.shifts), found.roster, tuple(absent))


def save_trial(repo: Repository, trial: Trial, *, action: str = "plan") -> None:
    """Write the trial's roster (and its absences) in one write, when nothing it rests on
    changed since it was worked out: else ChangedMeanwhile, nothing written."""
    with repo.write(action) as unit:
        save_trial_in(repo, unit, trial)


def save_trial_in(repo: Repository, unit: Write, trial: Trial) -> None:
    """`save_trial` as part of the caller's write."""
    scopes = {person_scope(a.person_id) for a in trial.roster.assignments}
    repo.write_roster(
        unit,
        trial.roster,
        list(trial.shifts),
        seen=trial.seen,
        scopes=sorted(scopes),
        absences=trial.absent,
    )


@dataclass(frozen=True)
class _Found:
    result: SolveResult
    roster: Roster
    model: RosterModel


def _search(
    facts: Facts,
    period: Period,
    time_limit: float,
    seed: int,
    on_progress: Callable[[Progress], None] | None,
    stop: threading.Event | None,
) -> _Found:
    started = time.monotonic()  # `time_limit` bounds building the model and the search
    problem = facts.problem
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

    remaining = max(time_limit - (time.monotonic() - started), 0.0)
    small = facts.repairing and len(rm.model.proto.variables) <= SMALL_REPAIR_VARIABLES
    method = Method.CPSAT if small else Method.LNS
    result = solve(
        rm, time_limit=remaining, seed=seed, on_progress=progress, stop=stop, method=method
    )
    if result.status is SolveStatus.INFEASIBLE:
        raise Unplannable(tuple(conflicts(problem, rules, find_conflict(problem, rules))))
    if not result.penalty_values and result.status is not SolveStatus.OPTIMAL:
        raise NoRoster(cancelled=result.status is SolveStatus.CANCELLED, time_limit=time_limit)
    roster = to_roster(problem, result, {})
    roster = Roster(roster.period, roster.assignments, unstaffed_reasons(problem, roster))
    return _Found(result, roster, rm)


def publish(
    repo: Repository, period: Period, now: datetime | None = None, *, seen: int | None = None
) -> Published:
    """Copy the period's working roster to the published layer. Nothing planned:
    PlannerError. A draft that breaks a hard rule on a shift still to come (an absence, a
    qualification or a person gone since it was planned) is never published: Unpublishable,
    naming those shifts and the weeks whose re-plan repairs them. Unstaffed shifts do not
    stop publishing (the gap may be filled by phone later), but they are returned, so nobody
    publishes a hole without knowing. `seen`: the change the coordinator had seen when they
    reviewed the draft (Service.roster); when the period or the organisation changed since,
    nothing is published: ChangedMeanwhile. Without it, the change read before the check:
    what changes between the check and the publication stops it the same way."""
    bound_period(period, MAX_PERIOD_WEEKS)
    seen = repo.seen() if seen is None else seen
    at = now or datetime.now(UTC)
    unplanned, calendars = _publishable(repo, period, at)
    repo.publish(period, at, seen=seen, also=calendars, depends=[ORGANISATION])
    published = repo.roster(period, published=True)
    shifts = [
        s
        for s in generate_shifts(repo.load_organisation(), period)
        if monday_in(period, s) not in unplanned
    ]
    started = {s.id for s in shifts if has_started(s.start, at)}
    return Published(
        period,
        at,
        tuple(sorted(set(published.unstaffed) - started)),
        tuple(unplanned),
        unrecorded(shifts, published, at),
    )


def publish_in(repo: Repository, unit: Write, period: Period, at: datetime) -> None:
    """`publish` as part of the caller's write: checked on what that write has written so far
    (its reads are the write's), published with it or not at all. Unpublishable (or nothing
    planned: PlannerError) before anything is written."""
    bound_period(period, MAX_PERIOD_WEEKS)
    _, calendars = _publishable(repo, period, at)
    repo.publish_in(unit, period, at, also=calendars)


def _publishable(
    repo: Repository, period: Period, at: datetime
) -> tuple[list[date], Callable[[Write, tuple[Assignment, ...]], None]]:
    """The period's weeks never planned, and what publishing writes beside the roster (the
    calendars' state); PlannerError when nothing is planned, Unpublishable when the draft
    breaks a hard rule on a shift to come."""
    unplanned = unplanned_weeks(repo, period)
    if len(unplanned) == period.weeks:
        raise PlannerError(
            msg(
                "nothing planned from {first} to {last}: run `roster plan` first",
                first=period.start,
                last=period.end - timedelta(days=1),
            )
        )
    broken = draft_holding(repo, period, at)
    if broken.broken:
        raise Unpublishable(broken)
    org = repo.load_organisation()
    language = reader_languages(repo, org)

    def calendars(unit: Write, published: tuple[Assignment, ...]) -> None:
        record_publication(unit.session, org, period, published, at, language)

    return unplanned, calendars
