"""Messages that travel up: from the solver worker to the app, from screens to the app."""

from __future__ import annotations

from datetime import date

from textual.message import Message

from planner.domain import Period
from planner.service import PlanOutcome, Progress


class PlanRequested(Message):
    """A screen asks the app to plan a period (the app runs the solver, one at a time)."""

    def __init__(self, period: Period, show_week: bool = False) -> None:
        super().__init__()
        self.period = period
        self.show_week = show_week


class StopRequested(Message):
    """A screen asks the app to stop the solver; the best roster so far is kept."""


class PlanProgress(Message):
    """An improving roster while solving. Coalesces: only the newest one waiting is kept, so a
    fast solver cannot flood the queue and keypresses stay quick."""

    def __init__(self, period: Period, progress: Progress) -> None:
        super().__init__()
        self.period = period
        self.progress = progress

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, PlanProgress)


class PlanFinished(Message):
    def __init__(self, period: Period, outcome: PlanOutcome) -> None:
        super().__init__()
        self.period = period
        self.outcome = outcome


class PlanFailed(Message):
    """`changed`: another coordinator changed the period while the solver ran; `stopped`:
    the search was stopped and the coordinator kept the draft saved before (nothing failed)."""

    def __init__(
        self, period: Period, error: str, changed: bool = False, stopped: bool = False
    ) -> None:
        super().__init__()
        self.period = period
        self.error = error
        self.changed = changed
        self.stopped = stopped


class WeekChosen(Message):
    """A screen moved to another week; the app tells the other screens."""

    def __init__(self, monday: date) -> None:
        super().__init__()
        self.monday = monday


class DataChanged(Message):
    """Something was written (assignment, absence, publish, plan); screens reload what they
    show. The app passes it on to the screens that are not on top (`forwarded`), and those
    copies are not passed on again."""

    def __init__(self, forwarded: bool = False) -> None:
        super().__init__()
        self.forwarded = forwarded
