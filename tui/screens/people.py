"""People: professionals and volunteers with their load in the week, and their absences."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Static

from planner.dates import monday_of
from planner.domain import Absence, Period
from planner.errors import PlannerError
from tui.bindings import translate_bindings
from tui.context import Context
from tui.messages import DataChanged, PlanRequested
from tui.people_model import PersonLoad, loads
from tui.screens.absence_form import AbsenceFormScreen
from tui.screens.changed import changed_meanwhile
from tui.screens.confirm import ConfirmScreen
from tui.screens.log import LogScreen
from tui.screens.week_steps import WeekSteps


def load_texts(load: PersonLoad, t) -> tuple[str, str]:
    """(what they do in the week against their limit, what was agreed)."""
    person = load.person
    if person.is_professional and person.contract:
        days = " ".join(t.weekday(date(2026, 11, 30) + timedelta(days=d))
                        for d in sorted(person.contract.working_days))  # fmt: skip
        return (
            t("hours", have=f"{load.hours_in_week:g}", limit=f"{load.limit_week:g}"),
            t("contract", hours=f"{person.contract.hours_per_week:g}", days=days),
        )
    month = t.month(load.month) if load.month else ""
    return (
        t("shifts_week", have=load.shifts_in_week, limit=f"{load.limit_week:g}")
        + "; "
        + t("shifts_month", have=load.shifts_in_month, limit=load.limit_month, month=month),
        t("own_limits", week=f"{load.limit_week:g}", month=load.limit_month),
    )


def absence_bounds(absence: Absence, t) -> tuple[str, str]:
    """Whole days read as in absences.csv: 'do 3 dec' to 'vr 4 dec' inclusive; other times
    with their hour. The stored end is exclusive (midnight after the last day)."""
    start, end = absence.start, absence.end
    if start.time() == end.time() == datetime.min.time():
        return t.day_year(start.date()), t.day_year(end.date() - timedelta(days=1))
    return t.moment(start), t.moment(end)


class PeopleScreen(WeekSteps, Screen):
    CSS_PATH = "people.tcss"
    BINDINGS = [
        Binding("left_square_bracket", "prev_week", "prev_week", key_display="[", id="people.prev", tooltip="tip_prev_week"),
        Binding("right_square_bracket", "next_week", "next_week", key_display="]", id="people.next", tooltip="tip_next_week"),
        Binding("a", "add_absence", "add_absence", id="people.add_absence", tooltip="tip_add_absence"),
        Binding("x,delete", "remove_absence", "remove_absence", key_display="x", id="people.remove_absence", tooltip="tip_remove_absence"),
        Binding("p", "plan", "plan", id="people.plan", tooltip="tip_plan"),
        Binding("l", "person_log", "person_log", id="people.log", tooltip="tip_person_log"),
    ]  # fmt: skip

    monday: reactive[date] = reactive(date(2000, 1, 3), init=False)

    def __init__(self, ctx: Context, monday: date) -> None:
        super().__init__(name="people")
        self.ctx = ctx
        self.set_reactive(PeopleScreen.monday, monday_of(monday))
        self.loads: list[PersonLoad] = []
        self.absences: list[Absence] = []
        self.seen: int | None = None  # the change the shown absences were read at
        self.sub_title = ctx.t("people")
        translate_bindings(self, ctx.t)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="people-title")
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield Label(id="absences-title", classes="section")
        yield DataTable(id="absences", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        t = self.ctx.t
        self.query_one("#people", DataTable).add_columns(
            t("name"), t("kind"), t("load"), t("limit"), t("absences")
        )
        self.query_one("#absences", DataTable).add_columns(
            t("from"), t("to"), t("kind"), t("reason")
        )
        self.reload()
        self.query_one("#people", DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.loads:
            self.reload()

    def watch_monday(self, monday: date) -> None:
        self.reload()

    def reload(self) -> None:
        t, ctx = self.ctx.t, self.ctx
        sunday = self.monday + timedelta(days=6)
        number = self.monday.isocalendar().week
        self.query_one("#people-title", Static).update(
            f"{t('people')} · {t('week_number', number=number)}: "
            f"{t.day(self.monday)} – {t.day_year(sunday)}"
        )
        try:
            self.seen = ctx.call(ctx.service.seen)
            self.loads = ctx.call(loads, ctx.service, self.monday, ctx.organisation)
            week_absences = ctx.call(ctx.service.absences, *self._week_bounds())
        except PlannerError as exc:
            self.notify(str(exc), severity="error")
            return
        absent = {a.person_id for a in week_absences}
        table = self.query_one("#people", DataTable)
        row = table.cursor_row
        table.clear()
        for load in self.loads:
            doing, agreed = load_texts(load, t)
            style = "bold red" if load.over else ""
            mark = " ⚠" if load.over else ""
            table.add_row(
                load.person.name,
                t(load.person.kind.value),
                Text(doing + mark, style=style),
                agreed,
                # Not ✗: in the week view that means unstaffed.
                t("absent_mark") if load.person.id in absent else "",
                key=load.person.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.show_absences()

    def _week_bounds(self) -> tuple[datetime, datetime]:
        tz = ZoneInfo(self.ctx.organisation.timezone)
        start = datetime.combine(self.monday, datetime.min.time(), tz)
        return start, start + timedelta(days=7)

    def chosen_person(self):
        table = self.query_one("#people", DataTable)
        if not table.row_count or not self.loads:
            return None
        return self.loads[table.cursor_row].person

    def show_absences(self) -> None:
        t = self.ctx.t
        person = self.chosen_person()
        table = self.query_one("#absences", DataTable)
        table.clear()
        if person is None:
            self.absences = []
            return
        self.query_one("#absences-title", Label).update(t("absences_of", name=person.name))
        try:
            self.absences = self.ctx.call(self.ctx.service.absences, person_id=person.id)
        except PlannerError as exc:
            self.absences = []
            self.notify(t("error", error=exc), severity="error")
        for a in self.absences:
            first, last = absence_bounds(a, t)
            table.add_row(first, last, t(f"kind_{a.kind.value}"), a.reason, key=str(a.id))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "people":
            self.show_absences()

    # -- actions -------------------------------------------------------------------------
    def action_add_absence(self) -> None:
        t = self.ctx.t
        person = self.chosen_person()
        if person is None:
            self.notify(t("choose_person"), severity="warning")
            return

        def save(absence: Absence | None) -> None:
            if absence is None:
                return
            try:
                self.ctx.call(self.ctx.service.add_absence, absence, seen=self.seen)
            except PlannerError as exc:
                self.not_saved(exc)
                return
            self.notify(t("absence_added"))
            self.post_message(DataChanged())
            self.reload()

        form = AbsenceFormScreen(t, person, self.ctx.organisation.timezone, self.monday)
        self.app.push_screen(form, save)

    def action_remove_absence(self) -> None:
        t = self.ctx.t
        table = self.query_one("#absences", DataTable)
        if not table.row_count or not self.absences:
            self.notify(t("choose_absence"), severity="warning")
            return
        absence = self.absences[table.cursor_row]
        person = self.ctx.organisation.person(absence.person_id)
        first, last = absence_bounds(absence, t)
        what = f"{first} – {last} · {t(f'kind_{absence.kind.value}')}"
        if absence.reason:
            what += f" · {absence.reason}"

        def answered(go: bool | None) -> None:
            if not go:
                self.notify(t("absence_kept"))
                return
            try:
                self.ctx.call(self.ctx.service.remove_absence, absence.id, seen=self.seen)
            except PlannerError as exc:
                self.not_saved(exc)
                return
            self.notify(t("absence_removed"))
            self.post_message(DataChanged())
            self.reload()

        question = t("remove_absence_q", name=person.name)
        self.app.push_screen(ConfirmScreen(t, question, t("remove"), (what,)), answered)

    def not_saved(self, exc: PlannerError) -> None:
        text = self.ctx.error(exc)
        if not changed_meanwhile(self, self.ctx.t, exc, text, self._reloaded):
            self.notify(self.ctx.t("error", error=text), severity="error")

    def _reloaded(self) -> None:
        self.post_message(DataChanged())
        self.reload()

    def action_person_log(self) -> None:
        """The log of the chosen person: who changed their shifts, absences and profile."""
        person = self.chosen_person()
        if person is None:
            self.notify(self.ctx.t("choose_person"), severity="warning")
            return
        self.app.push_screen(LogScreen(self.ctx, person.id))

    def action_plan(self) -> None:
        self.post_message(PlanRequested(Period(self.monday, 1), show_week=True))
