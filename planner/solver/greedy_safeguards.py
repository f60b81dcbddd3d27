"""The safeguards' side of the greedy first roster (planner/solver/greedy.py): whether one
more person may join the people already on a shift, so the first roster keeps these hard
rules too and the search can start from it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from planner.dates import minutes, monday_of, month_of, utc_minutes
from planner.domain import Among, Need, Person, Shift
from planner.settings import heavy_limits
from planner.solver.problem import PlanningProblem


class Safeguards:
    def __init__(self, problem: PlanningProblem) -> None:
        self.p = problem
        self.hard = problem.settings.hard
        self.heavy_rest = minutes(self.hard.heavy_rest)
        self.any_heavy = any(s.activity.heavy for s in problem.shifts)

    def heavy_ok(self, person: Person, shift: Shift, mine: Sequence[Shift]) -> bool:
        """One more shift keeps the person's heavy-shift limits (the heavy_shifts rule):
        `mine` is what they already have, published work around the period included."""
        if not self.any_heavy:
            return True
        limits = heavy_limits(person, self.hard)
        if limits is None:
            return True
        if not shift.activity.heavy and not any(o.activity.heavy for o in mine):
            return True  # no heavy shift near: nothing to keep
        start, end = utc_minutes(shift.start), utc_minutes(shift.end)
        for other in mine:
            o_start, o_end = utc_minutes(other.start), utc_minutes(other.end)
            if other.activity.heavy and o_end <= start < o_end + self.heavy_rest:
                return False
            if shift.activity.heavy and end <= o_start < end + self.heavy_rest:
                return False
        if not shift.activity.heavy:
            return True
        in_row, per_week, per_month = limits
        heavy = [o for o in mine if o.activity.heavy]
        day = shift.local_date
        if sum(1 for o in heavy if monday_of(o.local_date) == monday_of(day)) >= per_week:
            return False
        if sum(1 for o in heavy if month_of(o.local_date) == month_of(day)) >= per_month:
            return False
        days = {o.local_date for o in heavy} | {day}
        run, d = 1, day - timedelta(days=1)
        while d in days:
            run, d = run + 1, d - timedelta(days=1)
        d = day + timedelta(days=1)
        while d in days:
            run, d = run + 1, d + timedelta(days=1)
        return run <= in_row

    def newcomer(self, person: Person, shift: Shift) -> bool:
        return self.p.is_newcomer(person, shift.activity.id)

    def mentors(self, shift: Shift, on: Sequence[Person]) -> bool:
        """Someone on the shift may mentor a newcomer of its activity."""
        lets_pros = shift.activity.staffing.professionals_mentor
        return any(
            (q.is_professional and lets_pros) or (q.is_volunteer and not self.newcomer(q, shift))
            for q in on
        )

    def may_join(self, person: Person, shift: Shift, on: Sequence[Person]) -> bool:
        """Adding `person` to `on` keeps the shift's safeguards: nobody they must never share
        a shift with, a newcomer only beside a mentor (newcomers) and not above the
        activity's newcomers_max (never together)."""
        if any(q.id in person.never_with or person.id in q.never_with for q in on):
            return False
        if not self.newcomer(person, shift):
            return True
        most = shift.activity.staffing.newcomers_max
        if most is not None and sum(1 for q in on if self.newcomer(q, shift)) >= most:
            return False
        return self.mentors(shift, on)

    # -- the qualification mix (hard needs) ---------------------------------------------
    def _short(self, shift: Shift, on: Sequence[Person]) -> list[Need]:
        """The hard needs of the shift that the people on it do not meet yet."""
        return [
            n
            for n in shift.activity.staffing.needs
            if not n.soft
            and sum(1 for q in on if n.met_by(q, q.is_professional, shift.local_date)) < n.at_least
        ]

    def mix_met(self, shift: Shift, on: Sequence[Person]) -> bool:
        return not shift.activity.staffing.needs or not self._short(shift, on)

    def by_need(self, people: list[Person], shift: Shift, on: Sequence[Person]) -> list[Person]:
        """The same order, except that for each need of the shift's mix the people on it do
        not meet yet (required ones first, then wanted ones), the first few who hold it come
        first: just enough of them, so the rest keep the order continuity and fairness gave."""
        needs = sorted(shift.activity.staffing.needs, key=lambda n: n.soft)
        if not needs:
            return people
        front: list[Person] = []
        for need in needs:
            day = shift.local_date
            have = sum(1 for q in [*on, *front] if need.met_by(q, q.is_professional, day))
            holders = [
                q for q in people if q not in front and need.met_by(q, q.is_professional, day)
            ]
            front += holders[: max(0, need.at_least - have)]
        return front + [q for q in people if q not in front]

    def worth(self, person: Person, shift: Shift, on: Sequence[Person], places: int) -> bool:
        """Taking `person` into one of `places` places of their kind still leaves room for
        the people the mix lacks: they hold something it lacks, or enough places remain."""
        if not shift.activity.staffing.needs:
            return True
        own = person.is_professional
        day = shift.local_date
        short = [n for n in self._short(shift, on) if n.met_by(person, own, day) or _counts(n, own)]
        if any(n.met_by(person, own, day) for n in short):
            return True
        lacking = sum(
            n.at_least - sum(1 for q in on if n.met_by(q, q.is_professional, day)) for n in short
        )
        return lacking < places

    def experienced_first(self, people: list[Person], shift: Shift) -> list[Person]:
        """Newcomers after the others (a stable sort): a mentor is placed before them."""
        return sorted(people, key=lambda q: self.newcomer(q, shift))


def _counts(need: Need, professional_place: bool) -> bool:
    """Whether places of this kind must be kept for the need: professionals' places for a
    need among professionals; volunteers' places (filled after the professionals) for one
    among volunteers or everyone."""
    if professional_place:
        return need.among is Among.PROFESSIONALS
    return need.among is not Among.PROFESSIONALS
