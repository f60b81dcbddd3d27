"""`roster load DIR`: read an organisation folder, check all of it, then write it at once."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from cli.context import AppContext, pass_app
from cli.holding import EXIT_BROKEN, fail_option, replan_line, tell
from planner.domain import Person
from planner.i18n.contract_reasons import slot_text
from planner.i18n.format import day_year, gap_text, list_text, weekday_name
from planner.i18n.language import _, ngettext
from planner.i18n.text import render
from planner.i18n.words import Words
from planner.service import DeparturesUnconfirmed, Loaded
from planner.storage.entry_rows import EntryDifference


def _renamed(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict:
    renames: dict[str, str] = {}
    for value in values:
        old, sep, new = (part.strip() for part in value.partition("="))
        if not sep or not old or not new or old == new:
            raise click.BadParameter(
                _("'{value}' is not OLD=NEW (two ids, e.g. tkm.claes=tom.claes)", value=value)
            )
        if old in renames:
            raise click.BadParameter(_("'{old}' is renamed twice", old=old))
        renames[old] = new
    if len(set(renames.values())) < len(renames):
        raise click.BadParameter(_("two people are renamed to the same id"))
    return renames


@click.command("load")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR")
@click.option(
    "--accept-departures",
    is_flag=True,
    help="People left out of people.csv have left, even those on published shifts to come "
    "(their shifts are emptied or repaired) or with the name or e-mail of someone arriving.",
)
@click.option(
    "--renamed",
    "renamed",
    multiple=True,
    metavar="OLD=NEW",
    callback=_renamed,
    help="The person with id OLD is in people.csv as NEW: they keep their shifts, absences, "
    "history and calendar link (repeatable).",
)
@fail_option
@click.option(
    "--overwrite-self-service",
    is_flag=True,
    help="Take people.csv's offered days and days off even where people changed them on "
    "their own page since.",
)
@pass_app
def load(
    app: AppContext,
    folder: Path,
    accept_departures: bool,
    renamed: dict[str, str],
    fail_if_broken: bool,
    overwrite_self_service: bool,
) -> None:
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

    A reload names who leaves (left out of people.csv) and who arrives. It loads nothing
    (exit 1) when someone left out is on published shifts to come, or when an arrival has
    the name or e-mail of someone leaving (did the id change?), until --accept-departures
    or --renamed OLD=NEW says what was meant.
    """
    try:
        loaded, differences = app.service.load_folder_keeping(
            folder,
            overwrite_self_service=overwrite_self_service,
            accept_departures=accept_departures,
            renamed=renamed,
        )
    except DeparturesUnconfirmed as refused:
        for line in refusal_lines(refused, Words.of(app.service.organisation())):
            click.echo(line, err=True)
        sys.exit(EXIT_BROKEN)
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
    words = Words.of(org)
    for line in turnover_lines(loaded):
        click.echo(line)
    for line in emptied_lines(loaded, words):
        click.echo(line, err=True)
    names = {p.id: p.name for p in org.people}
    for difference in differences:
        click.echo(entry_text(difference, names.get(difference.person_id, difference.person_id)))
    for warning in loaded.warnings:
        click.echo(_("warning: {message}", message=render(warning)), err=True)
    service = app.service
    tell(app, service.published_holding(), fail_if_broken, service.draft_holding())


def _who(person: Person) -> str:
    return f"{person.name} ({person.id})"


def turnover_lines(loaded: Loaded) -> list[str]:
    """Who left, who arrived, whose id changed (nothing on the first load: everyone is new)."""
    found = loaded.turnover
    if found.first:
        return []
    lines = []
    if found.leaving:
        lines.append(
            ngettext(
                "{n} person left the organisation: {names}",
                "{n} people left the organisation: {names}",
                len(found.leaving),
                names=list_text([_who(p) for p in found.leaving]),
            )
        )
    if found.arriving:
        lines.append(
            ngettext(
                "{n} person arrived: {names}",
                "{n} people arrived: {names}",
                len(found.arriving),
                names=list_text([_who(p) for p in found.arriving]),
            )
        )
    for old, new in loaded.renamed.items():
        lines.append(
            _("renamed {old} to {new}: they keep their shifts and history", old=old, new=new)
        )
    for alike in loaded.look_alikes:
        lines.append(look_alike_line(alike.leaving, alike.arriving))
    return lines


