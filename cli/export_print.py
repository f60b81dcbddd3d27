"""`roster export print`: the week's roster to pin on the wall (docs/calendars.md)."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.export import export_group
from cli.options import OutputPath, period_options
from cli.output import write_text
from planner.domain import Period
from planner.i18n.language import N_, _
from planner.io.wall_print import NAME_CHOICES, render_wall, sites_of
from planner.shifts import generate_shifts


@export_group.command("print")
@period_options(1, N_("Number of weeks: one page per site and week."))
@click.option("--site", metavar="TEXT", help="Only the sites whose address contains TEXT.")
@click.option(
    "--names",
    type=click.Choice(NAME_CHOICES),
    default=None,
    help="First names only or full names (default: [print] names in organisation.toml, first).",
)
@click.option(
    "--working", is_flag=True, help="Print the working roster (the draft), not the published one."
)
@click.option(
    "-o", "--output", type=OutputPath(), metavar="FILE", help="Write to FILE, not stdout."
)
@pass_app
def export_print(
    app: AppContext,
    period: Period,
    site: str | None,
    names: str | None,
    working: bool,
    output: Path | None,
) -> None:
    """Write the roster as a page to print and pin on the wall: A4 landscape, one page per
    site and week, shifts by day with who works them, unstaffed shifts marked (and, quietly,
    those that started before they were planned or published), in the organisation's
    language. Open it in a browser and print it (or save it as PDF there)."""
    org = app.service.organisation()
    shifts = generate_shifts(org, period)
    if site and not sites_of(shifts, site):
        known = ", ".join(sites_of(shifts)) or "-"
        raise click.BadParameter(
            _("no site contains '{text}' (sites: {known})", text=site, known=known),
            param_hint="--site",
        )
    roster = app.service.roster(period, published=not working).roster
    html = render_wall(
        org,
        period,
        shifts,
        roster,
        names=names or org.watch.wall_names,
        site=site,
        today=app.service.today(),
        now=app.service.now(),
        published=not working,
    )
    if output is None:
        click.echo(html, nl=False)
        return
    write_text(output, html)
    click.echo(_("wrote {file}", file=output), err=True)


def register(cli: click.Group) -> None:
    """The command is added to `roster export` by importing this module."""
