"""`roster plan` and `roster publish`."""

from __future__ import annotations

import contextvars
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from types import FrameType

import click

from cli import clock
from cli.ask import confirm
from cli.context import AppContext, pass_app
from cli.holding import fail_option, refuse, tell
from cli.options import SEED, TimeLimit, period_options
from planner.dates import local_start_of
from planner.domain import Period
from planner.i18n.explanations import change_text, started_unplanned_lines, unstaffed_sentence
from planner.i18n.format import integer, number, percent, short_date, span_text
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import rule_name
from planner.i18n.reasons import cost_text
from planner.i18n.soft_reasons import never_fit_text
from planner.i18n.words import Words
from planner.limits import MAX_PLAN_WEEKS
from planner.rule_id import RuleId
from planner.service import PlanOutcome, Progress, Unpublishable
from planner.solver.search import SolveStatus

# Without a terminal (logs, CI) one line per improvement, but no more often than this.
LINE_INTERVAL_S = 1.0
# A line at least this often while the plan runs, better roster or not (issue: every 2 s);
# checked every tick, so a line is at most HEARTBEAT_S late plus one tick. 1.5 s left too
# little for a busy machine, where a thread may wait half a second for its turn
# (bench/time_limit.py: 2.75 s once).
HEARTBEAT_S = 1.0
HEARTBEAT_TICK_S = 0.25


def _span(period: Period) -> str:
    return span_text(period.start, period.end - timedelta(days=1))


def _bound(objective: float, bound: float) -> str:
    """'3.278 (gap 1,0 %)'; no gap while the bound is still meaningless."""
    if bound != bound or bound <= 0:  # NaN, or not yet better than trivial
        return _("not known yet")
    gap = abs(objective - bound) / max(abs(objective), 1.0)
    return _("{bound} (gap {gap})", bound=integer(round(bound)), gap=percent(gap))


def _weeks(n: int) -> str:
    return ngettext("{n} week", "{n} weeks", n)


def _cost(value: float) -> str:
    return integer(round(value))


