"""Hours that happened, as plain data (rendering: planner/io/hours_report.py).

Definitions (docs/reports.md explains them to managers):
- A shift counts when it starts on a day from `first` to `last` (inclusive), is open, and has
  ended by `now`: hours that happened, not hours planned. What happened is the published
  roster, in which `roster correct` records who actually came.
- Hours are real hours (a night across a daylight-saving change has 11 or 13), counted by the
  place a person filled: professional hours in professional places, volunteer hours in
  volunteer places, as the ratio report counts them, so that over the same weeks the two agree.
- Lines by activity (with its site), by month and activity, or by person and activity. Only
  the lines by person name anyone: a funder gets the others, which hold no person at all.
- Shifts that started while the published roster did not have them (planned or published
  after they began, or never) count no hours: who worked them is not recorded. Their number
  is given apart, as the ratio report's `not_recorded` (planner/report/incidents.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from planner.dates import as_utc
from planner.domain import Assignment, Organisation, Role, Roster, Shift
from planner.report.incidents import unrecorded


class HoursBy(StrEnum):
    ACTIVITY = "activity"
    MONTH = "month"
    PERSON = "person"


@dataclass(frozen=True)
class HoursFigures:
    professional_shifts: int = 0
    professional_hours: float = 0.0
    volunteer_shifts: int = 0
    volunteer_hours: float = 0.0

    def plus(self, role: Role, hours: float) -> HoursFigures:
        if role is Role.PROFESSIONAL:
            return HoursFigures(
                self.professional_shifts + 1,
                self.professional_hours + hours,
                self.volunteer_shifts,
                self.volunteer_hours,
            )
        return HoursFigures(
            self.professional_shifts,
            self.professional_hours,
            self.volunteer_shifts + 1,
            self.volunteer_hours + hours,
        )

    def __add__(self, other: HoursFigures) -> HoursFigures:
        return HoursFigures(
            self.professional_shifts + other.professional_shifts,
            self.professional_hours + other.professional_hours,
            self.volunteer_shifts + other.volunteer_shifts,
            self.volunteer_hours + other.volunteer_hours,
        )

    @property
    def hours(self) -> float:
        return self.professional_hours + self.volunteer_hours


@dataclass(frozen=True)
class HoursLine:
    """One group's hours. `activity_id` None: the total of the lines before it (of one
    person, of one month, or of everything when `person_id` and `month` are None too)."""

    person_id: str | None
    month: date | None  # its first day, by month only
    activity_id: str | None
    activity: str
    site: str
    figures: HoursFigures

    @property
    def is_total(self) -> bool:
        return self.activity_id is None


@dataclass(frozen=True)
class HoursReport:
    organisation: str
    first: date
    last: date  # inclusive
    by: HoursBy
    person_id: str | None  # one person's own hours (`--person`), else None
    lines: tuple[HoursLine, ...]
    total: HoursFigures
    not_over: int  # shifts of the window with people on them that have not ended yet
    # The names of the people the lines name (none in a report by activity or month).
    names: tuple[tuple[str, str], ...] = ()
    # Shifts of the window that started while no published roster had them: hours that most
    # likely happened but nobody recorded, so not counted (0 in one person's own report,
    # which holds no other shift).
    not_recorded: int = 0

    def name(self, person_id: str) -> str:
        return dict(self.names).get(person_id, person_id)


def compute_hours(
    org: Organisation,
    shifts: Iterable[Shift],
    roster: Roster,
    *,
    first: date,
    last: date,
    now: datetime,
    by: HoursBy = HoursBy.ACTIVITY,
    person_id: str | None = None,
) -> HoursReport:
    by_id = {s.id: s for s in shifts if not s.closed and first <= s.local_date <= last}
    order = {a.id: i for i, a in enumerate(org.activities)}
    worked: list[tuple[Assignment, Shift]] = []
    not_over: set[str] = set()
    for a in roster.assignments:
        shift = by_id.get(a.shift_id)
        if shift is None or (person_id is not None and a.person_id != person_id):
            continue
        if as_utc(shift.end) > as_utc(now):
            not_over.add(shift.id)
            continue
        worked.append((a, shift))
    groups: dict[tuple, HoursFigures] = defaultdict(HoursFigures)
    for a, shift in worked:
        key = _key(by, a, shift)
        groups[key] = groups[key].plus(a.role, shift.hours)
    activities = {a.id: a for a in org.activities}
    names = {p.id: p.name for p in org.people}

    def sort_key(key: tuple) -> tuple:
        who, month, activity_id = key
        return (names.get(who, who or ""), who or "", month or date.min, order.get(activity_id, 0))

    lines: list[HoursLine] = []
    current: tuple | None = None
    subtotal = HoursFigures()
    total = HoursFigures()
    for key in sorted(groups, key=sort_key):
        who, month, activity_id = key
        head = (who, month)
        if current is not None and head != current and by is not HoursBy.ACTIVITY:
            lines.append(_total(current, subtotal))
            subtotal = HoursFigures()
        current = head
        figures = groups[key]
        subtotal, total = subtotal + figures, total + figures
        act = activities.get(activity_id)
        lines.append(
            HoursLine(
                who,
                month,
                activity_id,
                act.name if act else activity_id,
                act.site if act else "",
                figures,
            )
        )
    if current is not None and by is not HoursBy.ACTIVITY:
        lines.append(_total(current, subtotal))
    lines.append(HoursLine(None, None, None, "", "", total))
    # One person's own roster holds only their shifts: every other shift would look unrecorded.
    history = unrecorded(by_id.values(), roster, now) if person_id is None else ()
    named = {line.person_id for line in lines if line.person_id}
    if person_id is not None:
        named.add(person_id)
    return HoursReport(
        org.name,
        first,
        last,
        by,
        person_id,
        tuple(lines),
        total,
        len(not_over),
        tuple(sorted((pid, names.get(pid, pid)) for pid in named)),
        len(history),
    )


def _key(by: HoursBy, a: Assignment, shift: Shift) -> tuple:
    who = a.person_id if by is HoursBy.PERSON else None
    month = shift.local_date.replace(day=1) if by is HoursBy.MONTH else None
    return who, month, shift.activity_id


def _total(head: tuple, figures: HoursFigures) -> HoursLine:
    who, month = head
    return HoursLine(who, month, None, "", "", figures)
