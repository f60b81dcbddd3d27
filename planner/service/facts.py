"""The facts of a period, read from the repository: what planning, checking and explaining
all start from. One place, so the model, `roster check` and the explanations see the same
published work around the period."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from planner.dates import period_bounds, weeks_of_months, widened
from planner.domain import Assignment, Organisation, Period, Shift
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.problem import PlanningProblem
from planner.storage.repository import Repository

HISTORY_WEEKS = 4  # weeks before the period whose assignments count for continuity


def load_problem(repo: Repository, period: Period) -> tuple[PlanningProblem, list[Shift]]:
    """The period's facts from the repository, and every shift of the period (closed too).
    People who left the organisation are not in them: their shifts in the period are planned
    again like any other (planning a period plans all of it)."""
    org = repo.load_organisation()
    present = {p.id for p in org.people}
    settings = settings_from_toml(org.rules)
    all_shifts = generate_shifts(org, period)
    start, end = period_bounds(period, ZoneInfo(org.timezone))
    working = repo.roster(period)
    published = repo.roster(period, published=True) if repo.published_at(period) else None
    if published is not None:
        published = replace(published, assignments=_of(present, published.assignments))
    history = _of(present, history_before(repo, period))
    problem = PlanningProblem.build(
        org,
        period,
        all_shifts,
        absences=[a for a in repo.absences(start, end) if a.person_id in present],
        pinned=[a for a in _of(present, working.assignments) if a.pinned],
        published=published,
        history=history,
        outside=[(s, a) for s, a in published_around(repo, org, period) if a.person_id in present],
        settings=settings,
    )
    return problem, all_shifts


def history_before(repo: Repository, period: Period) -> tuple[Assignment, ...]:
    """The assignments of the HISTORY_WEEKS before the period: continuity, and who is still
    a newcomer on which activity, count them (planning and checking alike)."""
    history_period = Period(period.start - timedelta(weeks=HISTORY_WEEKS), HISTORY_WEEKS)
    return repo.roster(history_period).assignments


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
