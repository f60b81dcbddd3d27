"""Hand-overs, swaps and open places, weighed by the checker's own rules.

An exchange is one or more places changing hands at once: a hand-over moves one place, a swap
two (each person takes the other's), a pick-up fills an open place. It holds when every hard
rule the roster kept before still holds after: the checker's shift rules on every shift it
touches and its person rules for everyone it moves, on the roster with all the moves made
together. Nothing is excused as a shortage: a place handed on keeps its head count, so a
shift short after it has lost a qualification or its mix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.check.checker import is_shortage, new_violations, person_violations, shift_violations
from planner.check.facts import Violation
from planner.check.view import RosterView
from planner.domain import Assignment, Person, Role, Shift
from planner.reasons import Reason
from planner.rule_id import RuleId


@dataclass(frozen=True)
class Move:
    """One place changing hands: `giver` leaves the place (None: an open place, nobody
    leaves), `taker` takes it in `role`, the role of the place."""

    shift_id: str
    giver: str | None
    taker: str
    role: Role


@dataclass(frozen=True)
class Cover:
    """A person who might take a shift (a place handed on, or an open one) with what it
    costs: `reasons` why the hard rules refuse them (empty: they may), `cost` how much the
    objective rises with them on it (None: not weighed, because refused or the roster as it
    stands breaks a rule of the model), `terms` that rise by rule, the largest first."""

    person: Person
    role: Role
    reasons: tuple[Reason, ...] = ()
    cost: int | None = None
    terms: tuple[tuple[RuleId, int], ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.reasons


def exchanged(view: RosterView, moves: Sequence[Move]) -> tuple[Assignment, ...]:
    """The view's assignments with every move made."""
    out = {(m.shift_id, m.giver) for m in moves if m.giver is not None}
    kept = [a for a in view.assignments if (a.shift_id, a.person_id) not in out]
    return (*kept, *(Assignment(m.shift_id, m.taker, m.role) for m in moves))


def covered(view: RosterView, shift: Shift, on: Sequence[Assignment]) -> bool:
    """The shift has its qualified professionals in professionals' places, each qualification
    counted only where it has not lapsed by the shift's day. Edits by hand and exchanges both
    ask this: one answer for both."""
    needed = shift.activity.staffing
    qualified = 0
    for a in on:
        who = view.facts.people.get(a.person_id)
        if (
            who is not None
            and who.is_professional
            and a.role is Role.PROFESSIONAL
            and needed.qualifications <= who.qualifications_on(shift.local_date)
        ):
            qualified += 1
    return qualified >= needed.professionals


def exchange_violations(view: RosterView, moves: Sequence[Move]) -> list[Violation]:
    """What the moves, made together, break that the roster did not already break: the
    people's rules first (what is about them reads first), then the shifts'. Empty: it holds.

    A place keeps its kind: a volunteer never takes a professional's place (the checker's
    no-replacement rule says so) and a professional never a volunteer's, so every place a
    volunteer may take stays open to volunteers."""
    found: list[Violation] = []
    for m in moves:
        taker = view.facts.people.get(m.taker)
        if taker is not None and taker.is_professional and m.role is Role.VOLUNTEER:
            found.append(Reason.of(RuleId.NO_REPLACEMENT, m.taker, m.shift_id, "volunteer_place"))
        # Said first, as the checker words it: for a professional's place, that a volunteer
        # may never take it is the answer, not their days and times.
        if taker is not None and taker.is_volunteer and m.role is Role.PROFESSIONAL:
            found.append(
                Reason.of(RuleId.NO_REPLACEMENT, m.taker, m.shift_id, "professional_place")
            )
    for m in moves:
        # An open place of a professional is one the shift still needs: a professional
        # beyond them is not a place, whatever else allows it.
        needed = view.shifts[m.shift_id].activity.staffing.professionals
        pros = sum(1 for a in view.on(m.shift_id) if a.role is Role.PROFESSIONAL)
        if m.giver is None and m.role is Role.PROFESSIONAL and pros >= needed:
            found.append(
                Reason.of(
                    RuleId.PROFESSIONAL_COVER, m.taker, m.shift_id, "no_open_place", needed=needed
                )
            )
    people = list(dict.fromkeys([*(m.giver for m in moves if m.giver), *(m.taker for m in moves)]))
    shifts = list(dict.fromkeys(m.shift_id for m in moves))
    # Only the moved shifts' places and the moved people's work matter: the roster after the
    # moves is built from those alone, so weighing a thousand candidates stays cheap.
    touched_people, touched_shifts = set(people), set(shifts)
    relevant = view.with_assignments(
        a for a in view.assignments if a.shift_id in touched_shifts or a.person_id in touched_people
    )
    after = relevant.with_assignments(exchanged(relevant, moves))
    before_found: list[Violation] = []
    after_found: list[Violation] = []
    for pid in people:
        person = view.facts.people.get(pid)
        if person is None:
            after_found.append(Reason.of(RuleId.KNOWN_PEOPLE_AND_SHIFTS, pid, None, "person"))
            continue
        before_found += person_violations(view.facts, person, view.work_of(pid))
        after_found += person_violations(view.facts, person, after.work_of(pid))
    for sid in shifts:
        shift = view.shifts[sid]
        before_on, after_on = view.on(sid), after.on(sid)
        was_unstaffed = sid in view.unstaffed
        # A pick-up may staff an unstaffed shift: it then counts as staffed, so volunteers
        # may stand beside the professional who took it.
        is_unstaffed = not shift.closed and not covered(view, shift, after_on)
        before_found += shift_violations(view.facts, shift, before_on, was_unstaffed)
        after_found += shift_violations(view.facts, shift, after_on, is_unstaffed)
    # Filling an open place never makes a shift short: a shortage left after a pick-up was
    # there before it (a shift short of two professionals that one picks up stays short).
    picked = {m.shift_id for m in moves} - {m.shift_id for m in moves if m.giver is not None}
    broken = new_violations(before_found, after_found)
    return found + [
        v for v in broken if v not in found and not (is_shortage(v) and v.shift_id in picked)
    ]
