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
  start day); the monthly limit counts shifts starting in one calendar month. Only shifts of
  the period (and pinned ones) count: earlier weeks are not held against anyone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from planner.dates import activity_of, minutes, monday_of, month_of, utc_minutes
from planner.domain import (
    Absence,
    AbsenceKind,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    Shift,
)
from planner.errors import PlannerError
from planner.settings import RuleSettings, weekend_of

# Above this many eligible (person, shift) pairs, volunteers are narrowed to the activities
# they know or want (PlanningProblem.candidate_pairs).
LARGE_PROBLEM_PAIRS = 50_000

_ABSENCE_WORDS = {
    AbsenceKind.LEAVE: "on leave",
    AbsenceKind.SICKNESS: "sick",
    AbsenceKind.UNAVAILABLE: "unavailable",
}


@dataclass(frozen=True)
class PlanningProblem:
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
        problem = cls(
            org=org,
            period=period,
            shifts=open_shifts,
            absences=tuple(absences),
            pinned=tuple(pinned),
            published=published,
            history=tuple(history),
            outside=tuple(
                (shift, a)
                for shift, a in outside
                if not (period.start <= shift.local_date < period.end)
            ),
            settings=settings or RuleSettings(),
        )
        for a in problem.pinned:
            if a.person_id not in problem.people_by_id:
                raise PlannerError(f"pinned assignment names unknown person '{a.person_id}'")
            if a.shift_id not in problem.shift_by_id:
                raise PlannerError(
                    f"pinned assignment of {a.person_id} is on '{a.shift_id}', "
                    "which is not an open shift of this period"
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

    @cached_property
    def _bounds(self) -> dict[str, tuple[int, int]]:
        return {s.id: (utc_minutes(s.start), utc_minutes(s.end)) for s in self.shifts}

    def start_minute(self, shift: Shift) -> int:
        return self._bounds[shift.id][0]

    def end_minute(self, shift: Shift) -> int:
        return self._bounds[shift.id][1]

    def duration_minutes(self, shift: Shift) -> int:
        start, end = self._bounds[shift.id]
        return end - start

    def conflict_cliques(self, shifts: Sequence[Shift], gap: timedelta) -> list[tuple[Shift, ...]]:
        """Groups of shifts of which one person can work at most one, because any two of
        them overlap or leave less than `gap` between the end of one and the start of the
        other. Two shifts conflict exactly when their intervals stretched by `gap`
        ([start, end + gap)) overlap, so the maximal groups are the stretched intervals
        alive at each start: a linear number of groups instead of a quadratic number of
        pairs. Groups of one are left out."""
        gap_min = minutes(gap)
        ordered = sorted(shifts, key=lambda s: (self.start_minute(s), s.id))
        cliques: list[tuple[Shift, ...]] = []
        active: list[Shift] = []
        i = 0
        while i < len(ordered):
            t = self.start_minute(ordered[i])
            j = i
            while j < len(ordered) and self.start_minute(ordered[j]) == t:
                j += 1
            active = [o for o in active if self.end_minute(o) + gap_min > t] + ordered[i:j]
            # Maximal only if someone drops out before the next start: otherwise the next
            # group holds this one.
            last = j == len(ordered)
            if len(active) > 1 and (
                last
                or any(
                    self.end_minute(o) + gap_min <= self.start_minute(ordered[j]) for o in active
                )
            ):
                cliques.append(tuple(active))
            i = j
        return cliques

    def shift_pairs_closer_than(
        self, gap: timedelta, shifts: Sequence[Shift] | None = None
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b), a starting no later than b, that overlap or leave less than `gap`
        between the end of the one and the start of the other."""
        gap_min = minutes(gap)
        ordered = sorted(shifts or self.shifts, key=lambda s: (self.start_minute(s), s.id))
        starts = [self.start_minute(s) for s in ordered]
        pairs = []
        for i, a in enumerate(ordered):
            horizon = self.end_minute(a) + gap_min
            j = i + 1
            while j < len(ordered) and starts[j] < horizon:
                pairs.append((a, ordered[j]))
                j += 1
        return pairs

    def one_working_day(self, first: Shift, second: Shift, min_rest: timedelta) -> bool:
        """`first` (starting no later than `second`) and `second` form one working day: both
        start on the same local day and the span from the first's start to the second's end
        is at most 24 h - min_rest (settings.HardSettings.min_rest)."""
        limit = minutes(timedelta(hours=24) - min_rest)
        return (
            first.local_date == second.local_date
            and utc_minutes(second.end) - utc_minutes(first.start) <= limit
        )

    def rest_conflict(self, a: Shift, b: Shift, min_rest: timedelta) -> bool:
        """One person may not work both: they do not overlap (the no-overlap rule says so),
        leave less than `min_rest` between the end of the one and the start of the other,
        and do not form one working day (settings.HardSettings.min_rest)."""
        first, second = (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)
        gap = utc_minutes(second.start) - utc_minutes(first.end)
        rest = minutes(min_rest)
        if gap < 0 or gap >= rest:
            return False
        return not self.one_working_day(first, second, min_rest)

    def rest_conflict_pairs(
        self, shifts: Sequence[Shift], min_rest: timedelta
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b), a starting no later than b, one person may not both work by the rest
        rule (rest_conflict)."""
        return [
            (a, b)
            for a, b in self.shift_pairs_closer_than(min_rest, shifts)
            if self.rest_conflict(a, b, min_rest)
        ]

    def rest_conflicts(
        self, shifts: Sequence[Shift], min_rest: timedelta
    ) -> tuple[list[list[tuple[Shift, ...]]], list[tuple[Shift, Shift]]]:
        """The rest rule's conflicts among `shifts`, compactly: (day groups, same-day pairs).

        Shifts of different local days never form one working day, so between days the
        conflicts are those of the interval graph of [start, end + min_rest) (plus overlap,
        which the no-overlap rule forbids anyway). Each maximal clique of that graph
        (conflict_cliques) is split by local start day: one person works shifts of at most
        one of its days. Within a day, two shifts conflict only when they are too long for
        one working day: those few pairs come apart. Together exactly rest_conflict, plus
        overlaps; far fewer constraints than all pairs on a city."""
        groups: list[list[tuple[Shift, ...]]] = []
        for clique in self.conflict_cliques(shifts, min_rest):
            by_day: dict[date, list[Shift]] = defaultdict(list)
            for s in clique:
                by_day[s.local_date].append(s)
            if len(by_day) > 1:
                groups.append([tuple(g) for _, g in sorted(by_day.items())])
        same_day = [
            (a, b)
            for a, b in self.shift_pairs_closer_than(min_rest, shifts)
            if a.local_date == b.local_date and self.rest_conflict(a, b, min_rest)
        ]
        return groups, same_day

    def successions(
        self, first_class: str, second_class: str, window: timedelta
    ) -> list[tuple[Shift, Shift]]:
        """Pairs (a, b): a of class `first_class`, b of class `second_class` starting at or
        after a's end and less than `window` after it (settings.forbidden_successions)."""
        from planner.settings import shift_class

        window_min = minutes(window)
        firsts = [s for s in self.shifts if shift_class(s) == first_class]
        seconds = sorted(
            (s for s in self.shifts if shift_class(s) == second_class),
            key=self.start_minute,
        )
        second_starts = [self.start_minute(s) for s in seconds]
        pairs = []
        for a in firsts:
            end = self.end_minute(a)
            i = bisect_left(second_starts, end)
            while i < len(seconds) and second_starts[i] < end + window_min:
                pairs.append((a, seconds[i]))
                i += 1
        return pairs

    # -- absences and eligibility ----------------------------------------------------
    @cached_property
    def absences_by_person(self) -> dict[str, list[Absence]]:
        result: dict[str, list[Absence]] = defaultdict(list)
        for a in self.absences:
            result[a.person_id].append(a)
        return dict(result)

    def absence_during(self, person: Person, shift: Shift) -> Absence | None:
        for a in self.absences_by_person.get(person.id, ()):
            if a.overlaps(shift.start, shift.end):
                return a
        return None

    def why_ineligible(self, person: Person, shift: Shift) -> str | None:
        """Why this person can never be on this shift whatever else is planned, in words a
        coordinator reads; None when they could. Only facts about the pair count here;
        limits that depend on the rest of the roster (rest, hours, ...) are rules."""
        absence = self.absence_during(person, shift)
        if absence is not None:
            return _ABSENCE_WORDS.get(absence.kind, "absent")
        staffing = shift.activity.staffing
        if person.is_professional:
            contract = person.contract
            assert contract is not None
            missing = sorted(staffing.qualifications - person.qualifications)
            if missing:
                return "not qualified: " + ", ".join(missing)
            if (
                self.settings.hard.respect_working_days
                and shift.start.weekday() not in contract.working_days
            ):
                return "not one of their contract's working days"
            if shift.hours > contract.max_hours_per_day + 1e-9:
                return (
                    f"the shift lasts {shift.hours:g} h, more than their "
                    f"{contract.max_hours_per_day:g} h a day"
                )
            week_cap = contract.hours_per_week + self.settings.hard.contract_hours_tolerance / (
                timedelta(hours=1)
            )
            if shift.hours > week_cap + 1e-9:
                return f"the shift lasts {shift.hours:g} h, more than their {week_cap:g} h a week"
            return None
        limits = person.limits
        assert limits is not None
        if not staffing.volunteers_allowed or staffing.volunteers_max == 0:
            return "this activity takes no volunteers"
        if shift.activity.id in limits.refuses:
            return "does not do this activity (their own choice)"
        if limits.max_shifts_per_week == 0 or limits.max_shifts_per_month == 0:
            return "offers no shifts"
        if not limits.offers_time(shift.start, shift.end):
            return "did not offer this day and time"
        return None

    @cached_property
    def eligible_pairs(self) -> dict[str, list[Shift]]:
        """Person id -> the shifts they could stand on (see why_ineligible), in time order.
        Pinned assignments are left out when ineligible: the pinned rule reports them."""
        result: dict[str, list[Shift]] = {}
        for person in self.people:
            result[person.id] = [s for s in self.shifts if self.why_ineligible(person, s) is None]
        return result

    @cached_property
    def candidate_pairs(self) -> dict[str, list[Shift]]:
        """The shifts the planner considers for each person: the eligible ones, narrowed on
        big problems. When there are more than LARGE_PROBLEM_PAIRS eligible pairs (a city:
        1,200 volunteers who each could come to a hundred shifts), a volunteer is considered
        only for their home activity and the activities they want, if they named any; pinned
        and published assignments always stay. This keeps a city's model a size CP-SAT can
        improve on two cores; a coordinator can still put anyone eligible on any shift."""
        eligible = self.eligible_pairs
        if sum(len(v) for v in eligible.values()) <= LARGE_PROBLEM_PAIRS:
            return eligible
        kept = {(a.person_id, a.shift_id) for a in self.pinned} | set(self.published_pairs)
        result = {}
        for person in self.people:
            shifts = eligible[person.id]
            limits = person.limits
            if person.is_volunteer and limits is not None:
                chosen = set(limits.wants) | {person.home_activity}
                narrowed = [
                    s for s in shifts if s.activity.id in chosen or (person.id, s.id) in kept
                ]
                if narrowed:
                    shifts = narrowed
            result[person.id] = shifts
        return result

    def eligible(self, person: Person, shift: Shift) -> bool:
        return self.why_ineligible(person, shift) is None

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
