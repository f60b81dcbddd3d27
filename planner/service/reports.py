"""The staffing-ratio report and the hours report of a window, read from the repository
(figures: planner/report)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from planner.domain import Organisation, Period
from planner.errors import PlannerError
from planner.limits import MAX_PERIOD_WEEKS, bound_period
from planner.message import msg
from planner.report.hours import HoursBy, HoursReport, compute_hours
from planner.report.ratios import REGULARS_LOOKBACK, RatioReport, compute_ratios
from planner.shifts import generate_shifts
from planner.storage.own_work import own_work
from planner.storage.repository import Repository


def with_former(repo: Repository, org: Organisation, person_ids: Iterable[str]) -> Organisation:
    """The organisation with the people who left (or were forgotten, under their pseudonym)
    among `person_ids`: their past shifts still count in reports."""
    wanted = set(person_ids) - {p.id for p in org.people}
    if not wanted:
        return org
    former = tuple(p for p in repo.former_people() if p.id in wanted)
    return replace(org, people=org.people + former)


def ratio_report(
    repo: Repository, window: Period, *, published: bool = True, now: datetime | None = None
) -> RatioReport:
    """The report of the published (or working) roster of the window. People who have left
    count for the shifts they worked; what happened by `now` is counted as incidents."""
    org = repo.load_organisation()
    shifts = generate_shifts(org, window)
    roster = repo.roster(window, published=published)
    before = Period(window.start - REGULARS_LOOKBACK, REGULARS_LOOKBACK.days // 7)
    earlier_shifts = {s.id: s for s in generate_shifts(org, before)}
    earlier = [
        (a, earlier_shifts[a.shift_id])
        for a in repo.roster(before, published=True).assignments
        if a.shift_id in earlier_shifts
    ]
    org = with_former(repo, org, [a.person_id for a in roster.assignments])
    return compute_ratios(
        org,
        window,
        shifts,
        roster,
        earlier=earlier,
        source="published" if published else "working",
        published_at=repo.published_at(window),
        now=now,
    )


def hours_window(first: date, last: date) -> Period:
    """The whole weeks from `first` that hold `last`: what the hours from `first` to `last`
    are counted on. PlannerError when `last` is before `first` or the span is too long."""
    if last < first:
        raise PlannerError(msg("'To' is before 'From'"))
    window = Period(first, (last - first).days // 7 + 1)
    bound_period(window, MAX_PERIOD_WEEKS)
    return window


def hours_report(
    repo: Repository,
    first: date,
    last: date,
    *,
    now: datetime,
    by: HoursBy = HoursBy.ACTIVITY,
    person_id: str | None = None,
) -> HoursReport:
    """Hours that happened from `first` to `last` (inclusive): the published roster, which
    holds `roster correct`'s corrections, on shifts that have ended by `now`. People who have
    left count for the shifts they worked; `person_id` (one person's own) must be someone the
    organisation knows or knew."""
    window = hours_window(first, last)
    if person_id is not None:
        # One person's own: their rows only (a personal page asks at every load).
        org, roster = own_work(repo.engine, person_id, window)
        if not org.people:
            raise PlannerError(msg("unknown person '{person}'", person=person_id))
    else:
        org = repo.load_organisation()
        roster = repo.roster(window, published=True)
        org = with_former(repo, org, [a.person_id for a in roster.assignments])
    return compute_hours(
        org,
        generate_shifts(org, window),
        roster,
        first=first,
        last=last,
        now=now,
        by=by,
        person_id=person_id,
    )
