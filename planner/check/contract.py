"""A professional's contract over days and weeks: hours a day and a week, days in a row,
days off, weekends."""

from __future__ import annotations

import math
from collections.abc import Sequence

from planner.check.facts import (
    Facts,
    Work,
    day_runs,
    filed_under,
    groups,
    minutes_of,
    violation,
)
from planner.dates import minutes, monday_of
from planner.domain import (
    Period,
    Person,
)
from planner.i18n.format import hours_text, short_date
from planner.settings import HardSettings, is_weekend, weekend_of


def rule_hours_per_day(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional's hours of shifts starting on one local day <= max_hours_per_day."""
    if person.contract is None:
        return
    cap = round(person.contract.max_hours_per_day * 60)
    for day, group in sorted(groups(work, lambda w: w.shift.local_date).items()):
        total = minutes_of(group)
        shift = filed_under(facts, group)
        if total > cap and shift is not None:
            limit = hours_text(cap / 60)
            reason = f"over {limit} a day ({hours_text(total / 60)} on {short_date(day)})"
            sentence = (
                f"{person.name} works {hours_text(total / 60)} on {short_date(day)}, "
                f"at most {limit} a day."
            )
            yield violation("contract", person, reason, shift, sentence)


def rule_hours_per_week(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional's hours in a calendar week <= contract hours + tolerance."""
    if person.contract is None:
        return
    cap = round(person.contract.hours_per_week * 60) + minutes(facts.hard.contract_hours_tolerance)
    for monday, group in sorted(groups(work, lambda w: monday_of(w.shift.local_date)).items()):
        total = minutes_of(group)
        shift = filed_under(facts, group)
        if total > cap and shift is not None:
            limit = hours_text(cap / 60)
            reason = (
                f"reached {limit} a week ({hours_text(total / 60)} in the week of "
                f"{short_date(monday)})"
            )
            sentence = (
                f"{person.name} works {hours_text(total / 60)} in the week of "
                f"{short_date(monday)}, at most {limit}."
            )
            yield violation("contract", person, reason, shift, sentence)


def rule_consecutive_days(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional works on at most max_consecutive_days days in a row."""
    if person.contract is None:
        return
    most = facts.hard.max_consecutive_days
    for run in day_runs(w.shift.local_date for w in work):
        group = [w for w in work if run[0] <= w.shift.local_date <= run[-1]]
        shift = filed_under(facts, group)
        if len(run) > most and shift is not None:
            reason = f"over {most} days in a row ({len(run)} days from {short_date(run[0])})"
            sentence = (
                f"{person.name} works {len(run)} days in a row from {short_date(run[0])}, "
                f"at most {most}."
            )
            yield violation("contract", person, reason, shift, sentence)


def rule_days_off(facts: Facts, person: Person, work: Sequence[Work]):
    """Between two working days in the period, at least min_consecutive_days_off days off."""
    if person.contract is None or facts.hard.min_consecutive_days_off <= 1:
        return
    least = facts.hard.min_consecutive_days_off
    # Only gaps between two working days of the period: days outside it are unknown.
    runs = day_runs(w.shift.local_date for w in work if w.inside)
    for before, after in zip(runs, runs[1:], strict=False):
        off = (after[0] - before[-1]).days - 1
        if off < least:
            group = [w for w in work if w.inside and before[-1] <= w.shift.local_date <= after[0]]
            shift = filed_under(facts, group)
            between = f"between {short_date(before[-1])} and {short_date(after[0])}"
            reason = f"only {off} day(s) off {between} (at least {least})"
            sentence = f"{person.name} has {off} day(s) off {between}, at least {least}."
            yield violation("contract", person, reason, shift, sentence)


def weekend_limit(hard: HardSettings, period: Period) -> int:
    """Working weekends allowed in a period: ceil(max_working_weekends * weeks / 4)."""
    return math.ceil(hard.max_working_weekends * period.weeks / 4)


def rule_weekends(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional works at most ceil(max_working_weekends * weeks / 4) weekends."""
    if person.contract is None:
        return
    limit = weekend_limit(facts.hard, facts.period)
    weekend_work = [w for w in work if w.inside and is_weekend(w.shift)]
    weekends = groups(weekend_work, lambda w: weekend_of(w.shift))
    if len(weekends) > limit:
        shift = filed_under(facts, weekend_work)
        firsts = ", ".join(short_date(k) for k in sorted(weekends))
        count = f"{len(weekends)} weekend{'s' if len(weekends) != 1 else ''}"
        reason = f"would work {count} in this period (max {limit})"
        sentence = (
            f"{person.name} works {len(weekends)} weekends ({firsts}), at most {limit} "
            f"in this period."
        )
        yield violation("contract", person, reason, shift, sentence)
