"""The one source of "now": which shifts have started (and are therefore fixed), when a
publication or a correction happened. The service and the app take a Clock; tests freeze it,
so "the past" in a test does not depend on the day the suite runs."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

from planner.dates import as_utc
from planner.errors import PlannerError
from planner.message import msg

Clock = Callable[[], datetime]

# An ISO date-time with its offset (2026-12-01T21:22+01:00): the planner's "now" for a demo,
# a training session or a test suite, instead of the machine's clock.
ENVIRONMENT = "ROSTER_NOW"


def system_clock() -> datetime:
    return datetime.now(UTC)


def default_clock() -> Clock:
    """The machine's clock, or the moment ROSTER_NOW names."""
    text = os.environ.get(ENVIRONMENT, "").strip()
    if not text:
        return system_clock
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise PlannerError(
            msg(
                "{name} '{value}' is not a date and time with its offset "
                "(e.g. 2026-12-01T21:22+01:00)",
                name=ENVIRONMENT,
                value=text,
            )
        )
    return frozen(moment)


def frozen(at: datetime) -> Clock:
    """A clock that always says `at` (an aware datetime)."""
    moment = as_utc(at)
    return lambda: moment


def has_started(start: datetime, now: datetime) -> bool:
    """A shift that has started (at or before `now`) is what happened: it stays as it is."""
    return as_utc(start) <= as_utc(now)
