"""`roster load DIR`: read an organisation folder, check all of it, then write it at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.holding import fail_option, tell
from planner.i18n.format import day_year, list_text, weekday_name
from planner.i18n.language import _, ngettext
from planner.i18n.text import render
from planner.storage.entry_rows import EntryDifference


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR")
@fail_option
@click.option(
    "--overwrite-self-service",
    is_flag=True,
    help="Take people.csv's offered days and days off even where people changed them on "
    "their own page since.",
)
@pass_app
def load(app: AppContext, folder: Path, fail_if_broken: bool, overwrite_self_service: bool) -> None:
    """Load an organisation folder into the database.

    DIR holds organisation.toml, activities.toml, people.csv and absences.csv
    (docs/folder-format.md); people and absences may also be Excel workbooks
    (people.xlsx, absences.xlsx), and a CSV file may use ';' and Windows-1252 as Excel
    writes them.

    Everything is checked before anything is written; a problem is reported with its file,
    line and field, and the database stays as it was. Loading the same folder again updates
    it in place. Absences added with `roster absence add` are kept; those from absences.csv
    are replaced by the file's. Published shifts still to come that no longer hold (stricter
    rules, fewer people, new absences) are listed at once, with the weeks to re-plan.
    """
    loaded, differences = app.service.load_folder_keeping(
        folder, overwrite_self_service=overwrite_self_service
    )
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
    names = {p.id: p.name for p in org.people}
    for difference in differences:
        click.echo(entry_text(difference, names.get(difference.person_id, difference.person_id)))
    for warning in loaded.warnings:
        click.echo(_("warning: {message}", message=render(warning)), err=True)
    tell(app, app.service.published_holding(), fail_if_broken)


def entry_text(difference: EntryDifference, name: str) -> str:
    """One line per field where people.csv and a person's own page disagree."""
    field = (
        _("the days and times they offer")
        if difference.field == "offers"
        else _("the days off they asked for")
    )
    entered, in_file = (
        _shown(difference, difference.entered),
        _shown(difference, difference.in_file),
    )
    if difference.overwritten:
        return _(
            "{name}: people.csv replaced {field} they entered on their page ({entered}) with "
            "{in_file}",
            name=name,
            field=field,
            entered=entered,
            in_file=in_file,
        )
    return _(
        "{name}: kept {field} they entered on their page ({entered}); people.csv says "
        "{in_file} (--overwrite-self-service takes the file's)",
        name=name,
        field=field,
        entered=entered,
        in_file=in_file,
    )


def _shown(difference: EntryDifference, values: tuple) -> str:
    if not values:
        return _("none")
    if difference.field == "offers":
        return list_text(
            f"{weekday_name(int(wd), 'abbreviated')} {start}-{end}" for wd, start, end in values
        )
    return list_text(day_year(date.fromisoformat(str(d))) for d in values)


def register(cli: click.Group) -> None:
    cli.add_command(load)
