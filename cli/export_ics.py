"""`roster export ics`: each person's published shifts as an iCalendar file."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.options import OutputPath, period_options
from cli.output import make_folder, write_file
from planner.domain import Period
from planner.errors import PlannerError
from planner.i18n.language import _, ngettext
from planner.message import msg


@click.command("ics")
@period_options(4)
@click.option("--person", "person_id", metavar="ID", help="One person's calendar, to -o FILE.")
@click.option(
    "--all", "everyone", is_flag=True, help="Everyone's calendar, one file each in -o DIR."
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=OutputPath(),
    metavar="PATH",
    help="A file (with --person) or a directory (with --all).",
)
@pass_app
def ics(
    app: AppContext,
    period: Period,
    person_id: str | None,
    everyone: bool,
    output: Path,
) -> None:
    """Write calendars of published shifts. Events keep their UID across exports; a shift
    taken away comes back as cancelled, so importing the new file updates the old one."""
    if bool(person_id) == everyone:
        raise click.UsageError(_("give either --person ID (with -o FILE) or --all (with -o DIR)"))
    if person_id:  # exactly when --all is not given
        if output.is_dir():
            raise PlannerError(
                msg("{path}: is a directory (with --person, -o is a file)", path=str(output))
            )
        files = app.service.calendars(period, [person_id])
        write_file(output, files[person_id])
        click.echo(_("wrote {file}", file=output))
    else:
        if output.exists() and not output.is_dir():
            raise PlannerError(
                msg("{path}: not a directory (with --all, -o is a directory)", path=str(output))
            )
        files = app.service.calendars(period)
        make_folder(output)
        for pid, data in files.items():
            write_file(output / f"{pid}.ics", data)
        click.echo(
            ngettext(
                "wrote {n} calendar to {folder}",
                "wrote {n} calendars to {folder}",
                len(files),
                folder=output,
            )
        )


def register(cli: click.Group) -> None:
    from cli.export import export_group  # registered on `cli` by cli.export

    export_group.add_command(ics)
