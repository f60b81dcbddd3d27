"""`roster check` as a use case: the saved working roster of a period, run through the
independent checker with everything it needs from the repository."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from planner.check import Violation, check_roster
from planner.clock import has_started
from planner.dates import (
    local_midnight,
    local_start_of,
    monday_of,
    week_in,
)
from planner.domain import Assignment, Period, Roster, Shift
from planner.errors import PlannerError
from planner.limits import MAX_PERIOD_WEEKS, bound_period
from planner.message import msg, nmsg
from planner.report.incidents import Incident, incidents, unrecorded
from planner.service.around import work_around
from planner.service.history import history_before
from planner.service.reports import with_former
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.repository import Repository


@dataclass(frozen=True)
class CheckOutcome:
    shifts: int  # open shifts of the period's planned weeks
    assignments: int
    unstaffed: int
    violations: list[Violation]  # what the roster breaks and a plan can still repair
    unplanned: tuple[date, ...] = ()  # first days of the weeks with nothing planned: not checked
    # Published shifts around the period that the windows counted (planner.dates.around), and
    # the first and last day they lie on; 0 and None when nothing around was published.
    around: int = 0
    around_days: tuple[date, date] | None = None
    # What happened, by the clock: hard rules broken on shifts that have all started (a
    # correction that left volunteers without their professional), and the incidents.
    history: list[Violation] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    # Shifts of the planned weeks that had started before they were ever planned: nobody
    # recorded on them, history apart from the unstaffed ones (planner.report.incidents).
    unrecorded: tuple[str, ...] = ()


def check_period(
    repo: Repository,
    period: Period,
    *,
    published: bool = False,
    unexcused: frozenset[str] = frozenset(),
    now: datetime | None = None,
) -> CheckOutcome:
    """Check the period's working roster (or its published one). Published work outside the
    period in the same calendar months (and the week either side) counts toward the limits
    that straddle it. `unexcused`: shifts saved as unstaffed whose shortage is still
    reported (a published shift the draft has emptied by hand). With `now`, what happened is
    history, apart from what a plan can repair: a violation whose shifts have all started by
    then is in `history`, not in `violations`, and the incidents are listed."""
    bound_period(period, MAX_PERIOD_WEEKS)
    org = repo.load_organisation()
    unplanned = tuple(unplanned_weeks(repo, period))
    if len(unplanned) == period.weeks or (published and repo.published_at(period) is None):
        last = period.end - timedelta(days=1)
        if published:
            raise PlannerError(
                msg(
                    "nothing published from {first} to {last}: run `roster publish` first",
                    first=period.start,
                    last=last,
                )
            )
        raise PlannerError(
            msg(
                "nothing planned from {first} to {last}: run `roster plan` first",
                first=period.start,
                last=last,
            )
        )
    tz = ZoneInfo(org.timezone)
    # Only the planned weeks are checked: a week never planned is said to be so, not
    # reported shift by shift as unstaffed without a reason.
    shifts = [s for s in generate_shifts(org, period) if monday_in(period, s) not in unplanned]
    roster = repo.roster(period, published=published)
    # A shift that had started before its week was planned was never planned (nothing is
    # planned in the past): no shortage that happened, not checked, said apart.
    not_recorded = unrecorded(shifts, roster, now)
    shifts = [s for s in shifts if s.id not in not_recorded]
    if unexcused:
        kept = {sid: why for sid, why in roster.unstaffed.items() if sid not in unexcused}
        roster = Roster(roster.period, roster.assignments, kept)
    # People who left are checked for the shifts they worked before they left.
    org = with_former(repo, org, [a.person_id for a in roster.assignments])
    absences = repo.absences(
        local_midnight(period.start - timedelta(days=1), tz),
        local_midnight(period.end + timedelta(days=1), tz),
    )
    outside = work_around(repo, org, period)
    found = check_roster(
        org,
        period,
        shifts,
        roster,
        absences,
        settings_from_toml(org.rules),
        pinned=[a for a in roster.assignments if a.pinned],
        outside=outside,
        history=history_before(repo, period),
    )
    open_ids = {s.id for s in shifts if not s.closed}
    happened = [v for v in found if _happened(v, now, tz)]
    return CheckOutcome(
        shifts=len(open_ids),
        assignments=len(roster.assignments),
        unstaffed=len(set(roster.unstaffed) & open_ids),
        violations=[v for v in found if not _happened(v, now, tz)],
        unplanned=unplanned,
        history=happened,
        incidents=incidents(shifts, roster, {p.id: p for p in org.people}, now),
        unrecorded=not_recorded,
        around=len({a.shift_id for _, a in outside}),
        around_days=_span(outside),
    )


def _span(work: list[tuple[Shift, Assignment]]) -> tuple[date, date] | None:
    days = sorted(s.local_date for s, _ in work)
    return (days[0], days[-1]) if days else None


def _happened(violation: Violation, now: datetime | None, tz: ZoneInfo) -> bool:
    """The violation is about shifts that have all started: what happened, not a plan."""
    if now is None:
        return False
    ids = [i for i in (violation.shift_id, *violation.others) if i]
    try:
        starts = [local_start_of(i) for i in ids]
    except ValueError:
        return False
    return bool(starts) and all(has_started(start.replace(tzinfo=tz), now) for start in starts)


def unplanned_weeks(repo: Repository, period: Period) -> list[date]:
    """The first days of the period's weeks in which nothing was planned yet."""
    weeks = (Period(period.start + timedelta(weeks=i), 1) for i in range(period.weeks))
    return [week.start for week in weeks if repo.roster_state(week) is None]


