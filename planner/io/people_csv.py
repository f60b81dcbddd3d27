"""people.csv: professionals and volunteers, one per line (docs/folder-format.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from planner.dates import parse_day
from planner.domain import (
    Contract,
    HeavyLimits,
    Person,
    PersonKind,
    Slot,
    TimeWindow,
    VolunteerLimits,
    Wishes,
)
from planner.errors import InputError
from planner.io import fields
from planner.io.csv_table import CsvRow, read_csv
from planner.io.fields import FieldError, bad_item
from planner.limits import MAX_PEOPLE
from planner.message import msg

FILE = "people.csv"
REQUIRED = ("id", "name", "kind")
PROFESSIONAL_ONLY = ("hours_per_week", "working_days", "max_hours_per_day")
VOLUNTEER_ONLY = ("max_shifts_per_week", "max_shifts_per_month", "offers", "wants", "refuses")
HEAVY = ("heavy_in_row", "heavy_per_week", "heavy_per_month")  # own limits on heavy shifts
OPTIONAL = (
    "qualifications",
    "languages",
    *PROFESSIONAL_ONLY,
    *VOLUNTEER_ONLY,
    "home_activity",
    "email",
    "phone",
    "language",
    "newcomer",
    *HEAVY,
    "never_with",
    "always_with",
    "prefers",
    "avoids",
    "days_off",
    "reminder",
)
COLUMNS = (*REQUIRED, *OPTIONAL)  # the order of docs/folder-format.md, for writers
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z]{2})?$")  # nl, fr_BE, pt-BR
HOURS_IN_WEEK = 168.0
HOURS_IN_DAY = 24.0
# A volunteer's own limits: more than three shifts a day every day is a typo (docs/limits.md).
MAX_SHIFTS_PER_WEEK = 21
MAX_SHIFTS_PER_MONTH = 93
MAX_REMINDER_HOURS = 24 * 14  # a reminder two weeks ahead is no longer a reminder


@dataclass(frozen=True)
class PersonLine:
    line: int
    person: Person


def read_people(path: Path) -> tuple[list[PersonLine], list[InputError]]:
    """Every valid person with their line, and one error per broken line."""
    people: list[PersonLine] = []
    errors: list[InputError] = []
    first_line: dict[str, int] = {}
    for row in read_csv(path, required=REQUIRED, optional=OPTIONAL, most=MAX_PEOPLE):
        try:
            person = _person(row)
        except FieldError as exc:
            errors.append(InputError(path.name, row.line, exc.field, exc.message))
            continue
        if person.id in first_line:
            errors.append(
                InputError(
                    path.name,
                    row.line,
                    "id",
                    msg(
                        "id '{id}' is already used on line {line}",
                        id=person.id,
                        line=first_line[person.id],
                    ),
                )
            )
            continue
        first_line[person.id] = row.line
        people.append(PersonLine(row.line, person))
    return people, errors


def _person(row: CsvRow) -> Person:
    person_id = fields.identifier("id", row.get("id"))
    name = " ".join(row.get("name").split())  # a line break typed inside the cell
    if not name:
        raise FieldError("name", msg("name is empty"))
    kind_text = row.get("kind").lower()
    try:
        kind = PersonKind(kind_text)
    except ValueError:
        raise FieldError(
            "kind",
            msg("kind '{kind}' is neither professional nor volunteer", kind=row.get("kind")),
        ) from None
    wrong = VOLUNTEER_ONLY if kind is PersonKind.PROFESSIONAL else PROFESSIONAL_ONLY
    for column in wrong:
        if row.get(column):
            if kind is PersonKind.PROFESSIONAL:
                problem = msg("{column} is for volunteers, not for a professional", column=column)
            else:
                problem = msg("{column} is for professionals, not for a volunteer", column=column)
            raise FieldError(column, problem)
    email = row.get("email") or None
    if email and "@" not in email:
        raise FieldError("email", msg("email '{email}' is not an e-mail address", email=email))
    home = row.get("home_activity") or None
    qualifications = _qualifications(row.get("qualifications"))
    limits = _limits(row) if kind is PersonKind.VOLUNTEER else None
    if home and limits and home in limits.refuses:
        raise FieldError(
            "refuses",
            msg("refuses '{activity}', which is their own home_activity", activity=home),
        )
    return Person(
        id=person_id,
        name=name,
        kind=kind,
        qualifications=frozenset(q for q, _ in qualifications),
        languages=fields.identifiers("languages", row.get("languages")),
        contract=_contract(row) if kind is PersonKind.PROFESSIONAL else None,
        limits=limits,
        home_activity=home,
        email=email,
        phone=row.get("phone") or None,
        language=_language(row.get("language")),
        newcomer=_newcomer(row.get("newcomer"), kind),
        heavy=HeavyLimits(*(_own_limit(row, column) for column in HEAVY)),
        never_with=_partners(row, "never_with", person_id),
        always_with=_partners(row, "always_with", person_id),
        reminder=_reminder(row.get("reminder")),
        lapses=tuple(sorted((q, until) for q, until in qualifications if until is not None)),
        wishes=Wishes(
            prefers=tuple(_slot("prefers", t) for t in fields.items(row.get("prefers"))),
            avoids=tuple(_slot("avoids", t) for t in fields.items(row.get("avoids"))),
            days_off=frozenset(
                fields.calendar_date("days_off", t) for t in fields.items(row.get("days_off"))
            ),
        ),
    )


def _qualifications(text: str | None) -> list[tuple[str, date | None]]:
    """'nurse;first_aid:2027-03-31': codes, each with the date it lapses, if it does."""
    found: list[tuple[str, date | None]] = []
    for item in fields.items(text):
        code, colon, until = (part.strip() for part in item.partition(":"))
        fields.identifiers("qualifications", code or item)  # refuses what is not a code
        if not colon:
            found.append((code, None))
            continue
        day = parse_day(until)
        if day is None:
            raise bad_item(
                "qualifications",
                msg(
                    "'{item}': '{value}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                    item=item,
                    value=until,
                ),
            )
        found.append((code, fields.in_range("qualifications", day)))
    return found


def _reminder(text: str | None) -> timedelta | None:
    """How long before each shift they are reminded: empty for the organisation's lead,
    'no' for none, or hours ('48', '2', '1,5')."""
    value = (text or "").strip().lower()
    if not value:
        return None
    if value in NO:
        return timedelta(0)
    hours = fields.number("reminder", value, low=0.25, high=MAX_REMINDER_HOURS)
    return timedelta(minutes=round(hours * 60))


YES = ("yes", "true", "1", "ja", "oui")
NO = ("", "no", "false", "0", "nee", "non")


def _newcomer(text: str, kind: PersonKind) -> bool:
    """'yes' marks a volunteer new to the work: planned only beside a mentor."""
    value = text.strip().lower()
    if value not in YES + NO:
        raise FieldError("newcomer", msg("newcomer '{value}' is neither yes nor no", value=text))
    if value in YES and kind is PersonKind.PROFESSIONAL:
        raise FieldError("newcomer", msg("newcomer is for volunteers, not for a professional"))
    return value in YES


SHIFT_CLASSES = ("morning", "afternoon", "evening", "night")


def _slot(column: str, token: str) -> Slot:
    """'mon', 'evening' or 'sat morning'."""
    words = token.lower().split()
    day: int | None = None
    kind: str | None = None
    for word in words:
        if word in SHIFT_CLASSES and kind is None:
            kind = word
        elif day is None and word not in SHIFT_CLASSES:
            try:
                day = fields.weekday(column, word)  # English or Dutch, as elsewhere
            except FieldError:
                words = []
        else:
            words = []
    if not words:
        raise bad_item(
            column,
            msg(
                "'{wish}' is not a day, a kind of shift or both (e.g. 'sat morning')",
                wish=token,
            ),
        )
    return Slot(day, kind)


def _partners(row: CsvRow, column: str, person_id: str) -> frozenset[str]:
    """Ids of people in people.csv (checked with the whole folder); never oneself, and
    never a person both in never_with and always_with."""
    ids = fields.identifiers(column, row.get(column))
    if person_id in ids:
        raise FieldError(column, msg("{column} names the person themselves", column=column))
    if column == "always_with":
        both = sorted(ids & fields.identifiers("never_with", row.get("never_with")))
        if both:
            raise FieldError(
                column, msg("always_with '{person}', who is also in never_with", person=both[0])
            )
    return ids


def _own_limit(row: CsvRow, column: str) -> int | None:
    """A whole number, or empty for the organisation's limit."""
    text = row.get(column)
    return fields.whole(column, text, high=MAX_SHIFTS_PER_MONTH) if text else None