class ProgressLine:
    """Solver progress on stderr: one line rewritten in place on a terminal, else a line per
    improvement, coalesced so a fast solver cannot flood a log. While nothing better is found
    a heartbeat repeats the best so far with the time, at least every HEARTBEAT_S: a log
    shows the search is alive (and before the first roster, that it is preparing)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last_line = 0.0
        self.created = time.monotonic()
        self.pending: Progress | None = None
        self.best: Progress | None = None
        self.best_at = 0.0
        self.lock = threading.Lock()
        self.ended = threading.Event()
        self.beat: threading.Thread | None = None

    @staticmethod
    def text(p: Progress) -> str:
        return _(
            "solving: roster {solutions}, cost {cost}, bound {bound}, {seconds} s",
            solutions=p.solutions,
            cost=_cost(p.objective),
            bound=_bound(p.objective, p.bound),
            seconds=number(p.elapsed),
        )

    def start(self) -> ProgressLine:
        # In the run's context, so the heartbeat speaks the run's language.
        run = contextvars.copy_context().run
        self.beat = threading.Thread(target=run, args=(self._heartbeat,), daemon=True)
        self.beat.start()
        return self

    def __call__(self, p: Progress) -> None:
        with self.lock:
            now = time.monotonic()
            self.best, self.best_at = p, now
            if self.tty:
                self._write(self.text(p), now)
            elif now - self.last_line >= LINE_INTERVAL_S:
                self._write(self.text(p), now)
                self.pending = None
            else:
                self.pending = p

    def _heartbeat(self) -> None:
        while not self.ended.wait(HEARTBEAT_TICK_S):
            with self.lock:
                now = time.monotonic()
                quiet = now - max(self.last_line, self.created)
                if not self.tty and quiet < HEARTBEAT_S - HEARTBEAT_TICK_S:
                    continue
                if self.best is None:
                    line = _("preparing the search: {seconds} s", seconds=number(clock.elapsed()))
                else:  # the best so far, as it stands now
                    p = self.best
                    line = self.text(replace(p, elapsed=p.elapsed + now - self.best_at))
                self._write(line, now)
                self.pending = None

    def _write(self, line: str, now: float) -> None:
        if self.tty:
            self.stream.write("\r\033[K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self.last_line = now

    def close(self) -> None:
        self.ended.set()
        if self.beat is not None and self.beat.is_alive():
            self.beat.join()
        with self.lock:
            if self.tty:
                self.stream.write("\r\033[K")
            elif self.pending is not None:
                self.stream.write(self.text(self.pending) + "\n")
                self.pending = None
            self.stream.flush()


def not_planned(weeks: tuple[date, ...]) -> str:
    """ "Not planned yet, so left out: 2 weeks, from Mon 7 Dec, Mon 14 Dec." (at most a few
    named: a long period names its first and says how many more)."""
    shown = [short_date(week) for week in weeks[:MAX_WEEKS_NAMED]]
    if len(weeks) > MAX_WEEKS_NAMED:
        shown.append(_("and {n} more", n=len(weeks) - MAX_WEEKS_NAMED))
    return ngettext(
        "Not planned yet, so left out: {n} week, from {weeks}.",
        "Not planned yet, so left out: {n} weeks, from {weeks}.",
        len(weeks),
        weeks=", ".join(shown),
    )


MAX_WEEKS_NAMED = 5
# Kept back from --time-limit for what the clock of cli/clock.py cannot see or the search
# does not count: saving the roster, the diff and the summary (0.3 s for the demo), Python's
# own start (its tear-down is skipped: cli.main) and the search's last step
# (bench/time_limit.py).
AFTER_SEARCH_S = 1.2
MIN_PLAN_S = 0.5  # the least a plan is given, even when starting took all the time


def search_budget(time_limit_s: float) -> float:
    """The time the plan itself may take, so that the whole command ends within
    `time_limit_s` from its start (cli/clock.py)."""
    return max(time_limit_s - clock.elapsed() - AFTER_SEARCH_S, MIN_PLAN_S)


@contextmanager
def stopping_on_ctrl_c(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl-C stops the search (then the command says what it keeps); a second
    one interrupts at once, saving nothing."""

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def summary(outcome: PlanOutcome, period: Period, words: Words) -> list[str]:
    roster = outcome.roster
    staffed = len({a.shift_id for a in roster.assignments})
    total = staffed + len(roster.unstaffed)
    verdict = {
        SolveStatus.OPTIMAL: N_("proven best"),
        SolveStatus.FEASIBLE: N_("best found in the time limit"),
        SolveStatus.CANCELLED: N_("stopped early, best so far"),
    }.get(outcome.status, outcome.status.value)
    lines = [
        ngettext(
            "Planned {span} ({weeks}): {staffed} of {n} shift staffed.",
            "Planned {span} ({weeks}): {staffed} of {n} shifts staffed.",
            total,
            span=_span(period),
            weeks=_weeks(period.weeks),
            staffed=staffed,
        ),
        _(
            "Roster: {verdict} in {seconds} s (cost {cost}, bound {bound}).",
            verdict=_(verdict),
            seconds=number(outcome.elapsed),
            cost=_cost(outcome.objective),
            bound=_bound(outcome.objective, outcome.bound),
        ),
    ]
    if roster.unstaffed:
        lines.append(_("Unstaffed ({count}), with nobody on them:", count=len(roster.unstaffed)))
        lines += [
            f"  {unstaffed_sentence(sid, why, words)}"
            for sid, why in sorted(roster.unstaffed.items())
        ]
    lines += started_unplanned_lines(outcome.unrecorded, words)
    soft = [c for c in outcome.costs if c.rule is not RuleId.UNSTAFFED_SHIFT]
    if soft:
        lines.append(_("Cost per soft rule:"))
        width = max(len(rule_name(c.rule)) for c in soft) + 2
        for c in soft:
            example = ""
            if c.reasons:
                example = "  " + _("e.g. {example}", example=cost_text(c.reasons[0], words))
            lines.append(f"  {rule_name(c.rule):<{width}}{integer(c.cost):>8}{example}")
    if outcome.never_fit:
        lines.append(never_fit_text(outcome.never_fit, words))
    if outcome.diff:
        lines.append(_("Changes against the published roster ({count}):", count=len(outcome.diff)))
        lines += [f"  {change_text(c, words)}" for c in outcome.diff]
    return lines


