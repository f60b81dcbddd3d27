"""A person's calendar link (key f on the people screen) or personal page link (key u), shown
to the coordinator to pass on. Both are secrets: anyone who has the calendar link sees the
person's shifts; anyone who has the page link can act as them on their page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.i18n.language import N_, _
from planner.service.feeds import FeedLink
from planner.service.pages import PageLink
from tui.bindings import translate_bindings


class FeedLinkScreen(ModalScreen[None]):
    CSS_PATH = "feed_link.tcss"
    BINDINGS = [Binding("escape", "close", N_("Close"), key_display="esc", id="feed.close")]

    def __init__(self, link: FeedLink | PageLink) -> None:
        super().__init__()
        self.link = link
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        if isinstance(self.link, PageLink):
            title = _("Personal page link of {name}", name=self.link.name)
            help_text = _(
                'Their own page: their shifts to come, "I can\'t come", the days they offer '
                "and their absences. Keep it secret: anyone who has it can act as them. "
                "Revoke it (U) if it leaks."
            )
        else:
            title = _("Calendar link of {name}", name=self.link.name)
            help_text = _(
                "Their phone or calendar subscribes to this link and stays up to date. "
                "Keep it secret: anyone who has it sees their shifts. Revoke it (F) if it "
                "leaks; their change notices carry it too."
            )
        with Vertical(id="feed-box"):
            yield Label(title, id="feed-title")
            yield Static(self.link.url or "", id="feed-url")
            yield Static(help_text, id="feed-help")
            yield Button(_("Close"), id="feed-close")

    def on_mount(self) -> None:
        self.query_one("#feed-close", Button).focus()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