def _language(text: str) -> str | None:
    """The code of the language a person reads best ('fr', 'fr_BE', 'FR'); None: the
    organisation's. A language without a catalogue yet is kept (warned about at load), so
    that it is used once one is added."""
    if not text:
        return None
    if not LANGUAGE.match(text):
        raise FieldError(
            "language",
            msg("language '{value}' is not a language code (e.g. nl, fr, en)", value=text),
        )
    return text.replace("-", "_").split("_")[0].lower()


def _contract(row: CsvRow) -> Contract:
    if not row.get("hours_per_week"):
        raise FieldError("hours_per_week", msg("hours_per_week is empty: a professional needs one"))
    hours = fields.number("hours_per_week", row.get("hours_per_week"), low=1.0, high=HOURS_IN_WEEK)
    days = fields.weekdays("working_days", row.get("working_days"))
    per_day = row.get("max_hours_per_day")
    return Contract(
        hours_per_week=hours,
        working_days=days or frozenset(range(5)),
        max_hours_per_day=(
            fields.number("max_hours_per_day", per_day, low=0.5, high=HOURS_IN_DAY)
            if per_day
            else 8.0
        ),
    )


def _limits(row: CsvRow) -> VolunteerLimits:
    for column in ("max_shifts_per_week", "max_shifts_per_month"):
        if not row.get(column):
            raise FieldError(
                column,
                msg("{column} is empty: every volunteer sets their own limit", column=column),
            )
    wants = fields.identifiers("wants", row.get("wants"))
    refuses = fields.identifiers("refuses", row.get("refuses"))
    both = sorted(wants & refuses)
    if both:
        raise FieldError(
            "refuses", msg("refuses '{activity}', which is also in wants", activity=both[0])
        )
    return VolunteerLimits(
        max_shifts_per_week=fields.whole(
            "max_shifts_per_week", row.get("max_shifts_per_week"), high=MAX_SHIFTS_PER_WEEK
        ),
        max_shifts_per_month=fields.whole(
            "max_shifts_per_month", row.get("max_shifts_per_month"), high=MAX_SHIFTS_PER_MONTH
        ),
        offers=tuple(_window(token) for token in fields.items(row.get("offers"))),
        wants=wants,
        refuses=refuses,
    )


def _window(token: str) -> TimeWindow:
    """'tue 13:00-17:00', or a day alone ('sat') for the whole day."""
    day, _, hours = token.partition(" ")
    weekday = fields.weekday("offers", day)
    hours = hours.strip()
    if not hours:
        return TimeWindow(weekday, time(0), time(0))  # end <= start: until the next midnight
    start, sep, end = hours.partition("-")
    if not sep:
        raise bad_item(
            "offers", msg("'{offer}' needs a time range like 'tue 13:00-17:00'", offer=token)
        )
    try:
        window = TimeWindow(
            weekday, fields.clock("offers", start.strip()), fields.clock("offers", end.strip())
        )
    except FieldError:
        raise bad_item(
            "offers",
            msg("'{offer}' is not a day with times like 'tue 13:00-17:00'", offer=token),
        ) from None
    if window.start == window.end:
        raise bad_item("offers", msg("'{offer}' starts and ends at the same time", offer=token))
    return window
