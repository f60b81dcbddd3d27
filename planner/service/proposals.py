"""The repair proposed with a request the coordinator decides (docs/self-service.md): worked
out when the request is made, as a re-plan of the published week would make it
(planning.trial_repair: only what the request breaks is planned again), and kept with the
request as data, both as the coordinator reads it (a Proposal) and as approving it writes it
(the trial: the roster of the shifts it plans, the absence it records, and the change it
rests on, so that approving after the week changed is noticed and the repair worked out
again)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from planner.dates import as_utc, local_start_of, monday_of
from planner.domain import Absence, AbsenceKind, Assignment, Organisation, Period, Role, Roster
from planner.errors import PlannerError
from planner.proposal import HeldBack, PlaceChange, Proposal
from planner.reasons import UnstaffedReason
from planner.service import planning
from planner.service.planning import Trial
from planner.shifts import generate_shifts
from planner.storage.repository import Repository

PROPOSAL, TRIAL, HELD = "proposal", "trial", "held"  # the keys of a request's detail


def proposal_of(
    trial: Trial, before: Roster, breaks: Sequence[str], *, applied: bool = False
) -> Proposal:
    """What the trial changes against the working roster `before`, shift by shift."""
    changes = []
    for shift in sorted(trial.shifts, key=lambda s: (s.start, s.id)):
        was = {a.person_id for a in before.assignments if a.shift_id == shift.id}
        will = {a.person_id for a in trial.roster.assignments if a.shift_id == shift.id}
        reason = trial.roster.unstaffed.get(shift.id)
        newly_unstaffed = reason is not None and shift.id not in before.unstaffed
        if was == will and not newly_unstaffed:
            continue
        changes.append(
            PlaceChange(shift.id, tuple(sorted(was - will)), tuple(sorted(will - was)), reason)
        )
    named = set(breaks) | {c.shift_id for c in changes}
    ends = {s.id: s.end for s in trial.shifts if s.id in named}
    return Proposal(tuple(breaks), tuple(changes), applied, ends)


def detail(proposal: Proposal, trial: Trial | None, held: HeldBack | None = None) -> dict[str, Any]:
    """A request's detail: the proposal, the trial to write when it is approved, and why a
    repair made at once was held back from publication."""
    found: dict[str, Any] = {PROPOSAL: proposal.to_json()}
    if trial is not None:
        found[TRIAL] = _trial_json(trial)
    if held is not None:
        found[HELD] = held.to_json()
    return found


def proposal_in(data: Mapping[str, Any]) -> Proposal | None:
    found = data.get(PROPOSAL)
    return Proposal.from_json(found) if found is not None else None


def held_in(data: Mapping[str, Any]) -> HeldBack | None:
    found = data.get(HELD)
    return HeldBack.from_json(found) if found is not None else None


def trial_in(data: Mapping[str, Any], org: Organisation) -> Trial | None:
    """The trial kept in a request's detail; None when there is none or it no longer fits
    the organisation (a shift that is gone: the repair is worked out again)."""
    found = data.get(TRIAL)
    if found is None:
        return None
    period = Period(date.fromisoformat(found["start"]), int(found["weeks"]))
    wanted = set(found["shifts"])
    shifts = tuple(s for s in generate_shifts(org, period) if s.id in wanted)
    if len(shifts) != len(wanted):
        return None
    assignments = tuple(
        Assignment(sid, pid, Role(role), bool(pinned))
        for sid, pid, role, pinned in found["assignments"]
    )
    unstaffed = {
        sid: UnstaffedReason.from_json(reason) for sid, reason in found["unstaffed"].items()
    }
    absent = tuple(_absence(a) for a in found["absent"])
    return Trial(period, int(found["seen"]), shifts, Roster(period, assignments, unstaffed), absent)


def _trial_json(trial: Trial) -> dict[str, Any]:
    return {
        "start": trial.period.start.isoformat(),
        "weeks": trial.period.weeks,
        "seen": trial.seen,
        "shifts": sorted(s.id for s in trial.shifts),
        "assignments": [
            [a.shift_id, a.person_id, a.role.value, a.pinned] for a in trial.roster.assignments
        ],
        "unstaffed": {sid: r.to_json() for sid, r in trial.roster.unstaffed.items()},
        "absent": [_absence_json(a) for a in trial.absent],
    }


def _absence_json(absence: Absence) -> dict[str, str]:
    return {
        "person": absence.person_id,
        "start": as_utc(absence.start).isoformat(),
        "end": as_utc(absence.end).isoformat(),
        "kind": absence.kind.value,
    }


def _absence(data: Mapping[str, str]) -> Absence:
    return Absence(
        data["person"],
        datetime.fromisoformat(data["start"]),
        datetime.fromisoformat(data["end"]),
        AbsenceKind(data["kind"]),
    )


def for_breaks(
    repo: Repository, shift_ids: Sequence[str], now: datetime, time_limit: float
) -> dict[str, dict[str, Any]]:
    """For each published shift a person's change broke (already written), the detail of its
    alert: the repair of its week proposed to the coordinator (one trial a week); none for a
    shift whose week has no repair to propose."""
    found: dict[str, dict[str, Any]] = {}
    for monday, sids in weeks_of(shift_ids).items():
        period = Period(monday, 1)
        try:
            trial = planning.trial_repair(repo, period, time_limit=time_limit, now=now)
        except PlannerError:
            # No repair to propose (the week cannot be planned as it stands): the alert goes
            # out all the same, and the coordinator re-plans as after any absence.
            continue
        before = repo.roster(period)
        for sid in sids:
            found[sid] = detail(proposal_of(trial, before, [sid]), trial)
    return found


def weeks_of(shift_ids: Iterable[str]) -> dict[date, list[str]]:
    """The shifts by the Monday of their week, in order."""
    found: dict[date, list[str]] = {}
    for sid in shift_ids:
        found.setdefault(monday_of(local_start_of(sid).date()), []).append(sid)
    return found
