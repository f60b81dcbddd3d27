"""Messages that travel up: from the solver worker to the app, from screens to the app."""

from __future__ import annotations

from datetime import date

from textual.message import Message

from planner.domain import Period
from planner.service import PlanOutcome, Progress


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
    def __init__(self, period: Period, error: str) -> None:
        super().__init__()
        self.period = period
        self.error = error


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
