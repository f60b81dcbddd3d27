"""Who can cover?: the people the hard rules allow on a shift, cheapest in the objective
first, and the why-not of the others (the ranking of `roster candidates`)."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from planner.check.exchange import Cover
from planner.errors import PlannerError
from planner.i18n.covers import cover_row
from planner.i18n.language import N_, _
from tui.bindings import translate_bindings
from tui.context import Context


class CoverScreen(ModalScreen[None]):
    CSS_PATH = "cover.tcss"
    BINDINGS = [
        Binding("escape", "close", N_("Back"), key_display="esc", id="cover.back"),
    ]

    def __init__(self, ctx: Context, shift_id: str, giver: str | None) -> None:
        """`giver`: whose place is to be covered (None: an open place)."""
        super().__init__()
        self.ctx, self.shift_id, self.giver = ctx, shift_id, giver
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        words = self.ctx.words
        if self.giver:
            title = _(
                "Who can take over {shift} from {name}?",
                shift=words.shift(self.shift_id),
                name=words.name(self.giver),
            )
        else:
            title = _("Who can take a place on {shift}?", shift=words.shift(self.shift_id))
        with Vertical(id="cover-box"):
            yield Label(title, id="cover-title")
            yield DataTable(id="cover-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="cover-message")

    def on_mount(self) -> None:
        table = self.query_one("#cover-table", DataTable)
        table.add_columns(_("Allowed"), _("Name"), _("Cost or why not"))
        table.loading = True
        self._weigh()

    class Weighed(Message):
        def __init__(self, found: list[Cover], error: str) -> None:
            super().__init__()
            self.found, self.error = found, error

    @work(thread=True, group="cover")
    def _weigh(self) -> None:
        # Each allowed person is weighed by the model: a moment on a big organisation.
        try:
            found = self.ctx.call(self.ctx.service.who_can_cover, self.shift_id, self.giver)
        except PlannerError as exc:
            self.post_message(self.Weighed([], self.ctx.error(exc)))
            return
        self.post_message(self.Weighed(found, ""))

    def on_cover_screen_weighed(self, message: Weighed) -> None:
        table = self.query_one("#cover-table", DataTable)
        table.loading = False
        if message.error:
            self.query_one("#cover-message", Static).update(message.error)
            return
        for c in message.found:
            name, said = cover_row(c, self.ctx.words)
            table.add_row("✓" if c.allowed else "✗", name, said, key=c.person.id)
        if not any(c.allowed for c in message.found):
            self.query_one("#cover-message", Static).update(_("nobody can take it"))

    def action_close(self) -> None:
        self.dismiss(None)
