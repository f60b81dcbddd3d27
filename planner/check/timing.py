"""Rules about two shifts of one person: not in two places at once, rest, forbidden
successions. A finding is filed under one shift of the pair (the one weighed, when there is
one) and names the other."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, Work, focus_shift, pairs, violation
from planner.dates import minutes
from planner.domain import Person
from planner.rule_id import RuleId
from planner.settings import shift_class


def rule_two_places(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """Nobody in two places at once: no overlap, and travel time between different sites."""
    travel = minutes(facts.hard.travel_time)
    for a, b in pairs(work, travel):
        sa, sb = a.shift, b.shift
        filed = focus_shift(facts, a, b)
        other = sb if filed is sa else sa
        if b.start < a.end:
            yield violation(RuleId.NO_OVERLAP, person, filed, "overlap", (other,))
        elif sa.activity.site != sb.activity.site and b.start - a.end < travel:
            yield violation(
                RuleId.NO_OVERLAP,
                person,
                filed,
                "travel",
                (other,),
                gap=b.start - a.end,
                needs=travel,
            )


def rule_rest(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """Rest between working days (settings.HardSettings.min_rest): two shifts less than
    min_rest apart conflict unless both start on the same local day and together span at
    most 24 h - min_rest (one working day)."""
    rest = minutes(facts.hard.min_rest)
    day_limit = 24 * 60 - rest
    for a, b in pairs(work, rest):
        if b.start < a.end:
            continue  # overlapping: the two-places rule says so
        same_day = a.shift.local_date == b.shift.local_date
        span = b.end - a.start
        if same_day and span <= day_limit:
            continue  # two parts of one working day
        filed = focus_shift(facts, a, b)
        other = b.shift if filed is a.shift else a.shift
        values = {"gap": b.start - a.end, "rest": rest}
        if same_day:
            # Both rules say no: too long for one working day, too close for two.
            values |= {"span": span, "day_limit": day_limit}
        case = "same_day" if same_day else ""
        yield violation(RuleId.REST_BETWEEN_SHIFTS, person, filed, case, (other,), **values)


def rule_successions(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """A professional never starts a class-B shift within succession_window after the end of
    a class-A shift, for each forbidden (A, B)."""
    if person.contract is None or not facts.hard.forbidden_successions:
        return
    forbidden = set(facts.hard.forbidden_successions)
    window = minutes(facts.hard.succession_window)
    for a, b in pairs(work, window):
        if b.start < a.end:
            continue
        first, second = shift_class(a.shift), shift_class(b.shift)
        if (first, second) in forbidden:
            filed = focus_shift(facts, a, b)
            other = b.shift if filed is a.shift else a.shift
            yield violation(
                RuleId.FORBIDDEN_SUCCESSIONS,
                person,
                filed,
                others=(other,),
                first=first,
                second=second,
                window=window,
            )
