"""`roster export`: the group for exports, and `export json`. (`export ics` lives in
cli/export_ics.py and adds itself to `export_group`.)"""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.options import OutputPath, period_options
from cli.output import write_file, write_text
from planner.domain import Period
from planner.i18n.language import N_, _, ngettext


@click.group("export")
def export_group() -> None:
    """Export rosters for other programs (JSON) and for people's calendars, and the people
    list as a spreadsheet."""


@export_group.command("json")
@period_options(1, N_("Length of the period in weeks."))
@click.option(
    "--published",
    is_flag=True,
    help="Export the published roster instead of the working roster (the draft).",
)
@click.option(
    "-o",
    "--output",
    type=OutputPath(),
    metavar="FILE",
    help="Write to FILE instead of standard output.",
)
@pass_app
def export_json(app: AppContext, period: Period, published: bool, output: Path | None) -> None:
    """Write the roster of a period as JSON.

    Format roster-export/2 (docs/export-json.md): people, shifts with their status,
    assignments, absences and unstaffed shifts. Never contact data."""
    document = build(app, period, published=published)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text(output, text)
        click.echo(
            _(
                "wrote {file}: {shifts}, {unstaffed} unstaffed",
                file=output,
                shifts=ngettext("{n} shift", "{n} shifts", len(document["shifts"])),
                unstaffed=len(document["unstaffed"]),
            ),
            err=True,
        )


@export_group.command("people")
@click.option(
    "-o",
    "--output",
    type=OutputPath(),
    metavar="FILE",
    help="Write to FILE: an Excel workbook when it ends in .xlsx, else CSV. "
    "Without it, CSV on standard output.",
)
@pass_app
def export_people(app: AppContext, output: Path | None) -> None:
    """Write the current people list as people.csv or people.xlsx.

    The columns of people.csv (docs/folder-format.md): edit the file in a spreadsheet, put it
    in the organisation folder as people.csv or people.xlsx, and `roster load` it again."""
    xlsx = output is not None and output.suffix.lower() == ".xlsx"
    data, count = app.service.export_people(xlsx=xlsx)
    if output is None:
        click.echo(data.decode("utf-8-sig"), nl=False)
        return
    write_file(output, data)
    click.echo(
        _(
            "wrote {file}: {people}",
            file=output,
            people=ngettext("{n} person", "{n} people", count),
        ),
        err=True,
    )


def build(app: AppContext, period: Period, *, published: bool = False) -> dict:
    return app.service.export_json(period, published=published)


def register(cli: click.Group) -> None:
    cli.add_command(export_group)