def look_alike_line(leaving: Person, arriving: Person) -> str:
    if leaving.name.strip().casefold() == arriving.name.strip().casefold():
        return _(
            "{new} arrives with the name of {old}, who leaves ({name}): did the id change?",
            new=arriving.id,
            old=leaving.id,
            name=leaving.name,
        )
    return _(
        "{new} arrives with the e-mail address of {old}, who leaves ({name}): did the id change?",
        new=arriving.id,
        old=leaving.id,
        name=leaving.name,
    )


def emptied_lines(loaded: Loaded, words: Words) -> list[str]:
    """The published shifts to come that those who left are taken off (their calendars say
    so at the next publication), those left unstaffed, and the re-plan."""
    lines = []
    found = loaded.turnover
    for person in found.leaving:
        shifts = found.on_published.get(person.id, ())
        if shifts:
            lines.append(
                ngettext(
                    "{who} came off {n} published shift to come: {shifts}",
                    "{who} came off {n} published shifts to come: {shifts}",
                    len(shifts),
                    who=_who(person),
                    shifts=list_text([words.shift(s) for s in shifts]),
                )
            )
    weeks = loaded.replan
    if weeks is None:
        return lines
    return [
        *lines,
        ngettext(
            "{n} published shift to come is unstaffed now that they left:",
            "{n} published shifts to come are unstaffed now that they left:",
            len(loaded.emptied),
        ),
        *(f"  {words.shift(s)}" for s in loaded.emptied),
        replan_line(weeks),
    ]


def refusal_lines(refused: DeparturesUnconfirmed, words: Words) -> list[str]:
    """Why nothing was loaded, person by person, and the options that say what was meant."""
    lines = [_("Nothing was loaded:")]
    for person, shifts in refused.on_published.items():
        lines.append(
            "  "
            + ngettext(
                "{who} is left out of people.csv but is on {n} published shift to come, "
                "first {shift}",
                "{who} is left out of people.csv but is on {n} published shifts to come, "
                "first {shift}",
                len(shifts),
                who=_who(person),
                shift=words.shift(shifts[0]),
            )
        )
    for alike in refused.look_alikes:
        lines.append("  " + look_alike_line(alike.leaving, alike.arriving))
    if refused.look_alikes:
        example = " ".join(f"--renamed {a.leaving.id}={a.arriving.id}" for a in refused.look_alikes)
        lines.append(
            _(
                "If an id changed, load again with {renamed} (they keep their history); if "
                "they left, with --accept-departures.",
                renamed=example,
            )
        )
    else:
        lines.append(
            _(
                "If they left, load again with --accept-departures (their published shifts to "
                "come are emptied, and listed to re-plan); if an id changed, with --renamed "
                "OLD=NEW."
            )
        )
    return lines


def entry_text(difference: EntryDifference, name: str) -> str:
    """One line per field where people.csv and a person's own page disagree."""
    field = (
        _("the days and times they offer")
        if difference.field == "offers"
        else _("their reminder")
        if difference.field == "reminder"
        else _("the days and kinds of shift they would like")
        if difference.field == "prefers"
        else _("the days and kinds of shift they would rather not work")
        if difference.field == "avoids"
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
    if difference.field == "reminder":
        if not values:
            return _("the organisation's")
        minutes = int(values[0])
        return _("{lead} before", lead=gap_text(minutes)) if minutes else _("none")
    if not values:
        return _("none")
    if difference.field in ("prefers", "avoids"):
        return list_text(slot_text(weekday, kind) for weekday, kind in values)
    if difference.field == "offers":
        return list_text(
            f"{weekday_name(int(wd), 'abbreviated')} {start}-{end}" for wd, start, end in values
        )
    return list_text(day_year(date.fromisoformat(str(d))) for d in values)


def register(cli: click.Group) -> None:
    cli.add_command(load)
