"""Who may stand on which shift at all: absences, qualifications, contract days, shifts too
long for a contract, what a volunteer offers and refuses. Eligibility decides which
(person, shift) variables the model has; a rule never forbids what never had a variable.
A mixin of PlanningProblem (planner/solver/problem.py), which holds the facts.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from planner.dates import minutes, utc_minutes
from planner.domain import Absence, Assignment, Person, Shift, VolunteerLimits
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
        """why_ineligible, or only True for "ineligible" when not `explain`: a city asks
        a million times, and making each reason (with its sentence data) took most of the
        time to a first roster."""
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
        if not self._offers_time(person, limits, shift):
            return not explain or Reason.of(
                RuleId.VOLUNTEER_OFFERS,
                person.id,
                shift.id,
                "time",
                offers=tuple(f"{w.weekday} {w.start:%H:%M} {w.end:%H:%M}" for w in limits.offers),
            )
        return None

    @cached_property
    def _offers_memo(self) -> dict[tuple[int, str], bool]:
        return {}

    @cached_property
    def _offer_class(self) -> dict[str, int]:
        """Volunteers by what they offer (days and times): one number per distinct offer."""
        classes: dict[tuple, int] = {}
        return {
            p.id: classes.setdefault(p.limits.offers, len(classes))
            for p in self.people
            if p.limits is not None
        }

    def _offers_time(self, person: Person, limits: VolunteerLimits, shift: Shift) -> bool:
        """VolunteerLimits.offers_time, remembered per offer and shift: many volunteers of a
        city offer the same days and times."""
        key = (self._offer_class[person.id], shift.id)
        found = self._offers_memo.get(key)
        if found is None:
            found = self._offers_memo[key] = limits.offers_time(shift.start, shift.end)
        return found

    @cached_property
    def eligible_pairs(self) -> dict[str, list[Shift]]:
        """Person id -> the shifts they could stand on (see why_ineligible), in time order.
        Pinned assignments are left out when ineligible: the pinned rule reports them."""
        result: dict[str, list[Shift]] = {}
        for person in self.people:
            result[person.id] = [s for s in self.shifts if not self._why(person, s, explain=False)]
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
