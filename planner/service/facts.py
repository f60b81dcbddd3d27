"""The facts of a period, read from the repository: what planning, checking and explaining
all start from. One place, so the model, `roster check` and the explanations see the same
published work around the period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.clock import has_started
from planner.dates import local_start_of, period_bounds
from planner.domain import Absence, Assignment, Period, Role, Roster, Shift
from planner.service.around import fairness_past, work_around
from planner.service.checking import check_period
from planner.service.history import history_before
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.solver.problem import PlanningProblem
from planner.storage.repository import Repository


class Repair(StrEnum):
    """How much of a published period a re-plan may change."""

    FRESH = "fresh"  # all of it (stability still weighs each change)
    SHIFTS = "shifts"  # only the shifts the disruption broke, and those never planned
    DAYS = "days"  # those, and every other shift of their days


@dataclass(frozen=True)
class Facts:
    problem: PlanningProblem
    shifts: list[Shift]  # every shift of the period that this run plans (closed ones too)
    fixed: Roster  # shifts kept as they were saved: started ones, and in a repair the rest
    repairing: frozenset[str] = frozenset()  # in a repair: the shifts it was made for


def load_problem(
    repo: Repository, period: Period, now: datetime | None = None
) -> tuple[PlanningProblem, list[Shift]]:
    facts = load_facts(repo, period, now)
    return facts.problem, facts.shifts


def load_facts(
    repo: Repository,
    period: Period,
    now: datetime | None = None,
    *,
    repair: Repair = Repair.FRESH,
    absent: Sequence[Absence] = (),
    movers: frozenset[str] | None = None,
) -> Facts:
    """The period's facts from the repository, and every shift of the period (closed too).
    People who left the organisation are not in them: their shifts in the period are planned
    again like any other (planning a period plans all of it).

    A shift that has started by `now` is not planned: it is what happened. A planned one's
    saved people count as work around the period (rest, hours, limits), like published work
    just outside it; only `roster correct` changes it. One never planned stays so: nobody is
    put on the past afterwards.

    A repair (of a period that was published) plans only what the disruption needs: the
    shifts that break a hard rule now, the unstaffed ones and those never planned (with
    Repair.DAYS, the other shifts of their days too: those on which one of `movers` works,
    when given, else all of them); every other shift is kept as saved, like a started one."""
    org = repo.load_organisation()
    present = {p.id for p in org.people}
    settings = settings_from_toml(org.rules)
    working = repo.roster(period)
    every_shift = generate_shifts(org, period)
    started = _started(every_shift, working, now)
    published = repo.roster(period, published=True) if repo.published_at(period) else None
    repairing: set[str] = set()
    if repair is not Repair.FRESH and published is not None:
        repairing = _disrupted(repo, period, working, now) | _away(
            every_shift, working, absent, now
        )
        if repair is Repair.DAYS:
            days = {local_start_of(sid).date() for sid in repairing}
            moving = {
                a.shift_id for a in working.assignments if movers is None or a.person_id in movers
            }
            repairing |= {
                s.id
                for s in every_shift
                if s.local_date in days and (movers is None or s.id in moving)
            }
        planned = {a.shift_id for a in working.assignments} | set(working.unstaffed)
        started |= {
            s.id: s
            for s in every_shift
            if s.id in planned and not s.closed and s.id not in repairing
        }
    past = {s.id for s in every_shift if now is not None and has_started(s.start, now)}
    all_shifts = [s for s in every_shift if s.id not in started and s.id not in past]
    if repairing and published is not None:
        all_shifts = [_no_more_than_published(s, published) for s in all_shifts]
    fixed = Roster(
        period,
        tuple(a for a in working.assignments if a.shift_id in started),
        {sid: why for sid, why in working.unstaffed.items() if sid in started},
    )
    start, end = period_bounds(period, ZoneInfo(org.timezone))
    if published is not None:
        published = replace(published, assignments=_of(present, published.assignments))
    history = _of(present, history_before(repo, period))
    problem = PlanningProblem.build(
        org,
        period,
        all_shifts,
        absences=[a for a in [*repo.absences(start, end), *absent] if a.person_id in present],
        pinned=[
            a for a in _of(present, working.assignments) if a.pinned and a.shift_id not in started
        ],
        published=published,
        history=history,
        outside=[
            (s, a)
            for s, a in [*work_around(repo, org, period), *_pairs(started, fixed)]
            if a.person_id in present
        ],
        past=[
            (s, a)
            for s, a in [*fairness_past(repo, org, period, settings), *_pairs(started, fixed)]
            if a.person_id in present
        ],
        settings=settings,
    )
    return Facts(problem, all_shifts, fixed, frozenset(repairing))


def _no_more_than_published(shift: Shift, published: Roster) -> Shift:
    """A repaired shift takes no more volunteers than it had (or wants): a repair replaces
    who is missing, it does not fill a published shift up further (a volunteer left out
    weighs more than a change, so the model otherwise would)."""
    on = [a for a in published.assignments if a.shift_id == shift.id]
    if not on:
        return shift
    staffing = shift.activity.staffing
    had = sum(1 for a in on if a.role is Role.VOLUNTEER)
    cap = max(staffing.volunteers_min, had, staffing.min_people - staffing.professionals)
    if cap >= staffing.volunteers_max:
        return shift
    fewer = replace(staffing, volunteers_max=cap)
    return replace(shift, activity=replace(shift.activity, staffing=fewer))


def _disrupted(repo: Repository, period: Period, working: Roster, now: datetime | None) -> set[str]:
    """The saved shifts still to come that a repair must plan again: those breaking a hard
    rule now (the checker on the saved roster), the unstaffed ones, and every saved shift of
    a person whose week or month breaks a limit."""
    found = set(working.unstaffed)
    by_person: dict[str, set[str]] = {}
    for a in working.assignments:
        by_person.setdefault(a.person_id, set()).add(a.shift_id)
    for v in check_period(repo, period).violations:
        if v.shift_id:
            found.add(v.shift_id)
            found.update(v.others)
        elif v.person_id:
            found |= by_person.get(v.person_id, set())
    if now is not None:
        found = {sid for sid in found if not has_started(local_start_of(sid), now)}
    return found


def _away(
    shifts: list[Shift], working: Roster, absent: Sequence[Absence], now: datetime | None
) -> set[str]:
    """The saved shifts still to come that the absences not recorded take someone off."""
    by_id = {s.id: s for s in shifts}
    found = set()
    for a in working.assignments:
        shift = by_id.get(a.shift_id)
        if shift is None or (now is not None and has_started(shift.start, now)):
            continue
        if any(
            away.person_id == a.person_id and away.start < shift.end and shift.start < away.end
            for away in absent
        ):
            found.add(a.shift_id)
    return found


def _started(shifts: list[Shift], working: Roster, now: datetime | None) -> dict[str, Shift]:
    """The period's planned shifts that have started by `now` (none without a clock)."""
    if now is None:
        return {}
    planned = {a.shift_id for a in working.assignments} | set(working.unstaffed)
    return {
        s.id: s for s in shifts if s.id in planned and not s.closed and has_started(s.start, now)
    }


def _pairs(started: dict[str, Shift], fixed: Roster) -> list[tuple[Shift, Assignment]]:
    return [(started[a.shift_id], a) for a in fixed.assignments]


def _of(people: set[str], assignments: Iterable[Assignment]) -> tuple[Assignment, ...]:
    return tuple(a for a in assignments if a.person_id in people)
