"""Ask for a date; answer with it (or None when the coordinator cancels)."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from planner.i18n.language import N_, _
from tui.bindings import translate_bindings
from tui.parsing import parse_date


class GotoDateScreen(ModalScreen[date | None]):
    CSS_PATH = "goto_date.tcss"
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), key_display="esc", id="goto.cancel")]

    def __init__(self, current: date) -> None:
        super().__init__()
        self.current = current
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical(id="goto-box"):
            yield Label(_("Go to date"))
            yield Input(value=self.current.isoformat(), placeholder="2026-11-30", id="goto-input")
            yield Static(id="goto-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        day = parse_date(event.value)
        if day is None:
            self.query_one("#goto-error", Static).update(
                _("'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)", text=event.value)
            )
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        self.dismiss(None)
