"""Newcomers with a mentor, as the checker sees them: each newcomer on a shift has an
experienced person of that activity beside them (planner/settings.py, `newcomer_shifts`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, violation
from planner.domain import Assignment, Person, Role, Shift
from planner.rule_id import RuleId


def _mentors(facts: Facts, shift: Shift, on: Sequence[Assignment]) -> list[Person]:
    activity = shift.activity
    found = []
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None:
            continue
        if a.role is Role.PROFESSIONAL and who.is_professional:
            if activity.staffing.professionals_mentor:
                found.append(who)
        elif who.is_volunteer and not facts.is_newcomer(who, activity.id, shift.local_date):
            found.append(who)
    return found


def rule_newcomers(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Every newcomer on the shift has a mentor on it: a volunteer not new to the activity, or
    a professional where the activity lets professionals mentor."""
    if not shift.activity.staffing.volunteers_allowed:
        return  # no volunteer takes part at all: supervision says so
    newcomers = [
        who
        for a in on
        if (who := facts.people.get(a.person_id)) is not None
        and a.role is Role.VOLUNTEER
        and facts.is_newcomer(who, shift.activity.id, shift.local_date)
    ]
    if not newcomers or _mentors(facts, shift, on):
        return
    for who in newcomers:
        yield violation(
            RuleId.NEWCOMERS,
            who,
            shift,
            professionals=shift.activity.staffing.professionals_mentor,
        )
