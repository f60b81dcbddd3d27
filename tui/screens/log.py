"""The audit log: who changed what, when; everyone's, or one person's (from the people
screen)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from planner.errors import PlannerError
from planner.i18n.changes import entry_text, moment_text
from tui.bindings import translate_bindings
from tui.context import Context

SHOWN = 500  # the newest entries; `roster log` lists them all


class LogScreen(Screen):
    CSS_PATH = "log.tcss"
    BINDINGS = [
        Binding("r", "reload", "reload", id="log.reload", tooltip="tip_log_reload"),
        Binding("escape", "back", "back", key_display="esc", id="log.back", tooltip="tip_back"),
    ]

    def __init__(self, ctx: Context, person_id: str | None = None) -> None:
        super().__init__(name="log")
        self.ctx = ctx
        self.person_id = person_id
        self.sub_title = ctx.t("log")
        translate_bindings(self, ctx.t)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="log-title")
        yield DataTable(id="log", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        t = self.ctx.t
        self.query_one(DataTable).add_columns(t("log_when"), t("log_who"), t("log_what"))
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        t, ctx = self.ctx.t, self.ctx
        try:
            entries = ctx.call(ctx.service.audit_log, person_id=self.person_id, last=SHOWN)
            words = ctx.call(lambda: ctx.words)
        except PlannerError as exc:
            self.notify(t("error", error=ctx.error(exc)), severity="error")
            return
        title = t("log")
        if self.person_id is not None:
            title = t("log_of", name=words.name(self.person_id))
        self.query_one("#log-title", Static).update(f"{title} · {len(entries)}")
        table = self.query_one(DataTable)
        table.clear()
        tz = ZoneInfo(ctx.organisation.timezone)
        for e in reversed(entries):  # the newest first
            what = entry_text(e.kind, e.subject, e.before, e.after, words, tz)
            table.add_row(moment_text(e.at, tz), e.actor, f"{e.action}  {what}")

    def action_reload(self) -> None:
        self.reload()

    def action_back(self) -> None:
        if self.person_id is not None:
            self.dismiss()
        else:
            self.app.switch_mode("week")
