"""People: professionals and volunteers with their load in the week, and their absences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Static

from planner.dates import monday_of
from planner.domain import Absence, Period, Person
from planner.errors import PlannerError
from planner.i18n.format import (
    day_year,
    decimal,
    month_name,
    short_date,
    short_datetime,
    weekday_name,
)
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import absence_kind_name, person_kind_name, qualification_name
from tui.bindings import ABSENCES, CALENDAR_LINK, PAGE_LINK, WEEKS, translate_bindings
from tui.context import Context
from tui.messages import DataChanged, PlanRequested
from tui.people_model import PersonLoad, loads
from tui.screens.absence_form import AbsenceFormScreen
from tui.screens.changed import changed_meanwhile
from tui.screens.confirm import ConfirmScreen
from tui.screens.feed_link import FeedLinkScreen, LinkMail
from tui.screens.log import LogScreen
from tui.screens.week_steps import WeekSteps
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.row_table import RowTable


def load_texts(load: PersonLoad) -> tuple[str, str]:
    """(what they do in the week against their limit, what was agreed)."""
    person = load.person
    if person.is_professional and person.contract:
        days = " ".join(
            weekday_name(d, "abbreviated") for d in sorted(person.contract.working_days)
        )
        return (
            _(
                "{have} of {limit} h",
                have=decimal(load.hours_in_week),
                limit=decimal(load.limit_week),
            ),
            _("{hours} h/week · {days}", hours=decimal(person.contract.hours_per_week), days=days),
        )
    month = month_name(load.month.month) if load.month else ""
    week_limit = round(load.limit_week)
    return (
        ngettext(
            "{have} of {n} shift this week",
            "{have} of {n} shifts this week",
            week_limit,
            have=load.shifts_in_week,
        )
        + "; "
        + _(
            "{have} of {limit} in {month}",
            have=load.shifts_in_month,
            limit=load.limit_month,
            month=month,
        ),
        _("at most {week}/week, {month}/month", week=week_limit, month=load.limit_month),
    )


def absence_bounds(absence: Absence) -> tuple[str, str]:
    """Whole days read as in absences.csv: 'do 3 dec' to 'vr 4 dec' inclusive; other times
    with their hour. The stored end is exclusive (midnight after the last day)."""
    start, end = absence.start, absence.end
    if start.time() == end.time() == datetime.min.time():
        return day_year(start.date()), day_year(end.date() - timedelta(days=1))
    return short_datetime(start), short_datetime(end)


def link_text(calendar: bool, page: bool) -> str:
    """The Link column: which of their secret links a person has."""
    if calendar and page:
        return _("link, page")
    if page:
        return _("page")
    return _("link") if calendar else ""


class PeopleScreen(WeekSteps, Screen):
    CSS_PATH = "people.tcss"
    BINDINGS = [
        Binding("left_square_bracket", "prev_week", N_("Previous week"), key_display="[", group=WEEKS, id="people.prev", tooltip=N_("Show the week before")),
        Binding("right_square_bracket", "next_week", N_("Next week"), key_display="]", group=WEEKS, id="people.next", tooltip=N_("Show the week after")),
        Binding("a", "add_absence", N_("Add absence"), group=ABSENCES, id="people.add_absence", tooltip=N_("Leave, sickness or unavailability for the chosen person")),
        Binding("x,delete", "remove_absence", N_("Remove absence"), key_display="x", group=ABSENCES, id="people.remove_absence", tooltip=N_("Remove the chosen absence")),
        Binding("p", "plan", N_("Plan"), id="people.plan", tooltip=N_("Plan the shown week (the solver runs in the background)")),
        Binding("l", "person_log", N_("Log"), id="people.log", tooltip=N_("Who changed this person's shifts, absences or details")),
        Binding("f", "feed_link", N_("Calendar link"), group=CALENDAR_LINK, id="people.feed", tooltip=N_("The chosen person's calendar link, made when they have none")),
        Binding("F", "revoke_feed", N_("Revoke link"), key_display="F", group=CALENDAR_LINK, id="people.revoke_feed", tooltip=N_("Kill the chosen person's calendar link at once")),
        Binding("u", "page_link", N_("Page link"), group=PAGE_LINK, id="people.page", tooltip=N_("The chosen person's personal page link, made when they have none")),
        Binding("U", "revoke_page", N_("Revoke page"), key_display="U", group=PAGE_LINK, id="people.revoke_page", tooltip=N_("Kill the chosen person's personal page link at once")),
    ]  # fmt: skip

    monday: reactive[date] = reactive(date(2000, 1, 3), init=False)

    def __init__(self, ctx: Context, monday: date) -> None:
        super().__init__(name="people")
        self.ctx = ctx
        self.set_reactive(PeopleScreen.monday, monday_of(monday))
        self.loads: list[PersonLoad] = []
        self.absences: list[Absence] = []
        self.seen: int | None = None  # the change the shown absences were read at
        self.sub_title = _("People")
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="people-title")
        yield RowTable(id="people", zebra_stripes=True)
        yield Label(id="absences-title", classes="section")
        yield RowTable(id="absences")
        yield KeysFooter()

    def on_mount(self) -> None:
        # Absences before the long load texts: in sight at 80 columns too.
        self.query_one("#people", DataTable).add_columns(
            _("Name"), _("Kind"), _("Absences"), _("Load"), _("Agreed"), _("Link")
        )
        self.query_one("#absences", DataTable).add_columns(
            _("From"), _("To (inclusive)"), _("Kind"), _("Reason")
        )
        self.reload()
        self.query_one("#people", DataTable).focus()

    def on_screen_resume(self) -> None:
        if self.loads:
            self.reload()

    def watch_monday(self, monday: date) -> None:
        self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        sunday = self.monday + timedelta(days=6)
        number = self.monday.isocalendar().week
        self.query_one("#people-title", Static).update(
            _("People")
            + " · "
            + _("Week {number}", number=number)
            + f": {short_date(self.monday)} – {day_year(sunday)}"
        )
        try:
            self.seen = ctx.call(ctx.service.seen)
            self.loads = ctx.call(loads, ctx.service, self.monday, ctx.organisation)
            week_absences = ctx.call(ctx.service.absences, *self._week_bounds())
            linked = {link.person_id for link in ctx.call(ctx.service.feed_links)}
            lapses = ctx.call(ctx.service.lapsing)
            paged = {link.person_id for link in ctx.call(ctx.service.page_links)}
        except PlannerError as exc:
            self.notify(ctx.error(exc), severity="error")
            return
        absent = {a.person_id for a in week_absences}
        lapsing: dict[str, list[str]] = {}
        for lapse in lapses:  # within 30 days: time to renew it
            lapsing.setdefault(lapse.person_id, []).append(
                _(
                    "{qualification} lapses {date}",
                    qualification=qualification_name(lapse.qualification),
                    date=short_date(lapse.on),
                )
            )
        table = self.query_one("#people", DataTable)
        row = table.cursor_row
        table.clear()
        for load in self.loads:
            doing, agreed = load_texts(load)
            style = "bold red" if load.over else ""
            mark = " ⚠" if load.over else ""
            name = Text(load.person.name)
            if load.person.id in lapsing:
                name.append(" ⏳ " + ", ".join(lapsing[load.person.id]), style="yellow")
            table.add_row(
                name,
                person_kind_name(load.person.kind),
                # Not ✗: in the week view that means unstaffed.
                _("⌂ away") if load.person.id in absent else "",
                Text(doing + mark, style=style),
                agreed,
                link_text(load.person.id in linked, load.person.id in paged),
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
        person = self.chosen_person()
        table = self.query_one("#absences", DataTable)
        table.clear()
        if person is None:
            self.absences = []
            return
        self.query_one("#absences-title", Label).update(_("Absences of {name}", name=person.name))
        try:
            self.absences = self.ctx.call(self.ctx.service.absences, person_id=person.id)
        except PlannerError as exc:
            self.absences = []
            self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
        for a in self.absences:
            first, last = absence_bounds(a)
            table.add_row(first, last, absence_kind_name(a.kind), a.reason, key=str(a.id))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "people":
            self.show_absences()

    # -- actions -------------------------------------------------------------------------
    def action_add_absence(self) -> None:
        person = self.chosen_person()
        if person is None:
            self.notify(_("Choose a person first"), severity="warning")
            return

        def save(absence: Absence | None) -> None:
            if absence is None:
                return
            try:
                self.ctx.call(self.ctx.service.add_absence, absence, seen=self.seen)
            except PlannerError as exc:
                self.not_saved(exc)
                return
            self.notify(_("Absence saved. Press p to plan again."))
            self.post_message(DataChanged())
            self.reload()

        form = AbsenceFormScreen(person, self.ctx.organisation.timezone, self.monday)
        self.app.push_screen(form, save)

    def action_remove_absence(self) -> None:
        table = self.query_one("#absences", DataTable)
        if not table.row_count or not self.absences:
            self.notify(_("Choose an absence first"), severity="warning")
            return
        absence = self.absences[table.cursor_row]
        person = self.ctx.organisation.person(absence.person_id)
        first, last = absence_bounds(absence)
        what = f"{first} – {last} · {absence_kind_name(absence.kind)}"
        if absence.reason:
            what += f" · {absence.reason}"

        def answered(go: bool | None) -> None:
            if not go:
                self.notify(_("Absence kept"))
                return
            try:
                self.ctx.call(self.ctx.service.remove_absence, absence.id, seen=self.seen)
            except PlannerError as exc:
                self.not_saved(exc)
                return
            self.notify(_("Absence removed. Press p to plan again."))
            self.post_message(DataChanged())
            self.reload()

        question = _("Remove the absence of {name}?", name=person.name)
        self.app.push_screen(ConfirmScreen(question, _("Remove"), (what,)), answered)

    def not_saved(self, exc: PlannerError) -> None:
        text = self.ctx.error(exc)
        if not changed_meanwhile(self, exc, text, self._reloaded):
            self.notify(_("Error: {error}", error=text), severity="error")

    def _reloaded(self) -> None:
        self.post_message(DataChanged())
        self.reload()

    def action_person_log(self) -> None:
        """The log of the chosen person: who changed their shifts, absences and profile."""
        person = self.chosen_person()
        if person is None:
            self.notify(_("Choose a person first"), severity="warning")
            return
        self.app.push_screen(LogScreen(self.ctx, person.id))

    def action_plan(self) -> None:
        self.post_message(PlanRequested(Period(self.monday, 1), show_week=True))

    def action_feed_link(self) -> None:
        self._show_link(self.ctx.service.issue_feed)

    def action_page_link(self) -> None:
        self._show_link(self.ctx.service.issue_page, self._page_mail)

    def _page_mail(self, person: Person) -> LinkMail:
        """The page link to their address, as `roster page issue PERSON --mail` does."""
        address = person.email or ""
        if self.ctx.organisation.mail is None:
            refused = _(
                "It cannot be mailed: organisation.toml has no [mail] table (docs/notices.md)."
            )
        elif not address:
            refused = _(
                "It cannot be mailed: people.csv gives {name} no e-mail address. Give it by hand.",
                name=person.name,
            )
        else:
            refused = ""
        return LinkMail(
            address=address,
            refused=refused,
            queue=lambda: self.ctx.call(self.ctx.service.issue_page, person.id, mail=True),
            error=self.ctx.error,
        )

    def action_revoke_page(self) -> None:
        self._revoke_link(
            self.ctx.service.revoke_page,
            lambda name: (
                _("Revoke the personal page link of {name}?", name=name),
                _("Their page stops answering at once, open tabs too; u makes a new link."),
                _("The personal page link of {name} no longer works", name=name),
                _("{name} had no personal page link", name=name),
            ),
        )

    def action_revoke_feed(self) -> None:
        self._revoke_link(
            self.ctx.service.revoke_feed,
            lambda name: (
                _("Revoke the calendar link of {name}?", name=name),
                _("Their calendar stops updating; a new link can be made with f."),
                _("The calendar link of {name} no longer works", name=name),
                _("{name} had no calendar link", name=name),
            ),
        )

    # Calendar links and page links are given out and revoked the same way: one path for both,
    # so a fix to one (the question asked, the reload after) cannot miss the other.
    def _show_link(
        self, issue: Callable[[str], Any], mail: Callable[[Person], LinkMail] | None = None
    ) -> None:
        person = self.chosen_person()
        if person is None:
            self.notify(_("Choose a person first"), severity="warning")
            return
        try:
            link = self.ctx.call(issue, person.id)
        except PlannerError as exc:
            self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
            return
        shown = FeedLinkScreen(link, mail(person) if mail is not None else None)
        self.app.push_screen(shown, lambda _closed: self.reload())

    def _revoke_link(
        self,
        revoke: Callable[[str], bool],
        words: Callable[[str], tuple[str, str, str, str]],
    ) -> None:
        """`words(name)`: the question, what revoking does, and the notes for a link revoked
        and for none to revoke."""
        person = self.chosen_person()
        if person is None:
            self.notify(_("Choose a person first"), severity="warning")
            return
        question, details, gone, none = words(person.name)

        def answered(go: bool | None) -> None:
            if not go:
                return
            try:
                revoked = self.ctx.call(revoke, person.id)
            except PlannerError as exc:
                self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
                return
            self.notify(gone if revoked else none)
            self.reload()

        self.app.push_screen(ConfirmScreen(question, _("Revoke"), (details,)), answered)
