"""Another coordinator changed what this one was working on: say who, what and when, and
reload. Nothing was saved; the only way on is to look again (the screen behind reloads when
this closes)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Label, Static

from planner.errors import ChangedMeanwhile, PlannerError
from planner.i18n.language import N_, _
from tui.bindings import translate_bindings


class ChangedScreen(ModalScreen[None]):
    CSS_PATH = "changed.tcss"
    BINDINGS = [
        Binding("escape,enter,r", "reload", N_("Reload"), key_display="r", id="changed.reload"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical(id="changed-box"):
            yield Label(_("Changed meanwhile by another coordinator"), id="changed-title")
            yield Static(self.text, id="changed-text")
            yield Button(_("Reload"), variant="primary", id="changed-reload")

    def on_mount(self) -> None:
        self.query_one("#changed-reload", Button).focus()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_reload(self) -> None:
        self.dismiss(None)


def changed_meanwhile(
    screen: Screen, error: PlannerError, text: str, reload: Callable[[], None]
) -> bool:
    """When `error` says another coordinator changed things meanwhile: the dialog, then
    `reload()`; True. Any other error: False (the caller shows it as before)."""
    if not isinstance(error, ChangedMeanwhile):
        return False
    screen.app.push_screen(ChangedScreen(text), lambda _: reload())
    return True
