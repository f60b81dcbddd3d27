"""PlanningProblem: the facts of one period, validated once, with the helpers rules need.

Shared by the CP-SAT rules (constraints/) and the independent checker (planner/check/checker.py), so
"who may stand on which shift at all" (eligibility) has one meaning, written here.

Staffing semantics both sides use (planner/settings.py holds the rule parameters):
- A person's role on a shift is their kind: professionals fill professional places,
  volunteers volunteer places. Nobody fills the other kind's place.
- A staffed shift has at least `staffing.professionals` professionals, each holding every
  qualification of `staffing.qualifications`; the planner puts more only where `min_people`
  needs them (it never plans more than max(professionals, min_people) professionals).
- An unstaffed shift has nobody on it at all.
- Volunteers on a shift: at most `volunteers_max`, at most `volunteers_per_professional_max`
  times the professionals on it, none where `volunteers_allowed` is false.
- People on a staffed shift (both kinds): at least `min_people`.
- A volunteer's weekly limit counts shifts starting in one calendar week (Mon-Sun, local
  start day); the monthly limit counts shifts starting in one calendar month. Published
  shifts of the same week or month outside the period (before it or after it) count too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from planner.dates import (
    activity_of,
    local_start_of,
    minutes,
    monday_of,
    month_of,
    utc_minutes,
)
from planner.domain import (
    Absence,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    Shift,
)
from planner.errors import PlannerError
from planner.message import msg
from planner.settings import NEWCOMER_WEEKS, RuleSettings, shifts_within, weekend_of
from planner.solver.eligibility import Eligibility
from planner.solver.timing import ShiftTiming


@dataclass(frozen=True)
class PlanningProblem(ShiftTiming, Eligibility):
    """Everything one planning run knows. Build it with `PlanningProblem.build`."""

    org: Organisation
    period: Period
    shifts: tuple[Shift, ...]  # the period's OPEN shifts, ordered by start then activity
    absences: tuple[Absence, ...] = ()
    pinned: tuple[Assignment, ...] = ()  # kept whatever happens
    published: Roster | None = None  # the published roster of the period, if any
    history: tuple[Assignment, ...] = ()  # assignments of the weeks before the period
    # Published work just outside the period (same calendar months, the week either side):
    # fixed, but it counts toward the limits that straddle the period's edges (rest, hours
    # per week, days in a row, volunteers' weekly and monthly limits), as in planner.check.
    outside: tuple[tuple[Shift, Assignment], ...] = ()
    # Published work (and what happened) of the fairness horizon before the period
    # (settings.fairness.horizon_weeks): what the fairness rules remember.
    past: tuple[tuple[Shift, Assignment], ...] = ()
    settings: RuleSettings = field(default_factory=RuleSettings)

    @classmethod
    def build(
        cls,
        org: Organisation,
        period: Period,
        shifts: Iterable[Shift],
        *,
        absences: Iterable[Absence] = (),
        pinned: Iterable[Assignment] = (),
        published: Roster | None = None,
        history: Iterable[Assignment] = (),
        outside: Iterable[tuple[Shift, Assignment]] = (),
        past: Iterable[tuple[Shift, Assignment]] = (),
        settings: RuleSettings | None = None,
    ) -> PlanningProblem:
        """Keeps the open shifts starting in the period; refuses pinned assignments that name
        an unknown person or shift (the data is checked here, not deep inside the model)."""
        open_shifts = tuple(
            sorted(
                (s for s in shifts if not s.closed and period.start <= s.local_date < period.end),
                key=lambda s: (s.start, s.activity.id),
            )
        )
        open_ids = {s.id for s in open_shifts}
        problem = cls(
            org=org,
            period=period,
            shifts=open_shifts,
            absences=tuple(absences),
            pinned=tuple(pinned),
            published=published,
            history=tuple(history),
            # Outside the period, or inside it but not planned now (a shift that has
            # started: what happened stays, and counts like work around the period).
            outside=tuple(
                (shift, a)
                for shift, a in outside
                if not (period.start <= shift.local_date < period.end) or shift.id not in open_ids
            ),
            past=tuple(past),
            settings=settings or RuleSettings(),
        )
        for a in problem.pinned:
            if a.person_id not in problem.people_by_id:
                raise PlannerError(
                    msg("pinned assignment names unknown person '{person}'", person=a.person_id)
                )
            if a.shift_id not in problem.shift_by_id:
                raise PlannerError(
                    msg(
                        "pinned assignment of {person} is on '{shift}', "
                        "which is not an open shift of this period",
                        person=a.person_id,
                        shift=a.shift_id,
                    )
                )
        return problem

    # -- people ----------------------------------------------------------------------
    @cached_property
    def people(self) -> tuple[Person, ...]:
        return tuple(sorted(self.org.people, key=lambda p: p.id))

    @cached_property
    def people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def professionals(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.is_professional)

    @cached_property
    def volunteers(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.is_volunteer)

    @staticmethod
    def role_of(person: Person) -> Role:
        return Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER

    # -- shifts ----------------------------------------------------------------------
    @cached_property
    def shift_by_id(self) -> dict[str, Shift]:
        return {s.id: s for s in self.shifts}

    @cached_property
    def days(self) -> list[date]:
        return self.period.days

    @cached_property
    def shifts_by_day(self) -> dict[date, list[Shift]]:
        """Shifts by their local start day; every day of the period is a key."""
        result: dict[date, list[Shift]] = {d: [] for d in self.days}
        for s in self.shifts:
            result[s.local_date].append(s)
        return result

    @cached_property
    def shifts_by_week(self) -> dict[date, list[Shift]]:
        """Shifts by calendar week (key: its Monday), weeks in order."""
        result: dict[date, list[Shift]] = {}
        for d in self.days:
            result.setdefault(monday_of(d), [])
        for s in self.shifts:
            result[monday_of(s.local_date)].append(s)
        return result

    @cached_property
    def shifts_by_month(self) -> dict[tuple[int, int], list[Shift]]:
        result: dict[tuple[int, int], list[Shift]] = defaultdict(list)
        for s in self.shifts:
            result[month_of(s.local_date)].append(s)
        return dict(result)

    @cached_property
    def weekends(self) -> dict[date, list[Shift]]:
        """Weekend shifts by the Saturday of their weekend."""
        result: dict[date, list[Shift]] = defaultdict(list)
        for s in self.shifts:
            key = weekend_of(s)
            if key is not None:
                result[key].append(s)
        return dict(result)

    # -- published work outside the period ---------------------------------------------
    @cached_property
    def outside_by_person(self) -> dict[str, list[Shift]]:
        result: dict[str, list[Shift]] = defaultdict(list)
        for shift, a in self.outside:
            result[a.person_id].append(shift)
        return dict(result)

    def outside_conflicts(self, person: Person, shift: Shift, gap: timedelta) -> list[Shift]:
        """The person's outside shifts that overlap `shift` or leave less than `gap` between."""
        gap_min = minutes(gap)
        start, end = utc_minutes(shift.start), utc_minutes(shift.end)
        found = []
        for other in self.outside_by_person.get(person.id, ()):
            o_start, o_end = utc_minutes(other.start), utc_minutes(other.end)
            if start < o_end + gap_min and o_start < end + gap_min:
                found.append(other)
        return found

    def outside_rest_conflicts(
        self, person: Person, shift: Shift, min_rest: timedelta
    ) -> list[Shift]:
        """The person's outside shifts the rest rule forbids next to `shift` (rest_conflict)."""
        return [
            other
            for other in self.outside_by_person.get(person.id, ())
            if self.rest_conflict(shift, other, min_rest)
        ]

    def outside_minutes(self, person: Person, key, of) -> int:
        """Minutes of the person's outside shifts whose `of(local date)` equals `key` (e.g.
        of=monday_of for the week's hours)."""
        return sum(
            utc_minutes(s.end) - utc_minutes(s.start)
            for s in self.outside_by_person.get(person.id, ())
            if of(s.local_date) == key
        )

    def outside_count(self, person: Person, key, of) -> int:
        return sum(1 for s in self.outside_by_person.get(person.id, ()) if of(s.local_date) == key)

    def outside_days(self, person: Person) -> set[date]:
        return {s.local_date for s in self.outside_by_person.get(person.id, ())}

    # -- what the fairness rules remember ------------------------------------------
    @cached_property
    def past_by_person(self) -> dict[str, list[Shift]]:
        """Each person's shifts of the fairness horizon before the period, once each."""
        result: dict[str, dict[str, Shift]] = defaultdict(dict)
        for shift, a in self.past:
            if shift.local_date < self.period.start or shift.id not in self.shift_by_id:
                result[a.person_id][shift.id] = shift
        return {pid: list(shifts.values()) for pid, shifts in result.items()}

    # -- continuity, history, stability --------------------------------------------
    @cached_property
    def history_counts(self) -> dict[tuple[str, str], int]:
        """(person id, activity id) -> shifts they did on it in the weeks before."""
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for a in self.history:
            counts[(a.person_id, activity_of(a.shift_id))] += 1
        return dict(counts)

    def is_regular(self, person: Person, activity_id: str) -> bool:
        """Regular on an activity: it is their home activity, or they did it before."""
        return (
            person.home_activity == activity_id
            or self.history_counts.get((person.id, activity_id), 0) > 0
        )

    @cached_property
    def done_days(self) -> dict[tuple[str, str], list[date]]:
        """(person id, activity id) -> the sorted local days of their shifts fixed before this
        run: the weeks before the period, work published around it, what happened."""
        seen: set[tuple[str, str]] = set()
        days: dict[tuple[str, str], list[date]] = defaultdict(list)
        fixed = [(a.person_id, a.shift_id, local_start_of(a.shift_id).date()) for a in self.history]
        fixed += [(a.person_id, s.id, s.local_date) for s, a in self.outside]
        for person_id, shift_id, day in fixed:
            if (person_id, shift_id) not in seen:
                seen.add((person_id, shift_id))
                days[(person_id, activity_of(shift_id))].append(day)
        return {key: sorted(found) for key, found in days.items()}

    @cached_property
    def _newcomers(self) -> dict[tuple[str, str], bool]:
        return {}

    def is_newcomer(self, person: Person, activity_id: str) -> bool:
        """New to the activity in this run (planner/settings.py, `newcomer_shifts`): a
        volunteer marked a newcomer, or one who on some day of the period has fewer than
        `newcomer_shifts` shifts of it in the NEWCOMER_WEEKS before, counting the work fixed
        before this run (done_days). The shifts this run plans make nobody experienced: a
        newcomer here may be experienced to the checker, never the other way round.
        Professionals are never newcomers: they are the cover, not the supervised."""
        if not person.is_volunteer:
            return False
        key = (person.id, activity_id)
        found = self._newcomers.get(key)
        if found is None:
            need = self.settings.hard.newcomer_shifts
            days = self.done_days.get(key, [])
            found = person.newcomer or (
                need > 0 and any(shifts_within(days, d, NEWCOMER_WEEKS) < need for d in self.days)
            )
            self._newcomers[key] = found
        return found

    @cached_property
    def published_pairs(self) -> frozenset[tuple[str, str]]:
        """(person id, shift id) of the published roster, limited to this period's shifts."""
        if self.published is None:
            return frozenset()
        return frozenset(
            (a.person_id, a.shift_id)
            for a in self.published.assignments
            if a.shift_id in self.shift_by_id
        )

    @cached_property
    def published_shift_ids(self) -> frozenset[str]:
        """Shifts the published roster said something about (staffed or unstaffed)."""
        if self.published is None:
            return frozenset()
        ids = {a.shift_id for a in self.published.assignments}
        ids |= set(self.published.unstaffed)
        return frozenset(i for i in ids if i in self.shift_by_id)
