"""Stepping a screen's week, shared by the screens that show one week."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.dates import monday_of
from tui.messages import WeekChosen

if TYPE_CHECKING:
    from textual.message import Message


class WeekSteps:
    """Mixed into a Screen with a reactive `monday`: the screen moves itself and tells the
    app by message (messages up), so the other screens follow."""

    monday: date

    if TYPE_CHECKING:
        # The Screen's, declared for the type checker only: defined here, it would hide the
        # Screen's, which comes after this mixin among the bases.
        def post_message(self, message: Message) -> bool: ...

    def _go(self, monday: date) -> None:
        self.monday = monday_of(monday)
        self.post_message(WeekChosen(self.monday))

    def action_prev_week(self) -> None:
        self._go(self.monday - timedelta(weeks=1))

    def action_next_week(self) -> None:
        self._go(self.monday + timedelta(weeks=1))
