"""`roster plan` and `roster publish`."""

from __future__ import annotations

import sys
import time
from datetime import timedelta

import click

from cli.context import AppContext, pass_app
from cli.options import period_options
from planner.dates import local_start_of
from planner.domain import Period
from planner.i18n.explanations import change_text, unstaffed_sentence
from planner.i18n.format import short_date
from planner.i18n.reasons import cost_text
from planner.i18n.words import Words
from planner.rule_id import RuleId
from planner.service import PlanOutcome, Progress
from planner.solver.search import SolveStatus

# Without a terminal (logs, CI) one line per improvement, but no more often than this.
LINE_INTERVAL_S = 1.0


def _span(period: Period) -> str:
    last = period.end - timedelta(days=1)
    return f"{short_date(period.start)} - {short_date(last)} {last.year}"


def _bound(objective: float, bound: float) -> str:
    """'3,278 (gap 1.0 %)'; no gap while the bound is still meaningless."""
    if bound != bound or bound <= 0:  # NaN, or not yet better than trivial
        return "not known yet"
    gap = abs(objective - bound) / max(abs(objective), 1.0) * 100
    return f"{bound:,.0f} (gap {gap:.1f} %)"


def _weeks(n: int) -> str:
    return "1 week" if n == 1 else f"{n} weeks"


class ProgressLine:
    """Solver progress on stderr: one line rewritten in place on a terminal, else a line per
    improvement, coalesced so a fast solver cannot flood a log."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last_line = 0.0
        self.pending: Progress | None = None

    @staticmethod
    def text(p: Progress) -> str:
        return (
            f"solving: roster {p.solutions}, cost {p.objective:,.0f}, "
            f"bound {_bound(p.objective, p.bound)}, {p.elapsed:.1f} s"
        )

    def __call__(self, p: Progress) -> None:
        if self.tty:
            self.stream.write("\r\033[K" + self.text(p))
            self.stream.flush()
            return
        now = time.monotonic()
        if now - self.last_line >= LINE_INTERVAL_S:
            self.stream.write(self.text(p) + "\n")
            self.last_line, self.pending = now, None
        else:
            self.pending = p

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
        elif self.pending is not None:
            self.stream.write(self.text(self.pending) + "\n")
        self.stream.flush()


def summary(outcome: PlanOutcome, period: Period, words: Words) -> list[str]:
    roster = outcome.roster
    staffed = len({a.shift_id for a in roster.assignments})
    total = staffed + len(roster.unstaffed)
    verdict = {
        SolveStatus.OPTIMAL: "proven best",
        SolveStatus.FEASIBLE: "best found in the time limit",
        SolveStatus.CANCELLED: "stopped early, best so far",
    }.get(outcome.status, outcome.status.value)
    lines = [
        f"Planned {_span(period)} ({_weeks(period.weeks)}): {staffed} of {total} shifts staffed.",
        f"Roster: {verdict} in {outcome.elapsed:.1f} s (cost {outcome.objective:,.0f}, "
        f"bound {_bound(outcome.objective, outcome.bound)}).",
    ]
    if roster.unstaffed:
        lines.append(f"Unstaffed ({len(roster.unstaffed)}), with nobody on them:")
        lines += [
            f"  {unstaffed_sentence(sid, why, words)}"
            for sid, why in sorted(roster.unstaffed.items())
        ]
    soft = [c for c in outcome.costs if c.rule is not RuleId.UNSTAFFED_SHIFT]
    if soft:
        lines.append("Cost per soft rule:")
        for c in soft:
            example = f"  e.g. {cost_text(c.reasons[0], words)}" if c.reasons else ""
            lines.append(f"  {c.rule.value:<22}{c.cost:>8,}{example}")
    if outcome.diff:
        lines.append(f"Changes against the published roster ({len(outcome.diff)}):")
        lines += [f"  {change_text(c, words)}" for c in outcome.diff]
    return lines


def register(cli: click.Group) -> None:
    @cli.command("plan")
    @period_options(4, "Number of weeks to plan.")
    @click.option(
        "--time-limit",
        "time_limit_s",
        default=20.0,
        show_default=True,
        metavar="SECONDS",
        help="Longest time the solver may search.",
    )
    @click.option("--seed", default=0, show_default=True, help="Same input and seed: same roster.")
    @click.option(
        "--strict",
        is_flag=True,
        help="Fail (and save nothing) when a shift cannot be staffed.",
    )
    @pass_app
    def plan_cmd(
        app: AppContext, period: Period, time_limit_s: float, seed: int, strict: bool
    ) -> None:
        """Plan a period and save it as a draft roster."""
        progress = ProgressLine()
        try:
            outcome = app.service.plan_period(
                period,
                time_limit=time_limit_s,
                seed=seed,
                strict=strict,
                on_progress=progress,
            )
        finally:
            progress.close()
        for line in summary(outcome, period, Words.of(app.service.organisation())):
            click.echo(line)
        click.echo(
            f"Saved as a draft. Publish it with `roster publish --from {period.start} "
            f"--weeks {period.weeks}`."
        )

    @cli.command("publish")
    @period_options(4, "Number of weeks to publish.")
    @pass_app
    def publish_cmd(app: AppContext, period: Period) -> None:
        """Publish the planned roster of a period (what people see in their calendars)."""
        published = app.service.publish_period(period)
        click.echo(f"Published {_span(period)} ({_weeks(period.weeks)}).")
        # Unstaffed shifts do not stop publishing (the gap may be filled by phone later), but
        # they are named, so nobody publishes a hole without knowing.
        unstaffed = sorted(published.unstaffed, key=local_start_of)
        if unstaffed:
            words = Words.of(app.service.organisation())
            noun = "shift is" if len(unstaffed) == 1 else "shifts are"
            click.echo(f"Warning: {len(unstaffed)} {noun} unstaffed:", err=True)
            for shift_id in unstaffed:
                click.echo(f"  {words.shift(shift_id)}", err=True)
