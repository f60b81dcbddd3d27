"""The week view: shifts by day, planning with live progress, unstaffed shifts, publishing."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from planner.dates import monday_of
from planner.domain import Period, RosterState
from planner.errors import PlannerError
from planner.i18n.explanations import change_text
from planner.i18n.format import day_year, integer, number, short_date, short_datetime
from planner.i18n.language import N_, _, ngettext, pgettext
from planner.i18n.names import rule_name
from planner.i18n.reasons import cost_text, sentence
from planner.i18n.soft_reasons import never_fit_text
from planner.service import PlanOutcome, Progress, Unpublishable
from tui.bindings import WEEKS, translate_bindings
from tui.context import Context
from tui.labels import status_text
from tui.messages import DataChanged, PlanRequested, StopRequested
from tui.screens.changed import changed_meanwhile
from tui.screens.confirm import ConfirmScreen
from tui.screens.goto_date import GotoDateScreen
from tui.screens.notices import NoticesScreen
from tui.screens.shift import ShiftScreen
from tui.screens.week_steps import WeekSteps
from tui.week_model import (
    STARTED_SYMBOL,
    SYMBOLS,
    ShiftState,
    WeekView,
    broken_sentence,
    build_week,
    state_name,
)
from tui.widgets.figures import Figures
from tui.widgets.keys_footer import KeysFooter
from tui.widgets.plan_panel import PlanPanel
from tui.widgets.results_panel import Results, ResultsPanel
from tui.widgets.week_grid import WeekGrid


def state_text(view: WeekView) -> str:
    """'nog niet gepland', 'ontwerp', 'ontwerp · laatst gepubliceerd op …' or
    'gepubliceerd op …' (said once)."""
    if view.state is None:
        return _("not planned yet")
    when = short_datetime(view.published_at) if view.published_at is not None else None
    if when and view.published_by:  # who published it: a shared database has several
        when = _("{when} by {who}", when=when, who=view.published_by)
    if view.state is RosterState.PUBLISHED:
        return _("published on {when}", when=when) if when else _("published")
    text = _("draft")
    return text + " · " + _("last published on {when}", when=when) if when else text


def shift_label(view) -> str:
    shift = view.shift
    return f"{shift.activity.name} {short_datetime(shift.start)}"


class WeekScreen(WeekSteps, Screen):
    CSS_PATH = "week.tcss"
    # Descriptions and tooltips are English, marked for the catalogue, worded per instance.
    # The footer shows them in this order and cuts the last on a narrow terminal: planning
    # and publishing first.
    BINDINGS = [
        Binding("p", "plan", N_("Plan"), id="week.plan", tooltip=N_("Plan the shown week (the solver runs in the background)")),
        Binding("P", "publish", N_("Publish"), key_display="P", id="week.publish", tooltip=N_("Make this week's draft the published roster")),
        Binding("n", "notify_people", N_("Notify"), id="week.notify", tooltip=N_("Mail the people whose published shifts changed; list who to phone")),
        Binding("o", "open_shift", N_("Open shift"), id="week.open", tooltip=N_("Who is on this shift, who else could be")),
        Binding("escape", "cancel_plan", N_("Stop planning"), key_display="esc", id="week.cancel", tooltip=N_("Stop the solver, then choose: the best roster so far or the previous draft")),
        Binding("r", "toggle_results", N_("Results"), id="week.results", tooltip=N_("Show or hide unstaffed shifts and changes")),
        Binding("left_square_bracket", "prev_week", N_("Previous week"), key_display="[", group=WEEKS, id="week.prev", tooltip=N_("Show the week before")),
        Binding("right_square_bracket", "next_week", N_("Next week"), key_display="]", group=WEEKS, id="week.next", tooltip=N_("Show the week after")),
        Binding("t", "this_week", N_("This week"), id="week.this", tooltip=N_("Show the current week")),
        Binding("g", "goto_date", N_("Go to date"), id="week.goto", tooltip=N_("Jump to the week of a date")),
        Binding("p", "plan_again", show=False),  # while planning: see check_action
        # Before the grid's own page keys (priority): the docs promise them for the weeks.
        Binding("pageup", "prev_week", N_("Previous week"), show=False, priority=True),
        Binding("pagedown", "next_week", N_("Next week"), show=False, priority=True),
    ]  # fmt: skip

    monday: reactive[date] = reactive(date(2000, 1, 3), init=False)
    solving: reactive[bool] = reactive(False, init=False)
    progress: reactive[Progress | None] = reactive(None, init=False, always_update=True)
    outcome: reactive[PlanOutcome | None] = reactive(None, init=False, always_update=True)

    def __init__(self, ctx: Context, monday: date) -> None:
        super().__init__(name="week")
        self.ctx = ctx
        self.set_reactive(WeekScreen.monday, monday_of(monday))
        self.view: WeekView | None = None
        self.sub_title = _("Week")
        translate_bindings(self)

    @property
    def period(self) -> Period:
        return Period(self.monday, 1)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="week-title")
        # A narrow terminal breaks the legend between its items, never inside one.
        # Not recorded looks as the grid shows it, '·◷': its '·' alone is 'not planned'.
        legend = [
            Text(
                f"{SYMBOLS[s]}{STARTED_SYMBOL if s is ShiftState.UNRECORDED else ''} {state_name(s)}"
            )
            for s in ShiftState
        ]
        legend.append(Text(f"{STARTED_SYMBOL} " + pgettext("shift", "started")))
        legend.append(Text("(* = " + _("pinned") + ")"))
        yield Figures(legend, gap=2, indent="", id="legend")
        yield Static(id="broken")
        yield WeekGrid(id="grid")
        yield PlanPanel(self.ctx.time_limit_s, id="plan-panel")
        yield ResultsPanel(id="results")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(WeekGrid).focus()

    def on_screen_resume(self) -> None:
        if self.view is not None:
            self.reload()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.view = self.ctx.call(
                build_week,
                self.ctx.service,
                self.monday,
                self.ctx.organisation,
                self.ctx.shifts(self.period),
                self.ctx.people,
            )
        except PlannerError as exc:
            self.notify(self.ctx.error(exc), severity="error")
            return
        view = self.view
        state = state_text(view)
        sunday = view.monday + timedelta(days=6)
        counts = "  ".join(
            f"{SYMBOLS[s]} {view.count(s)}"
            for s in (ShiftState.STAFFED, ShiftState.SHORT, ShiftState.UNSTAFFED)
        )
        title = _("Week {number}", number=view.monday.isocalendar().week)
        self.query_one("#week-title", Static).update(
            Text(
                f"{title}: {short_date(view.monday)} – {day_year(sunday)}  ·  {state}  ·  {counts}"
            )
        )
        self.set_class(view.count(ShiftState.UNSTAFFED) > 0, "-unstaffed")
        self.query_one("#broken", Static).update(broken_banner(view))
        self.set_class(bool(view.broken), "-broken")
        grid = self.query_one(WeekGrid)
        grid.show(view)
        if not view.shifts:
            self.notify(_("No shifts this week."))
        self.query_one(ResultsPanel).show(self.results())

    def results(self) -> Results:
        view = self.view
        assert view is not None
        status = ""
        costs: tuple[str, ...] = ()
        outcome = self.outcome
        if outcome is not None and outcome.roster.period.start == view.monday:
            status = _("Planned: {status}", status=status_text(outcome.status))
            status += "  " + _(
                "(objective {cost}, {seconds} s)",
                cost=integer(round(outcome.objective)),
                seconds=number(outcome.elapsed),
            )
            words = self.ctx.words
            costs = tuple(
                f"{rule_name(c.rule)}: {integer(c.cost)}"
                + (f" — {cost_text(c.reasons[0], words)}" if c.reasons else "")
                for c in outcome.costs
                if c.cost
            )
            if outcome.never_fit:
                costs += (never_fit_text(outcome.never_fit, words),)
        unstaffed = tuple(
            (shift_label(s), s.reason) for s in view.shifts if s.state is ShiftState.UNSTAFFED
        )
        unrecorded = tuple((shift_label(s), s.reason) for s in view.unrecorded)
        published_before = view.published_at is not None
        changes: tuple[str, ...] = ()
        if published_before:
            try:
                changes = tuple(
                    change_text(c, self.ctx.words)
                    for c in self.ctx.call(self.ctx.service.diff_against_published, self.period)
                )
            except PlannerError as exc:
                changes = (self.ctx.error(exc),)
        return Results(
            status=status,
            unstaffed=unstaffed,
            unrecorded=unrecorded,
            changes=changes,
            costs=costs,
            published_before=published_before,
            hint={
                None: "",
                RosterState.DRAFT: _("Press P to publish."),
                RosterState.PUBLISHED: _(
                    "Published. A change makes it a draft again; then press P again."
                ),
            }[view.state],
            titles={
                "unstaffed": _("Unstaffed shifts"),
                "unrecorded": _("Started before it was planned (history)"),
                "none_unstaffed": _("None: every shift has its professionals.")
                if view.state is not None
                else _("Not planned yet: press p to plan this week."),
                "changes": _("Changes against the published roster"),
                "no_changes": _("No changes."),
                "never_published": _("Never published: everything is new."),
                "costs": _("What the roster costs (soft rules)"),
            },
        )

    def watch_monday(self, monday: date) -> None:
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Stopping only makes sense while solving, planning only when not: while solving,
        # esc takes p's place in the footer, and p falls through to the hidden 'plan_again'
        # (the app says a planning is already running).
        if action == "cancel_plan":
            return self.solving
        if action == "plan":
            return not self.solving
        if action == "plan_again":
            return self.solving
        return True

    def watch_solving(self, solving: bool) -> None:
        self.set_class(solving, "-solving")
        self.refresh_bindings()
        if solving:
            self.query_one(PlanPanel).reset(self.ctx.time_limit_s)

    def watch_progress(self, progress: Progress | None) -> None:
        self.query_one(PlanPanel).progress = progress

    def watch_outcome(self, outcome: PlanOutcome | None) -> None:
        if outcome is None:
            return
        self.add_class("-show-results")
        self.reload()

    def tick(self, elapsed_s: float) -> None:
        """The app's clock while solving: the bar moves even between improving solutions."""
        self.query_one(PlanPanel).elapsed_s = elapsed_s

    # -- moving between weeks -----------------------------------------------------------------
    def action_this_week(self) -> None:
        self._go(self.ctx.today)

    def action_goto_date(self) -> None:
        def chosen(day: date | None) -> None:
            if day is not None:
                self._go(day)

        self.app.push_screen(GotoDateScreen(self.monday), chosen)

    # -- a shift -------------------------------------------------------------------------
    def action_open_shift(self) -> None:
        found = self.query_one(WeekGrid).shift_at_cursor()
        if found is not None:
            self.open_shift(found.shift.id)

    def on_week_grid_shift_chosen(self, message: WeekGrid.ShiftChosen) -> None:
        self.open_shift(message.shift_id)

    def open_shift(self, shift_id: str) -> None:
        assert self.view is not None
        found = self.view.shift(shift_id)
        if found is None:
            return
        self.app.push_screen(ShiftScreen(self.ctx, found.shift))

    # -- planning and publishing -----------------------------------------------------------
    def action_plan(self) -> None:
        self.post_message(PlanRequested(self.period))

    def action_plan_again(self) -> None:
        self.post_message(PlanRequested(self.period))  # refused by the app, which says why

    def action_cancel_plan(self) -> None:
        self.post_message(StopRequested())

    def action_toggle_results(self) -> None:
        self.toggle_class("-show-results")

    def action_publish(self) -> None:
        """Publish the week; first ask when shifts still to come are unstaffed (a fully
        staffed week is one key; what has started is history, nothing to ask about)."""
        if self.solving:
            self.notify(_("A planning is already running"), severity="warning")
            return
        view = self.view
        if view is None or view.state is None:
            self.notify(_("Nothing to publish: this week is not planned yet"), severity="warning")
            return
        unstaffed = view.unstaffed_to_come
        if not unstaffed:
            self.publish()
            return
        question = ngettext(
            "{n} shift unstaffed — publish anyway?",
            "{n} shifts unstaffed — publish anyway?",
            len(unstaffed),
        )
        details = tuple(f"{SYMBOLS[ShiftState.UNSTAFFED]} {shift_label(s)}" for s in unstaffed)

        def answered(go: bool | None) -> None:
            if go:
                self.publish()
            else:
                self.notify(_("Not published"))

        self.app.push_screen(ConfirmScreen(question, _("Publish anyway"), details), answered)

    def action_notify_people(self) -> None:
        self.app.push_screen(NoticesScreen(self.ctx))

    def publish(self) -> None:
        """Publish what the coordinator saw: if another coordinator changed the week since it
        was shown, nothing is published and the week reloads."""
        seen = self.view.seen if self.view is not None else None
        try:
            self.ctx.call(
                self.ctx.service.publish_period,
                self.period,
                self.ctx.service.now(),
                seen=seen,
            )
        except Unpublishable as refused:
            self.refused(refused)
            return
        except PlannerError as exc:
            if not changed_meanwhile(self, exc, self.ctx.error(exc), self._changed):
                self.notify(_("Error: {error}", error=self.ctx.error(exc)), severity="error")
            return
        self.notify(_("Week published. Press n to tell the people whose shifts changed."))
        self._changed()

    def refused(self, refused: Unpublishable) -> None:
        """The draft breaks a hard rule: nothing was published. Say which shifts and why, as
        `roster publish` does, and offer the re-plan of those weeks (a key, or the button)."""
        holding = refused.holding
        weeks = holding.replan
        assert weeks is not None
        words = self.ctx.words
        question = ngettext(
            "Nothing was published: {n} shift of the draft breaks a hard rule:",
            "Nothing was published: {n} shifts of the draft break a hard rule:",
            len(holding.broken),
        )
        details = tuple(
            f"{SYMBOLS[ShiftState.UNSTAFFED]} {words.shift(b.shift_id)}: "
            + "; ".join(dict.fromkeys(sentence(r, words) for r in b.reasons))
            for b in holding.broken
        )

        def answered(replan: bool | None) -> None:
            if replan:
                self.post_message(PlanRequested(weeks))
            else:
                self.notify(_("Not published"))
            self.reload()

        self.app.push_screen(
            ConfirmScreen(question, _("Re-plan those weeks"), details, stay=_("Close")),
            answered,
        )

    def _changed(self) -> None:
        self.post_message(DataChanged())
        self.reload()


def broken_banner(view: WeekView) -> str:
    """'! 1 gepubliceerde dienst klopt niet meer: Inloop wo 2 dec 13:30 (Rita De Meyer ziek).
    p plant deze week opnieuw.'"""
    broken = view.broken
    if not broken:
        return ""
    return broken_sentence(
        len(broken), shift_label(broken[0]), broken[0].broken, draft=view.draft_only
    )
