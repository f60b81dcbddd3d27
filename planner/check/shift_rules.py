"""Rules about one shift and everyone on it: cover, no replacement, supervision, closed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planner.check.facts import Facts, Violation, is_qualified_professional, violation
from planner.domain import Assignment, Role, Shift
from planner.rule_id import RuleId


def rule_known_person(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    for a in on:
        if a.person_id not in facts.people:
            yield violation(RuleId.KNOWN_PEOPLE_AND_SHIFTS, a.person_id, shift, "person")


def rule_closed(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Nobody works a closed shift (public holiday, closing day)."""
    if shift.closed:
        for a in on:
            yield violation(RuleId.CLOSED_SHIFT, a.person_id, shift, closure=shift.closed_reason)


def rule_no_replacement(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """A volunteer never fills a professional's place; volunteers fill volunteer places."""
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or not who.is_volunteer or a.role is Role.VOLUNTEER:
            continue
        yield violation(RuleId.NO_REPLACEMENT, who, shift, "professional_place")


def rule_qualified(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Every professional on the shift holds all its qualifications on its day."""
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or a.role is not Role.PROFESSIONAL or not who.is_professional:
            continue
        finding = who.unqualified_for(shift)
        if finding is not None:
            yield finding


def rule_cover(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """A staffed open shift has its professionals, each qualified."""
    if shift.closed or unstaffed:
        return
    staffing = shift.activity.staffing
    qualified = sum(1 for a in on if is_qualified_professional(facts, shift, a))
    if qualified < staffing.professionals:
        yield violation(
            RuleId.PROFESSIONAL_COVER,
            None,
            shift,
            qualified=qualified,
            needed=staffing.professionals,
        )


def rule_unstaffed_alone(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """An unstaffed shift has no volunteers: volunteers never run a shift alone."""
    if not unstaffed:
        return
    for a in on:
        who = facts.people.get(a.person_id)
        if a.role is Role.VOLUNTEER or (who is not None and who.is_volunteer):
            yield violation(RuleId.NO_REPLACEMENT, a.person_id, shift, "alone")


def rule_supervision(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Volunteers: none where not allowed; at most volunteers_max; at most the ratio per
    professional on the shift."""
    staffing = shift.activity.staffing
    volunteers = sum(1 for a in on if a.role is Role.VOLUNTEER)
    pros = sum(1 for a in on if a.role is Role.PROFESSIONAL)
    if not volunteers:
        return
    if not staffing.volunteers_allowed:
        yield violation(RuleId.SUPERVISION, None, shift, "no_volunteers")
    elif volunteers > staffing.volunteers_max:
        yield violation(
            RuleId.SUPERVISION,
            None,
            shift,
            "max",
            volunteers=volunteers,
            most=staffing.volunteers_max,
        )
    ratio = staffing.volunteers_per_professional_max
    if ratio is not None and volunteers > ratio * pros and not unstaffed:  # else: no_replacement
        yield violation(
            RuleId.SUPERVISION,
            None,
            shift,
            "ratio",
            volunteers=volunteers,
            professionals=pros,
            ratio=ratio,
        )


def rule_min_people(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    """Nobody alone: a staffed shift has at least min_people people."""
    need = shift.activity.staffing.min_people
    if shift.closed or unstaffed or len(on) >= need:
        return
    qualified = sum(1 for a in on if is_qualified_professional(facts, shift, a))
    if qualified < shift.activity.staffing.professionals:
        return  # the cover rule already says the shift is short
    yield violation(RuleId.MIN_PEOPLE, None, shift, people=len(on), needed=need)


def rule_once_per_shift(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> Iterator[Violation]:
    seen: set[str] = set()
    for a in on:
        if a.person_id in seen:
            yield violation(RuleId.NO_OVERLAP, a.person_id, shift, "twice")
        seen.add(a.person_id)
