"""One call to the checker with defaults, so each test states only the facts it is about."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from planner.check import Violation, check_roster
from planner.domain import Absence, Assignment, Period, Person, Shift
from planner.settings import HardSettings
from tests.builders import MONDAY, org, roster


def violations(
    shifts: Sequence[Shift],
    people: Sequence[Person],
    *assignments: Assignment,
    absences: Iterable[Absence] = (),
    unstaffed: dict[str, str] | None = None,
    hard: HardSettings | None = None,
    period: Period | None = None,
    pinned: Iterable[Assignment] = (),
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> list[Violation]:
    period = period or Period(MONDAY)
    activities = {s.activity.id: s.activity for s in shifts}
    return check_roster(
        org(list(activities.values()), people),
        period,
        list(shifts),
        roster(*assignments, period=period, unstaffed=unstaffed),
        list(absences),
        hard or HardSettings(),
        pinned=pinned,
        outside=outside,
    )


def rules(found: Sequence[Violation]) -> list[str]:
    return [v.rule for v in found]
