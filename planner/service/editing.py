"""Manual edits from the terminal app: who could take a shift, assign, unassign, pin.

Every verdict comes from the independent checker (planner/check/checker.py), weighed on the working
roster of the weeks around the shift: the calendar weeks that cover its month, so weekly
and monthly limits see everything, plus a week either side for rest and travel. A change
is refused when it breaks a hard rule the roster did not already break.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.check import (
    RosterView,
    is_shortage,
    new_violations,
    person_violations,
    shift_violations,
    why_not_in,
)
from planner.check.exchange import covered
from planner.clock import has_started
from planner.dates import local_midnight, local_start_of, weeks_of_month
from planner.domain import Assignment, Organisation, Period, Person, Role, Roster, Shift
from planner.errors import PlannerError
from planner.message import msg
from planner.reasons import Refused, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from planner.service.around import work_around
from planner.service.history import history_before
from planner.service.results import Candidate
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.repository import Repository
from planner.storage.writes import ORGANISATION, person_scope, week_scope


@dataclass(frozen=True)
class Correction:
    """What `roster correct` changed: who was added to and taken off a shift that happened,
    and whether the published roster (people's calendars, the reports) was corrected too."""

    shift: Shift
    added: tuple[str, ...]
    removed: tuple[str, ...]
    published: bool


@dataclass(frozen=True)
class EditContext:
    org: Organisation
    period: Period
    shift: Shift
    roster: Roster
    view: RosterView

    def person(self, person_id: str) -> Person:
        try:
            return self.org.person(person_id)
        except KeyError:
            raise PlannerError(msg("unknown person '{person}'", person=person_id)) from None

    def on_shift(self) -> list[Assignment]:
        return self.view.on(self.shift.id)


def load_context(repo: Repository, shift_id: str) -> EditContext:
    org = repo.load_organisation()
    try:
        local_start = local_start_of(shift_id)
    except ValueError:
        raise PlannerError(
            msg("'{shift}' is not a shift id (activity@YYYY-MM-DDTHH:MM)", shift=shift_id)
        ) from None
    period = weeks_of_month(local_start.date())
    shifts = generate_shifts(org, period)
    by_id = {s.id: s for s in shifts}
    if shift_id not in by_id:
        raise PlannerError(
            msg("no shift '{shift}' in the organisation's activities", shift=shift_id)
        )
    tz = ZoneInfo(org.timezone)
    before, after = Period(period.start - timedelta(weeks=1)), Period(period.end)
    absences = repo.absences(local_midnight(before.start, tz), local_midnight(after.end, tz))
    # The working roster around the month counts toward the windows that cross its edges.
    outside = work_around(repo, org, period, published=False)
    roster = repo.roster(period)
    view = RosterView.build(
        org,
        period,
        shifts,
        roster,
        absences,
        settings_from_toml(org.rules),
        outside,
        history_before(repo, period),
    )
    # A shift without its professionals counts as unstaffed whatever was saved (never
    # planned, or emptied by hand): volunteers never stand on it alone.
    uncovered = {s.id for s in shifts if not s.closed and not covered(view, s, view.on(s.id))}
    view = RosterView(view.facts, view.shifts, view.assignments, view.unstaffed | uncovered)
    return EditContext(org, period, by_id[shift_id], roster, view)


def role_of(person: Person) -> Role:
    return Role.PROFESSIONAL if person.is_professional else Role.VOLUNTEER


def candidates(repo: Repository, shift_id: str) -> list[Candidate]:
    """Everyone not yet on the shift, in the place their kind fills, with the verdict of the
    hard rules: allowed ones first, professionals before volunteers, then by name."""
    ctx = load_context(repo, shift_id)
    on = {a.person_id for a in ctx.on_shift()}
    found = []
    for person in ctx.org.people:
        if person.id in on:
            continue
        role = role_of(person)
        reasons = tuple(dict.fromkeys(why_not_in(ctx.view, shift_id, person.id, role)))
        found.append(Candidate(person, role, reasons))
    found.sort(key=lambda c: (not c.allowed, c.role is not Role.PROFESSIONAL, c.person.name))
    return found


def assign(
    repo: Repository,
    assignment: Assignment,
    *,
    seen: int | None = None,
    now: datetime | None = None,
) -> None:
    """Put a person on a shift (or re-pin them). Refused with the reasons when it breaks a
    hard rule; the shift counts as staffed once its professionals are on it. `seen`: the
    change the coordinator had seen when the shift was shown (Service.seen); ChangedMeanwhile when
    the shift's week, the person or the organisation changed since."""
    seen = _still_current(repo, seen, assignment.shift_id, assignment.person_id)
    ctx = load_context(repo, assignment.shift_id)
    _not_started(ctx.shift, now)
    person, shift = ctx.person(assignment.person_id), ctx.shift
    if person.is_professional and assignment.role is Role.VOLUNTEER:
        raise Refused("assign", person.id, shift.id)
    others = [a for a in ctx.on_shift() if a.person_id != person.id]
    already = [a for a in ctx.on_shift() if a.person_id == person.id]
    if not (already and already[0].role is assignment.role):  # re-pinning needs no verdict
        reasons = why_not_in(ctx.view, shift.id, person.id, assignment.role)
        if reasons:
            raise Refused("assign", person.id, shift.id, tuple(dict.fromkeys(reasons)))
    why = UnstaffedReason(Verdict.SHORT_BY_HAND)
    _save(repo, ctx, [*others, assignment], why, seen, person.id)


def place(
    repo: Repository,
    shift_id: str,
    person_id: str,
    *,
    pinned: bool = False,
    seen: int | None = None,
    now: datetime | None = None,
) -> Assignment:
    """Put a person on a shift in their kind's place (a professional's or a volunteer's), as
    `assign` checks it; the assignment made."""
    person = load_context(repo, shift_id).person(person_id)
    assignment = Assignment(shift_id, person.id, role_of(person), pinned)
    assign(repo, assignment, seen=seen, now=now)
    return assignment


def pin(
    repo: Repository,
    shift_id: str,
    person_id: str,
    pinned: bool,
    *,
    seen: int | None = None,
    now: datetime | None = None,
) -> None:
    """Pin (or unpin) someone already on a shift: the planner keeps a pinned person where
    they are. Refused for someone not on it (place them, pinned, instead)."""
    ctx = load_context(repo, shift_id)
    person, shift = ctx.person(person_id), ctx.shift
    on = [a for a in ctx.on_shift() if a.person_id == person.id]
    if not on:
        raise PlannerError(
            msg(
                "{name} is not on {activity} {start}",
                name=person.name,
                activity=shift.activity.name,
                start=shift.start,
            )
        )
    assign(repo, replace(on[0], pinned=pinned), seen=seen, now=now)


def unassign(
    repo: Repository,
    shift_id: str,
    person_id: str,
    *,
    seen: int | None = None,
    now: datetime | None = None,
) -> None:
    """Take a person off a shift. Refused when it would break a hard rule: volunteers left
    without a professional, or more volunteers than the professionals left can supervise.
    `seen`: as for assign."""
    seen = _still_current(repo, seen, shift_id, person_id)
    ctx = load_context(repo, shift_id)
    _not_started(ctx.shift, now)
    person, shift = ctx.person(person_id), ctx.shift
    on = ctx.on_shift()
    if not any(a.person_id == person_id for a in on):
        raise PlannerError(
            msg(
                "{name} is not on {activity} {start}",
                name=person.name,
                activity=shift.activity.name,
                start=shift.start,
            )
        )
    left = [a for a in on if a.person_id != person_id]
    view = ctx.view.focused(shift_id)
    before_unstaffed = shift_id in view.unstaffed
    after_unstaffed = not shift.closed and not covered(view, shift, left)
    others = [a for a in view.assignments if a.shift_id != shift_id]
    after_view = view.with_assignments([*others, *left])
    before = shift_violations(view.facts, shift, on, before_unstaffed)
    before += person_violations(view.facts, person, view.work_of(person_id))
    after = shift_violations(view.facts, shift, left, after_unstaffed)
    after += person_violations(view.facts, person, after_view.work_of(person_id))
    broken = [v for v in new_violations(before, after) if not is_shortage(v)]
    if broken:
        stranded = tuple(
            sorted(
                {v.person_id for v in broken if v.rule is RuleId.NO_REPLACEMENT and v.person_id},
                key=lambda pid: ctx.person(pid).name,
            )
        )
        raise Refused("unassign", person.id, shift.id, tuple(broken), stranded)
    why = UnstaffedReason(Verdict.TAKEN_OFF, person_id=person.id)
    _save(repo, ctx, left, why, seen, person.id)


def _not_started(shift: Shift, now: datetime | None) -> None:
    """What happened is changed only on purpose, by a correction (`roster correct`)."""
    if now is not None and has_started(shift.start, now):
        raise PlannerError(
            msg(
                "{activity} {start} has started: what happened is changed only with "
                "`roster correct`",
                activity=shift.activity.name,
                start=shift.start,
            )
        )


def correct(
    repo: Repository,
    shift_id: str,
    came: Iterable[str] = (),
    missing: Iterable[str] = (),
    *,
    now: datetime,
    seen: int | None = None,
) -> Correction:
    """Record who actually worked a shift that has started: those saved on it, less
    `missing`, and `came`, each in their kind's place, in the working roster and (when published) the published one. No
    hard rule refuses it (it is what happened); a shift without its professionals is saved
    unstaffed. Recorded in the audit log as a correction. A shift not yet started: refused
    (plan it or edit it instead)."""
    ctx = load_context(repo, shift_id)
    shift = ctx.shift
    if not has_started(shift.start, now):
        raise PlannerError(
            msg(
                "{activity} {start} has not started: change it by hand or re-plan it",
                activity=shift.activity.name,
                start=shift.start,
            )
        )
    if shift.closed:
        raise PlannerError(
            msg("{activity} {start} is closed", activity=shift.activity.name, start=shift.start)
        )
    before = {a.person_id for a in ctx.on_shift()}
    gone = {ctx.person(pid).id for pid in missing}
    people = [ctx.person(pid) for pid in dict.fromkeys([*sorted(before), *came]) if pid not in gone]
    on = [Assignment(shift.id, p.id, role_of(p)) for p in people]
    unstaffed = {}
    if not covered(ctx.view, shift, on):
        # History, not a plan: it ran short; nobody can still staff it.
        unstaffed[shift.id] = UnstaffedReason(Verdict.RAN_SHORT)
    published = repo.correct(Roster(ctx.period, tuple(on), unstaffed), shift, seen=seen)
    after = {p.id for p in people}
    return Correction(
        shift, tuple(sorted(after - before)), tuple(sorted(before - after)), published
    )


def _still_current(repo: Repository, seen: int | None, shift_id: str, person_id: str) -> int:
    """The change to check the edit against: the coordinator's, when it is still current
    (else ChangedMeanwhile: what they saw is out of date), or the newest one."""
    if seen is None:
        return repo.seen()
    try:
        day = local_start_of(shift_id).date()
    except ValueError:
        return seen  # not a shift id: load_context says so
    repo.check_seen(seen, [week_scope(day), person_scope(person_id), ORGANISATION])
    return seen


def _save(
    repo: Repository,
    ctx: EditContext,
    on: list[Assignment],
    why: UnstaffedReason,
    seen: int,
    person_id: str,
) -> None:
    """Replace the shift's working assignments and status in one transaction, unless the
    shift's week, the person or the organisation changed after `seen`."""
    shift = ctx.shift
    unstaffed = {}
    if not shift.closed and not covered(ctx.view, shift, on):
        unstaffed[shift.id] = ctx.roster.unstaffed.get(shift.id) or why
    repo.save_roster(
        Roster(ctx.period, tuple(on), unstaffed),
        [shift],
        seen=seen,
        scopes=[person_scope(person_id)],
        action="edit",
    )
