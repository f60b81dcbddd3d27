"""Dates and times typed by a coordinator: ISO (2026-11-30) or the Belgian way (30/11/2026),
as everywhere else (planner.dates), within the dates the planner supports."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner import dates
from planner.limits import day_in_range


def parse_date(text: str) -> date | None:
    day = dates.parse_day(text)
    return day if day is not None and day_in_range(day) else None


def parse_moment(text: str, timezone: str, *, end: bool) -> datetime | None:
    """'2026-12-01 13:00' -> that local time; '2026-12-01' alone -> the start of that day, or,
    for an `end`, the start of the next day (a date 'to' includes the whole day, as in
    absences.csv)."""
    found = dates.parse_moment(text)
    if found is None or not day_in_range(found[0]):
        return None
    day, clock = found
    tz = ZoneInfo(timezone)
    if clock is None:
        moment = datetime.combine(day, time(0, 0), tz)
        return moment + timedelta(days=1) if end else moment
    return datetime.combine(day, clock, tz)
