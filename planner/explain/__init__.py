"""Explanations as data: why a shift stays unstaffed (unstaffed.py), why no roster exists at
all (infeasible.py). planner/i18n/reasons.py words them."""

from planner.explain.infeasible import Conflict, Unplannable, conflicts, minimal_conflict
from planner.explain.unstaffed import (
    explain_unstaffed,
    problem_view,
    unstaffed_reasons,
    unstaffed_reasons_of,
    why_unstaffed,
    why_unstaffed_in,
)

__all__ = [
    "Conflict",
    "Unplannable",
    "conflicts",
    "explain_unstaffed",
    "minimal_conflict",
    "problem_view",
    "unstaffed_reasons",
    "unstaffed_reasons_of",
    "why_unstaffed",
    "why_unstaffed_in",
]
