"""Dates, times, numbers and percentages the way the current language writes them, from
Babel's CLDR data for its locale: nl_BE "di 1 dec 20:00", "28,6 %", "1.234"; en_BE
"Tue 1 Dec 20:00", "28,6 %". The one place that formats them.

The order of a date's parts is the catalogue's (a message with context "date format"), so a
language whose dates read differently says so in its .po file, not in code.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_day_names, get_month_names
from babel.lists import format_list
from babel.numbers import format_decimal

from planner.clock import ENVIRONMENT, default_clock
from planner.domain import Shift
from planner.errors import PlannerError
from planner.i18n.language import _, current, load, pgettext

NOTHING = "–"  # a figure that does not exist (no shifts planned, no contract hours)


# Times are shown in the organisation's zone, whatever the machine's: a moment the planner
# keeps in UTC (a change, a publication) reads as the coordinator's clock on the wall says.
DEFAULT_ZONE = "Europe/Brussels"
_zone: ContextVar[str] = ContextVar("zone", default=DEFAULT_ZONE)
# The year it is by the planner's clock: a date of another year carries its year.
_year: ContextVar[int | None] = ContextVar("year", default=None)


def use_time(zone: str, now: datetime) -> None:
    """From now on show times in `zone` (the organisation's) and leave out the year of dates
    in the year it is at `now` (the planner's clock, ROSTER_NOW included)."""
    _zone.set(zone)
    _year.set(now.astimezone(ZoneInfo(zone)).year)


def local(moment: datetime) -> datetime:
    """An aware moment as the organisation's clock shows it; a naive one (a local start
    written in a shift id) as it is."""
    return moment if moment.tzinfo is None else moment.astimezone(ZoneInfo(_zone.get()))


def this_year() -> int:
    year = _year.get()
    return year if year is not None else _clock_year(os.environ.get(ENVIRONMENT, ""))


@lru_cache(maxsize=8)
def _clock_year(setting: str) -> int:
    # Outside a command or the app (a test, a script): the year of the planner's clock.
    try:
        return local(default_clock()()).year
    except PlannerError:
        return datetime.now(UTC).year


def short_date(day: date) -> str:
    """'di 1 dec', 'Tue 1 Dec'; 'vr 1 jan 2027' in another year than the current one."""
    if day.year != this_year():
        return day_year(day)
    return _day(day, pgettext("date format", "EEE d MMM"), current().code)


def day_month(day: date) -> str:
    """'31 mrt', '31 Mar': a date within the year at hand."""
    return _day(day, pgettext("date format", "d MMM"), current().code)


def day_year(day: date) -> str:
    """'di 1 dec 2026'"""
    return _day(day, pgettext("date format", "EEE d MMM y"), current().code)


@lru_cache(maxsize=4096)
def _day(day: date, pattern: str, code: str) -> str:
    # A screen names the same few days hundreds of times (every why-not names its shifts):
    # CLDR's formatting is worth doing once per day and language.
    return format_date(day, pattern, locale=load(code).locale)


def short_datetime(moment: datetime) -> str:
    """'di 1 dec 20:00', in the organisation's time zone (a naive moment is taken as local)."""
    moment = local(moment)
    return f"{short_date(moment.date())} {clock(moment.time())}"


def clock(moment: time) -> str:
    """'20:00': every language here reads the 24-hour clock."""
    return f"{moment:%H:%M}"


def weekday_name(
    weekday: int, width: Literal["abbreviated", "narrow", "short", "wide"] = "wide"
) -> str:
    """'zaterdag' (0 = Monday); width 'abbreviated' gives 'za'."""
    return get_day_names(width, locale=current().locale)[weekday]


def month_name(month: int) -> str:
    """'november' (1 = January), as it stands alone."""
    return get_month_names("wide", context="stand-alone", locale=current().locale)[month]


def month_year(year: int, month: int) -> str:
    """'november 2026'"""
    return format_date(date(year, month, 1), "LLLL y", locale=current().locale)


def span_text(first: date, last: date) -> str:
    """'ma 30 nov - zo 27 dec 2026': a period's first and last day."""
    return _("{first} - {last}", first=short_date(first), last=day_year(last))


def shift_label(shift: Shift) -> str:
    """'Nachtopvang di 1 dec 20:00': how a shift is named in every sentence a user reads."""
    return f"{shift.activity.name} {short_datetime(shift.start)}"


def integer(value: int) -> str:
    """'1.234', '3.240'"""
    return format_decimal(value, "#,##0", locale=current().locale)


def number(value: float | None, decimals: int = 1) -> str:
    """'30,4' with `decimals` digits after the comma; '–' for none, '∞' for infinity."""
    if value is None:
        return NOTHING
    if math.isinf(value):
        return "∞"
    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(value, pattern, locale=current().locale)


def percent(value: float | None) -> str:
    """Rounded half up to one decimal (2/7 reads '28,6 %'), but '100 %' only when it really
    is 100 %: just below reads '99,9 %' (a shift without its professionals must show), just
    above '100,1 %' (a volunteer over their own limit must show)."""
    if value is None:
        return NOTHING
    if math.isinf(value):
        return "∞"
    if value == 1.0:
        return _("{value} %", value="100")
    # Through the shortest decimal text of the float, so 0.0285 is 2.85 and rounds to 2.9.
    tenths = (Decimal(repr(value)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if tenths == 100:
        tenths = Decimal("99.9") if value < 1.0 else Decimal("100.1")
    return _("{value} %", value=format_decimal(tenths, "#,##0.0", locale=current().locale))


def decimal(value: float) -> str:
    """'38', '30,4', '7,25': at most two decimals, no trailing zeros."""
    return format_decimal(round(value, 2), "#,##0.##", locale=current().locale)


def hours_text(hours: float) -> str:
    """'38 h', '30,4 h', '7,5 h' (Dutch: '38 u'): no trailing zeros."""
    return _("{hours} h", hours=decimal(hours))


def gap_text(minutes: int) -> str:
    """'9 h 30 min', '11 h', '45 min'."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("{hours} h {minutes} min", hours=hours, minutes=rest)
    return _("{hours} h", hours=hours) if hours else _("{minutes} min", minutes=rest)


def list_text(items: Iterable[str]) -> str:
    """'Els, Bart en Tom': a list as the language joins it."""
    shown = list(items)
    return format_list(shown, locale=current().locale) if shown else ""


def choice_text(items: Iterable[str]) -> str:
    """'Arabisch of Frans': a choice as the language joins it."""
    shown = list(items)
    return format_list(shown, style="or", locale=current().locale) if shown else ""
