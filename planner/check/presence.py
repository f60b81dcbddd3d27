"""Rules about whether a person is there at all: absences, the times a volunteer offers, the
activities they refuse, a professional's contract days."""

from __future__ import annotations

from collections.abc import Sequence

from planner.check.facts import (
    Facts,
    Work,
    violation,
)
from planner.domain import (
    AbsenceKind,
    Person,
)
from planner.i18n.format import DAY_ABBR, shift_label

_ABSENCE_WORDS = {
    AbsenceKind.LEAVE: "on leave",
    AbsenceKind.SICKNESS: "sick",
    AbsenceKind.UNAVAILABLE: "unavailable",
}


def rule_absence(facts: Facts, person: Person, work: Sequence[Work]):
    """Nobody works while on leave, sick or unavailable."""
    for w in work:
        if not w.inside:
            continue
        for absence in facts.absences.get(person.id, ()):
            if absence.overlaps(w.shift.start, w.shift.end):
                reason = _ABSENCE_WORDS.get(absence.kind, "absent")
                sentence = f"{person.name} is {reason} during {shift_label(w.shift)}."
                yield violation("absence", person, reason, w.shift, sentence)
                break


def rule_offers(facts: Facts, person: Person, work: Sequence[Work]):
    """A volunteer works only in the times they offered, never an activity they refuse."""
    limits = person.limits
    if limits is None:
        return
    for w in work:
        if not w.inside:
            continue
        if w.shift.activity_id in limits.refuses:
            reason = f"does not do {w.shift.activity.name} (their own choice)"
            sentence = f"{person.name} is on {shift_label(w.shift)} but refuses that activity."
            yield violation("volunteer_offers", person, reason, w.shift, sentence)
        if not limits.offers_time(w.shift.start, w.shift.end):
            offered = "; ".join(
                f"{DAY_ABBR[o.weekday]} {o.start:%H:%M}-{o.end:%H:%M}" for o in limits.offers
            )
            reason = f"did not offer this time (offers {offered})"
            sentence = (
                f"{person.name} is on {shift_label(w.shift)}, outside the times they offer "
                f"({offered})."
            )
            yield violation("volunteer_offers", person, reason, w.shift, sentence)


def rule_working_days(facts: Facts, person: Person, work: Sequence[Work]):
    """Professionals work only on their contract's days (by local start day)."""
    if person.contract is None or not facts.hard.respect_working_days:
        return
    for w in work:
        if w.inside and w.shift.start.weekday() not in person.contract.working_days:
            day = DAY_ABBR[w.shift.start.weekday()]
            reason = f"does not work on {day} (contract)"
            sentence = f"{person.name} is on {shift_label(w.shift)}, not a contract working day."
            yield violation("contract", person, reason, w.shift, sentence)