def register(cli: click.Group) -> None:
    @cli.command("plan")
    @period_options(4, N_("Number of weeks to plan."), most=MAX_PLAN_WEEKS)
    @click.option(
        "--time-limit",
        "time_limit_s",
        type=TimeLimit(),
        default=20.0,
        show_default=True,
        metavar="SECONDS",
        help="Longest time the whole command may take, the search included.",
    )
    @click.option(
        "--seed", type=SEED, default=0, show_default=True, help="Same input and seed: same roster."
    )
    @click.option(
        "--strict",
        is_flag=True,
        help="Fail (and save nothing) when a shift cannot be staffed.",
    )
    @click.option(
        "--fresh",
        is_flag=True,
        help="Plan a published period afresh instead of repairing only what no longer holds.",
    )
    @pass_app
    def plan_cmd(
        app: AppContext,
        period: Period,
        time_limit_s: float,
        seed: int,
        strict: bool,
        fresh: bool,
    ) -> None:
        """Plan a period and save it as a draft roster.

        A period that was published is repaired: only the shifts that no longer hold (an
        absence, a person gone, a stricter rule), the unstaffed ones and those never planned
        are planned again; --fresh plans all of it. Shifts that have started are never
        changed. Ctrl-C stops the search: on a terminal you are asked whether the best
        roster so far replaces the saved draft; otherwise nothing is saved."""
        progress = ProgressLine().start()
        stop = threading.Event()

        def keep_stopped(cost: float) -> bool:
            progress.close()
            if not sys.stdin.isatty():
                return False
            return confirm(
                _(
                    "Stopped. Save the best roster found so far (cost {cost}, not proven "
                    "best) in place of the saved draft?",
                    cost=_cost(cost),
                ),
                default=False,
                err=True,
            )

        with stopping_on_ctrl_c(stop):
            try:
                outcome = app.service.plan_period(
                    period,
                    time_limit=search_budget(time_limit_s),
                    seed=seed,
                    strict=strict,
                    on_progress=progress,
                    stop=stop,
                    fresh=fresh,
                    keep_stopped=keep_stopped,
                )
            finally:
                progress.close()
        if outcome.nothing_to_repair:
            click.echo(
                _(
                    "Nothing to re-plan: every shift of the draft of {span} still holds.",
                    span=_span(period),
                )
            )
            if outcome.diff:  # repaired earlier, not yet published
                words = Words.of(app.service.organisation())
                click.echo(
                    _("Changes against the published roster ({count}):", count=len(outcome.diff))
                )
                for change in outcome.diff:
                    click.echo(f"  {change_text(change, words)}")
                click.echo(
                    _(
                        "Publish them with `roster publish --from {start} --weeks {weeks}`.",
                        start=period.start.isoformat(),
                        weeks=period.weeks,
                    )
                )
            return
        for line in summary(outcome, period, Words.of(app.service.organisation())):
            click.echo(line)
        click.echo(
            _(
                "Saved as a draft. Publish it with `roster publish --from {start} --weeks {weeks}`.",
                start=period.start.isoformat(),
                weeks=period.weeks,
            )
        )

    @cli.command("publish")
    @period_options(4, N_("Number of weeks to publish."))
    @fail_option
    @pass_app
    def publish_cmd(app: AppContext, period: Period, fail_if_broken: bool) -> None:
        """Publish the planned roster of a period (what people see in their calendars).

        A draft that breaks a hard rule on a shift still to come (say an absence added after
        the plan) is not published: exit 1, naming each such shift and why, with the weeks
        to re-plan; nothing is published."""
        try:
            published = app.service.publish_period(period)
        except Unpublishable as refused:
            refuse(app, refused)
            return
        if published.unplanned:
            planned = period.weeks - len(published.unplanned)
            click.echo(
                _(
                    "Published the planned {weeks} of {span}.",
                    weeks=_weeks(planned),
                    span=_span(period),
                )
            )
            click.echo(not_planned(published.unplanned), err=True)
        else:
            click.echo(
                _("Published {span} ({weeks}).", span=_span(period), weeks=_weeks(period.weeks))
            )
        # Unstaffed shifts do not stop publishing (the gap may be filled by phone later), but
        # they are named, so nobody publishes a hole without knowing.
        unstaffed = sorted(published.unstaffed, key=local_start_of)
        if unstaffed:
            words = Words.of(app.service.organisation())
            click.echo(
                ngettext(
                    "Warning: {n} shift is unstaffed:",
                    "Warning: {n} shifts are unstaffed:",
                    len(unstaffed),
                ),
                err=True,
            )
            for shift_id in unstaffed:
                click.echo(f"  {words.shift(shift_id)}", err=True)
        if published.unrecorded:
            words = Words.of(app.service.organisation())
            for line in started_unplanned_lines(published.unrecorded, words):
                click.echo(line)
        tell(app, app.service.published_holding(period), fail_if_broken)
