"""`roster check`: the independent checker on a saved roster."""

from __future__ import annotations

import sys
from datetime import timedelta

import click

from cli.context import AppContext, pass_app
from cli.options import period_options
from cli.plan import not_planned
from planner.domain import Period
from planner.i18n.format import day_month
from planner.i18n.language import _, ngettext
from planner.i18n.names import qualification_name
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.service.lapses import WARN_AHEAD


def register(cli: click.Group) -> None:
    @cli.command("check")
    @period_options(1)
    @click.option("--published", is_flag=True, help="Check the published roster, not the draft.")
    @pass_app
    def check(app: AppContext, period: Period, published: bool) -> None:
        """Verify every hard rule on the saved roster, independently of the solver.

        Exit 0 when all hold; exit 1 listing every violation."""
        outcome = app.service.check_period(period, published=published)
        _warn_lapses(app, period)
        if outcome.unplanned:
            click.echo(not_planned(outcome.unplanned), err=True)
        if not outcome.violations:
            click.echo(
                _(
                    "OK: {shifts}, {assignments}, all hard rules hold",
                    shifts=ngettext("{n} shift", "{n} shifts", outcome.shifts),
                    assignments=ngettext("{n} assignment", "{n} assignments", outcome.assignments),
                )
            )
            if outcome.unstaffed:
                click.echo(
                    ngettext(
                        "({n} shift unstaffed, with its reason)",
                        "({n} shifts unstaffed, each with its reason)",
                        outcome.unstaffed,
                    )
                )
            return
        n = len(outcome.violations)
        click.echo(
            ngettext("{n} violation of the hard rules:", "{n} violations of the hard rules:", n)
        )
        words = Words.of(app.service.organisation())
        for v in outcome.violations:
            click.echo(f"- {sentence(v, words)}")
        sys.exit(1)


def _warn_lapses(app: AppContext, period: Period) -> None:
    """Qualifications that lapse in the next 30 days or before the period ends: renewing one
    takes time, and from its date its holder stands on fewer shifts."""
    today = app.service.today()
    until = max(today + WARN_AHEAD, period.end - timedelta(days=1))
    words = Words.of(app.service.organisation())
    for lapse in app.service.lapsing(until):
        click.echo(
            _(
                "warning: {name}'s {qualification} lapses on {date}: from then on it does not "
                "count on their shifts",
                name=words.name(lapse.person_id),
                qualification=qualification_name(lapse.qualification),
                date=day_month(lapse.on),
            ),
            err=True,
        )
