"""`roster check`: the independent checker on a saved roster."""

from __future__ import annotations

import sys
from datetime import date

import click

from planner.cli.context import AppContext, pass_app
from planner.domain import Period
from planner.errors import PlannerError
from planner.verify import check_period


def _period(start: str, weeks: int) -> Period:
    try:
        day = date.fromisoformat(start)
    except ValueError:
        raise PlannerError(f"--from: '{start}' is not a date (YYYY-MM-DD)") from None
    if weeks < 1:
        raise PlannerError("--weeks: check at least 1 week")
    return Period(day, weeks)


def register(cli: click.Group) -> None:
    @cli.command("check")
    @click.option("--from", "start", required=True, metavar="DATE", help="First day (YYYY-MM-DD).")
    @click.option("--weeks", default=1, show_default=True, help="Number of weeks.")
    @click.option("--published", is_flag=True, help="Check the published roster, not the draft.")
    @pass_app
    def check(app: AppContext, start: str, weeks: int, published: bool) -> None:
        """Verify every hard rule on the saved roster, independently of the solver.

        Exit 0 when all hold; exit 1 listing every violation."""
        outcome = check_period(app.repo, _period(start, weeks), published=published)
        if not outcome.violations:
            click.echo(
                f"OK: {outcome.shifts} shifts, {outcome.assignments} assignments, "
                "all hard rules hold"
            )
            if outcome.unstaffed:
                click.echo(f"({outcome.unstaffed} shift(s) unstaffed, each with its reason)")
            return
        n = len(outcome.violations)
        click.echo(f"{n} violation{'s' if n != 1 else ''} of the hard rules:")
        for v in outcome.violations:
            click.echo(f"- {v.message}")
        sys.exit(1)
