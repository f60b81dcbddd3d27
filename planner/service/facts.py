"""The facts of a period, read from the repository: what planning, checking and explaining
all start from. One place, so the model, `roster check` and the explanations see the same
published work around the period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.clock import has_started
from planner.dates import period_bounds, weeks_of_months, widened
from planner.domain import Assignment, Organisation, Period, Roster, Shift
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.problem import PlanningProblem
from planner.storage.repository import Repository

HISTORY_WEEKS = 4  # weeks before the period whose assignments count for continuity


@dataclass(frozen=True)
class Facts:
    problem: PlanningProblem
    shifts: list[Shift]  # every shift of the period that this run plans (closed ones too)
    fixed: Roster  # the shifts that have started, as they were saved: what happened


def load_problem(
    repo: Repository, period: Period, now: datetime | None = None
) -> tuple[PlanningProblem, list[Shift]]:
    facts = load_facts(repo, period, now)
    return facts.problem, facts.shifts


def load_facts(repo: Repository, period: Period, now: datetime | None = None) -> Facts:
    """The period's facts from the repository, and every shift of the period (closed too).
    People who left the organisation are not in them: their shifts in the period are planned
    again like any other (planning a period plans all of it).

    A planned shift that has started by `now` is not planned again: it is what happened. Its
    saved people count as work around the period (rest, hours, limits), like published work
    just outside it; only `roster correct` changes it. A shift never planned is planned."""
    org = repo.load_organisation()
    present = {p.id for p in org.people}
    settings = settings_from_toml(org.rules)
    working = repo.roster(period)
    started = _started(generate_shifts(org, period), working, now)
    all_shifts = [s for s in generate_shifts(org, period) if s.id not in started]
    fixed = Roster(
        period,
        tuple(a for a in working.assignments if a.shift_id in started),
        {sid: why for sid, why in working.unstaffed.items() if sid in started},
    )
    start, end = period_bounds(period, ZoneInfo(org.timezone))
    published = repo.roster(period, published=True) if repo.published_at(period) else None
    if published is not None:
        published = replace(published, assignments=_of(present, published.assignments))
    history_period = Period(period.start - timedelta(weeks=HISTORY_WEEKS), HISTORY_WEEKS)
    history = _of(present, repo.roster(history_period).assignments)
    problem = PlanningProblem.build(
        org,
        period,
        all_shifts,
        absences=[a for a in repo.absences(start, end) if a.person_id in present],
        pinned=[
            a for a in _of(present, working.assignments) if a.pinned and a.shift_id not in started
        ],
        published=published,
        history=history,
        outside=[
            (s, a)
            for s, a in [*published_around(repo, org, period), *_pairs(started, fixed)]
            if a.person_id in present
        ],
        settings=settings,
    )
    return Facts(problem, all_shifts, fixed)


def _started(shifts: list[Shift], working: Roster, now: datetime | None) -> dict[str, Shift]:
    """The period's planned shifts that have started by `now` (none without a clock)."""
    if now is None:
        return {}
    planned = {a.shift_id for a in working.assignments} | set(working.unstaffed)
    return {
        s.id: s for s in shifts if s.id in planned and not s.closed and has_started(s.start, now)
    }


def _pairs(started: dict[str, Shift], fixed: Roster) -> list[tuple[Shift, Assignment]]:
    return [(started[a.shift_id], a) for a in fixed.assignments]


def _of(people: set[str], assignments: Iterable[Assignment]) -> tuple[Assignment, ...]:
    return tuple(a for a in assignments if a.person_id in people)


def published_around(
    repo: Repository, org: Organisation, period: Period
) -> list[tuple[Shift, Assignment]]:
    """Published (shift, assignment) pairs outside the period in its calendar months and the
    week either side: the work that counts toward limits across the period's edges."""
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
