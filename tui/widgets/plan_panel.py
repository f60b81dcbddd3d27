"""Live progress of the solver: objective, bound, elapsed time and a bar against the limit."""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Label, ProgressBar

from planner.i18n.format import integer, number
from planner.i18n.language import _, ngettext
from planner.service import Progress


def _number(value: float) -> str:
    # The first roster (the greedy start) comes before the search has a bound: NaN.
    return "—" if math.isnan(value) else integer(round(value))


def progress_text(progress: Progress | None, time_limit_s: float) -> str:
    if progress is None:
        return _("Planning: looking for a first roster…")
    return _(
        "Planning: objective {objective}  bound {bound}  elapsed {elapsed} s / {limit} s  "
        "({solutions})",
        objective=_number(progress.objective),
        bound=_number(progress.bound),
        elapsed=number(progress.elapsed),
        limit=number(time_limit_s, 0),
        solutions=ngettext("{n} solution", "{n} solutions", progress.solutions),
    )


class PlanPanel(Widget):
    """Given `progress` and `elapsed_s` by its screen; shows them, nothing more."""

    progress: reactive[Progress | None] = reactive(None, always_update=True)
    elapsed_s: reactive[float] = reactive(0.0)

    def __init__(self, time_limit_s: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.time_limit_s = time_limit_s

    def compose(self) -> ComposeResult:
        yield Label(progress_text(None, self.time_limit_s), id="plan-text")
        yield ProgressBar(total=self.time_limit_s, show_eta=False, id="plan-bar")

    def reset(self, time_limit_s: float) -> None:
        self.time_limit_s = time_limit_s
        self.progress = None
        self.elapsed_s = 0.0
        self.query_one(ProgressBar).update(total=time_limit_s, progress=0)

    def watch_progress(self, progress: Progress | None) -> None:
        if self.is_mounted:
            self.query_one("#plan-text", Label).update(progress_text(progress, self.time_limit_s))
            if progress is not None:
                self.elapsed_s = max(self.elapsed_s, progress.elapsed)

    def watch_elapsed_s(self, elapsed_s: float) -> None:
        if self.is_mounted:
            self.query_one(ProgressBar).update(progress=min(elapsed_s, self.time_limit_s))
