"""Parsing single cells and values of an organisation folder, with messages a coordinator reads.

Each parser raises FieldError(field, message); the file readers add the file and line.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from planner.dates import parse_day, parse_moment
from planner.domain import WEEKDAYS
from planner.limits import FIRST_DAY, LAST_DAY, day_in_range
from planner.message import Message, msg

IDENT = re.compile(r"^[A-Za-z0-9_.-]+$")

# English and Dutch day names, because coordinators in Flanders write both.
_DAY_NAMES = {
    **{name: i for i, name in enumerate(WEEKDAYS)},
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{name: i for i, name in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
}


class FieldError(Exception):
    """A bad value of one field. `message` names the field ("start '25:00' is not a time
    (HH:MM)"); `problem` says what is wrong without it ("'25:00' is not a time (HH:MM)")."""

    def __init__(self, field: str, message: Message, problem: Message | None = None) -> None:
        super().__init__(str(message))
        self.field, self.message, self.problem = field, message, problem or message


def bad(field: str, problem: Message) -> FieldError:
    """'start '25:00' is not a time (HH:MM)'"""
    return FieldError(field, msg("{field} {problem}", field=field, problem=problem), problem)


def bad_item(field: str, problem: Message) -> FieldError:
    """'offers: 'sun 25:00' is not ...': a bad item of a list."""
    return FieldError(field, msg("{field}: {problem}", field=field, problem=problem), problem)


def items(value: str | None) -> list[str]:
    """A ';'-separated cell as a list, blanks dropped."""
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def identifiers(field: str, value: str | None) -> frozenset[str]:
    """A ';'-separated list of ids or codes (qualifications, languages, activity ids)."""
    result = []
    for item in items(value):
        if not IDENT.match(item):
            if re.search(r"[,\s]", item):
                problem = msg(
                    "'{item}' is not a code (letters, digits, '_', '-', '.') "
                    "(separate items with ';')",
                    item=item,
                )
            else:
                problem = msg("'{item}' is not a code (letters, digits, '_', '-', '.')", item=item)
            raise bad_item(field, problem)
        result.append(item)
    return frozenset(result)


def identifier(field: str, value: Any) -> str:
    if not isinstance(value, str) or not IDENT.match(value):
        raise bad(
            field,
            msg(
                "{value} is not an id (letters, digits, '_', '-', '.'; no spaces)",
                value=_show(value),
            ),
        )
    return value


def number(field: str, value: str, *, low: float, high: float) -> float:
    try:
        result = float(value.replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise bad(field, msg("'{value}' is not a number", value=value)) from None
    if not low <= result <= high:
        raise bad(
            field, msg("{value} is not between {low} and {high}", value=value, low=low, high=high)
        )
    return result


def whole(field: str, value: Any, *, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise bad(field, msg("{value} is not a whole number", value=_show(value))) from None
    if not isinstance(value, int) or isinstance(value, bool):
        raise bad(field, msg("{value} is not a whole number", value=_show(value)))
    if high is None and value < low:
        raise bad(field, msg("{value} must be at least {low}", value=value, low=low))
    if high is not None and not low <= value <= high:
        raise bad(
            field,
            msg("{value} must be between {low} and {high}", value=value, low=low, high=high),
        )
    return value


def clock(field: str, value: Any) -> time:
    """'HH:MM' (a TOML local time is accepted too)."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hour, minute = (int(part) for part in value.strip().split(":"))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise bad(field, msg("{value} is not a time (HH:MM)", value=_show(value)))


def weekday(field: str, token: str) -> int:
    try:
        return _DAY_NAMES[token.strip().lower()]
    except KeyError:
        raise bad_item(
            field, msg("'{day}' is not a day (mon, tue, wed, thu, fri, sat, sun)", day=token)
        ) from None


def weekdays(field: str, value: str | None) -> frozenset[int]:
    return frozenset(weekday(field, token) for token in items(value))


def month_day(field: str, value: Any) -> tuple[int, int]:
    """'11-01' -> (11, 1); 29 February is allowed."""
    if isinstance(value, str) and re.fullmatch(r"\d{2}-\d{2}", value):
        month, day = int(value[:2]), int(value[3:])
        try:
            date(2024, month, day)  # a leap year
            return month, day
        except ValueError:
            pass
    raise bad(field, msg("{value} is not a month and day (MM-DD)", value=_show(value)))


def calendar_date(field: str, value: Any) -> date:
    """A date as TOML writes it, or typed as 2026-11-30, 30/11/2026 or 30-11-2026."""
    day = None
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str):
        day = parse_day(value)
    if day is None:
        raise bad(
            field, msg("{value} is not a date (YYYY-MM-DD or DD/MM/YYYY)", value=_show(value))
        )
    return in_range(field, day)


def in_range(field: str, day: date) -> date:
    if not day_in_range(day):
        raise bad(
            field,
            msg(
                "{day} is outside the dates the planner supports ({first} to {last})",
                day=day,
                first=FIRST_DAY,
                last=LAST_DAY,
            ),
        )
    return day


def moment(field: str, value: str, tz: ZoneInfo, *, is_end: bool = False) -> datetime:
    """'YYYY-MM-DD HH:MM' local time (or the date as 30/11/2026), or a date alone: its start,
    or as an end the whole day (the next midnight), because 'leave until 24 December'
    includes the 24th."""
    text = (value or "").strip()
    found = parse_moment(text)
    if found is None:
        raise bad(
            field,
            msg(
                "'{value}' is not a date-time (YYYY-MM-DD HH:MM) or a date (YYYY-MM-DD or "
                "DD/MM/YYYY)",
                value=text,
            ),
        )
    day, at = found
    in_range(field, day)
    if at is not None:
        return datetime.combine(day, at, tz)
    if is_end:
        day += timedelta(days=1)
    return datetime.combine(day, time(0), tz)


def _show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)
