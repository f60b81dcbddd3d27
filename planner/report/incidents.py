"""Incidents: what happened on shifts that have started, against the two rules that are never
broken in a plan. A plan never leaves volunteers without their professionals, but a
professional who did not come (`roster correct ... --did-not-come`) does; and a shift saved
unstaffed that has started ran without its professionals. Managers watch exactly these, so
the ratio report and the JSON export count them; `roster check` reports them as history, not
as a plan to repair. Data only (no names: the report goes to funders); worded at the edge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from planner.clock import has_started
from planner.domain import Person, Role, Roster, Shift


class IncidentKind(StrEnum):
    # Volunteers stood on a shift that had fewer than its qualified professionals.
    VOLUNTEERS_WITHOUT_PROFESSIONAL = "volunteers_without_professional"
    # A shift ran without its qualified professionals, and without volunteers either.
    RAN_UNSTAFFED = "ran_unstaffed"


@dataclass(frozen=True)
class Incident:
    shift_id: str
    activity: str  # the activity's name
    start: datetime
    kind: IncidentKind
    volunteers: int  # volunteers on it without their professionals (0 when it ran unstaffed)


def incidents(
    shifts: Iterable[Shift],
    roster: Roster,
    people: Mapping[str, Person],
    now: datetime | None,
) -> list[Incident]:
    """The incidents of the planned open shifts that have started by `now` (none without a
    clock), in order of start. A shift never planned is no incident: nothing was said of it."""
    if now is None:
        return []
    on: dict[str, list[tuple[str, Role]]] = defaultdict(list)
    for a in roster.assignments:
        on[a.shift_id].append((a.person_id, a.role))
    found = []
    for shift in shifts:
        if shift.closed or not has_started(shift.start, now):
            continue
        assigned = on.get(shift.id, [])
        if not assigned and shift.id not in roster.unstaffed:
            continue
        need = shift.activity.staffing
        qualified = sum(
            1
            for pid, role in assigned
            if role is Role.PROFESSIONAL
            and pid in people
            and people[pid].is_professional
            and need.qualifications <= people[pid].qualifications
        )
        if qualified >= need.professionals:
            continue
        volunteers = sum(1 for _, role in assigned if role is Role.VOLUNTEER)
        kind = (
            IncidentKind.VOLUNTEERS_WITHOUT_PROFESSIONAL
            if volunteers
            else IncidentKind.RAN_UNSTAFFED
        )
        found.append(Incident(shift.id, shift.activity.name, shift.start, kind, volunteers))
    return sorted(found, key=lambda i: (i.start, i.shift_id))


def unrecorded(shifts: Iterable[Shift], roster: Roster, now: datetime | None) -> tuple[str, ...]:
    """The open shifts that had started by `now` (none without a clock) with nothing on the
    roster: never planned (nothing is planned in the past), nobody recorded on them. No
    incident and no gap a plan can fill: history nobody recorded, until `roster correct`
    records who worked. In order of start. Its reason: UnstaffedReason(STARTED_UNPLANNED)."""
    if now is None:
        return ()
    planned = {a.shift_id for a in roster.assignments} | set(roster.unstaffed)
    return tuple(
        s.id
        for s in sorted(shifts, key=lambda s: (s.start, s.id))
        if not s.closed and s.id not in planned and has_started(s.start, now)
    )