def monday_in(period: Period, shift: Shift) -> date:
    """The first day of the period's week that holds the shift."""
    return week_in(period, shift.local_date)


@dataclass(frozen=True)
class NoLongerHolds:
    """A published shift still to come that breaks a hard rule now (an absence, a stricter
    rule, a person gone), with the rules' reasons as data."""

    shift_id: str
    reasons: tuple[Violation, ...]


@dataclass(frozen=True)
class Holding:
    """What the published roster of `period` says now: the shifts that no longer hold, and
    the weeks to re-plan for them (None when all hold)."""

    period: Period | None
    broken: tuple[NoLongerHolds, ...] = ()

    @property
    def replan(self) -> Period | None:
        """The weeks from the first to the last broken shift's."""
        if not self.broken:
            return None
        days = sorted(local_start_of(b.shift_id).date() for b in self.broken)
        first, last = monday_of(days[0]), monday_of(days[-1])
        return Period(first, (last - first).days // 7 + 1)


def published_holding(
    repo: Repository, period: Period | None, now: datetime, *, draft: bool = False
) -> Holding:
    """Which published shifts of `period` (default: every published week from `now` on) that
    have not started break a hard rule now, and why. Shifts that have started are what
    happened: `roster check --published` shows those.

    `draft`: the same published shifts as the working roster holds them after manual edits,
    where a shift the published roster staffed and an edit emptied counts as short (the
    checker's reason), not as excused by its unstaffed status: what publishing would break."""
    if period is None:
        period = _bounded(repo.published_weeks(now))
    if period is None or repo.published_at(period) is None:
        return Holding(period)
    roster = repo.roster(period, published=True)
    unexcused: frozenset[str] = frozenset()
    if draft:
        unexcused = frozenset(repo.roster(period).unstaffed) - set(roster.unstaffed)
    found = check_period(repo, period, published=not draft, unexcused=unexcused).violations
    public = {a.shift_id for a in roster.assignments} | set(roster.unstaffed)
    shifts = {s.id: s for s in generate_shifts(repo.load_organisation(), period) if s.id in public}
    return Holding(period, _to_come(found, shifts, now))


def draft_holding(repo: Repository, period: Period | None, now: datetime) -> Holding:
    """Which shifts of the draft (the working roster) of `period` (default: every planned week
    from `now` on) that have not started break a hard rule now, and why: what publishing it
    would put in people's calendars. Weeks never planned are left out."""
    if period is None:
        period = _bounded(repo.published_weeks(now, working=True))
    if period is None or len(unplanned_weeks(repo, period)) == period.weeks:
        return Holding(period)
    found = check_period(repo, period).violations
    shifts = {s.id: s for s in generate_shifts(repo.load_organisation(), period)}
    return Holding(period, _to_come(found, shifts, now))


class Unpublishable(PlannerError):
    """The draft breaks a hard rule on shifts still to come, so nothing was published:
    `holding` holds those shifts with the rules' reasons (data, worded at the edge) and the
    weeks whose re-plan repairs them."""

    def __init__(self, holding: Holding) -> None:
        self.holding = holding
        weeks = holding.replan
        assert weeks is not None
        super().__init__(
            nmsg(
                "nothing was published: {n} shift of the draft breaks a hard rule; re-plan "
                "those weeks first: roster plan --from {start} --weeks {weeks}",
                "nothing was published: {n} shifts of the draft break a hard rule; re-plan "
                "those weeks first: roster plan --from {start} --weeks {weeks}",
                len(holding.broken),
                start=weeks.start.isoformat(),
                weeks=weeks.weeks,
            )
        )


def _bounded(period: Period | None) -> Period | None:
    """At most the weeks one check takes on (planner/limits.py), from the first."""
    if period is None or period.weeks <= MAX_PERIOD_WEEKS:
        return period
    return Period(period.start, MAX_PERIOD_WEEKS)


def _to_come(
    found: list[Violation], shifts: dict[str, Shift], now: datetime
) -> tuple[NoLongerHolds, ...]:
    """The violations filed under the shifts among `shifts` that have not started, by shift,
    in time order."""
    by_shift: dict[str, list[Violation]] = {}
    for v in found:
        ids = [v.shift_id] if v.shift_id else list(v.others)
        for sid in ids[:1]:
            shift = shifts.get(sid)
            if shift is not None and not has_started(shift.start, now):
                by_shift.setdefault(sid, []).append(v)
    broken = sorted(by_shift.items(), key=lambda kv: (shifts[kv[0]].start, kv[0]))
    return tuple(NoLongerHolds(sid, tuple(vs)) for sid, vs in broken)
