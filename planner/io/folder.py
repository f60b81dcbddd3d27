"""An organisation folder (docs/folder-format.md), read and checked completely before anything
is written: parse all four files, then cross-check the references between them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain import Absence, Organisation
from planner.errors import InputError, PlannerError
from planner.io import absences_csv, activities_toml, organisation_toml, people_csv
from planner.io.folder_warnings import folder_warnings
from planner.message import Lines, Message, msg, nmsg

FILES = (
    organisation_toml.FILE,
    activities_toml.FILE,
    people_csv.FILE,
    absences_csv.FILE,
)
FALLBACK_TIMEZONE = "Europe/Brussels"
MAX_SHOWN = 20


class InvalidFolder(InputError):
    """Every problem found in a folder; it behaves as its first InputError."""

    def __init__(self, errors: list[InputError]) -> None:
        first = errors[0]
        super().__init__(first.file, first.line, first.field, first.problem)
        self.errors = errors
        if len(errors) > 1:
            shown = [e.message for e in errors[:MAX_SHOWN]]
            if len(errors) > MAX_SHOWN:
                shown.append(msg("... and {count} more", count=len(errors) - MAX_SHOWN))
            self.message = nmsg(
                "{n} problem, nothing was loaded:\n{problems}",
                "{n} problems, nothing was loaded:\n{problems}",
                len(errors),
                problems=Lines(tuple(shown)),
            )
            self.args = (str(self.message),)


@dataclass(frozen=True)
class Folder:
    organisation: Organisation
    absences: tuple[Absence, ...]
    warnings: tuple[Message, ...] = ()  # valid, but will surprise at planning time


def read_folder(path: Path | str) -> Folder:
    """The organisation with its activities and people, and the absences (aware, local time).
    Raises InvalidFolder listing every problem, each with file, line and field."""
    folder = Path(path)
    if not folder.is_dir():
        raise PlannerError(
            msg(
                "{folder}: no such folder (an organisation folder holds {files})",
                folder=str(folder),
                files=", ".join(FILES),
            )
        )
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise InvalidFolder(
            [
                InputError(name, None, None, msg("missing in {folder}", folder=str(folder)))
                for name in missing
            ]
        )

    errors: list[InputError] = []
    org = _collect(errors, organisation_toml.read_organisation, folder / organisation_toml.FILE)
    activities_ok = len(errors)
    activities = _collect_many(
        errors, activities_toml.read_activities, folder / activities_toml.FILE
    )
    activities_ok = len(errors) == activities_ok
    people_ok = len(errors)
    people = _collect_many(errors, people_csv.read_people, folder / people_csv.FILE)
    people_ok = len(errors) == people_ok
    tz = ZoneInfo(org.timezone if org else FALLBACK_TIMEZONE)
    absences = _collect_many(
        errors, lambda p: absences_csv.read_absences(p, tz), folder / absences_csv.FILE
    )

    # References are checked against files that read cleanly; otherwise every reference to a
    # broken line would be reported a second time.
    if activities_ok:
        activity_ids = {a.id for a in activities}
        for entry in people:
            errors += _person_references(entry, activity_ids)
    if people_ok:
        person_ids = {entry.person.id for entry in people}
        for entry in people:
            errors += _partner_references(entry, person_ids)
        for entry in absences:
            if entry.absence.person_id not in person_ids:
                errors.append(
                    InputError(
                        absences_csv.FILE,
                        entry.line,
                        "person",
                        msg(
                            "person '{person}' is not in people.csv",
                            person=entry.absence.person_id,
                        ),
                    )
                )
    if errors or org is None:
        raise InvalidFolder(sorted(errors, key=_position))
    organisation = Organisation(
        name=org.name,
        timezone=org.timezone,
        holiday_country=org.holiday_country,
        extra_closures=org.extra_closures,
        coordinator=org.coordinator,
        language=org.language,
        rules=org.rules,
        activities=tuple(activities),
        people=tuple(entry.person for entry in people),
    )
    return Folder(
        organisation=organisation,
        absences=tuple(entry.absence for entry in absences),
        warnings=tuple(folder_warnings(organisation)),
    )


def _position(error: InputError) -> tuple[int, int]:
    order = FILES.index(error.file) if error.file in FILES else len(FILES)
    return order, error.line or 0


def _person_references(entry: people_csv.PersonLine, activity_ids: set[str]) -> list[InputError]:
    person = entry.person
    errors = []
    references = [("home_activity", person.home_activity)] if person.home_activity else []
    if person.limits:
        references += [("wants", a) for a in sorted(person.limits.wants)]
        references += [("refuses", a) for a in sorted(person.limits.refuses)]
    for field, activity_id in references:
        if activity_id not in activity_ids:
            errors.append(
                InputError(
                    people_csv.FILE,
                    entry.line,
                    field,
                    msg(
                        "{field}: activity '{activity}' is not in activities.toml",
                        field=field,
                        activity=activity_id,
                    ),
                )
            )
    return errors


def _partner_references(entry: people_csv.PersonLine, person_ids: set[str]) -> list[InputError]:
    person = entry.person
    return [
        InputError(
            people_csv.FILE,
            entry.line,
            field,
            msg("{field}: person '{person}' is not in people.csv", field=field, person=other),
        )
        for field, named in (("never_with", person.never_with), ("always_with", person.always_with))
        for other in sorted(named)
        if other not in person_ids
    ]


def _collect(errors: list[InputError], read, path: Path):
    try:
        return read(path)
    except InputError as exc:
        errors.append(exc)
        return None


def _collect_many(errors: list[InputError], read, path: Path) -> list:
    """A reader returning (items, per-line errors); all errors end up in `errors`."""
    try:
        items, line_errors = read(path)
    except InputError as exc:
        errors.append(exc)
        return []
    errors += line_errors
    return items
