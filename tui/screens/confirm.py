"""Ask before something that is easy to regret (publishing gaps, deleting an absence);
answers True to go ahead, False otherwise. Cancel has the focus: enter alone does nothing
harmful."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.i18n.language import N_, _
from tui.bindings import translate_bindings


class ConfirmScreen(ModalScreen[bool]):
    CSS_PATH = "confirm.tcss"
    BINDINGS = [
        Binding("escape,n", "cancel", N_("Cancel"), key_display="esc", id="confirm.cancel"),
        Binding("j,y", "confirm", N_("Yes"), key_display="j", id="confirm.yes"),
    ]

    def __init__(
        self, question: str, go: str, details: tuple[str, ...] = (), *, stay: str = ""
    ) -> None:
        """`question`: the title line; `go`: the label of the button that goes ahead;
        `details`: lines under the question (what would be published or deleted); `stay`:
        the label of the button that does not (default 'Cancel')."""
        super().__init__()
        self.question = question
        self.go = go
        self.stay = stay
        self.details = details
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(self.question, id="confirm-question")
            if self.details:
                yield Static("\n".join(self.details), id="confirm-details")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.go, variant="warning", id="confirm-yes")
                yield Button(self.stay or _("Cancel"), id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
