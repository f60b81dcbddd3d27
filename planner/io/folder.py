"""An organisation folder (docs/folder-format.md), read and checked completely before anything
is written: parse all four files, then cross-check the references between them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain import Absence, Organisation
from planner.errors import InputError, PlannerError
from planner.io import absences_csv, activities_toml, organisation_toml, people_csv
from planner.io.csv_table import decode, reading_note
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
# people and absences may also come as Excel workbooks: people.xlsx, absences.xlsx.
TABLES = (people_csv.FILE, absences_csv.FILE)


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
    notes: tuple[Message, ...] = ()  # how a file was read (a CSV in Windows-1252, with ';')
    # (person id, line) of each name with a '?' in a CSV that may be Windows-1252 (read as
    # such, or ASCII only): a spreadsheet writes
    # '?' for a letter that encoding cannot hold (Ayşe -> Ay?e). The service keeps the name
    # it holds, or warns (planner/service/names_kept.py).
    question_marks: tuple[tuple[str, int], ...] = ()


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
    found = {name: _table_file(folder, name) for name in FILES}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        raise InvalidFolder(
            [
                InputError(name, None, None, msg("missing in {folder}", folder=str(folder)))
                for name in missing
            ]
        )
    twice = [name for name in TABLES if (folder / name).is_file() and _xlsx(folder, name)]
    if twice:
        name = twice[0]
        raise InvalidFolder(
            [
                InputError(
                    name,
                    None,
                    None,
                    msg(
                        "both {csv} and {xlsx} are in the folder; keep the one to load",
                        csv=name,
                        xlsx=_xlsx_name(name),
                    ),
                )
            ]
        )
    people_path = found[people_csv.FILE] or folder / people_csv.FILE
    absences_path = found[absences_csv.FILE] or folder / absences_csv.FILE

    errors: list[InputError] = []
    org = _collect(errors, organisation_toml.read_organisation, folder / organisation_toml.FILE)
    activities_ok = len(errors)
    activities = _collect_many(
        errors, activities_toml.read_activities, folder / activities_toml.FILE
    )
    activities_ok = len(errors) == activities_ok
    people_ok = len(errors)
    people = _collect_many(errors, people_csv.read_people, people_path)
    people_ok = len(errors) == people_ok
    tz = ZoneInfo(org.timezone if org else FALLBACK_TIMEZONE)
    absences = _collect_many(errors, lambda p: absences_csv.read_absences(p, tz), absences_path)

    # References are checked against files that read cleanly; otherwise every reference to a
    # broken line would be reported a second time.
    if activities_ok:
        activity_ids = {a.id for a in activities}
        for entry in people:
            errors += _person_references(entry, activity_ids, people_path.name)
    if people_ok:
        person_ids = {entry.person.id for entry in people}
        for entry in people:
            errors += _partner_references(entry, person_ids)
        for entry in absences:
            if entry.absence.person_id not in person_ids:
                errors.append(
                    InputError(
                        absences_path.name,
                        entry.line,
                        "person",
                        msg(
                            "person '{person}' is not in {people}",
                            person=entry.absence.person_id,
                            people=people_path.name,
                        ),
                    )
                )
    if errors or org is None:
        raise InvalidFolder(sorted(errors, key=_position))
    organisation = replace(
        org, activities=tuple(activities), people=tuple(entry.person for entry in people)
    )
    overlapping, repeated = _overlapping_absences(absences, absences_path.name)
    return Folder(
        organisation=organisation,
        # A line repeated is one absence: what the file says once, the database holds once.
        absences=tuple(entry.absence for entry in absences if entry.line not in repeated),
        warnings=(*folder_warnings(organisation), *overlapping),
        notes=tuple(
            note for note in (reading_note(people_path), reading_note(absences_path)) if note
        ),
        question_marks=_question_marks(people, people_path),
    )


def _question_marks(people: list[people_csv.PersonLine], path: Path) -> tuple[tuple[str, int], ...]:
    """Each name with a '?' in a people.csv that may be Windows-1252: read as such, or
    ASCII only, which any encoding could have written. Not in UTF-8 with other letters, nor
    in a workbook: they hold every letter."""
    if path.suffix.lower() != ".csv":
        return ()
    read = decode(path)
    if read.encoding != "cp1252" and not read.text.isascii():
        return ()
    return tuple((e.person.id, e.line) for e in people if "?" in e.person.name)


def _overlapping_absences(
    entries: list[absences_csv.AbsenceLine], file: str
) -> tuple[list[Message], set[int]]:
    """An absence that overlaps an earlier one of the same person: allowed (leave inside a
    longer unavailability), but often a typo in a date; one for the same times is a line
    repeated, loaded once (the first line's). The warnings, and the lines loaded no more.
    One pass in order of start: each is compared with the one before and with the one that
    ends last so far (a file may hold 200,000 absences)."""
    warnings: list[Message] = []
    repeated: set[int] = set()
    previous: absences_csv.AbsenceLine | None = None
    latest: absences_csv.AbsenceLine | None = None  # of the person, the one ending last so far

    def order(e: absences_csv.AbsenceLine):
        return e.absence.person_id, e.absence.start, e.absence.end, e.line

    for entry in sorted(entries, key=order):
        this = entry.absence
        if previous is None or previous.absence.person_id != this.person_id:
            previous = latest = None
        other = None
        if previous and (previous.absence.start, previous.absence.end) == (this.start, this.end):
            other, same = previous, True
        elif latest and this.start < latest.absence.end:
            other, same = latest, False
        if other is not None:
            first, second = sorted((other.line, entry.line))
            values = {"file": file, "line": second, "person": this.person_id, "other": first}
            if same:
                repeated.add(second)
                text = msg(
                    "{file} line {line}: the same absence of '{person}' as on line {other}: "
                    "loaded once",
                    **values,
                )
            else:
                text = msg(
                    "{file} line {line}: the absence of '{person}' overlaps the one on "
                    "line {other}",
                    **values,
                )
            warnings.append(text)
        if latest is None or this.end > latest.absence.end:
            latest = entry
        if not (other is not None and same and previous is other):
            previous = entry  # a third copy is compared with the first, which is kept
    return sorted(warnings, key=lambda m: m.get("line", 0)), repeated


def _table_file(folder: Path, name: str) -> Path | None:
    """The file `name` in the folder, or for a table its workbook (people.xlsx)."""
    if (folder / name).is_file():
        return folder / name
    if name in TABLES and _xlsx(folder, name):
        return folder / _xlsx_name(name)
    return None


def _xlsx_name(name: str) -> str:
    return name.removesuffix(".csv") + ".xlsx"


def _xlsx(folder: Path, name: str) -> bool:
    return (folder / _xlsx_name(name)).is_file()


def _position(error: InputError) -> tuple[int, int]:
    file = error.file.replace(".xlsx", ".csv")
    order = FILES.index(file) if file in FILES else len(FILES)
    return order, error.line or 0


def _person_references(
    entry: people_csv.PersonLine, activity_ids: set[str], file: str
) -> list[InputError]:
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
                    file,
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
