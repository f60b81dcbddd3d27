"""`roster generate`: write a realistic organisation folder of any size, the same for a seed."""

from __future__ import annotations

from pathlib import Path

import click

from cli.options import SEED, OutputPath
from planner.errors import PlannerError
from planner.i18n.language import _, ngettext
from planner.limits import MAX_ACTIVITIES, MAX_PEOPLE
from planner.message import msg

FOLDER_FILES = ("organisation.toml", "activities.toml", "people.csv", "absences.csv")


@click.command("generate")
@click.option(
    "--professionals",
    type=click.IntRange(1, MAX_PEOPLE),
    required=True,
    metavar="N",
    help="Paid staff.",
)
@click.option("--volunteers", type=click.IntRange(0, MAX_PEOPLE), required=True, metavar="M")
@click.option(
    "--activities",
    type=click.IntRange(1, MAX_ACTIVITIES),
    default=None,
    metavar="K",
    help="How many activities (default: as many as the professionals can staff).",
)
@click.option("--seed", type=SEED, default=0, show_default=True, help="Same seed, same folder.")
@click.option(
    "-o",
    "--output",
    type=OutputPath(file_okay=False),
    required=True,
    metavar="DIR",
    help="Folder to write (created if needed).",
)
@click.option("--force", is_flag=True, help="Overwrite an organisation folder already there.")
@click.option(
    "--name",
    metavar="TEXT",
    default=None,
    help="The organisation's name (default: says it was generated, with its size and seed).",
)
def generate(
    professionals: int,
    volunteers: int,
    activities: int | None,
    seed: int,
    output: Path,
    force: bool,
    name: str | None,
) -> None:
    """Write an organisation folder in the demo's image: a Flemish social service (or, for
    many professionals, a city of several services) with drop-in centres, night shelters,
    neighbourhood work, youth work, a social restaurant and more, with professionals and
    volunteers to staff them. Load it with `roster load DIR`."""
    # Imported here: the generator and its name lists are only needed by this command.
    from fixtures.generate import generate_organisation, write_folder

    there = [name for name in FOLDER_FILES if (output / name).exists()]
    if there and not force:
        raise PlannerError(
            msg(
                "{folder} already holds {files}; use --force to overwrite it",
                folder=str(output),
                files=", ".join(there),
            )
        )
    folder = generate_organisation(professionals, volunteers, activities, seed, name=name)
    write_folder(folder, output)
    pros = sum(1 for p in folder.people if p["kind"] == "professional")
    click.echo(
        _(
            "wrote {folder}: {activities}, {professionals}, {volunteers}, {absences} (seed {seed})",
            folder=output,
            activities=ngettext("{n} activity", "{n} activities", len(folder.activities)),
            professionals=ngettext("{n} professional", "{n} professionals", pros),
            volunteers=ngettext("{n} volunteer", "{n} volunteers", len(folder.people) - pros),
            absences=ngettext("{n} absence", "{n} absences", len(folder.absences)),
            seed=seed,
        )
    )


def register(cli: click.Group) -> None:
    cli.add_command(generate)
