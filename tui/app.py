"""The coordinator's app: the screens, the global keys and the solver worker. Nothing else."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import AsyncGenerator, Iterable
from contextlib import asynccontextmanager
from datetime import date
from functools import partial
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.events import Resize
from textual.pilot import Pilot
from textual.screen import Screen

from planner.dates import monday_of
from planner.domain import DEFAULT_LANGUAGE, Period
from planner.errors import ChangedMeanwhile, PlannerError, Stopped
from planner.i18n.format import integer, local, use_time
from planner.i18n.language import ENVIRONMENT, N_, _, language_code, ngettext, use_language
from planner.service import Service
from tui.bindings import translate_bindings
from tui.context import Context
from tui.keys_panel import KeysPanel
from tui.labels import status_text
from tui.messages import (
    DataChanged,
    PlanFailed,
    PlanFinished,
    PlanProgress,
    PlanRequested,
    StopRequested,
    WeekChosen,
)
from tui.palette import Palette
from tui.screens.changed import ChangedScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.log import LogScreen
from tui.screens.managers import ManagersScreen
from tui.screens.people import PeopleScreen
from tui.screens.requests import RequestsScreen
from tui.screens.week import WeekScreen

DEFAULT_TIME_LIMIT_S = 20.0
TITLE_ROOM = 30  # cells the title bar needs besides the title: its icon, ' — ' and a screen
TICK_S = 0.25  # how often the progress bar moves while the solver is quiet


# The groups of binding ids (tui/screens/*, this app) listed in the command palette.
OWN_BINDING_GROUPS = frozenset({"app", "week", "people", "shift", "managers", "log"})
# Textual's system commands by their English title -> (title, help), worded in the catalogue.
SYSTEM_COMMAND_LABELS: dict[str, tuple[str, str]] = {
    "Theme": (N_("Theme"), N_("Choose the app's colours")),
    "Keys": (N_("Keys"), N_("Show the keys of this screen in a panel")),
    "Maximize": (N_("Maximize"), N_("Show the focused part full screen")),
    "Minimize": (N_("Minimize"), N_("Put the full-screen part back")),
    "Screenshot": (N_("Screenshot"), N_("Save a screenshot (SVG) of this screen")),
}
HIDE_KEYS = N_("Hide the panel with keys")


def lower_thread_priority(niceness: int = 10) -> None:
    """Let the solver yield the CPU to the screen. CP-SAT keeps every core busy; its worker
    threads are created by this thread and inherit its niceness (Linux), so the app's own
    thread wins whenever a key is pressed. Elsewhere this does nothing."""
    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
        except OSError:
            pass


class RosterApp(App):
    BINDINGS = [
        Binding(
            "ctrl+q",
            "quit",
            N_("Quit"),
            key_display="^q",
            id="app.quit",
            priority=True,
            tooltip=N_("Close the app (a running planning is stopped first)"),
        ),
        Binding("1", "show_week", N_("Week"), id="app.week", tooltip=N_("The week: shifts by day")),
        Binding(
            "2",
            "show_people",
            N_("People"),
            id="app.people",
            tooltip=N_("Professionals and volunteers, their load and absences"),
        ),
        Binding(
            "3",
            "show_managers",
            N_("Managers"),
            id="app.managers",
            tooltip=N_("Figures for managers"),
        ),
        Binding("4", "show_log", N_("Log"), id="app.log", tooltip=N_("Who changed what, and when")),
        Binding(
            "5",
            "show_requests",
            N_("Requests"),
            id="app.requests",
            tooltip=N_("What people asked on their personal page, and alerts"),
        ),
        # Textual's own, declared here so that its words are the catalogue's (an id outside
        # the palette's groups: the palette does not list itself).
        Binding(
            "ctrl+p",
            "command_palette",
            N_("palette"),
            show=False,
            priority=True,
            id="palette.open",
            tooltip=N_("Open the command palette"),
        ),
    ]

    def __init__(self, ctx: Context, monday: date) -> None:
        super().__init__()
        self.ctx = ctx
        self.monday = monday_of(monday)
        with use_language(ctx.language):  # made before the app runs in its language
            translate_bindings(self)
            self.week_screen = WeekScreen(ctx, self.monday)
        self.people_screen: PeopleScreen | None = None
        self.managers_screen: ManagersScreen | None = None
        self.add_mode("week", lambda: self.week_screen)
        self.add_mode("people", self._make_people)
        self.add_mode("managers", self._make_managers)
        self.add_mode("log", lambda: LogScreen(self.ctx))
        self.add_mode("requests", lambda: RequestsScreen(self.ctx))
        self._alerted: set[int] = set()  # the requests and alerts already announced
        self.solving_period: Period | None = None
        self._stop: threading.Event | None = None
        self._title_parts: tuple[str, ...] = ()
        self._quitting = False  # a stopped search asks nothing then: the draft stays
        self._started_at = 0.0

    # -- the language: everything the app runs (its tasks, its screens) speaks the coordinator's
    async def run_async(self, *args: Any, **kwargs: Any) -> Any:
        with use_language(self.ctx.language):
            return await super().run_async(*args, **kwargs)

    @asynccontextmanager
    async def run_test(self, *args: Any, **kwargs: Any) -> AsyncGenerator[Pilot[Any], None]:
        with use_language(self.ctx.language):
            async with super().run_test(*args, **kwargs) as pilot:
                yield pilot

    def on_mount(self) -> None:
        try:
            # Whose changes these are: every change is recorded under this name.
            self._title_parts = (_("Roster planner"), self.ctx.organisation.name, self.ctx.actor)
        except PlannerError as exc:
            self._title_parts = (_("Roster planner"),)
            self.notify(self.ctx.error(exc), severity="error", timeout=30)
        self._fit_title(self.size.width)
        self.switch_mode("week")
        self.announce_requests()
        # The pages are served by another process: look for new requests now and then.
        self.set_interval(30, self.announce_requests)

    def on_resize(self, event: Resize) -> None:
        self._fit_title(event.size.width)

    def _fit_title(self, width: int) -> None:
        """The app's name goes first when the title bar is narrow, so that the coordinator's
        name and the screen's ('— Mensen') stay in sight."""
        parts = self._title_parts
        full = " · ".join(parts)
        if len(parts) > 1 and len(full) + TITLE_ROOM > width:
            full = " · ".join(parts[1:])
        self.title = full

    # -- screens -------------------------------------------------------------------------
    def _make_people(self) -> Screen:
        self.people_screen = PeopleScreen(self.ctx, self.monday)
        return self.people_screen

    def _make_managers(self) -> Screen:
        self.managers_screen = ManagersScreen(self.ctx, self.monday)
        return self.managers_screen

    def action_show_week(self) -> None:
        self._show("week")

    def action_show_people(self) -> None:
        self._show("people")

    def action_show_managers(self) -> None:
        self._show("managers")

    def action_show_log(self) -> None:
        self._show("log")

    def action_show_requests(self) -> None:
        self._show("requests")
        # The coordinator is where the banners point: left on screen, they would cover the
        # chosen request's repair at the foot of the screen.
        self.clear_notifications()

    def announce_requests(self) -> None:
        """A banner for each request or alert from the personal pages not yet announced:
        a shift left unstaffed by a cancellation stays on screen until dismissed."""
        try:
            found = self.ctx.service.requests()
        except PlannerError:
            return
        new = [r for r in found if r.id not in self._alerted]
        self._alerted.update(r.id for r in found)
        if not new or self.current_mode == "requests":  # the list shows them already
            return
        unstaffed = sum(1 for r in new if r.kind == "unstaffed")
        text = ngettext(
            "{n} new request or alert from the personal pages: key 5",
            "{n} new requests or alerts from the personal pages: key 5",
            len(new),
        )
        if unstaffed:
            text += " · " + ngettext(
                "{n} shift left unstaffed by a cancellation",
                "{n} shifts left unstaffed by a cancellation",
                unstaffed,
            )
        self.notify(
            text, severity="error" if unstaffed else "warning", timeout=3600 if unstaffed else 20
        )

    def _show(self, mode: str) -> None:
        """A number key shows that screen itself: a screen opened on top of it (a person's
        log on the people, a shift on the week) closes, else `2` from a person's log would
        leave the coordinator where they are."""
        self.switch_mode(mode)
        while len(self.screen_stack) > 1 and not self.screen.is_modal:
            self.pop_screen()

    def on_week_chosen(self, message: WeekChosen) -> None:
        """One screen moved to another week: the others follow (attributes down)."""
        self.monday = message.monday
        self.week_screen.monday = message.monday
        if self.people_screen is not None:
            self.people_screen.monday = message.monday
        if self.managers_screen is not None:
            self.managers_screen.show_week(message.monday)

    def on_data_changed(self, message: DataChanged) -> None:
        # The week and people screens reload when shown again; the managers' screen is told.
        if not message.forwarded and self.managers_screen is not None:
            self.managers_screen.post_message(DataChanged(forwarded=True))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette())

    def action_show_help_panel(self) -> None:
        """The keys panel, in the coordinator's language (Textual's own speaks English)."""
        if not self.screen.query("HelpPanel"):
            self.screen.mount(KeysPanel())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette: every action of the app and of the current screen, in the
        coordinator's language, then Textual's own commands, translated.

        Only bindings declared here (an id such as 'week.plan') are listed: the widgets'
        cursor keys and Textual's focus and copy keys are keys, not commands, and have no
        translation."""
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            own = (binding.id or "").partition(".")[0] in OWN_BINDING_GROUPS
            if not own or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            run = partial(self.call_later, self.run_action, binding.action, active.node)
            yield SystemCommand(binding.description, binding.tooltip, run)
        help_shown = bool(screen.query("HelpPanel"))
        for command in super().get_system_commands(screen):
            keys = SYSTEM_COMMAND_LABELS.get(command.title)
            if keys is None:
                continue  # 'Quit' is ours already (ctrl+q); anything new stays out until translated
            title, help_text = keys
            if command.title == "Keys" and help_shown:
                help_text = HIDE_KEYS
            yield command._replace(title=_(title), help=_(help_text))

    # -- the solver ----------------------------------------------------------------------
    @property
    def solving(self) -> bool:
        return self._stop is not None

    def on_plan_requested(self, message: PlanRequested) -> None:
        self.start_planning(message.period, show_week=message.show_week)

    def on_stop_requested(self, _message: StopRequested) -> None:
        self.cancel_planning()

    def start_planning(self, period: Period, *, show_week: bool = False) -> None:
        if self.solving:
            self.notify(_("A planning is already running"), severity="warning")
            return
        if show_week:
            self.switch_mode("week")
        if self.week_screen.monday != period.start:
            self.post_message(WeekChosen(period.start))
        self._stop = threading.Event()
        self.solving_period = period
        self._started_at = time.monotonic()
        self.week_screen.solving = True
        self._ticker = self.set_interval(TICK_S, self._tick)
        self._solve(period, self._stop)

    def cancel_planning(self) -> None:
        if self._stop is None:
            self.notify(_("No planning is running"), severity="warning")
            return
        self._stop.set()
        self.notify(_("Stopping… then you choose what is kept"))

    async def action_quit(self) -> None:
        # A thread cannot be killed: ask the solver to stop so quitting does not wait for it.
        self._quitting = True
        if self._stop is not None:
            self._stop.set()
        await super().action_quit()

    def _keep_stopped(self, cost: float) -> bool:
        """Called from the solver's thread when a stop ended the search: asks the coordinator
        whether the best roster so far replaces the saved draft, as Ctrl-C on `roster plan`
        asks, and waits for the answer. The default (Cancel has the focus) and quitting keep
        the draft saved before."""
        if self._quitting:
            return False
        answered = threading.Event()
        answer: list[bool] = []

        def done(keep: bool | None) -> None:
            answer.append(bool(keep))
            answered.set()

        def ask() -> None:
            question = _(
                "Stopped. Save the best roster found so far (cost {cost}, not proven best) "
                "in place of the saved draft?",
                cost=integer(round(cost)),
            )
            self.push_screen(
                ConfirmScreen(
                    question,
                    _("Keep the best roster so far"),
                    stay=_("Keep the previous draft"),
                ),
                done,
            )

        self.call_from_thread(ask)
        while not answered.wait(0.1):
            if self._quitting:
                return False
        return answer[0]

    def _tick(self) -> None:
        self.week_screen.tick(time.monotonic() - self._started_at)

    @work(thread=True, exclusive=True, group="solver", exit_on_error=False)
    def _solve(self, period: Period, stop: threading.Event) -> None:
        def report(progress) -> None:
            self.post_message(PlanProgress(period, progress))

        lower_thread_priority()
        try:
            outcome = self.ctx.service.plan_period(
                period,
                time_limit=self.ctx.time_limit_s,
                on_progress=report,
                stop=stop,
                keep_stopped=self._keep_stopped,
            )
        except Stopped as exc:  # the coordinator kept the draft saved before
            self.post_message(PlanFailed(period, self.ctx.error(exc), stopped=True))
            return
        except PlannerError as exc:
            changed = isinstance(exc, ChangedMeanwhile)
            self.post_message(PlanFailed(period, self.ctx.error(exc), changed=changed))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the coordinator, never a traceback
            self.post_message(PlanFailed(period, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(PlanFinished(period, outcome))

    def _solver_done(self) -> None:
        self._stop = None
        self.solving_period = None
        self._ticker.stop()
        self.week_screen.solving = False

    def on_plan_progress(self, message: PlanProgress) -> None:
        self.week_screen.progress = message.progress

    def on_plan_finished(self, message: PlanFinished) -> None:
        self._solver_done()
        outcome = message.outcome
        self.week_screen.outcome = outcome
        self.post_message(DataChanged())
        if outcome.nothing_to_repair:
            self.notify(_("Nothing to re-plan: every shift of the week's draft still holds."))
            return
        unstaffed = len(outcome.roster.unstaffed)
        text = _("Planned: {status}", status=status_text(outcome.status))
        if outcome.status == "cancelled":  # stopped: say what replaced the draft
            text = _(
                "Stopped: the best roster found so far is saved as the week's draft, in place "
                "of the draft before (not proven best; press p to plan again)"
            )
        if unstaffed:
            text += " · ✗ " + ngettext("{n} unstaffed", "{n} unstaffed", unstaffed)
        self.notify(text, severity="warning" if unstaffed else "information")

    def on_plan_failed(self, message: PlanFailed) -> None:
        self._solver_done()
        if message.changed:  # another coordinator changed the week while the solver ran
            self.push_screen(ChangedScreen(message.error), self._reload_week)
            return
        if message.stopped:
            self.notify(message.error)
            return
        self.notify(
            _("Planning failed: {error}", error=message.error), severity="error", timeout=15
        )

    def _reload_week(self, _: None = None) -> None:
        self.week_screen.reload()
        self.post_message(DataChanged())


def make_app(
    service: Service,
    *,
    week: date,
    today: date | None = None,
    lang: str | None = None,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
) -> RosterApp:
    """Build the app for `roster tui`, `roster demo` and the tests.

    `service`: the use cases (a test may hand in a subclass that plans without the solver).
    `week`: any day of the week to open on. `today`: what "this week" means (tests fix it).
    `lang`: a language code (planner.i18n.language.languages()); None: ROSTER_LANG, else the
    organisation's.
    """
    show_times_as_organisation(service)
    ctx = Context(
        service=service,
        language=choose_language(service, lang),
        time_limit_s=time_limit_s,
        today=today or local(service.now()).date(),
    )
    return RosterApp(ctx, week)


def show_times_as_organisation(service: Service) -> None:
    """Times in the organisation's zone, dates without the year it is by the service's clock."""
    try:
        use_time(service.organisation().timezone, service.now())
    except PlannerError:
        return  # no organisation yet: the defaults (Europe/Brussels, the clock's year)


def choose_language(service: Service, chosen: str | None) -> str:
    """The coordinator's language: the one chosen for this run, else ROSTER_LANG, else the
    organisation's (the default language while none is loaded)."""
    env = os.environ.get(ENVIRONMENT, "").strip()
    if chosen:
        return language_code(chosen, "--lang")
    if env:
        return language_code(env, ENVIRONMENT)
    try:
        return service.organisation().language
    except PlannerError:
        return DEFAULT_LANGUAGE
