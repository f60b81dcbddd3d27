"""Words several screens share: how a search ended, the state of a shift. Everything else a
screen says it words itself, with planner/i18n's _() in the current language."""

from __future__ import annotations

from planner.i18n.language import N_, _

# How the search ended (planner.solver.search.SolveStatus, by its value).
STATUS_WORDS = {
    "optimal": N_("optimal"),
    "feasible": N_("good, not proven optimal"),
    "cancelled": N_("stopped, best roster so far kept"),
    "infeasible": N_("no roster possible"),
}


def status_text(status: str) -> str:
    """'optimaal', 'goed, niet bewezen optimaal', ..."""
    words = STATUS_WORDS.get(status)
    return _(words) if words else status
