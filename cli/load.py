"""`roster load DIR`: read an organisation folder, check all of it, then write it at once."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.holding import fail_option, tell
from planner.i18n.language import _, ngettext
from planner.i18n.text import render


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR")
@fail_option
@pass_app
def load(app: AppContext, folder: Path, fail_if_broken: bool) -> None:
    """Load an organisation folder into the database.

    DIR holds organisation.toml, activities.toml, people.csv and absences.csv
    (docs/folder-format.md); people and absences may also be Excel workbooks
    (people.xlsx, absences.xlsx), and a CSV file may use ';' and Windows-1252 as Excel
    writes them.

    Everything is checked before anything is written; a problem is reported with its file,
    line and field, and the database stays as it was. Loading the same folder again updates
    it in place. Absences added with `roster absence add` are kept; those from absences.csv
    are replaced by the file's. Shifts still to come that no longer hold (stricter rules,
    fewer people or qualifications, new absences), published or in the draft, are listed at
    once, with the weeks to re-plan.
    """
    loaded = app.service.load_folder(folder)
    org = loaded.organisation
    app.speak(org.language)  # the folder may have chosen another
    professionals = sum(1 for p in org.people if p.is_professional)
    volunteers = len(org.people) - professionals
    click.echo(
        _(
            "loaded {organisation}: {activities}, {professionals}, {volunteers}, "
            "{absences} from absences.csv",
            organisation=org.name,
            activities=ngettext("{n} activity", "{n} activities", len(org.activities)),
            professionals=ngettext("{n} professional", "{n} professionals", professionals),
            volunteers=ngettext("{n} volunteer", "{n} volunteers", volunteers),
            absences=ngettext("{n} absence", "{n} absences", len(loaded.absences)),
        )
    )
    for note in loaded.notes:
        click.echo(render(note))
    for warning in loaded.warnings:
        click.echo(_("warning: {message}", message=render(warning)), err=True)
    service = app.service
    tell(app, service.published_holding(), fail_if_broken, service.draft_holding())


def register(cli: click.Group) -> None:
    cli.add_command(load)
