"""The independent checker: every hard rule, verified on a finished roster without CP-SAT.

It is the second opinion on the solver, so it shares none of the model's code: only the
domain types and the rule parameters (planner/settings.py, whose docstrings fix what each
parameter means). Each rule is a small named function in planner/check/, listed in the two
registries here; `check_roster` runs them all, and `why_not` runs the same functions to say
why one person cannot take one place on one shift.

A violation carries two texts: `message`, a full sentence for `roster check`, and `reason`,
the phrase that follows a person's name ("Els Vermeulen" + " on leave") for candidate lists
and explanations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from planner.check.contract import (
    rule_consecutive_days,
    rule_days_off,
    rule_hours_per_day,
    rule_hours_per_week,
    rule_weekends,
    weekend_limit,
)
from planner.check.facts import Facts, Violation, Work
from planner.check.presence import rule_absence, rule_offers, rule_working_days
from planner.check.shift_rules import (
    rule_closed,
    rule_cover,
    rule_known_person,
    rule_min_people,
    rule_no_replacement,
    rule_once_per_shift,
    rule_qualified,
    rule_supervision,
    rule_unstaffed_alone,
)
from planner.check.timing import rule_rest, rule_successions, rule_two_places
from planner.check.volunteers import rule_volunteer_limits
from planner.domain import Absence, Assignment, Organisation, Period, Person, Role, Roster, Shift
from planner.i18n.format import shift_label
from planner.settings import HardSettings, RuleSettings

__all__ = [
    "Facts",
    "RosterView",
    "Violation",
    "Work",
    "check_roster",
    "is_shortage",
    "new_violations",
    "person_violations",
    "shift_violations",
    "weekend_limit",
    "why_not",
    "why_not_in",
]

# The registries: every hard rule the checker verifies, in the order a reason is given
# (the first that applies is the most telling).

ShiftRule = Callable[[Facts, Shift, Sequence[Assignment], bool], Iterator[Violation]]


SHIFT_RULES: tuple[ShiftRule, ...] = (
    rule_known_person,
    rule_closed,
    rule_no_replacement,
    rule_qualified,
    rule_cover,
    rule_unstaffed_alone,
    rule_supervision,
    rule_min_people,
    rule_once_per_shift,
)


PersonRule = Callable[[Facts, Person, Sequence[Work]], Iterator[Violation]]


PERSON_RULES: tuple[PersonRule, ...] = (
    rule_absence,
    rule_offers,
    rule_working_days,
    rule_two_places,
    rule_rest,
    rule_hours_per_day,
    rule_hours_per_week,
    rule_consecutive_days,
    rule_days_off,
    rule_weekends,
    rule_successions,
    rule_volunteer_limits,
)


def shift_violations(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> list[Violation]:
    return [v for rule in SHIFT_RULES for v in rule(facts, shift, on, unstaffed)]


def person_violations(facts: Facts, person: Person, inside: Sequence[Work]) -> list[Violation]:
    work = [*inside, *facts.outside.get(person.id, ())]
    return [v for rule in PERSON_RULES for v in rule(facts, person, work)]


def check_roster(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    pinned: Iterable[Assignment] = (),
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> list[Violation]:
    """Every hard-rule violation of the roster, in sentences. `shifts` are the period's
    shifts (closed ones too); `pinned` the assignments the roster had to keep; `outside`
    published (shift, assignment) pairs around the period, which count toward limits that
    straddle its edges (weeks, months, rest) but are not themselves reported."""
    facts = Facts.build(org, period, absences, settings, outside)
    by_id = {s.id: s for s in shifts}
    on_shift: dict[str, list[Assignment]] = defaultdict(list)
    work: dict[str, list[Work]] = defaultdict(list)
    violations: list[Violation] = []
    for a in roster.assignments:
        shift = by_id.get(a.shift_id)
        if shift is None:
            violations.append(
                Violation(
                    "unknown",
                    f"An assignment of '{a.person_id}' is on '{a.shift_id}', "
                    "which is not a shift of this period.",
                    a.shift_id,
                    a.person_id,
                )
            )
            continue
        twice = any(b.person_id == a.person_id for b in on_shift[a.shift_id])
        on_shift[a.shift_id].append(a)
        if not twice:  # the same shift twice is the shift rule's to report, once
            work[a.person_id].append(Work(shift, a.role))
    for shift in sorted(shifts, key=lambda s: (s.start, s.id)):
        violations += shift_violations(
            facts, shift, on_shift.get(shift.id, []), shift.id in roster.unstaffed
        )
    for person in org.people:
        violations += person_violations(facts, person, work.get(person.id, []))
    kept = {(a.shift_id, a.person_id, a.role) for a in roster.assignments}
    for pin in pinned:
        if (pin.shift_id, pin.person_id, pin.role) not in kept:
            shift = by_id.get(pin.shift_id)
            where = shift_label(shift) if shift else pin.shift_id
            who = facts.people.get(pin.person_id)
            name = who.name if who else pin.person_id
            violations.append(
                Violation(
                    "pinned",
                    f"{name} was pinned on {where} as {pin.role.value} but is not on it.",
                    pin.shift_id,
                    pin.person_id,
                    f"pinned on {where}",
                )
            )
    return violations


@dataclass(frozen=True)
class RosterView:
    """A roster with its period's shifts and facts, for weighing one change at a time
    (candidate lists, manual edits, explanations) without rebuilding the indexes."""

    facts: Facts
    shifts: dict[str, Shift]
    assignments: tuple[Assignment, ...]
    unstaffed: frozenset[str] = field(default_factory=frozenset)

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
    ) -> RosterView:
        facts = Facts.build(org, period, absences, settings, outside)
        return cls(
            facts,
            {s.id: s for s in shifts},
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


def new_violations(before: Sequence[Violation], after: Sequence[Violation]) -> list[Violation]:
    """What a change breaks: violations after it that were not there before (a limit already
    broken and broken further reads differently, so it counts as new)."""
    seen = {(v.rule, v.message) for v in before}
    return [v for v in after if (v.rule, v.message) not in seen]


def is_shortage(v: Violation) -> bool:
    """A shift short of professionals or people: adding someone never causes it, and taking
    someone off leaves a gap to fill rather than a broken promise (the shift is then
    unstaffed, or `roster check` lists it until it is filled)."""
    return v.person_id is None and v.rule in ("professional_cover", "min_people")


def why_not_in(view: RosterView, shift_id: str, person_id: str, role: Role) -> list[Violation]:
    """The violations putting this person in this role on this shift would add."""
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
) -> list[str]:
    """Why this person cannot take this role on this shift, given the rest of the roster:
    the reasons in rule order (the first is the most telling); empty when they can."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return [v.reason for v in why_not_in(view, shift.id, person.id, role)]
