"""Periods and time arithmetic, written once.

Shifts are local (Europe/Brussels) and cross midnight and daylight-saving changes, so:
- durations and gaps are counted in real minutes, through UTC (`utc_minutes`);
- days, weeks and months are the local calendar's: a shift belongs to the local day it
  starts on, a week runs Monday to Sunday, a month is a calendar month;
- a shift id names its activity and its local start: '<activity id>@YYYY-MM-DDTHH:MM'.
Words for dates (short day names, '1 dec') belong to planner.i18n, not here.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain import Period

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SHIFT_ID_FORMAT = "%Y-%m-%dT%H:%M"


# -- real time ----------------------------------------------------------------------------


def utc_minutes(moment: datetime) -> int:
    """Minutes since the epoch in real (UTC) time: gaps across DST changes come out right."""
    return int((moment.astimezone(UTC) - EPOCH).total_seconds() // 60)


def minutes(span: timedelta) -> int:
    """Whole minutes of a span (rule parameters are timedeltas; the model counts minutes)."""
    return int(span.total_seconds() // 60)


def as_utc(moment: datetime) -> datetime:
    """Aware UTC. A naive value (as some database drivers hand back) is taken to be UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tz)


# -- the local calendar -------------------------------------------------------------------


def monday_of(day: date) -> date:
    """The Monday of the calendar week holding `day`: the key of weekly limits and views."""
    return day - timedelta(days=day.weekday())


def month_of(day: date) -> tuple[int, int]:
    return (day.year, day.month)


def first_of_next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def weeks_of_month(day: date) -> Period:
    """The calendar weeks (Monday to Sunday) that cover the month of `day`."""
    first = day.replace(day=1)
    start = monday_of(first)
    return Period(start, -(-(first_of_next_month(day) - start).days // 7))


def weeks_of_months(period: Period) -> Period:
    """Whole calendar weeks covering every calendar month the period touches: what monthly
    limits need to see."""
    start = monday_of(period.start.replace(day=1))
    after = first_of_next_month(period.end - timedelta(days=1))
    return Period(start, -(-(after - start).days // 7))


def widened(period: Period, weeks: int = 1) -> Period:
    """The period with `weeks` more on either side."""
    return Period(period.start - timedelta(weeks=weeks), period.weeks + 2 * weeks)


# How far either side of a period the work already published is read, for the rules whose
# windows cross the period's edges: the widest window fits in it (4 consecutive weekends
# reach 3 weeks out; 14 days in a row 2 weeks; a forbidden succession a week).
AROUND_WEEKS = 4


def around(period: Period) -> Period:
    """The weeks whose published work counts toward the period's rules: every calendar month
    the period touches, and AROUND_WEEKS either side."""
    return widened(weeks_of_months(period), AROUND_WEEKS)


def week_in(window: Period, day: date) -> date:
    """The first day of the window's week that holds `day` (windows need not start on a
    Monday)."""
    return window.start + timedelta(weeks=(day - window.start).days // 7)


def period_bounds(period: Period, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Local midnight of the first day to midnight after the last, plus a day for nights
    that end after the period: what absences and events overlapping its shifts lie in."""
    return local_midnight(period.start, tz), local_midnight(period.end + timedelta(days=1), tz)


def utc_bounds(period: Period, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The period as a half-open UTC interval, local midnight to local midnight: the shifts
    starting in it."""
    return as_utc(local_midnight(period.start, tz)), as_utc(local_midnight(period.end, tz))


# -- shift ids ----------------------------------------------------------------------------


def shift_id(activity_id: str, local_start: datetime) -> str:
    return f"{activity_id}@{local_start:{SHIFT_ID_FORMAT}}"


def activity_of(shift_id: str) -> str:
    """The activity id in a shift id."""
    return shift_id.rpartition("@")[0]


def local_start_of(shift_id: str) -> datetime:
    """The naive local start written in a shift id. ValueError when it is not a shift id."""
    activity_id, sep, local = shift_id.rpartition("@")
    if not sep or not activity_id:
        raise ValueError(f"'{shift_id}' is not a shift id")
    return datetime.strptime(local, SHIFT_ID_FORMAT)


# -- dates as people type them ------------------------------------------------------------

# ISO (2026-11-30) and the Belgian day-first forms (30/11/2026, 30-11-2026, 30.11.2026).
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_BELGIAN_DAY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_day(text: str) -> date | None:
    """A calendar date typed as 2026-11-30, 30/11/2026, 30-11-2026 or 30.11.2026 (day first,
    as Belgians write it); None when it is none of these or no such day exists."""
    text = text.strip()
    iso = _ISO_DAY.fullmatch(text)
    belgian = _BELGIAN_DAY.fullmatch(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if belgian:
            return date(int(belgian[4]), int(belgian[3]), int(belgian[1]))
    except ValueError:
        return None
    return None


def parse_moment(text: str) -> tuple[date, time | None] | None:
    """A date with an optional time ('2026-11-30 14:00', '30/11/2026 14:00', ISO's 'T');
    None when it is not one."""
    text = text.strip()
    day_text, _, time_text = text.replace("T", " ", 1).partition(" ")
    day = parse_day(day_text)
    if day is None:
        return None
    time_text = time_text.strip()
    if not time_text:
        return day, None
    found = _TIME.fullmatch(time_text)
    if not found or int(found[1]) > 23 or int(found[2]) > 59:
        return None
    return day, time(int(found[1]), int(found[2]))
