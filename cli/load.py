"""`roster load DIR`: read an organisation folder, check all of it, then write it at once."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import AppContext, pass_app


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR")
@pass_app
def load(app: AppContext, folder: Path) -> None:
    """Load an organisation folder into the database.

    DIR holds organisation.toml, activities.toml, people.csv and absences.csv
    (docs/folder-format.md).

    Everything is checked before anything is written; a problem is reported with its file,
    line and field, and the database stays as it was. Loading the same folder again updates
    it in place. Absences added with `roster absence add` are kept; those from absences.csv
    are replaced by the file's.
    """
    loaded = app.service.load_folder(folder)
    org = loaded.organisation
    professionals = sum(1 for p in org.people if p.is_professional)
    volunteers = len(org.people) - professionals
    click.echo(
        f"loaded {org.name}: {_count(len(org.activities), 'activity', 'activities')}, "
        f"{_count(professionals, 'professional')}, {_count(volunteers, 'volunteer')}, "
        f"{_count(len(loaded.absences), 'absence')} from absences.csv"
    )
    for warning in loaded.warnings:
        click.echo(f"warning: {warning}", err=True)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def register(cli: click.Group) -> None:
    cli.add_command(load)
