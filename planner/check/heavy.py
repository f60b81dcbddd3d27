"""Heavy shifts, as the checker sees them (planner/settings.py, heavy_*): in a row, per
calendar week and month, and the rest after one. Published work outside the period counts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import (
    Facts,
    Violation,
    Work,
    day_runs,
    filed_under,
    focus_shift,
    groups,
    pairs,
    violation,
)
from planner.dates import minutes, monday_of, month_of
from planner.domain import Person
from planner.rule_id import RuleId
from planner.settings import heavy_limits


def rule_heavy_shifts(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    limits = heavy_limits(person, facts.hard)
    if limits is None:
        return
    in_row, per_week, per_month = limits
    heavy = [w for w in work if w.shift.activity.heavy]
    for run in day_runs(w.shift.local_date for w in heavy):
        group = [w for w in heavy if run[0] <= w.shift.local_date <= run[-1]]
        shift = filed_under(facts, group)
        if len(run) > in_row and shift is not None:
            yield violation(
                RuleId.HEAVY_SHIFTS,
                person,
                shift,
                "row",
                days=len(run),
                first=run[0].isoformat(),
                most=in_row,
            )
    for monday, group in sorted(groups(heavy, lambda w: monday_of(w.shift.local_date)).items()):
        shift = filed_under(facts, group)
        if len(group) > per_week and shift is not None:
            yield violation(
                RuleId.HEAVY_SHIFTS,
                person,
                shift,
                "week",
                count=len(group),
                week=monday.isoformat(),
                most=per_week,
            )
    for (year, month), group in sorted(
        groups(heavy, lambda w: month_of(w.shift.local_date)).items()
    ):
        shift = filed_under(facts, group)
        if len(group) > per_month and shift is not None:
            yield violation(
                RuleId.HEAVY_SHIFTS,
                person,
                shift,
                "month",
                count=len(group),
                month=f"{year:04d}-{month:02d}",
                most=per_month,
            )
    rest = minutes(facts.hard.heavy_rest)
    for a, b in pairs(work, rest):
        if not a.shift.activity.heavy or b.start < a.end or b.start >= a.end + rest:
            continue
        filed = focus_shift(facts, a, b)
        other = b.shift if filed is a.shift else a.shift
        yield violation(
            RuleId.HEAVY_SHIFTS, person, filed, "rest", (other,), gap=b.start - a.end, rest=rest
        )
