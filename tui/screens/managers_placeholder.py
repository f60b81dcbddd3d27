"""Stands in for the managers' report screen (tui/screens/managers.py) until it exists."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from planner.domain import Period
from planner.storage.repository import Repository


class ManagersPlaceholderScreen(Screen):
    DEFAULT_CSS = """
    ManagersPlaceholderScreen {
        #managers-placeholder { padding: 1 2; }
    }
    """

    def __init__(self, repo: Repository, period: Period, lang: str = "en") -> None:
        super().__init__(name="managers")
        self.repo = repo
        self.period = period
        self.lang = lang

    def compose(self) -> ComposeResult:
        from tui.i18n import Labels

        yield Header()
        yield Static(Labels(self.lang)("managers_placeholder"), id="managers-placeholder")
        yield Footer()

    def show_week(self, monday: date) -> None:
        self.period = Period(monday, self.period.weeks)
