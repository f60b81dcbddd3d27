"""The week view: shifts by day, planning with live progress, unstaffed shifts, publishing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from planner.dates import monday_of
from planner.domain import Period, RosterState
from planner.errors import PlannerError
from planner.i18n.explanations import change_text
from planner.i18n.reasons import cost_text
from planner.service import PlanOutcome, Progress
from tui.bindings import translate_bindings
from tui.context import Context
from tui.messages import DataChanged, PlanRequested, StopRequested
from tui.screens.changed import changed_meanwhile
from tui.screens.confirm import ConfirmScreen
from tui.screens.goto_date import GotoDateScreen
from tui.screens.shift import ShiftScreen
from tui.screens.week_steps import WeekSteps
from tui.week_model import LEGEND_KEYS, SYMBOLS, ShiftState, WeekView, build_week
from tui.widgets.plan_panel import PlanPanel
from tui.widgets.results_panel import Results, ResultsPanel
from tui.widgets.week_grid import WeekGrid


def state_text(view: WeekView, t) -> str:
    """'nog niet gepland', 'ontwerp', 'ontwerp · laatst gepubliceerd op …' or
    'gepubliceerd op …' (said once)."""
    if view.state is None:
        return t("state_none")
    when = t.moment(view.published_at) if view.published_at is not None else None
    if when and view.published_by:  # who published it: a shared database has several
        when = t("when_by", when=when, who=view.published_by)
    if view.state is RosterState.PUBLISHED:
        return t("published_at", when=when) if when else t("state_published")
    text = t("state_draft")
    return f"{text} · {t('last_published_at', when=when)}" if when else text


def shift_label(view, t) -> str:
    shift = view.shift
    return f"{shift.activity.name} {t.day(shift.local_date)} {shift.start:%H:%M}"


class WeekScreen(WeekSteps, Screen):
    CSS_PATH = "week.tcss"
    # Descriptions and tooltips are label keys (tui/i18n.py), translated per instance.
    BINDINGS = [
        Binding("left_square_bracket", "prev_week", "prev_week", key_display="[", id="week.prev", tooltip="tip_prev_week"),
        Binding("right_square_bracket", "next_week", "next_week", key_display="]", id="week.next", tooltip="tip_next_week"),
        Binding("pageup", "prev_week", show=False),
        Binding("pagedown", "next_week", show=False),
        Binding("t", "this_week", "this_week", id="week.this", tooltip="tip_this_week"),
        Binding("g", "goto_date", "goto_date", id="week.goto", tooltip="tip_goto_date"),
        Binding("o", "open_shift", "open_shift", id="week.open", tooltip="tip_open_shift"),
        Binding("p", "plan", "plan", id="week.plan", tooltip="tip_plan"),
        Binding("escape", "cancel_plan", "cancel_plan", key_display="esc", id="week.cancel", tooltip="tip_cancel_plan"),
        Binding("r", "toggle_results", "results", id="week.results", tooltip="tip_results"),
        Binding("P", "publish", "publish", key_display="P", id="week.publish", tooltip="tip_publish"),
    ]  # fmt: skip

    monday: reactive[date] = reactive(date(2000, 1, 3), init=False)
    solving: reactive[bool] = reactive(False, init=False)
    progress: reactive[Progress | None] = reactive(None, init=False, always_update=True)
    outcome: reactive[PlanOutcome | None] = reactive(None, init=False, always_update=True)

    def __init__(self, ctx: Context, monday: date) -> None:
        t = ctx.t
        super().__init__(name="week")
        self.ctx = ctx
        self.set_reactive(WeekScreen.monday, monday_of(monday))
        self.view: WeekView | None = None
        self.sub_title = t("week")
        translate_bindings(self, t)

    @property
    def period(self) -> Period:
        return Period(self.monday, 1)

    def compose(self) -> ComposeResult:
        t = self.ctx.t
        yield Header()
        yield Static(id="week-title")
        legend = "  ".join(f"{SYMBOLS[s]} {t(LEGEND_KEYS[s])}" for s in ShiftState)
        yield Static(legend + "   (* = " + t("pinned") + ")", id="legend")
        yield WeekGrid(t, id="grid")
        yield PlanPanel(t, self.ctx.time_limit_s, id="plan-panel")
        yield ResultsPanel(id="results")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(WeekGrid).focus()

    def on_screen_resume(self) -> None:
        if self.view is not None:
            self.reload()

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        t = self.ctx.t
        try:
            self.view = self.ctx.call(
                build_week,
                self.ctx.service,
                self.monday,
                t,
                self.ctx.organisation,
                self.ctx.shifts(self.period),
                self.ctx.people,
            )
        except PlannerError as exc:
            self.notify(str(exc), severity="error")
            return
        view = self.view
        state = state_text(view, t)
        sunday = view.monday + timedelta(days=6)
        counts = "  ".join(
            f"{SYMBOLS[s]} {view.count(s)}"
            for s in (ShiftState.STAFFED, ShiftState.SHORT, ShiftState.UNSTAFFED)
        )
        title = t("week_number", number=view.monday.isocalendar().week)
        self.query_one("#week-title", Static).update(
            Text(f"{title}: {t.day(view.monday)} – {t.day_year(sunday)}  ·  {state}  ·  {counts}")
        )
        self.set_class(view.count(ShiftState.UNSTAFFED) > 0, "-unstaffed")
        grid = self.query_one(WeekGrid)
        grid.show(view)
        if not view.shifts:
            self.notify(t("no_shifts"))
        self.query_one(ResultsPanel).show(self.results())

    def results(self) -> Results:
        t = self.ctx.t
        view = self.view
        assert view is not None
        status = ""
        costs: tuple[str, ...] = ()
        outcome = self.outcome
        if outcome is not None and outcome.roster.period.start == view.monday:
            status = t("plan_done", status=t(f"status_{outcome.status}"))
            status += f"  ({t('objective')} {outcome.objective:,.0f}, {outcome.elapsed:.1f} s)"
            words = self.ctx.words
            costs = tuple(
                f"{c.rule}: {c.cost:,}"
                + (f" — {cost_text(c.reasons[0], words)}" if c.reasons else "")
                for c in outcome.costs
                if c.cost
            )
        unstaffed = tuple(
            (shift_label(s, t), s.reason) for s in view.shifts if s.state is ShiftState.UNSTAFFED
        )
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
            changes=changes,
            costs=costs,
            published_before=published_before,
            hint={
                None: "",
                RosterState.DRAFT: t("publish_hint"),
                RosterState.PUBLISHED: t("published_hint"),
            }[view.state],
            titles={
                "unstaffed": t("unstaffed_title"),
                "none_unstaffed": t("none_unstaffed"),
                "changes": t("changes_title"),
                "no_changes": t("no_changes"),
                "never_published": t("never_published"),
                "costs": t("costs_title"),
            },
        )

    def watch_monday(self, monday: date) -> None:
        self.reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Stopping only makes sense while solving; hidden from the footer otherwise.
        if action == "cancel_plan":
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

        self.app.push_screen(GotoDateScreen(self.ctx.t, self.monday), chosen)

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

    def action_cancel_plan(self) -> None:
        self.post_message(StopRequested())

    def action_toggle_results(self) -> None:
        self.toggle_class("-show-results")

    def action_publish(self) -> None:
        """Publish the week; first ask when shifts are unstaffed (a fully staffed week is one
        key)."""
        t = self.ctx.t
        if self.solving:
            self.notify(t("already_planning"), severity="warning")
            return
        view = self.view
        if view is None or view.state is None:
            self.notify(t("nothing_to_publish"), severity="warning")
            return
        unstaffed = [s for s in view.shifts if s.state is ShiftState.UNSTAFFED]
        if not unstaffed:
            self.publish()
            return
        n = len(unstaffed)
        question = t("publish_unstaffed_one") if n == 1 else t("publish_unstaffed_many", n=n)
        details = tuple(f"{SYMBOLS[ShiftState.UNSTAFFED]} {shift_label(s, t)}" for s in unstaffed)

        def answered(go: bool | None) -> None:
            if go:
                self.publish()
            else:
                self.notify(t("publish_cancelled"))

        self.app.push_screen(ConfirmScreen(t, question, t("publish_anyway"), details), answered)

    def publish(self) -> None:
        """Publish what the coordinator saw: if another coordinator changed the week since it
        was shown, nothing is published and the week reloads."""
        t = self.ctx.t
        seen = self.view.seen if self.view is not None else None
        try:
            self.ctx.call(
                self.ctx.service.publish_period,
                self.period,
                datetime.now().astimezone(),
                seen=seen,
            )
        except PlannerError as exc:
            if not changed_meanwhile(self, self.ctx.t, exc, self.ctx.error(exc), self._changed):
                self.notify(t("error", error=self.ctx.error(exc)), severity="error")
            return
        self.notify(t("published"))
        self._changed()

    def _changed(self) -> None:
        self.post_message(DataChanged())
        self.reload()
