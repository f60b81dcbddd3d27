"""Who may stand on which shift at all: absences, qualifications, contract days, shifts too
long for a contract, what a volunteer offers and refuses. Eligibility decides which
(person, shift) variables the model has; a rule never forbids what never had a variable.
A mixin of PlanningProblem (planner/solver/problem.py), which holds the facts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta
from functools import cached_property

from planner.dates import minutes, utc_minutes
from planner.domain import Absence, Assignment, Person, Shift, TimeWindow, VolunteerLimits
from planner.reasons import Reason
from planner.rule_id import RuleId
from planner.settings import RuleSettings

# Above this many eligible (person, shift) pairs, volunteers are narrowed to the activities
# they know or want (Eligibility.candidate_pairs).
LARGE_PROBLEM_PAIRS = 50_000
# Above this many eligible professional pairs (a city of 240 professionals and more), each
# professional is narrowed to the sites they know, and every shift keeps at least
# MIN_PROFESSIONALS candidates (Eligibility.candidate_pairs).
LARGE_PROFESSIONAL_PAIRS = 100_000
MIN_PROFESSIONALS = 12


class Eligibility:
    # Facts of the PlanningProblem this is mixed into: its fields,
    shifts: tuple[Shift, ...]
    absences: tuple[Absence, ...]
    pinned: tuple[Assignment, ...]
    settings: RuleSettings

    # and what it derives from them (cached properties there).
    @property
    def people(self) -> tuple[Person, ...]:
        raise NotImplementedError

    @property
    def published_pairs(self) -> frozenset[tuple[str, str]]:
        raise NotImplementedError

    @property
    def history_counts(self) -> dict[tuple[str, str], int]:
        raise NotImplementedError

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

    def why_ineligible(self, person: Person, shift: Shift) -> Reason | None:
        """Why this person can never be on this shift whatever else is planned, as data;
        None when they could. Only facts about the pair count here; limits that depend on
        the rest of the roster (rest, hours, ...) are rules."""
        found = self._why(person, shift, explain=True)
        return found if isinstance(found, Reason) else None

    def _why(self, person: Person, shift: Shift, *, explain: bool) -> Reason | bool | None:
        """why_ineligible, or only True for "ineligible" when not `explain`. One pair at a
        time, as the explanations ask; eligible_pairs answers the same question for every
        pair at once, from indexes (a city asks it 1.1 million times)."""
        absence = self.absence_during(person, shift)
        if absence is not None:
            return not explain or Reason.of(
                RuleId.ABSENCE, person.id, shift.id, kind=absence.kind.value
            )
        staffing = shift.activity.staffing
        if person.is_professional:
            contract = person.contract
            assert contract is not None
            held = person.qualifications_on(shift.local_date)
            if not staffing.qualifications <= held:
                return not explain or person.unqualified_for(shift)
            weekday = shift.start.weekday()
            if self.settings.hard.respect_working_days and weekday not in contract.working_days:
                return not explain or Reason.of(
                    RuleId.WORKING_DAYS, person.id, shift.id, weekday=weekday
                )
            length = utc_minutes(shift.end) - utc_minutes(shift.start)
            if length > round(contract.max_hours_per_day * 60):
                most = round(contract.max_hours_per_day * 60)
                return not explain or Reason.of(
                    RuleId.HOURS_PER_DAY, person.id, shift.id, "shift", total=length, most=most
                )
            week_cap = round(contract.hours_per_week * 60) + minutes(
                self.settings.hard.contract_hours_tolerance
            )
            if length > week_cap:
                return not explain or Reason.of(
                    RuleId.HOURS_PER_WEEK, person.id, shift.id, "shift", total=length, most=week_cap
                )
            return None
        limits = person.limits
        assert limits is not None
        if not staffing.volunteers_allowed or staffing.volunteers_max == 0:
            return not explain or Reason.of(
                RuleId.SUPERVISION, person.id, shift.id, "no_volunteers"
            )
        if shift.activity.id in limits.refuses:
            return not explain or Reason.of(
                RuleId.VOLUNTEER_OFFERS, person.id, shift.id, "refuses", activity=shift.activity.id
            )
        if limits.max_shifts_per_week == 0 or limits.max_shifts_per_month == 0:
            return not explain or Reason.of(
                RuleId.VOLUNTEER_LIMITS, person.id, shift.id, "none", most=0
            )
        if not limits.offers_time(shift.start, shift.end):
            return not explain or Reason.of(
                RuleId.VOLUNTEER_OFFERS,
                person.id,
                shift.id,
                "time",
                offers=tuple(f"{w.weekday} {w.start:%H:%M} {w.end:%H:%M}" for w in limits.offers),
            )
        return None

    @cached_property
    def _kinds(self) -> dict[ShiftKind, Shift]:
        """One shift of each kind (weekday and local times, see shift_kind), in time order."""
        kinds: dict[ShiftKind, Shift] = {}
        for s in self.shifts:
            kinds.setdefault(shift_kind(s), s)
        return kinds

    @cached_property
    def _shifts_by_kind(self) -> dict[ShiftKind, list[tuple[int, Shift]]]:
        """The shifts of each kind, with their place in time order."""
        result: dict[ShiftKind, list[tuple[int, Shift]]] = defaultdict(list)
        for i, s in enumerate(self.shifts):
            result[shift_kind(s)].append((i, s))
        return dict(result)

    @cached_property
    def _window_kinds(self) -> dict[TimeWindow, tuple[frozenset, frozenset]]:
        return {}

    def _of_window(self, window: TimeWindow) -> tuple[frozenset, frozenset]:
        """The kinds of shift one offered window covers on its own, and those whose start it
        holds (with another window next to it, it may cover them)."""
        found = self._window_kinds.get(window)
        if found is None:
            covers, holds = set(), set()
            for kind, s in self._kinds.items():
                if window.covers(s.start, s.end):
                    covers.add(kind)
                elif _holds_start(window, s.start):
                    holds.add(kind)
            found = self._window_kinds[window] = (frozenset(covers), frozenset(holds))
        return found

    @cached_property
    def _offers_index(self) -> dict[tuple[TimeWindow, ...], frozenset]:
        return {}

    def _offered_kinds(self, offers: tuple[TimeWindow, ...]) -> frozenset:
        """The kinds of shift a volunteer's offer covers (VolunteerLimits.offers_time): those
        one window covers, and of those whose start a window holds, the ones that windows
        meeting each other cover. A shift whose start no window holds is never covered."""
        found = self._offers_index.get(offers)
        if found is None:
            if not offers:
                found = frozenset(self._kinds)
            else:
                covered: set = set()
                maybe: set = set()
                for w in offers:
                    covers, holds = self._of_window(w)
                    covered |= covers
                    maybe |= holds
                limits = VolunteerLimits(1, 1, offers)
                for kind in maybe - covered:
                    s = self._kinds[kind]
                    if limits.offers_time(s.start, s.end):
                        covered.add(kind)
                found = frozenset(covered)
            self._offers_index[offers] = found
        return found

    def _professional_shifts(self, person: Person) -> list[Shift]:
        """_why's checks of a professional, for every shift (absences apart)."""
        contract = person.contract
        assert contract is not None
        days = contract.working_days if self.settings.hard.respect_working_days else None
        most = min(
            round(contract.max_hours_per_day * 60),
            round(contract.hours_per_week * 60)
            + minutes(self.settings.hard.contract_hours_tolerance),
        )
        held = {}
        found = []
        for s in self.shifts:
            needed = s.activity.staffing.qualifications
            if needed:
                day = s.local_date
                if day not in held:
                    held[day] = person.qualifications_on(day)
                if not needed <= held[day]:
                    continue
            if days is not None and s.start.weekday() not in days:
                continue
            if utc_minutes(s.end) - utc_minutes(s.start) > most:
                continue
            found.append(s)
        return found

    @cached_property
    def _volunteer_places(self) -> frozenset[str]:
        """Shifts with places for volunteers (a repair may close them on one shift only)."""
        return frozenset(
            s.id
            for s in self.shifts
            if s.activity.staffing.volunteers_allowed and s.activity.staffing.volunteers_max > 0
        )

    def _volunteer_shifts(self, person: Person) -> list[Shift]:
        """_why's checks of a volunteer, for every shift (absences apart): places for
        volunteers, refusals, limits of 0, offered times; by activity and kind of shift."""
        limits = person.limits
        assert limits is not None
        if limits.max_shifts_per_week == 0 or limits.max_shifts_per_month == 0:
            return []
        places, refuses = self._volunteer_places, limits.refuses
        found = [
            (i, s)
            for kind in self._offered_kinds(limits.offers)
            for i, s in self._shifts_by_kind[kind]
            if s.id in places and s.activity.id not in refuses
        ]
        found.sort(key=lambda t: t[0])
        return [s for _, s in found]

    @cached_property
    def eligible_pairs(self) -> dict[str, list[Shift]]:
        """Person id -> the shifts they could stand on (see why_ineligible), in time order.
        Pinned assignments are left out when ineligible: the pinned rule reports them."""
        result: dict[str, list[Shift]] = {}
        for person in self.people:
            if person.is_professional:
                shifts = self._professional_shifts(person)
            else:
                shifts = self._volunteer_shifts(person)
            away = self.absences_by_person.get(person.id)
            if away:
                shifts = [s for s in shifts if not any(a.overlaps(s.start, s.end) for a in away)]
            result[person.id] = shifts
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
        pro_pairs = sum(len(eligible[p.id]) for p in self.people if p.is_professional)
        if pro_pairs > LARGE_PROFESSIONAL_PAIRS:
            self._narrow_professionals(result, kept)
        return result

    def _narrow_professionals(
        self, result: dict[str, list[Shift]], kept: set[tuple[str, str]]
    ) -> None:
        """Each professional considered only for the shifts at the sites of their home
        activity and of the activities they did before, plus pinned and published ones;
        then every shift that has fewer than MIN_PROFESSIONALS candidates left gets back
        eligible professionals, those with the fewest candidate shifts first. The rest and
        overlap rules make one constraint per person and group of nearby shifts, so without
        this a city of 480 professionals (3,400 shifts) has ten million constraints; with it
        no shift loses every professional who could take it."""
        pros = [p for p in self.people if p.is_professional]
        sites_of = {s.activity.id: s.activity.site for s in self.shifts}
        known: dict[str, set[str]] = defaultdict(set)
        for p in pros:
            if p.home_activity in sites_of:
                known[p.id].add(sites_of[p.home_activity])
        for pid, activity_id in self.history_counts:
            if activity_id in sites_of:
                known[pid].add(sites_of[activity_id])
        narrowed: dict[str, list[Shift]] = {}
        for p in pros:
            if not known[p.id]:
                continue  # nothing known about them: every eligible shift stays
            narrowed[p.id] = [
                s for s in result[p.id] if s.activity.site in known[p.id] or (p.id, s.id) in kept
            ]
        on_shift: dict[str, int] = defaultdict(int)
        for p in pros:
            for s in narrowed.get(p.id, result[p.id]):
                on_shift[s.id] += 1
        chosen = {pid: {s.id for s in shifts} for pid, shifts in narrowed.items()}
        eligible_ids = {pid: {s.id for s in result[pid]} for pid in chosen}
        for shift in self.shifts:
            if on_shift[shift.id] >= MIN_PROFESSIONALS:
                continue
            extra = sorted(
                (
                    p
                    for p in pros
                    if p.id in chosen
                    and shift.id not in chosen[p.id]
                    and shift.id in eligible_ids[p.id]
                ),
                key=lambda p: (len(chosen[p.id]), p.id),
            )
            for p in extra[: MIN_PROFESSIONALS - on_shift[shift.id]]:
                chosen[p.id].add(shift.id)
                on_shift[shift.id] += 1
        for pid in chosen:
            result[pid] = [s for s in result[pid] if s.id in chosen[pid]]

    def eligible(self, person: Person, shift: Shift) -> bool:
        return self.why_ineligible(person, shift) is None


# A kind of shift, as far as offered times can tell shifts apart: the weekday and local start
# time, the days to its end and the local end time. Shifts of one kind are covered by the same
# offers (TimeWindow.covers and VolunteerLimits.offers_time compare local times); a shift whose
# start and end are in different time zone objects is a kind of its own.
ShiftKind = tuple[int, time, int, time] | str


def shift_kind(shift: Shift) -> ShiftKind:
    start, end = shift.start, shift.end
    if start.tzinfo is not end.tzinfo:
        return shift.id
    return (start.weekday(), start.timetz(), (end.date() - start.date()).days, end.timetz())


def _holds_start(window: TimeWindow, start: datetime) -> bool:
    """The window, on the shift's day or the day before (a window past midnight), holds the
    shift's start: as VolunteerLimits.offers_time builds its spans."""
    for day in (start.date() - timedelta(days=1), start.date()):
        if window.weekday != day.weekday():
            continue
        lo = datetime.combine(day, window.start, start.tzinfo)
        hi = datetime.combine(day, window.end, start.tzinfo)
        if window.end <= window.start:
            hi += timedelta(days=1)
        if lo <= start <= hi:
            return True
    return False
