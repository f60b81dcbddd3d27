"""Why a shift stays unstaffed, as data (planner.reasons.UnstaffedReason).

Worked out on the finished roster with the independent checker (planner/check/): for each
professional who holds the qualifications, the first rule that stops them; those without the
qualifications are counted. When enough professionals are free, the shift was kept empty by
'nobody alone' (min_people) without a free volunteer, or the search stopped before it found
them. The reason names people by id; planner/i18n/reasons.py words it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planner.check import RosterView, why_not_in
from planner.domain import (
    Absence,
    Among,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    Shift,
)
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.settings import HardSettings, RuleSettings
from planner.solver.problem import PlanningProblem


def problem_view(problem: PlanningProblem, roster: Roster) -> RosterView:
    """The checker's view of a problem's roster. Published work just around the period
    counts, as it does in the model: without it a reason would miss 'needs rest after
    Sunday's night' and blame the solver instead."""
    return RosterView.build(
        problem.org,
        problem.period,
        list(problem.shifts),
        roster,
        problem.absences,
        problem.settings,
        problem.outside,
        problem.history,
    )


def why_unstaffed(problem: PlanningProblem, roster: Roster, shift: Shift) -> UnstaffedReason:
    """Why a shift of the problem's roster is unstaffed."""
    return explain_unstaffed(problem_view(problem, roster), problem.org, shift)


def unstaffed_reasons_of(problem: PlanningProblem, roster: Roster) -> dict[str, UnstaffedReason]:
    """Shift id -> why_unstaffed for every unstaffed shift of a problem's roster."""
    view = problem_view(problem, roster)
    return {
        sid: explain_unstaffed(view, problem.org, view.shifts[sid])
        for sid in roster.unstaffed
        if sid in view.shifts
    }


def why_unstaffed_in(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    shift: Shift,
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> UnstaffedReason:
    """why_unstaffed from domain objects, with published work around the period (`outside`)."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return explain_unstaffed(view, org, shift)


def unstaffed_reasons(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> dict[str, UnstaffedReason]:
    """Shift id -> why_unstaffed, for every unstaffed shift of the roster (indexes built once)."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return {
        sid: explain_unstaffed(view, org, view.shifts[sid])
        for sid in roster.unstaffed
        if sid in view.shifts
    }


def _blocked(view: RosterView, shift: Shift, people: Iterable[Person], role: Role):
    """(free people, people grouped by the first rule that stops them), by name."""
    free: list[Person] = []
    groups: dict[Reason, list[str]] = {}
    on = {a.person_id for a in view.on(shift.id)}
    for p in sorted(people, key=lambda p: p.name):
        if p.id in on:
            free.append(p)  # already on it: counts as available
            continue
        reasons = why_not_in(view, shift.id, p.id, role)
        if reasons:
            groups.setdefault(reasons[0].without_person(), []).append(p.id)
        else:
            free.append(p)
    return free, tuple(Blocked(reason, tuple(ids)) for reason, ids in groups.items())


def _joining(view: RosterView, org: Organisation, shift: Shift, free: list[Person]):
    """The free professionals put on the shift: which volunteers could join them, and why the
    others could not."""
    crew = [Assignment(shift.id, p.id, Role.PROFESSIONAL) for p in free]
    others = [a for a in view.assignments if a.shift_id != shift.id]
    staffed = RosterView(view.facts, view.shifts, (*others, *crew), view.unstaffed - {shift.id})
    volunteers = [p for p in org.people if p.is_volunteer]
    return _blocked(staffed, shift, volunteers, Role.VOLUNTEER)


def _mix_short(
    view: RosterView, org: Organisation, shift: Shift, free: list[Person]
) -> UnstaffedReason | None:
    """The first hard need of the shift's mix that the free people cannot meet: who holds
    it and is free, and why each other holder cannot come."""
    joining: list[Person] | None = None
    stopped: tuple[Blocked, ...] = ()
    day = shift.local_date
    for need in shift.activity.staffing.needs:
        if need.soft:
            continue
        holders = [p for p in free if need.met_by(p, True, day)]
        if need.among is not Among.PROFESSIONALS:
            if joining is None:
                joining, stopped = _joining(view, org, shift, free)
            holders += [p for p in joining if need.met_by(p, False, day)]
        if len(holders) >= need.at_least:
            continue
        others = [
            p
            for p in org.people
            if p.is_professional and p not in holders and need.met_by(p, True, day)
        ]
        blocked = _blocked(view, shift, others, Role.PROFESSIONAL)[1]
        if need.among is not Among.PROFESSIONALS:
            holds = {p.id for p in org.people if need.met_by(p, False, day)}
            for group in stopped:
                people = tuple(pid for pid in group.people if pid in holds)
                if people:
                    blocked += (Blocked(group.reason, people),)
        return UnstaffedReason(
            Verdict.MIX_NOT_MET,
            need.at_least,
            free=tuple(p.id for p in holders),
            blocked=blocked,
            qualifications=tuple(sorted(need.of)),
            count=len(holders),
        )
    return None


def explain_unstaffed(view: RosterView, org: Organisation, shift: Shift) -> UnstaffedReason:
    staffing = shift.activity.staffing
    needed = staffing.qualifications
    professionals = [p for p in org.people if p.is_professional]
    if not professionals:
        return UnstaffedReason(Verdict.NO_PROFESSIONALS, staffing.professionals)
    day = shift.local_date
    qualified = [p for p in professionals if needed <= p.qualifications_on(day)]
    # Those whose qualification lapsed before the shift are named with its date, not counted.
    lapsed = [p for p in professionals if needed <= p.qualifications and p not in qualified]
    free, blocked = _blocked(view, shift, qualified + lapsed, Role.PROFESSIONAL)
    common = {
        "needed": staffing.professionals,
        "blocked": blocked,
        "lacking": len(professionals) - len(qualified) - len(lapsed),
        "qualifications": tuple(sorted(needed)),
    }
    if not free:
        return UnstaffedReason(Verdict.NO_PROFESSIONAL_FREE, **common)
    ids = tuple(p.id for p in free)
    if len(free) < staffing.professionals:
        return UnstaffedReason(Verdict.TOO_FEW_FREE, free=ids, **common)
    short = _mix_short(view, org, shift, free)
    if short is not None:
        return short
    if staffing.min_people > staffing.professionals and len(free) < staffing.min_people:
        joining, stopped = _joining(view, org, shift, free)
        if len(free) + len(joining) < staffing.min_people:
            return UnstaffedReason(
                Verdict.NOBODY_ALONE, staffing.min_people, free=ids, blocked=stopped
            )
    return UnstaffedReason(Verdict.SOLVER_STOPPED, staffing.professionals, free=ids)
