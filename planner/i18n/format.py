"""Dates and times the way a Flemish coordinator writes them: "di 1 dec 20:00"."""

from __future__ import annotations

from datetime import date, datetime

from planner.domain import Shift

DAY_ABBR = ("ma", "di", "wo", "do", "vr", "za", "zo")  # Monday first, as date.weekday()
MONTH_ABBR = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def short_date(day: date) -> str:
    """'di 1 dec'"""
    return f"{DAY_ABBR[day.weekday()]} {day.day} {MONTH_ABBR[day.month - 1]}"


def short_datetime(moment: datetime) -> str:
    """'di 1 dec 20:00', in the moment's own (local) time zone."""
    return f"{short_date(moment.date())} {moment:%H:%M}"


def shift_label(shift: Shift) -> str:
    """'Nachtopvang di 1 dec 20:00': how a shift is named in every sentence a user reads."""
    return f"{shift.activity.name} {short_datetime(shift.start)}"


def hours_text(hours: float) -> str:
    """'38 h', '30.4 h', '7.5 h': no trailing zeros."""
    return f"{hours:.2f}".rstrip("0").rstrip(".") + " h"


def gap_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"
