"""Each person's load in the shown week against their contract or their own limits.

Plain data, no widgets. A volunteer's monthly limit is counted over the calendar month that
holds most of the week (the month of its Thursday, as ISO weeks are numbered).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from planner.dates import first_of_next_month, weeks_of_month
from planner.domain import Organisation, Period, Person, Shift
from planner.service import Service
from planner.shifts import generate_shifts


@dataclass(frozen=True)
class PersonLoad:
    person: Person
    shifts_in_week: int
    hours_in_week: float
    limit_week: float  # contract hours (professional) or max shifts (volunteer)
    shifts_in_month: int = 0
    limit_month: int = 0  # volunteers only
    month: date | None = None  # first day of the month counted

    @property
    def over(self) -> bool:
        if self.person.is_professional:
            return self.hours_in_week > self.limit_week + 1e-6
        return self.shifts_in_week > self.limit_week or self.shifts_in_month > self.limit_month


def loads(service: Service, monday: date, org: Organisation | None = None) -> list[PersonLoad]:
    """Professionals first, then volunteers, each by name."""
    org = org or service.organisation()
    week = Period(monday, 1)
    thursday = monday + timedelta(days=3)  # the week's month is the month of its Thursday
    month_period = weeks_of_month(thursday)
    first, nxt = thursday.replace(day=1), first_of_next_month(thursday)
    shifts: dict[str, Shift] = {s.id: s for s in generate_shifts(org, month_period)}
    month_roster = service.roster(month_period).roster
    week_shifts: Counter[str] = Counter()
    week_hours: defaultdict[str, float] = defaultdict(float)
    month_shifts: Counter[str] = Counter()
    for a in month_roster.assignments:
        shift = shifts.get(a.shift_id)
        if shift is None:
            continue
        day = shift.local_date
        if week.start <= day < week.end:
            week_shifts[a.person_id] += 1
            week_hours[a.person_id] += shift.hours
        if first <= day < nxt:
            month_shifts[a.person_id] += 1
    result = []
    for p in sorted(org.people, key=lambda p: (not p.is_professional, p.name)):
        if p.is_professional:
            limit = p.contract.hours_per_week if p.contract else 0.0
            result.append(PersonLoad(p, week_shifts[p.id], week_hours[p.id], limit))
        else:
            lim = p.limits
            result.append(
                PersonLoad(
                    p,
                    week_shifts[p.id],
                    week_hours[p.id],
                    lim.max_shifts_per_week if lim else 0,
                    month_shifts[p.id],
                    lim.max_shifts_per_month if lim else 0,
                    first,
                )
            )
    return result
