"""`roster check`: the independent checker on a saved roster."""

from __future__ import annotations

import sys
from datetime import timedelta

import click

from cli.context import AppContext, pass_app
from cli.options import period_options
from cli.plan import not_planned
from planner.domain import Period
from planner.i18n.explanations import started_unplanned_lines
from planner.i18n.format import day_month, short_date
from planner.i18n.incidents import incident_text, incidents_heading
from planner.i18n.language import _, ngettext
from planner.i18n.names import qualification_name
from planner.i18n.reasons import sentence
from planner.i18n.words import Words
from planner.report.lapses import WARN_AHEAD
from planner.service.checking import CheckOutcome


def register(cli: click.Group) -> None:
    @cli.command("check")
    @period_options(1)
    @click.option("--published", is_flag=True, help="Check the published roster, not the draft.")
    @pass_app
    def check(app: AppContext, period: Period, published: bool) -> None:
        """Verify every hard rule on the saved roster, independently of the solver.

        Exit 0 when all hold; 1 listing every violation a plan can still repair; 7 when the
        plan holds but something happened on shifts that have started (a professional who
        did not come, a shift that ran unstaffed): history, listed, that no plan changes."""
        outcome = app.service.check_period(period, published=published)
        _warn_lapses(app, period)
        if outcome.unplanned:
            click.echo(not_planned(outcome.unplanned), err=True)
        words = Words.of(app.service.organisation())
        if not outcome.violations:
            click.echo(
                _(
                    "OK: {shifts}, {assignments}, all hard rules hold",
                    shifts=ngettext("{n} shift", "{n} shifts", outcome.shifts),
                    assignments=ngettext("{n} assignment", "{n} assignments", outcome.assignments),
                )
                if not (outcome.history or outcome.incidents)
                else _(
                    "The plan holds: {shifts}, {assignments}, no hard rule to repair",
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
        else:
            n = len(outcome.violations)
            click.echo(
                ngettext("{n} violation of the hard rules:", "{n} violations of the hard rules:", n)
            )
            for v in outcome.violations:
                click.echo(f"- {sentence(v, words)}")
        # Not checked and no incident (nothing was planned on them), but not left unsaid.
        for line in started_unplanned_lines(outcome.unrecorded, words):
            click.echo(line)
        _history(outcome, words)
        _say_around(outcome)
        if outcome.violations:
            sys.exit(1)
        if outcome.history or outcome.incidents:
            sys.exit(EXIT_HAPPENED)


# `roster check` found nothing to repair, but something happened on shifts that have started.
EXIT_HAPPENED = 7


def _history(outcome: CheckOutcome, words: Words) -> None:
    """What happened: history, told apart from what a plan repairs."""
    if not (outcome.history or outcome.incidents):
        return
    click.echo(
        _(
            "What happened (history: no plan changes it; `roster correct` records who "
            "actually worked a shift):"
        )
    )
    if outcome.incidents:
        click.echo(incidents_heading(len(outcome.incidents)))
        for incident in outcome.incidents:
            click.echo(f"- {incident_text(incident)}")
    told = {i.shift_id for i in outcome.incidents}
    others = [v for v in outcome.history if v.shift_id not in told]
    if others:
        click.echo(
            ngettext(
                "{n} hard rule was broken on shifts that have started:",
                "{n} hard rules were broken on shifts that have started:",
                len(others),
            )
        )
        for v in others:
            click.echo(f"- {sentence(v, words)}")


def _say_around(outcome: CheckOutcome) -> None:
    """The windows that reach outside the period (working weekends in 4 weeks, weeks, months,
    days in a row, rest) were checked whole with the published shifts around it: say so."""
    if outcome.around_days is None:
        return
    first, last = outcome.around_days
    click.echo(
        ngettext(
            "Rules over weeks and months also counted {n} published shift around the "
            "period, from {first} to {last}.",
            "Rules over weeks and months also counted {n} published shifts around the "
            "period, from {first} to {last}.",
            outcome.around,
            first=short_date(first),
            last=short_date(last),
        )
    )


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
