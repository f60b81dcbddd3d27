"""A roster seen one change at a time: who could take a place on a shift, and why not.

Candidate lists, manual edits and explanations weigh a thousand single changes against one
roster; RosterView indexes it once, and `why_not_in` runs the checker's own rules on the
roster with and without the change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from planner.check.checker import (
    is_shortage,
    new_violations,
    person_violations,
    shift_violations,
)
from planner.check.facts import Facts, Violation, Work
from planner.domain import Absence, Assignment, Organisation, Period, Person, Role, Roster, Shift
from planner.settings import HardSettings, RuleSettings


@dataclass(frozen=True)
class RosterView:
    """A roster with its period's shifts and facts, for weighing one change at a time
    without rebuilding the indexes."""

    facts: Facts
    shifts: dict[str, Shift]
    assignments: tuple[Assignment, ...]
    unstaffed: frozenset[str] = field(default_factory=frozenset)
    _by_shift: dict[str, list[Assignment]] = field(init=False, repr=False, compare=False)
    _by_person: dict[str, dict[str, Work]] = field(init=False, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        org: Organisation,
        period: Period,
        shifts: Sequence[Shift],
        roster: Roster,
        absences: Iterable[Absence],
        settings: RuleSettings | HardSettings,
        outside: Iterable[tuple[Shift, Assignment]] = (),
        history: Iterable[Assignment] = (),
    ) -> RosterView:
        by_id = {s.id: s for s in shifts}
        # The roster's own shifts count toward who is new where, as weighed before a change
        # (a change makes nobody experienced for the candidate list it is weighed in).
        worked = [(by_id[a.shift_id], a) for a in roster.assignments if a.shift_id in by_id]
        facts = Facts.build(org, period, absences, settings, outside, history, worked)
        return cls(
            facts,
            by_id,
            tuple(roster.assignments),
            frozenset(roster.unstaffed),
        )

    def __post_init__(self) -> None:
        # Indexes, so weighing a thousand candidates does not scan the roster each time.
        by_shift: dict[str, list[Assignment]] = defaultdict(list)
        by_person: dict[str, dict[str, Work]] = defaultdict(dict)
        for a in self.assignments:
            by_shift[a.shift_id].append(a)
            if a.shift_id in self.shifts:
                by_person[a.person_id].setdefault(a.shift_id, Work(self.shifts[a.shift_id], a.role))
        object.__setattr__(self, "_by_shift", by_shift)
        object.__setattr__(self, "_by_person", by_person)

    def on(self, shift_id: str) -> list[Assignment]:
        return list(self._by_shift.get(shift_id, ()))

    def work_of(self, person_id: str) -> list[Work]:
        return list(self._by_person.get(person_id, {}).values())

    def violations_around(
        self, shift_id: str, person_ids: Iterable[str], unstaffed: bool | None = None
    ) -> list[Violation]:
        """Violations of the given people's rules, then of the shift's rules (what is about
        the person reads first in a candidate list)."""
        shift = self.shifts[shift_id]
        if unstaffed is None:
            unstaffed = shift_id in self.unstaffed
        found: list[Violation] = []
        for pid in person_ids:
            person = self.facts.people.get(pid)
            if person is not None:
                found += person_violations(self.facts, person, self.work_of(pid))
        return found + shift_violations(self.facts, shift, self.on(shift_id), unstaffed)

    def with_assignments(self, assignments: Iterable[Assignment]) -> RosterView:
        return replace(self, assignments=tuple(assignments))

    def focused(self, shift_id: str | None) -> RosterView:
        return replace(self, facts=replace(self.facts, focus=shift_id))


def why_not_in(view: RosterView, shift_id: str, person_id: str, role: Role) -> list[Violation]:
    """The violations putting this person in this role on this shift would add, in rule
    order (the first is the most telling); empty when they can take it."""
    facts = replace(view.facts, focus=shift_id)
    shift = view.shifts[shift_id]
    unstaffed = shift_id in view.unstaffed
    person = facts.people.get(person_id)
    on = [a for a in view.on(shift_id) if a.person_id != person_id]
    work = [w for w in view.work_of(person_id) if w.shift.id != shift_id]
    before = shift_violations(facts, shift, on, unstaffed)
    after = shift_violations(facts, shift, [*on, Assignment(shift_id, person_id, role)], unstaffed)
    if person is not None:  # what is about the person reads first in a candidate list
        before = person_violations(facts, person, work) + before
        after = person_violations(facts, person, [*work, Work(shift, role)]) + after
    return [v for v in new_violations(before, after) if not is_shortage(v)]


def why_not(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    shift: Shift,
    person: Person,
    role: Role,
    outside: Iterable[tuple[Shift, Assignment]] = (),
    history: Iterable[Assignment] = (),
) -> list[Violation]:
    """why_not_in from domain objects: why this person cannot take this role on this shift,
    given the rest of the roster; empty when they can."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside, history)
    return why_not_in(view, shift.id, person.id, role)
