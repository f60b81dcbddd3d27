"""Things in a valid folder that will surprise the coordinator at planning time: said at load,
when they are cheap to fix, rather than as a wall of unstaffed shifts later."""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.domain import Activity, Organisation, Person


def folder_warnings(org: Organisation) -> list[str]:
    warnings: list[str] = []
    if not org.activities:
        warnings.append("activities.toml has no [[activity]]: there is nothing to plan")
    professionals = [p for p in org.people if p.is_professional]
    for activity in org.activities:
        need = activity.staffing
        qualified = [p for p in professionals if need.qualifications <= p.qualifications]
        if len(qualified) < need.professionals:
            what = f" with {', '.join(sorted(need.qualifications))}" if need.qualifications else ""
            warnings.append(
                f"activity '{activity.id}' needs {need.professionals} professional(s){what} per "
                f"shift, and people.csv has {len(qualified)}: its shifts will stay unstaffed"
            )
            continue
        hours = _hours(activity)
        if not any(p.contract and p.contract.max_hours_per_day >= hours for p in qualified):
            warnings.append(
                f"activity '{activity.id}' has {hours:g} h shifts, longer than the "
                "max_hours_per_day of every professional who may do it: its shifts will stay "
                "unstaffed"
            )
    closed_to_volunteers = {a.id for a in org.activities if not a.staffing.volunteers_allowed}
    for person in org.people:
        wants = person.limits.wants if person.limits else frozenset()
        for activity_id in sorted(wants & closed_to_volunteers):
            warnings.append(_volunteer_warning(person, activity_id, "wants"))
        if person.is_volunteer and person.home_activity in closed_to_volunteers:
            warnings.append(_volunteer_warning(person, person.home_activity, "home_activity"))
    return warnings


def _hours(activity: Activity) -> float:
    day = datetime(2024, 1, 1)  # any day without a clock change: the nominal length
    start = datetime.combine(day, activity.start)
    end = datetime.combine(day, activity.end)
    if activity.crosses_midnight:
        end += timedelta(days=1)
    return (end - start).total_seconds() / 3600


def _volunteer_warning(person: Person, activity_id: str, column: str) -> str:
    return (
        f"{person.id}: {column} '{activity_id}', where volunteers do not take part "
        "(volunteers = false)"
    )
