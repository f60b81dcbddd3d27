"""What every check shares: the violation (a Reason, as data), the work of a person, the
facts rules look up, and small helpers for groups of shifts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from planner.dates import activity_of, local_start_of, utc_minutes
from planner.domain import (
    Absence,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Shift,
)
from planner.reasons import Reason, Value
from planner.rule_id import RuleId
from planner.settings import NEWCOMER_WEEKS, HardSettings, RuleSettings, shifts_within

K = TypeVar("K")


# A violation is a Reason (planner/reasons.py) of a hard or eligibility rule: data, worded
# at the edge (planner/i18n/reasons.py).
Violation = Reason


@dataclass(frozen=True)
class Work:
    """One shift a person works. `inside`: in the checked roster; otherwise already published
    work outside the period, which only counts toward limits that straddle the period edge."""

    shift: Shift
    role: Role
    inside: bool = True

    @property
    def start(self) -> int:
        return utc_minutes(self.shift.start)

    @property
    def end(self) -> int:
        return utc_minutes(self.shift.end)


@dataclass
class Facts:
    """What the rules look things up in: the period, people, absences, outside work."""

    org: Organisation
    period: Period
    hard: HardSettings
    people: dict[str, Person]
    absences: dict[str, list[Absence]]
    outside: dict[str, list[Work]]  # person id -> published work outside the period
    focus: str | None = None  # the shift a candidate is weighed for: findings are filed under it
    # (person id, activity id) -> sorted local days of every shift known: before the period,
    # around it and in the checked roster (who is a newcomer where, on which day)
    done: dict[tuple[str, str], list[date]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        org: Organisation,
        period: Period,
        absences: Iterable[Absence],
        settings: RuleSettings | HardSettings,
        outside: Iterable[tuple[Shift, Assignment]] = (),
        history: Iterable[Assignment] = (),
        worked: Iterable[tuple[Shift, Assignment]] = (),
    ) -> Facts:
        """`worked`: the checked roster's own (shift, assignment) pairs, which make a
        newcomer experienced for later shifts as any other shift does."""
        by_person: dict[str, list[Absence]] = defaultdict(list)
        for a in absences:
            by_person[a.person_id].append(a)
        out: dict[str, list[Work]] = defaultdict(list)
        for s, w in outside:
            out[w.person_id].append(Work(s, w.role, inside=False))
        hard = settings.hard if isinstance(settings, RuleSettings) else settings
        people = {p.id: p for p in org.people}
        return cls(
            org, period, hard, people, by_person, out, done=_days_done(history, outside, worked)
        )

    def is_newcomer(self, person: Person, activity_id: str, day: date) -> bool:
        """planner/settings.py, `newcomer_shifts`: a volunteer marked a newcomer, or with
        fewer than `newcomer_shifts` shifts of the activity in the NEWCOMER_WEEKS before
        `day`, wherever those shifts were planned."""
        if not person.is_volunteer:
            return False
        days = self.done.get((person.id, activity_id), [])
        need = self.hard.newcomer_shifts
        return person.newcomer or shifts_within(days, day, NEWCOMER_WEEKS) < need


def _days_done(
    history: Iterable[Assignment],
    outside: Iterable[tuple[Shift, Assignment]],
    worked: Iterable[tuple[Shift, Assignment]],
) -> dict[tuple[str, str], list[date]]:
    """(person id, activity id) -> sorted days of their shifts, each shift once."""
    seen: set[tuple[str, str]] = set()
    days: dict[tuple[str, str], list[date]] = defaultdict(list)
    every = [(a.person_id, a.shift_id, local_start_of(a.shift_id).date()) for a in history]
    every += [(a.person_id, s.id, s.local_date) for s, a in (*outside, *worked)]
    for person_id, shift_id, day in every:
        if (person_id, shift_id) not in seen:
            seen.add((person_id, shift_id))
            days[(person_id, activity_of(shift_id))].append(day)
    return {key: sorted(found) for key, found in days.items()}


def violation(
    rule: RuleId,
    who: Person | str | None,
    shift: Shift | None,
    case: str = "",
    others: Iterable[Shift] = (),
    **values: Value,
) -> Violation:
    """A violation of `rule` by `who` (a person, or the id of one the organisation does not
    know), filed under `shift`, involving `others`."""
    person_id = who if isinstance(who, str) or who is None else who.id
    return Reason.of(
        rule, person_id, shift.id if shift else None, case, (s.id for s in others), **values
    )


def is_qualified_professional(facts: Facts, shift: Shift, a: Assignment) -> bool:
    who = facts.people.get(a.person_id)
    return (
        who is not None
        and who.is_professional
        and a.role is Role.PROFESSIONAL
        and shift.activity.staffing.qualifications <= who.qualifications_on(shift.local_date)
    )


def pairs(work: Sequence[Work], horizon: int) -> Iterator[tuple[Work, Work]]:
    """Pairs (a, b), a starting no later than b, with b starting before a's end + horizon
    minutes, at least one of them inside the period."""
    ordered = sorted(work, key=lambda w: (w.start, w.shift.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start >= a.end + horizon:
                break  # later ones start later still
            if a.inside or b.inside:
                yield a, b


def focus_shift(facts: Facts, a: Work, b: Work) -> Shift:
    """The shift a pair's violation is filed under: the focus if set, else an inside one."""
    if facts.focus in (a.shift.id, b.shift.id):
        return a.shift if facts.focus == a.shift.id else b.shift
    return b.shift if b.inside else a.shift


def groups(work: Sequence[Work], key: Callable[[Work], K]) -> dict[K, list[Work]]:
    result: dict[K, list[Work]] = defaultdict(list)
    for w in work:
        result[key(w)].append(w)
    return result


def filed_under(facts: Facts, group: Sequence[Work]) -> Shift | None:
    """The shift a group violation is filed under: the focus if in it, else the last inside
    one; None if nothing of the group is inside the period (not ours to report)."""
    inside = [w.shift for w in group if w.inside]
    if not inside:
        return None
    for s in inside:
        if s.id == facts.focus:
            return s
    return max(inside, key=lambda s: s.start)


def minutes_of(group: Sequence[Work]) -> int:
    return sum(w.end - w.start for w in group)


def day_runs(days: Iterable[date]) -> list[list[date]]:
    """Runs of consecutive days, in order."""
    runs: list[list[date]] = []
    for d in sorted(set(days)):
        if runs and d - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs
