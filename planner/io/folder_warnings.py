"""Things in a valid folder that will surprise the coordinator at planning time: said at load,
when they are cheap to fix, rather than as a wall of unstaffed shifts later."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from planner.domain import Activity, Organisation, Period, Person, TimeWindow
from planner.i18n.language import languages
from planner.message import Message, msg, nmsg
from planner.shifts import never_fitting

# A whole year of shifts shows every weekday, hour and season of every activity: what a
# volunteer offers either meets one of them or never will. Monday 1 January 2024, the
# anchor of the activities' recurrences.
_A_YEAR = Period(date(2024, 1, 1), 53)
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def folder_warnings(org: Organisation) -> list[Message]:
    warnings: list[Message] = []
    if not org.activities:
        warnings.append(msg("activities.toml has no [[activity]]: there is nothing to plan"))
    professionals = [p for p in org.people if p.is_professional]
    for activity in org.activities:
        need = activity.staffing
        qualified = [p for p in professionals if need.qualifications <= p.qualifications]
        if len(qualified) < need.professionals:
            warnings.append(_too_few(activity, len(qualified)))
            continue
        hours = _hours(activity)
        if not any(p.contract and p.contract.max_hours_per_day >= hours for p in qualified):
            warnings.append(
                msg(
                    "activity '{activity}' has {hours} h shifts, longer than the "
                    "max_hours_per_day of every professional who may do it: its shifts will "
                    "stay unstaffed",
                    activity=activity.id,
                    hours=hours,
                )
            )
    warnings += _activities_as_qualifications(org)
    closed_to_volunteers = {a.id for a in org.activities if not a.staffing.volunteers_allowed}
    for person in org.people:
        wants = person.limits.wants if person.limits else frozenset()
        for activity_id in sorted(wants & closed_to_volunteers):
            warnings.append(_volunteer_warning(person, activity_id, "wants"))
        if person.is_volunteer and person.home_activity in closed_to_volunteers:
            warnings.append(_volunteer_warning(person, person.home_activity, "home_activity"))
        if person.language and person.language not in languages():
            warnings.append(
                msg(
                    "{person}: language '{language}' has no catalogue yet: what they receive "
                    "is in the organisation's language ({default})",
                    person=person.id,
                    language=person.language,
                    default=org.language,
                )
            )
    for person in never_fitting(org, _A_YEAR):
        assert person.limits is not None
        warnings.append(
            msg(
                "{person}: offers '{offers}', and no shift of an activity open to volunteers "
                "lies within those days and times: they will never be planned (counted as "
                "left out in each plan)",
                person=person.id,
                offers=";".join(_offer_text(w) for w in person.limits.offers),
            )
        )
    return warnings


def _offer_text(window: TimeWindow) -> str:
    """As people.csv writes it: 'sat' for a whole day, 'tue 13:00-17:00'."""
    day = _DAYS[window.weekday]
    if window.start == window.end == time(0):
        return day
    return f"{day} {window.start:%H:%M}-{window.end:%H:%M}"


def _too_few(activity: Activity, qualified: int) -> Message:
    need = activity.staffing
    per_shift = nmsg(
        "{n} professional per shift", "{n} professionals per shift", need.professionals
    )
    if need.qualifications:
        per_shift = nmsg(
            "{n} professional with {qualifications} per shift",
            "{n} professionals with {qualifications} per shift",
            need.professionals,
            qualifications=", ".join(sorted(need.qualifications)),
        )
    return msg(
        "activity '{activity}' needs {need}, and people.csv has {qualified}: its shifts will "
        "stay unstaffed",
        activity=activity.id,
        need=per_shift,
        qualified=qualified,
    )


def _hours(activity: Activity) -> float:
    day = datetime(2024, 1, 1)  # any day without a clock change: the nominal length
    start = datetime.combine(day, activity.start)
    end = datetime.combine(day, activity.end)
    if activity.crosses_midnight:
        end += timedelta(days=1)
    return (end - start).total_seconds() / 3600


def _volunteer_warning(person: Person, activity_id: str, column: str) -> Message:
    return msg(
        "{person}: {column} '{activity}', where volunteers do not take part (volunteers = false)",
        person=person.id,
        column=column,
        activity=activity_id,
    )


def _activities_as_qualifications(org: Organisation) -> list[Message]:
    """A qualification no activity asks for that is the id of an activity: most likely an
    activity typed in the qualifications column (a slip of column in a spreadsheet), which
    plans as if the person held nothing of the kind."""
    asked: set[str] = set()
    for activity in org.activities:
        asked |= activity.staffing.qualifications
        for need in activity.staffing.needs:
            asked |= need.of
    activity_ids = {a.id for a in org.activities}
    return [
        msg(
            "{person}: qualification '{qualification}' is asked by no activity but is the id "
            "of an activity: a value in the wrong column?",
            person=person.id,
            qualification=qualification,
        )
        for person in org.people
        for qualification in sorted(person.qualifications - asked)
        if qualification in activity_ids
    ]
