"""A quick first roster, built shift by shift, to start CP-SAT from (a solution hint).

On a city-sized model CP-SAT alone can search a long time before its first complete roster;
given this one it starts improving at once. It keeps every hard rule the model has, checked
incrementally (rest between working days as the rule has it: a morning and an afternoon of
one day go together), and leaves a shift unstaffed (nobody on it) when it cannot cover it.
It aims for a close start: professionals and volunteers up to what the shift needs, regular
people first, the least loaded first; then every volunteer who would otherwise be left out
of the period (volunteer_left_out) gets a free volunteer place, up to volunteers_max, on an
activity they know or want where possible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.dates import minutes, monday_of, month_of, utc_minutes
from planner.domain import Person, Shift
from planner.settings import WEEKEND_WINDOW, is_weekend, shift_class, weekend_of
from planner.solver.greedy_safeguards import Safeguards
from planner.solver.problem import PlanningProblem


def is_unsocial(shift: Shift) -> bool:
    """An evening, a night or a weekend shift (as the fairness rule counts them)."""
    return shift_class(shift) in ("evening", "night") or is_weekend(shift)


@dataclass
class _Load:
    """What one person already has in the roster being built."""

    shifts: list[Shift] = field(default_factory=list)
    minutes: int = 0
    day_minutes: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    week_minutes: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    week_count: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    month_count: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    days: set[date] = field(default_factory=set)
    weekends: set[date] = field(default_factory=set)


class GreedyPlanner:
    def __init__(self, problem: PlanningProblem) -> None:
        self.p = problem
        self.hard = problem.settings.hard
        self.load: dict[str, _Load] = defaultdict(_Load)
        self.rest = minutes(self.hard.min_rest)
        self.working_day = minutes(timedelta(hours=24) - self.hard.min_rest)
        self.travel = minutes(self.hard.travel_time)
        self.window = minutes(self.hard.succession_window)
        self.forbidden = set(self.hard.forbidden_successions)
        self._known: dict[str, tuple[int, int]] = {}
        self.guard = Safeguards(problem)
        self.eligible: dict[str, list[Person]] = defaultdict(list)
        for person in problem.people:
            for s in problem.candidate_pairs[person.id]:
                self.eligible[s.id].append(person)
        # Published work just outside the period is already there.
        for shift, a in problem.outside:
            if a.person_id in problem.people_by_id:
                self.take(problem.people_by_id[a.person_id], shift)
        # Evenings, nights and weekends of the fairness horizon before that (fairness_unsocial).
        around = {(a.person_id, s.id) for s, a in problem.outside}
        self.past_unsocial: dict[str, int] = defaultdict(int)
        for pid, past in problem.past_by_person.items():
            self.past_unsocial[pid] = sum(
                1 for s in past if is_unsocial(s) and (pid, s.id) not in around
            )

    def _bounds(self, shift: Shift) -> tuple[int, int]:
        found = self._known.get(shift.id)
        if found is None:
            found = self._known[shift.id] = (utc_minutes(shift.start), utc_minutes(shift.end))
        return found

    def _start(self, shift: Shift) -> int:
        return self._bounds(shift)[0]

    def _end(self, shift: Shift) -> int:
        return self._bounds(shift)[1]

    def _minutes(self, shift: Shift) -> int:
        return self._end(shift) - self._start(shift)

    # -- the hard rules, for one more shift ------------------------------------------
    def fits(self, person: Person, shift: Shift) -> bool:
        load = self.load[person.id]
        start, end = self._start(shift), self._end(shift)
        for other in load.shifts:
            o_start, o_end = self._start(other), self._end(other)
            if start < o_end and o_start < end:
                return False
            gap = start - o_end if start >= o_end else o_start - end
            if gap < self.rest and not self._one_working_day(shift, other):
                return False
            if other.activity.site != shift.activity.site and gap < self.travel:
                return False
        if not self.guard.heavy_ok(person, shift, load.shifts):
            return False
        day, week = shift.local_date, monday_of(shift.local_date)
        if person.is_volunteer:
            limits = person.limits
            assert limits is not None
            return (
                load.week_count[week] < limits.max_shifts_per_week
                and load.month_count[month_of(day)] < limits.max_shifts_per_month
            )
        contract = person.contract
        assert contract is not None
        length = self._minutes(shift)
        tolerance = minutes(self.hard.contract_hours_tolerance)
        if load.day_minutes[day] + length > round(contract.max_hours_per_day * 60):
            return False
        if load.week_minutes[week] + length > round(contract.hours_per_week * 60) + tolerance:
            return False
        if day not in load.days and not self._days_ok(load.days, day):
            return False
        weekend = weekend_of(shift)
        if (
            weekend is not None
            and weekend not in load.weekends
            and self._weekend_full(load, weekend)
        ):
            return False
        for other in load.shifts:
            if not self._succession_ok(other, shift) or not self._succession_ok(shift, other):
                return False
        return True

    def _weekend_full(self, load: _Load, weekend: date) -> bool:
        """One more weekend would pass max_working_weekends in some WEEKEND_WINDOW weekends in
        a row (published weekends around the period count)."""
        week = timedelta(weeks=1)
        for first in range(WEEKEND_WINDOW):
            start = weekend - first * week
            worked = sum(1 for i in range(WEEKEND_WINDOW) if start + i * week in load.weekends)
            if worked >= self.hard.max_working_weekends:
                return True
        return False

    def _one_working_day(self, a: Shift, b: Shift) -> bool:
        """Two shifts of one local day spanning at most 24 h - min_rest: no rest between them
        is needed (the rest rule, PlanningProblem.one_working_day)."""
        if a.local_date != b.local_date:
            return False
        span = max(self._end(a), self._end(b)) - min(self._start(a), self._start(b))
        return span <= self.working_day

    def _days_ok(self, days: set[date], day: date) -> bool:
        """One more working day `day` keeps the run through it within max_consecutive_days
        and the breaks either side at least min_consecutive_days_off (work published around
        the period is in `days`; what it breaks by itself is not this day's doing)."""
        one = timedelta(days=1)
        before = after = 0
        while day - (before + 1) * one in days:
            before += 1
        while day + (after + 1) * one in days:
            after += 1
        if before + after + 1 > self.hard.max_consecutive_days:
            return False
        least = self.hard.min_consecutive_days_off
        for step in (-one, one):
            edge = day + step * (before + 1 if step < timedelta(0) else after + 1)
            off = 0
            while off < least and edge + step * off not in days:
                off += 1
            if 0 < off < least and edge + step * off in days:
                return False
        return True

    def _succession_ok(self, first: Shift, second: Shift) -> bool:
        if (shift_class(first), shift_class(second)) not in self.forbidden:
            return True
        gap = self._start(second) - self._end(first)
        return not (0 <= gap < self.window)

    def take(self, person: Person, shift: Shift) -> None:
        load, length = self.load[person.id], self._minutes(shift)
        day, week = shift.local_date, monday_of(shift.local_date)
        load.shifts.append(shift)
        load.minutes += length
        load.day_minutes[day] += length
        load.week_minutes[week] += length
        load.week_count[week] += 1
        load.month_count[month_of(day)] += 1
        load.days.add(day)
        weekend = weekend_of(shift)
        if weekend is not None:
            load.weekends.add(weekend)

    def drop(self, person: Person, shift: Shift) -> None:
        old = self.load.pop(person.id)
        for s in old.shifts:
            if s.id != shift.id:
                self.take(person, s)

    # -- choosing people ---------------------------------------------------------------
    def _order(self, people: list[Person], shift: Shift) -> list[Person]:
        weekend = weekend_of(shift)

        def new_weekend(person: Person) -> bool:
            # Weekends are scarce (a few per period): fill them with people already
            # working that weekend.
            return (
                person.is_professional
                and weekend is not None
                and weekend not in self.load[person.id].weekends
            )

        def key(person: Person):
            load = self.load[person.id]
            regular = self.p.is_regular(person, shift.activity.id)
            if person.is_professional:
                assert person.contract is not None
                hours = max(person.contract.hours_per_week, 1.0)
                # Unsocial shifts to whoever has fewest for their hours (fairness); then the
                # shift to whoever is furthest below contract this week (contract hours).
                unsocial = (
                    (sum(1 for s in load.shifts if is_unsocial(s)) + self.past_unsocial[person.id])
                    / hours
                    if is_unsocial(shift)
                    else 0.0
                )
                week = monday_of(shift.local_date)
                share = (unsocial, load.week_minutes[week] / (hours * 60))
                wanted = True
            else:
                assert person.limits is not None
                share = (0.0, len(load.shifts) / max(person.limits.max_shifts_per_week, 1))
                wanted = not person.limits.wants or shift.activity.id in person.limits.wants
            return (new_weekend(person), not regular, not wanted, share, person.id)

        return sorted(people, key=key)

    def plan(self) -> tuple[set[tuple[str, str]], set[str]]:
        """(person id, shift id) pairs of the roster, and the shifts left unstaffed."""
        p = self.p
        chosen: dict[str, list[Person]] = defaultdict(list)
        # Pinned assignments first, then what the published roster had (re-planning keeps
        # what still holds), then the gaps are filled.
        keep = [(a.person_id, a.shift_id) for a in p.pinned]
        keep += sorted(p.published_pairs, key=lambda k: (self._start(p.shift_by_id[k[1]]), k))
        for pid, sid in keep:
            person, shift = p.people_by_id[pid], p.shift_by_id[sid]
            if (
                person in self.eligible[shift.id]
                and person not in chosen[shift.id]
                and self.fits(person, shift)
            ):
                self.take(person, shift)
                chosen[shift.id].append(person)

        def n_pros(shift: Shift) -> int:
            return sum(1 for q in self.eligible[shift.id] if q.is_professional)

        # The hardest shifts first (fewest professionals who could take them), then in time.
        order = sorted(p.shifts, key=lambda s: (n_pros(s), utc_minutes(s.start), s.id))
        unstaffed: list[Shift] = []
        for shift in order:
            staffed = self._staff(shift, chosen[shift.id])
            chosen[shift.id] = staffed or []
            if staffed is None:
                unstaffed.append(shift)
        # A second chance: free a professional by handing one of their shifts to a colleague.
        pinned = {(a.person_id, a.shift_id) for a in p.pinned}
        left = {s.id for s in unstaffed if not self._swap_in(s, chosen, pinned)}
        self._place_left_out(chosen, left)
        pairs = {(q.id, sid) for sid, people in chosen.items() for q in people}
        return pairs, left

    def _place_left_out(self, chosen: dict[str, list[Person]], unstaffed: set[str]) -> None:
        """A volunteer with no shift at all costs volunteer_left_out, more than one more
        volunteer on a shift costs anyone (continuity, wishes, fairness): give each of them
        a free place on a staffed shift, their own activities first, earliest first."""
        p = self.p
        for person in p.volunteers:
            if self.load[person.id].shifts or person.limits is None:
                continue
            wants = person.limits.wants
            options = sorted(
                (s for s in p.candidate_pairs[person.id] if s.id not in unstaffed),
                key=lambda s: (
                    not p.is_regular(person, s.activity.id),
                    bool(wants) and s.activity.id not in wants,
                    self._start(s),
                    s.id,
                ),
            )
            for shift in options:
                on = chosen[shift.id]
                if person in on or not self._room_for_volunteer(shift, on):
                    continue
                if not self.guard.may_join(person, shift, on):
                    continue
                if self.fits(person, shift):
                    self.take(person, shift)
                    on.append(person)
                    break

    @staticmethod
    def _room_for_volunteer(shift: Shift, on: list[Person]) -> bool:
        staffing = shift.activity.staffing
        pros = sum(1 for q in on if q.is_professional)
        if pros < staffing.professionals:
            return False  # not staffed: nobody may stand on it alone
        room = staffing.volunteers_max
        if staffing.volunteers_per_professional_max is not None:
            room = min(room, staffing.volunteers_per_professional_max * pros)
        return len(on) - pros < room

    def _staff(self, shift: Shift, on: list[Person]) -> list[Person] | None:
        """Fill the shift's places, starting from the people already on it; None (and nobody
        left on it) when its professionals or its minimum of people cannot be found."""
        staffing = shift.activity.staffing
        pros = [q for q in on if q.is_professional]
        vols = [q for q in on if q.is_volunteer]
        cap = max(staffing.professionals, staffing.min_people)
        candidates = [q for q in self.eligible[shift.id] if q not in on]
        guard = self.guard
        pros_first = self._order([c for c in candidates if c.is_professional], shift)
        pool = guard.by_need(pros_first, shift, pros + vols)
        for q in pool:
            if len(pros) >= staffing.professionals:
                break
            left = staffing.professionals - len(pros)
            if (
                guard.worth(q, shift, pros + vols, left)
                and guard.may_join(q, shift, pros + vols)
                and self.fits(q, shift)
            ):
                self.take(q, shift)
                pros.append(q)
        ratio = staffing.volunteers_per_professional_max
        room = staffing.volunteers_max
        if ratio is not None:
            room = min(room, ratio * len(pros))
        want = min(room, max(staffing.volunteers_min, staffing.min_people - len(pros)))
        volunteers = self._order([c for c in candidates if c.is_volunteer], shift)
        for q in guard.by_need(guard.experienced_first(volunteers, shift), shift, pros + vols):
            # Past the volunteers wanted, only someone the mix still needs, within the room.
            if len(vols) >= room or (len(vols) >= want and guard.mix_met(shift, pros + vols)):
                break
            if not guard.worth(q, shift, pros + vols, max(want - len(vols), 0)):
                continue
            if guard.may_join(q, shift, pros + vols) and self.fits(q, shift):
                self.take(q, shift)
                vols.append(q)
        for q in self._order([c for c in candidates if c.is_professional], shift):
            if len(pros) + len(vols) >= staffing.min_people or len(pros) >= cap:
                break
            if q not in pros and self.guard.may_join(q, shift, pros + vols) and self.fits(q, shift):
                self.take(q, shift)
                pros.append(q)
        enough = (
            len(pros) >= staffing.professionals and len(pros) + len(vols) >= staffing.min_people
        )
        if enough and guard.mix_met(shift, pros + vols):
            return pros + vols
        for q in pros + vols:
            self.drop(q, shift)
        return None

    def _swap_in(
        self, shift: Shift, chosen: dict[str, list[Person]], pinned: set[tuple[str, str]]
    ) -> bool:
        """Staff an unstaffed shift by moving one nearby shift of a qualified professional to
        another professional who fits it, when that frees the first one."""
        p = self.p
        near = 3 * 24 * 60  # minutes: rest, days in a row and successions reach no further
        start = self._start(shift)
        pros = [q for q in self.eligible[shift.id] if q.is_professional]
        for person in self._order(pros, shift):
            mine = [
                b
                for b in self.load[person.id].shifts
                if abs(self._start(b) - start) <= near
                and (person.id, b.id) not in pinned
                and b.id in p.shift_by_id
            ]
            for b in mine:
                self.drop(person, b)
                chosen[b.id].remove(person)
                if self.fits(person, shift):
                    others = [
                        q
                        for q in self.eligible[b.id]
                        if q.is_professional and q is not person and q not in chosen[b.id]
                    ]
                    for q in self._order(others, b):
                        if not self.guard.may_join(q, b, chosen[b.id]) or not self.fits(q, b):
                            continue
                        if not self.guard.mix_met(b, [*chosen[b.id], q]):
                            continue
                        self.take(q, b)
                        chosen[b.id].append(q)
                        staffed = self._staff(shift, [])
                        if staffed is not None:
                            chosen[shift.id] = staffed
                            return True
                        self.drop(q, b)
                        chosen[b.id].remove(q)
                        break
                self.take(person, b)
                chosen[b.id].append(person)
        return False


def greedy_roster(problem: PlanningProblem) -> tuple[set[tuple[str, str]], set[str]]:
    return GreedyPlanner(problem).plan()
