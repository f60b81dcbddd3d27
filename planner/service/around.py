"""The work around a period: what planning, checking and editing count toward the rules whose
windows cross the period's edges (weekends in 4 weeks, weeks, months, days in a row, rest),
and what the fairness rules remember of the weeks before. One place, so the model, `roster
check` and the candidate lists see the same neighbourhood."""

from __future__ import annotations

from datetime import timedelta

from planner.dates import around
from planner.domain import Assignment, Organisation, Period, Shift
from planner.settings import RuleSettings
from planner.shifts import generate_shifts, shifts_of
from planner.storage.repository import Repository


def work_around(
    repo: Repository, org: Organisation, period: Period, *, published: bool = True
) -> list[tuple[Shift, Assignment]]:
    """(shift, assignment) pairs outside the period and within planner.dates.around(period):
    the published ones (or the working roster's, for manual edits), before and after it."""
    wide = around(period)
    shifts = {
        s.id: s
        for s in generate_shifts(org, wide)
        if not (period.start <= s.local_date < period.end)
    }
    return [
        (shifts[a.shift_id], a)
        for a in repo.roster(wide, published=published).assignments
        if a.shift_id in shifts
    ]


def fairness_past(
    repo: Repository, org: Organisation, period: Period, settings: RuleSettings
) -> list[tuple[Shift, Assignment]]:
    """The published (shift, assignment) pairs of the fairness horizon before the period
    (settings.fairness.horizon_weeks): what the fairness rules remember. Each shift is made
    from its id (planner.shifts.shifts_of), not by expanding weeks of recurrences."""
    weeks = settings.fairness.horizon_weeks
    if weeks <= 0:
        return []
    horizon = Period(period.start - timedelta(weeks=weeks), weeks)
    assignments = repo.roster(horizon, published=True).assignments
    shifts = shifts_of(org, (a.shift_id for a in assignments))
    return [(shifts[a.shift_id], a) for a in assignments if a.shift_id in shifts]
