"""Textual's command palette with its own few words in the coordinator's language: the search
prompt and 'no matches'. The commands themselves are the app's (tui/app.py,
get_system_commands), already worded."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from planner.i18n.language import _


class Palette(CommandPalette):
    def __init__(self) -> None:
        super().__init__(id="--command-palette", placeholder=_("Search for commands…"))

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own (textual/command.py) but for the words, which it writes in English.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if not search_value:
                self._list_visible = False  # discovering, not searching: nothing to say
                return
            self.query_one(CommandList).add_option(
                Option(
                    Align.center(Text(_("No matches found"), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
