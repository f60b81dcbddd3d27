"""The audit log: who changed what, when; everyone's, or one person's (from the people
screen)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from planner.errors import PlannerError
from planner.i18n.changes import action_name, entry_text, moment_text
from planner.i18n.language import N_, _
from tui.bindings import translate_bindings
from tui.context import Context
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.row_table import RowTable

SHOWN = 500  # the newest entries; `roster log` lists them all


class LogScreen(Screen):
    CSS_PATH = "log.tcss"
    BINDINGS = [
        Binding("r", "reload", N_("Reload"), id="log.reload", tooltip=N_("Read the log again")),
        Binding(
            "escape",
            "back",
            N_("Back"),
            key_display="esc",
            id="log.back",
            tooltip=N_("To the previous screen"),
        ),  # fmt: skip
    ]

    def __init__(self, ctx: Context, person_id: str | None = None) -> None:
        super().__init__(name="log")
        self.ctx = ctx
        self.person_id = person_id
        self.lines: list[tuple[str, str, str, str]] = []  # the rows shown, newest first
        self.sub_title = _("Log")
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="log-title")
        yield RowTable(id="log", zebra_stripes=True)
        yield Static(id="log-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns(_("When"), _("Who"), _("Change"), _("What"))
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        try:
            entries = ctx.call(ctx.service.audit_log, person_id=self.person_id, last=SHOWN)
            words = ctx.call(lambda: ctx.words)
        except PlannerError as exc:
            self.notify(_("Error: {error}", error=ctx.error(exc)), severity="error")
            return
        title = _("Log")
        if self.person_id is not None:
            title = _("Log of {name}", name=words.name(self.person_id))
        self.query_one("#log-title", Static).update(f"{title} · {len(entries)}")
        table = self.query_one(DataTable)
        table.clear()
        tz = ZoneInfo(ctx.organisation.timezone)
        self.lines = []
        for e in reversed(entries):  # the newest first
            what = entry_text(e.kind, e.subject, e.before, e.after, words, tz)
            line = (moment_text(e.at, tz), e.actor, action_name(e.action), what)
            self.lines.append(line)
            table.add_row(*line)
        self.show_detail()

    def show_detail(self) -> None:
        """The highlighted entry in full under the table, wrapped between words: a narrow
        terminal cuts the table's last column."""
        table = self.query_one(DataTable)
        detail = self.query_one("#log-detail", Static)
        if not self.lines or not 0 <= table.cursor_row < len(self.lines):
            detail.update("")
            return
        when, who, change, what = self.lines[table.cursor_row]
        detail.update(f"{when} · {who} · {change}: {what}")

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def action_reload(self) -> None:
        self.reload()

    def action_back(self) -> None:
        if self.person_id is not None:
            self.dismiss()
        else:
            self.app.switch_mode("week")
