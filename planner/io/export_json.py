"""The roster of a period as JSON, format `roster-export/2` (docs/export-json.md).

Holds what a roster says and nothing more: no contact data, no absence kinds or reasons
(sickness is nobody's business but the coordinator's). The reasons of closed and unstaffed
shifts are sentences in the current language; everything else is data.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from planner.domain import Absence, Organisation, Period, Roster, RosterState, Shift, ShiftStatus
from planner.i18n.explanations import unstaffed_text
from planner.i18n.words import Words
from planner.report.incidents import Incident, incidents, unrecorded

# /2: a shift that started while no roster of the layer had it is `not_recorded`, no longer
# `not_planned` (which /1 said of it too): the meaning of a value changed, so the name did.
FORMAT = "roster-export/2"


def export_document(
    org: Organisation,
    period: Period,
    shifts: list[Shift],
    roster: Roster,
    absences: list[Absence],
    *,
    layer: str = "working",
    state: RosterState | None = None,
    published_at: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """`shifts`: every shift of the period, closed ones included (planner.shifts.generate_shifts).
    Assignments to shifts that no longer exist (an activity's times changed) are left out.
    `now`: the clock, for the incidents that happened on shifts that have started and for the
    shifts that started while no roster of the layer had them (`not_recorded`)."""
    words = Words.of(org)
    happened = incidents(shifts, roster, {p.id: p for p in org.people}, now)
    incident_of = {i.shift_id: i for i in happened}
    by_id = {s.id: s for s in shifts}
    assignments = [a for a in roster.assignments if a.shift_id in by_id]
    staffed = {a.shift_id for a in assignments}
    history = set(unrecorded(shifts, roster, now))
    status: dict[str, tuple[ShiftStatus, str | None]] = {}
    for shift in shifts:
        if shift.closed:
            status[shift.id] = (
                ShiftStatus.CLOSED,
                words.closure(shift.local_date, shift.closed_reason),
            )
        elif shift.id in roster.unstaffed:
            status[shift.id] = (
                ShiftStatus.UNSTAFFED,
                unstaffed_text(roster.unstaffed[shift.id].without_absence_kinds(), words),
            )
        elif shift.id in staffed:
            status[shift.id] = (ShiftStatus.STAFFED, None)
        elif shift.id in history:  # as the ratio report's not_recorded: no gap, no incident
            status[shift.id] = (ShiftStatus.NOT_RECORDED, None)
        else:  # never planned (or never published): not a gap to raise an alarm about
            status[shift.id] = (ShiftStatus.NOT_PLANNED, None)
    order = {s.id: i for i, s in enumerate(shifts)}
    return {
        "format": FORMAT,
        "organisation": org.name,
        "timezone": org.timezone,
        "layer": layer,
        "state": state.value if state else None,
        "published_at": _iso(published_at) if published_at else None,
        "period": {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "weeks": period.weeks,
        },
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind.value,
                "qualifications": sorted(p.qualifications),
            }
            for p in org.people
        ],
        "shifts": [_shift(s, *status[s.id], incident_of.get(s.id)) for s in shifts],
        "assignments": [
            {"shift": a.shift_id, "person": a.person_id, "role": a.role.value, "pinned": a.pinned}
            for a in sorted(
                assignments, key=lambda a: (order[a.shift_id], a.role.value, a.person_id)
            )
        ],
        "absences": [
            {"person": a.person_id, "start": _iso(a.start), "end": _iso(a.end)}
            for a in sorted(absences, key=lambda a: (a.start, a.person_id))
        ],
        "unstaffed": [
            {"shift": s.id, "reason": status[s.id][1]}
            for s in shifts
            if status[s.id][0] is ShiftStatus.UNSTAFFED
        ],
        "incidents": [
            {"shift": i.shift_id, "kind": i.kind.value, "volunteers": i.volunteers}
            for i in happened
        ],
    }


def _shift(
    shift: Shift, status: ShiftStatus, reason: str | None, incident: Incident | None
) -> dict[str, Any]:
    need = shift.activity.staffing
    return {
        "id": shift.id,
        "activity": shift.activity_id,
        "start": _iso(shift.start),
        "end": _iso(shift.end),
        "professionals_needed": need.professionals,
        "professional_qualifications": sorted(need.qualifications),
        "volunteers_min": need.volunteers_min,
        "volunteers_max": need.volunteers_max,
        "volunteers_per_professional_max": need.volunteers_per_professional_max,
        "status": status.value,
        "reason": reason,
        "incident": incident.kind.value if incident is not None else None,
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
