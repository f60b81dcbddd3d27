"""Turn activities into shifts for a period, in local time, across DST and midnight."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import rrulebase, rrulestr

from planner.dates import activity_of, local_start_of, shift_id
from planner.domain import Activity, Organisation, Period, Person, Shift


@lru_cache(maxsize=32)
def public_holidays(country: str, year: int) -> dict[date, str]:
    """Public holidays by date, with their Dutch names where the package has them."""
    try:
        cal = holidays.country_holidays(country, years=year, language="nl")
    except (NotImplementedError, KeyError):
        cal = holidays.country_holidays(country, years=year)
    return dict(cal.items())


def closure_reason(org: Organisation, day: date) -> str | None:
    name = public_holidays(org.holiday_country, day.year).get(day)
    if name:
        return f"public holiday: {name}"
    if day in org.extra_closures:
        return "closed: organisation closing day"
    return None


@lru_cache(maxsize=512)
def _recurrence(rrule: str, start: time) -> rrulebase:
    """One parsed rule per (rule, start time), caching its occurrences: every call would
    otherwise step again from the anchor, slower with each year (the app asks per week)."""
    # Anchored on a fixed Monday so INTERVAL=2 weeks mean the same weeks whichever period
    # is asked for.
    anchor = datetime(2024, 1, 1, start.hour, start.minute)
    return rrulestr(rrule, dtstart=anchor, cache=True)


def occurrences(activity: Activity, first: date, last_exclusive: date) -> Iterable[date]:
    """Local dates on which the activity's recurrence has a shift starting."""
    rule = _recurrence(activity.rrule, activity.start)
    lo = datetime.combine(first, activity.start)
    hi = datetime.combine(last_exclusive, activity.start)
    for occurrence in rule.between(lo, hi, inc=True):
        if occurrence.date() < last_exclusive:
            yield occurrence.date()


def generate_shifts(org: Organisation, period: Period) -> list[Shift]:
    """Every shift of every activity starting in the period, closed ones included."""
    tz = ZoneInfo(org.timezone)
    shifts: list[Shift] = []
    for activity in org.activities:
        for day in occurrences(activity, period.start, period.end):
            if activity.season and not activity.season.contains(day):
                continue
            start = datetime.combine(day, activity.start, tz)
            end_day = day + timedelta(days=1) if activity.crosses_midnight else day
            end = datetime.combine(end_day, activity.end, tz)
            closed = None if activity.open_on_holidays else closure_reason(org, day)
            shifts.append(Shift(shift_id(activity.id, start), activity, start, end, closed))
    shifts.sort(key=lambda s: (s.start, s.activity.id))
    return shifts


def shifts_of(org: Organisation, shift_ids: Iterable[str]) -> dict[str, Shift]:
    """The shifts saved ids name, made from their activities as they are now (an id that is
    not a shift id, or whose activity is gone, is left out): for work long past, without
    expanding every recurrence of the weeks it lies in."""
    tz = ZoneInfo(org.timezone)
    activities = {a.id: a for a in org.activities}
    found: dict[str, Shift] = {}
    for sid in shift_ids:
        activity = activities.get(activity_of(sid))
        if activity is None or sid in found:
            continue
        try:
            local = local_start_of(sid)
        except ValueError:
            continue
        day = local.date()
        end_day = day + timedelta(days=1) if activity.crosses_midnight else day
        found[sid] = Shift(
            sid, activity, local.replace(tzinfo=tz), datetime.combine(end_day, activity.end, tz)
        )
    return found


def never_fitting(org: Organisation, period: Period) -> list[Person]:
    """Volunteers whose offered days and times hold no open shift of the period of an
    activity they may do (volunteers allowed, not refused): whole days that never meet a
    shift. The planner can never place them, so the volunteer_left_out rule, which counts
    only those with at least one place, is silent about them; they are named instead."""
    shifts = [s for s in generate_shifts(org, period) if not s.closed]
    # What a window covers depends only on the activity, the weekday and the hours: one
    # shift of each such kind stands for the rest (a year holds 52 of each).
    kinds: dict[tuple[str, int, time, time], Shift] = {}
    for s in shifts:
        kinds.setdefault((s.activity.id, s.start.weekday(), s.activity.start, s.activity.end), s)
    found = []
    for person in org.people:
        limits = person.limits
        if not person.is_volunteer or limits is None or not limits.offers:
            continue
        if not any(
            s.activity.staffing.volunteers_allowed
            and s.activity.staffing.volunteers_max > 0
            and s.activity.id not in limits.refuses
            and limits.offers_time(s.start, s.end)
            for s in kinds.values()
        ):
            found.append(person)
    return found
