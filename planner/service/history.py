"""The weeks before a period, as planning, checking and editing all read them: continuity,
and who is still a newcomer on which activity (docs/rules.md, newcomers)."""

from __future__ import annotations

from datetime import timedelta

from planner.domain import Assignment, Period
from planner.storage.repository import Repository

HISTORY_WEEKS = 4  # weeks before the period whose assignments count


def history_before(repo: Repository, period: Period) -> tuple[Assignment, ...]:
    """The assignments of the HISTORY_WEEKS before the period (the working roster)."""
    history_period = Period(period.start - timedelta(weeks=HISTORY_WEEKS), HISTORY_WEEKS)
    return tuple(repo.roster(history_period).assignments)
