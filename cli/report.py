"""`roster report ratios` and `roster report hours`: for managers and funders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.options import DateType, OutputPath, period_options
from cli.output import text_width, write_file, write_text
from planner.domain import Period
from planner.i18n.language import N_, _
from planner.report.hours import HoursBy


@click.group("report")
def report_group() -> None:
    """Reports for managers."""


@report_group.command("ratios")
@period_options(4, N_("Number of weeks, counted from --from."))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "html"]),
    default="table",
    show_default=True,
)
@click.option(
    "--working",
    is_flag=True,
    help="Report the working roster (the draft) instead of the published one.",
)
@click.option("-o", "--output", type=OutputPath(), help="Write to FILE, not stdout.")
@pass_app
def ratios(
    app: AppContext,
    period: Period,
    fmt: str,
    working: bool,
    output: Path | None,
) -> None:
    """Per activity and week, and in total: shifts, shifts not planned (or not published)
    yet, professional cover of the planned shifts (must be 100 %, every exception with its
    reason, never with names), hours, volunteers per professional, continuity, volunteers'
    load against their own limits, professionals' hours against contract."""
    report = app.service.ratio_report(period, published=not working)
    if fmt == "html":
        from planner.io.report_html import render_html

        text = render_html(report)
    else:
        from planner.io.report_text import render_csv, render_table

        if fmt == "csv":
            text = render_csv(report)
        else:
            text = render_table(report, width=text_width(to_terminal=output is None))
    if output is None:
        click.echo(text, nl=False)
        return
    write_text(output, text)
    click.echo(_("wrote {file}", file=output))


@report_group.command("hours")
@click.option("--from", "first", required=True, type=DateType(), metavar="DATE", help="First day.")
@click.option(
    "--to", "last", required=True, type=DateType(), metavar="DATE", help="Last day (inclusive)."
)
@click.option(
    "--by",
    type=click.Choice([b.value for b in HoursBy]),
    default=HoursBy.ACTIVITY.value,
    show_default=True,
    help="Lines per activity, per month and activity, or per person and activity "
    "(only 'person' names anyone).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "xlsx", "html"]),
    default="table",
    show_default=True,
)
@click.option("--person", metavar="ID", help="One person's own hours, per month and activity.")
@click.option("-o", "--output", type=OutputPath(), help="Write to FILE, not stdout.")
@pass_app
def hours(
    app: AppContext,
    first: date,
    last: date,
    by: str,
    fmt: str,
    person: str | None,
    output: Path | None,
) -> None:
    """Hours that happened from --from to --to: published shifts that have ended, with the
    corrections of `roster correct`, split into professionals' and volunteers' hours, per
    activity and site. --by activity or month names nobody (for a funder); --by person, or
    --person ID for one person's own, names them."""
    if last < first:
        raise click.BadParameter(
            _("'{end}' is not after --from '{start}'", end=last, start=first), param_hint="--to"
        )
    chosen = HoursBy.MONTH if person is not None else HoursBy(by)
    report = app.service.hours_report(first, last, by=chosen, person_id=person)
    from planner.io import hours_report as render

    if fmt == "xlsx":
        if output is None:
            raise click.BadParameter(_("a workbook needs -o FILE"), param_hint="--format")
        write_file(output, render.render_xlsx(report))
        click.echo(_("wrote {file}", file=output))
        return
    text = {
        "table": render.render_table,
        "csv": render.render_csv,
        "html": render.render_html,
    }[fmt](report)
    if output is None:
        click.echo(text, nl=False)
        return
    write_text(output, text)
    click.echo(_("wrote {file}", file=output))


def register(cli: click.Group) -> None:
    cli.add_command(report_group)
