"""A professional's contract over days and weeks: hours a day and a week, days in a row,
days off, weekends."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from planner.check.facts import (
    Facts,
    Violation,
    Work,
    day_runs,
    filed_under,
    groups,
    minutes_of,
    violation,
)
from planner.dates import minutes, monday_of
from planner.domain import Person
from planner.rule_id import RuleId
from planner.settings import WEEKEND_WINDOW, is_weekend, weekend_of


def rule_hours_per_day(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """A professional's hours of shifts starting on one local day <= max_hours_per_day."""
    if person.contract is None:
        return
    cap = round(person.contract.max_hours_per_day * 60)
    for day, group in sorted(groups(work, lambda w: w.shift.local_date).items()):
        total = minutes_of(group)
        shift = filed_under(facts, group)
        if total > cap and shift is not None:
            yield violation(
                RuleId.HOURS_PER_DAY, person, shift, day=day.isoformat(), total=total, most=cap
            )


def rule_hours_per_week(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """A professional's hours in a calendar week <= contract hours + tolerance."""
    if person.contract is None:
        return
    cap = round(person.contract.hours_per_week * 60) + minutes(facts.hard.contract_hours_tolerance)
    for monday, group in sorted(groups(work, lambda w: monday_of(w.shift.local_date)).items()):
        total = minutes_of(group)
        shift = filed_under(facts, group)
        if total > cap and shift is not None:
            yield violation(
                RuleId.HOURS_PER_WEEK,
                person,
                shift,
                week=monday.isoformat(),
                total=total,
                most=cap,
            )


def rule_consecutive_days(
    facts: Facts, person: Person, work: Sequence[Work]
) -> Iterator[Violation]:
    """A professional works on at most max_consecutive_days days in a row."""
    if person.contract is None:
        return
    most = facts.hard.max_consecutive_days
    for run in day_runs(w.shift.local_date for w in work):
        group = [w for w in work if run[0] <= w.shift.local_date <= run[-1]]
        shift = filed_under(facts, group)
        if len(run) > most and shift is not None:
            yield violation(
                RuleId.MAX_CONSECUTIVE_DAYS,
                person,
                shift,
                days=len(run),
                first=run[0].isoformat(),
                most=most,
            )


def rule_days_off(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """Between two working days, at least min_consecutive_days_off days off; published
    working days around the period count (a gap between two of them alone is not the
    period's finding)."""
    if person.contract is None or facts.hard.min_consecutive_days_off <= 1:
        return
    least = facts.hard.min_consecutive_days_off
    runs = day_runs(w.shift.local_date for w in work)
    for before, after in zip(runs, runs[1:], strict=False):
        off = (after[0] - before[-1]).days - 1
        group = [w for w in work if before[-1] <= w.shift.local_date <= after[0]]
        shift = filed_under(facts, group)
        if off < least and shift is not None:
            yield violation(
                RuleId.MIN_CONSECUTIVE_DAYS_OFF,
                person,
                shift,
                off=off,
                last=before[-1].isoformat(),
                next=after[0].isoformat(),
                least=least,
            )


def rule_weekends(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """A professional works at most max_working_weekends weekends in any WEEKEND_WINDOW
    consecutive weekends, published weekends outside the period included. Each window that
    holds a weekend of the period is weighed; one finding per set of weekends too many, the
    widest (four weekends in a row are one finding, not three)."""
    if person.contract is None:
        return
    most = facts.hard.max_working_weekends
    weekend_work = [w for w in work if is_weekend(w.shift)]
    weekends: dict[date, list[Work]] = {
        k: g for k, g in groups(weekend_work, lambda w: weekend_of(w.shift)).items() if k
    }
    inside = {k for k, g in weekends.items() if any(w.inside for w in g)}
    week = timedelta(weeks=1)
    found: list[frozenset[date]] = []
    for first in sorted({k - i * week for k in inside for i in range(WEEKEND_WINDOW)}):
        worked = frozenset(k for i in range(WEEKEND_WINDOW) if (k := first + i * week) in weekends)
        if len(worked) > most and worked & inside:
            found = [f for f in found if not f < worked]
            if not any(worked <= f for f in found):
                found.append(worked)
    for worked in found:
        group = [w for k in sorted(worked) for w in weekends[k]]
        yield violation(
            RuleId.MAX_WORKING_WEEKENDS,
            person,
            filed_under(facts, group),
            weekends=tuple(k.isoformat() for k in sorted(worked)),
            most=most,
        )
