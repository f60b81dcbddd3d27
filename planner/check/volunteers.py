"""A volunteer's own limits: shifts per calendar week and per calendar month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.check.facts import (
    Facts,
    Work,
    filed_under,
    groups,
    violation,
)
from planner.dates import monday_of
from planner.domain import Person
from planner.i18n.format import short_date


def rule_volunteer_limits(facts: Facts, person: Person, work: Sequence[Work]):
    """A volunteer's own limits: shifts per calendar week and per calendar month (by start),
    counting published work outside the period that falls in the same week or month."""
    limits = person.limits
    if limits is None:
        return
    for monday, group in sorted(groups(work, lambda w: monday_of(w.shift.local_date)).items()):
        shift = filed_under(facts, group)
        if len(group) > limits.max_shifts_per_week and shift is not None:
            most = limits.max_shifts_per_week
            reason = f"at the limit they set: {most} shift(s) a week"
            sentence = (
                f"{person.name} has {len(group)} shifts in the week of {short_date(monday)}, "
                f"more than the {most} they set."
            )
            yield violation("volunteer_limits", person, reason, shift, sentence)
    by_month = groups(work, lambda w: (w.shift.local_date.year, w.shift.local_date.month))
    for (year, month), group in sorted(by_month.items()):
        shift = filed_under(facts, group)
        if len(group) > limits.max_shifts_per_month and shift is not None:
            most = limits.max_shifts_per_month
            month_name = short_date(date(year, month, 1)).split()[-1]
            reason = f"at the limit they set: {most} shift(s) a month"
            sentence = (
                f"{person.name} has {len(group)} shifts in {month_name} {year}, "
                f"more than the {most} they set."
            )
            yield violation("volunteer_limits", person, reason, shift, sentence)
