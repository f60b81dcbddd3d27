"""Dates and times typed by a coordinator: ISO (2026-11-30) or the Belgian way (30/11/2026)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(text: str) -> date | None:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_moment(text: str, timezone: str, *, end: bool) -> datetime | None:
    """'2026-12-01 13:00' -> that local time; '2026-12-01' alone -> the start of that day, or,
    for an `end`, the start of the next day (a date 'to' includes the whole day, as in
    absences.csv)."""
    text = text.strip()
    tz = ZoneInfo(timezone)
    day_part, _, time_part = text.partition(" ")
    day = parse_date(day_part)
    if day is None:
        return None
    if not time_part.strip():
        moment = datetime.combine(day, time(0, 0), tz)
        return moment + timedelta(days=1) if end else moment
    try:
        clock = datetime.strptime(time_part.strip(), "%H:%M").time()
    except ValueError:
        return None
    return datetime.combine(day, clock, tz)
