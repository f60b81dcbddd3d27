"""The independent checker: every hard rule, verified on a finished roster without CP-SAT.

It is the second opinion on the solver, so it shares none of the model's code: only the
domain types, the rule parameters (planner/settings.py, whose docstrings fix what each
parameter means) and the dates. Each rule is a small function in this package, listed in the
two registries here; `check_roster` runs them all, and `why_not_in` (planner/check/view.py)
runs the same functions to say why one person cannot take one place on one shift.

A violation is a Reason (planner/reasons.py): the rule's id, the person and shifts, the
numbers. planner/i18n/reasons.py words it for `roster check`, candidate lists and
explanations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from planner.check.contract import (
    rule_consecutive_days,
    rule_days_off,
    rule_hours_per_day,
    rule_hours_per_week,
    rule_weekends,
)
from planner.check.facts import Facts, Violation, Work
from planner.check.heavy import rule_heavy_shifts
from planner.check.mentors import rule_newcomers
from planner.check.mix import rule_mix
from planner.check.pairs import rule_never_together
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
from planner.domain import Absence, Assignment, Organisation, Period, Person, Roster, Shift
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.settings import HardSettings, RuleSettings

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
    rule_newcomers,
    rule_never_together,
    rule_mix,
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
    rule_heavy_shifts,
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
    history: Iterable[Assignment] = (),
) -> list[Violation]:
    """Every hard-rule violation of the roster. `shifts` are the period's shifts (closed ones
    too); `pinned` the assignments the roster had to keep; `outside` published (shift,
    assignment) pairs around the period, which count toward limits that straddle its edges
    (weeks, months, rest) but are not themselves reported; `history` the assignments of the
    weeks before, which say who is still a newcomer where."""
    by_id = {s.id: s for s in shifts}
    worked = [(by_id[a.shift_id], a) for a in roster.assignments if a.shift_id in by_id]
    facts = Facts.build(org, period, absences, settings, outside, history, worked)
    on_shift: dict[str, list[Assignment]] = defaultdict(list)
    work: dict[str, list[Work]] = defaultdict(list)
    violations: list[Violation] = []
    for a in roster.assignments:
        shift = by_id.get(a.shift_id)
        if shift is None:
            violations.append(
                Reason.of(RuleId.KNOWN_PEOPLE_AND_SHIFTS, a.person_id, a.shift_id, "shift")
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
            violations.append(
                Reason.of(
                    RuleId.PINNED_ASSIGNMENTS, pin.person_id, pin.shift_id, role=pin.role.value
                )
            )
    return violations


def new_violations(before: Sequence[Violation], after: Sequence[Violation]) -> list[Violation]:
    """What a change breaks: violations after it that were not there before (a limit already
    broken and broken further has other numbers, so it counts as new)."""
    seen = set(before)
    return [v for v in after if v not in seen]


def is_shortage(v: Violation) -> bool:
    """A shift short of professionals or people: adding someone never causes it, and taking
    someone off leaves a gap to fill rather than a broken promise (the shift is then
    unstaffed, or `roster check` lists it until it is filled)."""
    return v.person_id is None and v.rule in (
        RuleId.PROFESSIONAL_COVER,
        RuleId.MIN_PEOPLE,
        RuleId.QUALIFICATION_MIX,
    )
