"""Rules about one shift and everyone on it: cover, no replacement, supervision, closed."""

from __future__ import annotations

from collections.abc import Sequence

from planner.check.facts import (
    Facts,
    Violation,
    is_qualified_professional,
    name_of,
    violation,
)
from planner.domain import (
    Assignment,
    Role,
    Shift,
)
from planner.i18n.format import shift_label


def rule_known_person(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    for a in on:
        if a.person_id not in facts.people:
            sentence = (
                f"{shift_label(shift)} names '{a.person_id}', who is not in the organisation."
            )
            yield Violation("unknown", sentence, shift.id, a.person_id, "not in the organisation")


def rule_closed(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Nobody works a closed shift (public holiday, closing day)."""
    if shift.closed:
        for a in on:
            who = facts.people.get(a.person_id)
            reason = f"the shift is closed ({shift.closed_reason})"
            sentence = f"{name_of(facts, a)} is on {shift_label(shift)}, which is closed ({shift.closed_reason})."
            yield violation("closed_shift", who, reason, shift, sentence)


def rule_no_replacement(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """A volunteer never fills a professional's place; volunteers fill volunteer places."""
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or not who.is_volunteer or a.role is Role.VOLUNTEER:
            continue
        yield violation(
            "no_replacement",
            who,
            "is a volunteer: a volunteer cannot take a professional's place",
            shift,
            f"{who.name} is a volunteer but fills a professional's place on {shift_label(shift)}.",
        )


def rule_qualified(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Every professional on the shift holds all its qualifications."""
    needed = shift.activity.staffing.qualifications
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or a.role is not Role.PROFESSIONAL or not who.is_professional:
            continue
        missing = sorted(needed - who.qualifications)
        if missing:
            reason = "not qualified: " + ", ".join(missing)
            sentence = f"{who.name} is on {shift_label(shift)} but is {reason}."
            yield violation("professional_cover", who, reason, shift, sentence)


def rule_cover(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """A staffed open shift has its professionals, each qualified."""
    if shift.closed or unstaffed:
        return
    staffing = shift.activity.staffing
    qualified = sum(1 for a in on if is_qualified_professional(facts, shift, a))
    if qualified < staffing.professionals:
        yield violation(
            "professional_cover",
            None,
            f"{shift_label(shift)} has {qualified} qualified professional(s), needs "
            f"{staffing.professionals}, and is not reported as unstaffed.",
            shift,
        )


def rule_unstaffed_alone(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """An unstaffed shift has no volunteers: volunteers never run a shift alone."""
    if not unstaffed:
        return
    for a in on:
        who = facts.people.get(a.person_id)
        if a.role is Role.VOLUNTEER or (who is not None and who.is_volunteer):
            reason = f"{shift_label(shift)} has no professional: volunteers never run a shift alone"
            sentence = f"{name_of(facts, a)} is on {shift_label(shift)}, which is unstaffed."
            yield violation("no_replacement", who, reason, shift, sentence)


def rule_supervision(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Volunteers: none where not allowed; at most volunteers_max; at most the ratio per
    professional on the shift."""
    staffing = shift.activity.staffing
    volunteers = sum(1 for a in on if a.role is Role.VOLUNTEER)
    pros = sum(1 for a in on if a.role is Role.PROFESSIONAL)
    label = shift_label(shift)
    if not volunteers:
        return
    if not staffing.volunteers_allowed:
        reason = f"volunteers do not take part in {shift.activity.name}"
        yield violation(
            "supervision", None, reason, shift, f"{label} has volunteers, but {reason}."
        )
    elif volunteers > staffing.volunteers_max:
        yield violation(
            "supervision",
            None,
            f"{label} has room for {staffing.volunteers_max} volunteer(s)",
            shift,
            f"{label} has {volunteers} volunteers, at most {staffing.volunteers_max}.",
        )
    ratio = staffing.volunteers_per_professional_max
    if ratio is not None and volunteers > ratio * pros and not unstaffed:  # else: no_replacement
        yield violation(
            "supervision",
            None,
            f"{pros} professional(s) on {label} can support at most {ratio * pros} volunteer(s)",
            shift,
            f"{label} has {volunteers} volunteers for {pros} professional(s), "
            f"at most {ratio} per professional.",
        )


def rule_min_people(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Nobody alone: a staffed shift has at least min_people people."""
    need = shift.activity.staffing.min_people
    if shift.closed or unstaffed or len(on) >= need:
        return
    qualified = sum(1 for a in on if is_qualified_professional(facts, shift, a))
    if qualified < shift.activity.staffing.professionals:
        return  # the cover rule already says the shift is short
    yield violation(
        "min_people",
        None,
        f"{shift_label(shift)} needs at least {need} people",
        shift,
        f"{shift_label(shift)} has {len(on)} person(s), needs at least {need} (nobody alone).",
    )


def rule_once_per_shift(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    seen: set[str] = set()
    for a in on:
        if a.person_id in seen:
            who = facts.people.get(a.person_id)
            reason = f"is on {shift_label(shift)} twice"
            yield violation("two_places", who, reason, shift, f"{name_of(facts, a)} {reason}.")
        seen.add(a.person_id)
