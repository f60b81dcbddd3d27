"""Staffing ratios a manager shows a funder, computed as plain data (rendering is elsewhere).

Definitions (docs/reports.md explains them to managers):
- A shift counts when it is open (not closed for a holiday) and starts in the window.
- Planned: the roster has it (people on it, or saved as unstaffed). A shift not planned (or
  not published, in the published roster) is counted apart and is no cover failure: cover is
  over planned shifts only.
- Covered: it has at least `staffing.professionals` professionals in a professional place who
  hold all of the activity's qualifications. Volunteers never count toward cover.
- Hours are real hours (a night across a daylight-saving change has 11 or 13).
- Volunteers per professional: per covered shift of an activity where volunteers take part
  (volunteers allowed and volunteers_max > 0).
- A regular of an activity, for a shift in week W: someone whose home activity it is, or who
  had a place on it in the REGULARS_LOOKBACK before week W (earlier weeks of the window
  included). Continuity = places filled by regulars / places filled.
- Newcomers: places filled by volunteers marked `newcomer` in people.csv; mentors: on a shift
  with a newcomer, the places of those who may mentor them (the other volunteers, and the
  professionals where the activity says `professionals_mentor`).
- A volunteer's load: their shifts in a week over their own weekly limit; over the window,
  the highest of their weekly and calendar-month loads (months cut to the window).
- A professional's hours against contract: hours of shifts starting in the week over
  contract hours per week; over the window, against contract hours times weeks.
- Not recorded (by the clock): shifts that have started with no roster having them (planned
  after they began, or never; in the published roster: not published): history nobody
  recorded, apart from the shifts not planned yet, not in the cover and no incident.
- Incidents (by the clock): planned shifts that have started without their qualified
  professionals, with volunteers on them (a no-show) or without (it ran unstaffed).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from planner.dates import week_in
from planner.domain import Assignment, Organisation, Period, Person, Role, Roster, Shift
from planner.reasons import UnstaffedReason, UnstaffedSummary, Verdict
from planner.report.incidents import Incident, IncidentKind, incidents, unrecorded

REGULARS_LOOKBACK = timedelta(weeks=4)
ALL_ACTIVITIES = "All activities"  # data; the renderers word it (planner/io/report_columns.py)


@dataclass(frozen=True)
class ShiftFigures:
    """Figures of one group of shifts (an activity in a week, or any wider total)."""

    shifts: int = 0  # open shifts, planned or not
    covered: int = 0
    unplanned: int = 0  # not planned (or not published) yet: not in `cover`
    # Started (by the clock) with no roster having them: history nobody recorded (planned
    # after they began, or never); not in `cover`, no incident, apart from `unplanned`.
    unrecorded: int = 0
    professional_hours: float = 0.0
    volunteer_hours: float = 0.0
    volunteers_per_professional_mean: float | None = None
    volunteers_per_professional_max: float | None = None
    volunteers_per_professional_allowed: int | None = None  # None: no ratio set, or mixed
    shifts_over_ratio: int = 0
    places: int = 0
    regular_places: int = 0
    newcomer_places: int = 0  # places filled by newcomers (marked in people.csv)
    mentor_places: int = 0  # places of the mentors beside them (docs/rules.md, newcomers)
    # Incidents that happened (planner/report/incidents.py): shifts that have started where
    # volunteers stood without their professionals, and that ran without professionals.
    volunteers_without_professional: int = 0
    ran_unstaffed: int = 0

    @property
    def planned(self) -> int:
        return self.shifts - self.unplanned - self.unrecorded

    @property
    def cover(self) -> float | None:
        """Covered / planned shifts; None when nothing is planned."""
        return self.covered / self.planned if self.planned else None

    @property
    def volunteer_hours_per_professional_hour(self) -> float | None:
        if not self.professional_hours:
            return None
        return self.volunteer_hours / self.professional_hours

    @property
    def continuity(self) -> float | None:
        return self.regular_places / self.places if self.places else None


@dataclass(frozen=True)
class RatioRow:
    activity_id: str | None  # None: all activities
    activity: str
    week: date | None  # first day of the week; None: the whole window
    figures: ShiftFigures


@dataclass(frozen=True)
class CoverException:
    shift_id: str
    activity: str
    start: datetime
    reason: UnstaffedSummary  # counts, no names, no kinds of absence: the report goes to funders


@dataclass(frozen=True)
class VolunteerLoad:
    week: date | None  # None: the whole window
    volunteers: int  # volunteers in the organisation
    active: int  # with at least one shift
    max_load: float | None  # shifts over their own limit; 1.0 = at the limit
    median_load: float | None  # over active volunteers
    at_limit: int  # load exactly at their limit
    over_limit: int  # above it (a broken promise: should always be 0)


@dataclass(frozen=True)
class ContractHours:
    week: date | None
    professionals: int
    hours: float
    contract_hours: float
    min_share: float | None  # lowest person's hours / their contract hours
    max_share: float | None
    over_contract: int

    @property
    def share(self) -> float | None:
        return self.hours / self.contract_hours if self.contract_hours else None


@dataclass(frozen=True)
class RatioReport:
    organisation: str
    window: Period
    source: str  # "published" | "working"
    published_at: datetime | None
    rows: list[RatioRow]
    exceptions: list[CoverException]
    volunteer_load: list[VolunteerLoad]
    contract_hours: list[ContractHours]
    closed_shifts: int = 0
    weeks: list[date] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)  # what happened, by start

    @property
    def total(self) -> ShiftFigures:
        return next(r.figures for r in self.rows if r.activity_id is None and r.week is None)

    def activity_totals(self) -> list[RatioRow]:
        return [r for r in self.rows if r.activity_id is not None and r.week is None]

    def week_totals(self) -> list[RatioRow]:
        return [r for r in self.rows if r.activity_id is None and r.week is not None]


# -- the computation -----------------------------------------------------------------------


@dataclass
class _ShiftFacts:
    shift: Shift
    week: date
    professionals: list[str]  # person ids in professional places
    volunteers: list[str]
    planned: bool
    covered: bool
    regular_places: int
    ratio: float | None  # volunteers per professional, where volunteers take part
    newcomers: int = 0
    mentors: int = 0  # on a shift with newcomers: those who may mentor them
    incident: IncidentKind | None = None
    unrecorded: bool = False  # not planned, and it has started: history nobody recorded


def compute_ratios(
    org: Organisation,
    window: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    *,
    earlier: Iterable[tuple[Assignment, Shift]] = (),
    source: str = "published",
    published_at: datetime | None = None,
    now: datetime | None = None,
) -> RatioReport:
    """All figures of the window. `shifts`: the window's shifts (closed ones included);
    `earlier`: assignments before the window with their shifts, for who counts as regular;
    `now`: the clock, for what has happened (the incidents; none without it)."""
    people = {p.id: p for p in org.people}
    by_shift: dict[str, list[Assignment]] = defaultdict(list)
    for a in roster.assignments:
        by_shift[a.shift_id].append(a)
    weeks = [window.start + timedelta(weeks=i) for i in range(window.weeks)]

    # (person, activity) -> days they had a place on it, to tell regulars.
    worked: dict[tuple[str, str], list[date]] = defaultdict(list)
    for a, s in earlier:
        worked[(a.person_id, s.activity_id)].append(s.local_date)
    open_shifts = [s for s in shifts if not s.closed and window.start <= s.local_date < window.end]
    for s in open_shifts:
        for a in by_shift.get(s.id, ()):
            worked[(a.person_id, s.activity_id)].append(s.local_date)

    happened = incidents(open_shifts, roster, people, now)
    incident_of = {i.shift_id: i.kind for i in happened}
    not_recorded = set(unrecorded(open_shifts, roster, now))
    facts: list[_ShiftFacts] = []
    exceptions: list[CoverException] = []
    for s in open_shifts:
        week = week_in(window, s.local_date)
        assigned = by_shift.get(s.id, [])
        planned = bool(assigned) or s.id in roster.unstaffed
        pros = [a.person_id for a in assigned if a.role == Role.PROFESSIONAL]
        vols = [a.person_id for a in assigned if a.role == Role.VOLUNTEER]
        need = s.activity.staffing
        qualified = [
            p
            for p in pros
            if p in people
            and people[p].is_professional
            and need.qualifications <= people[p].qualifications_on(s.local_date)
        ]
        covered = len(qualified) >= need.professionals
        if planned and not covered:
            why = _why(s, roster, qualified).anonymous()
            exceptions.append(CoverException(s.id, s.activity.name, s.start, why))
        regular = sum(
            1
            for pid in pros + vols
            if _is_regular(people.get(pid), s.activity_id, week, worked.get((pid, s.activity_id)))
        )
        ratio = None
        if covered and need.volunteers_allowed and need.volunteers_max > 0:
            ratio = len(vols) / len(pros)
        new = sum(1 for v in vols if v in people and people[v].newcomer)
        mentors = (len(vols) - new + (len(pros) if need.professionals_mentor else 0)) if new else 0
        facts.append(
            _ShiftFacts(
                s,
                week,
                pros,
                vols,
                planned,
                covered,
                regular,
                ratio,
                new,
                mentors,
                incident_of.get(s.id),
                s.id in not_recorded,
            )
        )

    rows: list[RatioRow] = []
    for activity in org.activities:
        mine = [f for f in facts if f.shift.activity_id == activity.id]
        allowed = activity.staffing.volunteers_per_professional_max
        for week in weeks:
            rows.append(
                RatioRow(
                    activity.id,
                    activity.name,
                    week,
                    _figures([f for f in mine if f.week == week], allowed),
                )
            )
        rows.append(RatioRow(activity.id, activity.name, None, _figures(mine, allowed)))
    for week in weeks:
        rows.append(
            RatioRow(None, ALL_ACTIVITIES, week, _figures([f for f in facts if f.week == week]))
        )
    rows.append(RatioRow(None, ALL_ACTIVITIES, None, _figures(facts)))

    volunteers = [p for p in org.people if p.is_volunteer]
    professionals = [p for p in org.people if p.is_professional]
    return RatioReport(
        organisation=org.name,
        window=window,
        source=source,
        published_at=published_at,
        rows=rows,
        exceptions=sorted(exceptions, key=lambda e: (e.start, e.activity)),
        volunteer_load=_volunteer_load(volunteers, facts, window, weeks),
        contract_hours=_contract_hours(professionals, facts, window, weeks),
        closed_shifts=sum(
            1 for s in shifts if s.closed and window.start <= s.local_date < window.end
        ),
        weeks=weeks,
        incidents=happened,
    )


def _why(shift: Shift, roster: Roster, qualified: list[str]) -> UnstaffedReason:
    if shift.id in roster.unstaffed:
        return roster.unstaffed[shift.id]
    need = shift.activity.staffing
    return UnstaffedReason(
        Verdict.UNDER_COVERED,
        need.professionals,
        qualifications=tuple(sorted(need.qualifications)),
        count=len(qualified),
    )


def _is_regular(
    person: Person | None, activity_id: str, week: date, days: list[date] | None
) -> bool:
    if person is None:
        return False
    if person.home_activity == activity_id:
        return True
    lookback_start = week - REGULARS_LOOKBACK
    return any(lookback_start <= d < week for d in days or ())


def _figures(facts: list[_ShiftFacts], allowed: int | None = None) -> ShiftFigures:
    ratios = [f.ratio for f in facts if f.ratio is not None]
    covered = [f for f in facts if f.covered]
    return ShiftFigures(
        shifts=len(facts),
        covered=len(covered),
        unplanned=sum(1 for f in facts if not f.planned and not f.unrecorded),
        unrecorded=sum(1 for f in facts if f.unrecorded),
        professional_hours=sum(f.shift.hours * len(f.professionals) for f in facts),
        volunteer_hours=sum(f.shift.hours * len(f.volunteers) for f in facts),
        volunteers_per_professional_mean=statistics.fmean(ratios) if ratios else None,
        volunteers_per_professional_max=max(ratios) if ratios else None,
        volunteers_per_professional_allowed=allowed,
        shifts_over_ratio=sum(
            1
            for f in facts
            if f.ratio is not None
            and f.shift.activity.staffing.volunteers_per_professional_max is not None
            and f.ratio > f.shift.activity.staffing.volunteers_per_professional_max
        ),
        places=sum(len(f.professionals) + len(f.volunteers) for f in facts),
        regular_places=sum(f.regular_places for f in facts),
        newcomer_places=sum(f.newcomers for f in facts),
        mentor_places=sum(f.mentors for f in facts),
        volunteers_without_professional=sum(
            1 for f in facts if f.incident is IncidentKind.VOLUNTEERS_WITHOUT_PROFESSIONAL
        ),
        ran_unstaffed=sum(1 for f in facts if f.incident is IncidentKind.RAN_UNSTAFFED),
    )


def _volunteer_load(
    volunteers: list[Person], facts: list[_ShiftFacts], window: Period, weeks: list[date]
) -> list[VolunteerLoad]:
    shift_days: dict[str, list[tuple[date, date]]] = defaultdict(list)  # person -> (week, day)
    for f in facts:
        for pid in f.volunteers:
            shift_days[pid].append((f.week, f.shift.local_date))

    def summary(week: date | None, loads: dict[str, float], active: set[str]) -> VolunteerLoad:
        active_loads = [loads[p] for p in active]
        return VolunteerLoad(
            week=week,
            volunteers=len(volunteers),
            active=len(active),
            max_load=max(loads.values(), default=None) if volunteers else None,
            median_load=statistics.median(active_loads) if active_loads else None,
            at_limit=sum(1 for v in loads.values() if abs(v - 1.0) < 1e-9),
            over_limit=sum(1 for v in loads.values() if v > 1.0 + 1e-9),
        )

    result = []
    overall: dict[str, float] = {p.id: 0.0 for p in volunteers}
    for week in weeks:
        loads = {}
        active = set()
        for p in volunteers:
            assert p.limits is not None  # every volunteer has limits (Person.__post_init__)
            count = sum(1 for w, _ in shift_days[p.id] if w == week)
            loads[p.id] = _load(count, p.limits.max_shifts_per_week)
            overall[p.id] = max(overall[p.id], loads[p.id])
            if count:
                active.add(p.id)
        result.append(summary(week, loads, active))
    for p in volunteers:
        assert p.limits is not None
        months: dict[tuple[int, int], int] = defaultdict(int)
        for _, day in shift_days[p.id]:
            months[(day.year, day.month)] += 1
        for count in months.values():
            overall[p.id] = max(overall[p.id], _load(count, p.limits.max_shifts_per_month))
    result.append(summary(None, overall, {p.id for p in volunteers if shift_days[p.id]}))
    return result


def _load(count: int, limit: int) -> float:
    if limit <= 0:
        return 0.0 if count == 0 else float("inf")
    return count / limit


def _contract_hours(
    professionals: list[Person], facts: list[_ShiftFacts], window: Period, weeks: list[date]
) -> list[ContractHours]:
    hours: dict[tuple[str, date], float] = defaultdict(float)
    for f in facts:
        for pid in f.professionals:
            hours[(pid, f.week)] += f.shift.hours

    def summary(week: date | None, weeks_counted: int) -> ContractHours:
        shares = []
        total = 0.0
        contract_total = 0.0
        for p in professionals:
            own = sum(h for (pid, w), h in hours.items() if pid == p.id and week in (None, w))
            assert p.contract is not None  # every professional has one (Person.__post_init__)
            contract = p.contract.hours_per_week * weeks_counted
            total += own
            contract_total += contract
            if contract:
                shares.append(own / contract)
        return ContractHours(
            week=week,
            professionals=len(professionals),
            hours=total,
            contract_hours=contract_total,
            min_share=min(shares, default=None),
            max_share=max(shares, default=None),
            over_contract=sum(1 for s in shares if s > 1.0 + 1e-9),
        )

    return [summary(w, 1) for w in weeks] + [summary(None, len(weeks))]
