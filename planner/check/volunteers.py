"""A volunteer's own limits: shifts per calendar week and per calendar month."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, Work, filed_under, groups, violation
from planner.dates import monday_of, month_of
from planner.domain import Person
from planner.rule_id import RuleId


def rule_volunteer_limits(
    facts: Facts, person: Person, work: Sequence[Work]
) -> Iterator[Violation]:
    """A volunteer's own limits: shifts per calendar week and per calendar month (by start),
    counting published work outside the period that falls in the same week or month."""
    limits = person.limits
    if limits is None:
        return
    by_week = groups(work, lambda w: monday_of(w.shift.local_date))
    for monday, group in sorted(by_week.items()):
        shift = filed_under(facts, group)
        if len(group) > limits.max_shifts_per_week and shift is not None:
            yield violation(
                RuleId.VOLUNTEER_LIMITS,
                person,
                shift,
                "week",
                count=len(group),
                week=monday.isoformat(),
                most=limits.max_shifts_per_week,
            )
    by_month = groups(work, lambda w: month_of(w.shift.local_date))
    for (year, month), group in sorted(by_month.items()):
        shift = filed_under(facts, group)
        if len(group) > limits.max_shifts_per_month and shift is not None:
            yield violation(
                RuleId.VOLUNTEER_LIMITS,
                person,
                shift,
                "month",
                count=len(group),
                month=f"{year:04d}-{month:02d}",
                most=limits.max_shifts_per_month,
            )
