"""Rules about whether a person is there at all: absences, the times a volunteer offers, the
activities they refuse, a professional's contract days."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, Work, violation
from planner.domain import Person, TimeWindow
from planner.rule_id import RuleId


def window_code(window: TimeWindow) -> str:
    """'1 13:00 17:00': weekday (0 = Monday), start, end; how a reason stores an offer."""
    return f"{window.weekday} {window.start:%H:%M} {window.end:%H:%M}"


def rule_absence(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """Nobody works while on leave, sick or unavailable."""
    for w in work:
        if not w.inside:
            continue
        for absence in facts.absences.get(person.id, ()):
            if absence.overlaps(w.shift.start, w.shift.end):
                yield violation(RuleId.ABSENCE, person, w.shift, kind=absence.kind.value)
                break


def rule_offers(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """A volunteer works only in the times they offered, never an activity they refuse."""
    limits = person.limits
    if limits is None:
        return
    for w in work:
        if not w.inside:
            continue
        if w.shift.activity_id in limits.refuses:
            yield violation(
                RuleId.VOLUNTEER_OFFERS, person, w.shift, "refuses", activity=w.shift.activity_id
            )
        if not limits.offers_time(w.shift.start, w.shift.end):
            offers = tuple(window_code(o) for o in limits.offers)
            yield violation(RuleId.VOLUNTEER_OFFERS, person, w.shift, "time", offers=offers)


def rule_working_days(facts: Facts, person: Person, work: Sequence[Work]) -> Iterator[Violation]:
    """Professionals work only on their contract's days (by local start day)."""
    if person.contract is None or not facts.hard.respect_working_days:
        return
    for w in work:
        if w.inside and w.shift.start.weekday() not in person.contract.working_days:
            yield violation(RuleId.WORKING_DAYS, person, w.shift, weekday=w.shift.start.weekday())
