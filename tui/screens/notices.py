"""Change notices from the app (key n on the week screen, offered after publishing): first
what would go (a dry run: who is mailed, who to phone with what to tell them), then, on
Send, the notices themselves. Both run in a thread worker: the mail server may be slow."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from planner.errors import PlannerError
from planner.i18n.language import N_, _
from planner.io.notice_report import report_lines
from planner.service.notices import NotifyOutcome
from tui.bindings import translate_bindings
from tui.context import Context


class NoticesDone(Message):
    """The worker's answer: an outcome, or the error's sentence."""

    def __init__(self, outcome: NotifyOutcome | None, error: str = "") -> None:
        super().__init__()
        self.outcome, self.error = outcome, error


class NoticesScreen(ModalScreen[None]):
    CSS_PATH = "notices.tcss"
    BINDINGS = [Binding("escape", "close", N_("Close"), key_display="esc", id="notices.close")]

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.outcome: NotifyOutcome | None = None
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical(id="notices-box"):
            yield Label(_("Change notices"), id="notices-title")
            with VerticalScroll(id="notices-scroll"):
                yield Static(_("Looking for changes…"), id="notices-report")
            with Horizontal(id="notices-buttons"):
                yield Button(_("Send"), variant="warning", id="notices-send", disabled=True)
                yield Button(_("Close"), id="notices-close")

    def on_mount(self) -> None:
        self.query_one("#notices-close", Button).focus()
        self._run(dry_run=True)

    @work(thread=True, exclusive=True, group="notices", exit_on_error=False)
    def _run(self, *, dry_run: bool) -> None:
        try:
            outcome = self.ctx.call(self.ctx.service.notify, dry_run=dry_run)
        except PlannerError as exc:
            self.post_message(NoticesDone(None, self.ctx.error(exc)))
            return
        self.post_message(NoticesDone(outcome))

    def on_notices_done(self, message: NoticesDone) -> None:
        report = self.query_one("#notices-report", Static)
        send = self.query_one("#notices-send", Button)
        if message.outcome is None:
            report.update(_("Error: {error}", error=message.error))
            send.disabled = True
            return
        self.outcome = message.outcome
        lines = report_lines(message.outcome)
        if message.outcome.dry_run:
            lines = lines[:-1]  # not '(--dry-run)': the button says what happens next
            something = message.outcome.mailed or message.outcome.to_phone
            send.disabled = not something
            if something:
                lines += ["", _("Send these notices (and record who is to be phoned)?")]
        else:
            send.disabled = True
            self.query_one("#notices-title", Label).update(_("Change notices sent"))
        report.update("\n".join(lines))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "notices-send":
            event.button.disabled = True
            self.query_one("#notices-report", Static).update(_("Sending…"))
            self._run(dry_run=False)
        else:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
