"""`roster report ratios`: staffing ratios for managers and funders."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.options import OutputPath, period_options
from cli.output import write_text
from planner.domain import Period
from planner.i18n.language import N_, _


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

        text = render_csv(report) if fmt == "csv" else render_table(report)
    if output is None:
        click.echo(text, nl=False)
        return
    write_text(output, text)
    click.echo(_("wrote {file}", file=output))


def register(cli: click.Group) -> None:
    cli.add_command(report_group)
