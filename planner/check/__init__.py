"""The independent checker: every hard rule, verified on a finished roster without CP-SAT.
See planner/check/checker.py; RosterView and why_not weigh one change at a time."""

from planner.check.checker import (
    check_roster,
    is_shortage,
    new_violations,
    person_violations,
    shift_violations,
)
from planner.check.facts import Facts, Violation, Work
from planner.check.view import RosterView, why_not, why_not_in

__all__ = [
    "Facts",
    "RosterView",
    "Violation",
    "Work",
    "check_roster",
    "is_shortage",
    "new_violations",
    "person_violations",
    "shift_violations",
    "why_not",
    "why_not_in",
]
