"""A person's calendar link (key f on the people screen) or personal page link (key u), shown
to the coordinator to pass on. Both are secrets: anyone who has the calendar link sees the
person's shifts; anyone who has the page link can act as them on their page.

A page link can be mailed to the person from here (m): the same mail as `roster page issue
PERSON --mail`, queued in the outbox by the same service call; `roster tick` sends it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.errors import PlannerError
from planner.i18n.language import N_, _
from planner.service.feeds import FeedLink
from planner.service.pages import PageLink
from tui.bindings import translate_bindings


@dataclass(frozen=True)
class LinkMail:
    """How the page link shown can go to its person by mail. `refused`: why it cannot (no
    address, no mail server), worded; "" when it can. `address` is people.csv's as the app
    read it; `queue` queues the mail and gives the link it holds, whose `mailed_to` says for
    which address it really was (or None: none now); it raises PlannerError, worded by
    `error`."""

    address: str
    refused: str
    queue: Callable[[], PageLink]
    error: Callable[[PlannerError], str]


class FeedLinkScreen(ModalScreen[None]):
    CSS_PATH = "feed_link.tcss"
    BINDINGS = [
        Binding("escape", "close", N_("Close"), key_display="esc", id="feed.close"),
        Binding("m", "mail", N_("Mail it to them"), id="feed.mail"),
    ]

    def __init__(self, link: FeedLink | PageLink, mail: LinkMail | None = None) -> None:
        super().__init__()
        self.link = link
        self.mail = mail
        self.queued = False
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
            if self.mail is not None:
                yield Static(
                    self.mail.refused
                    or _("m mails it to {address}, in their language.", address=self.mail.address),
                    id="feed-mail-note",
                    markup=False,  # "[mail]", an address or an error's words are text
                )
            with Horizontal(id="feed-buttons"):
                if self.mail is not None:
                    yield Button(
                        _("Mail it to them"),
                        id="feed-mail",
                        variant="primary",
                        disabled=bool(self.mail.refused),
                    )
                yield Button(_("Close"), id="feed-close")

    def on_mount(self) -> None:
        self.query_one("#feed-close", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "mail":
            # Absent where there is nothing to mail, shown but inactive where it cannot go.
            if self.mail is None:
                return False
            return not (self.mail.refused or self.queued)
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "feed-mail":
            self.action_mail()
            return
        self.dismiss(None)

    def action_mail(self) -> None:
        mail = self.mail
        if mail is None or mail.refused or self.queued:
            return
        note = self.query_one("#feed-mail-note", Static)
        try:
            link = mail.queue()
        except PlannerError as exc:
            note.update(_("Not queued: {error}", error=mail.error(exc)))
            note.set_class(True, "error")
            return
        # The mail holds the link as it is now: shown again, should it have changed meanwhile.
        self.query_one("#feed-url", Static).update(link.url or "")
        if link.mailed_to is None:
            # people.csv, loaded again since the app read it, gives them no address now.
            self.mail = replace(
                mail,
                refused=_(
                    "Not queued: people.csv no longer gives {name} an e-mail address. "
                    "Give the link by hand.",
                    name=link.name,
                ),
            )
            note.update(self.mail.refused)
            note.set_class(True, "error")
        else:
            # The address the mail was queued for, which is people.csv's as it is now.
            note.update(
                _(
                    "Mail queued for {address}: it goes out with the next roster tick "
                    "(or roster serve --tick).",
                    address=link.mailed_to,
                )
            )
            note.set_class(False, "error")
            self.queued = True
        self.query_one("#feed-mail", Button).disabled = True
        self.query_one("#feed-close", Button).focus()
        self.refresh_bindings()

    def action_close(self) -> None:
        self.dismiss(None)
