"""Short labels for the sentences rules attach to their cost terms."""

from __future__ import annotations

from planner.domain import Person, Shift

_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def shift_label(shift: Shift) -> str:
    """'Nachtopvang za 5/12 20:00'"""
    start = shift.start
    return f"{shift.activity.name} {_DAYS[start.weekday()]} {start.day}/{start.month} {start:%H:%M}"


def person_label(person: Person) -> str:
    return person.name
