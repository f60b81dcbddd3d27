"""A `roster load` against what people entered on their own page (docs/self-service.md): for
each field a person changed on their page (offered days and times, wishes, days off), the file's value
and the entry are compared as the people rows are filled. The same: the entry is settled (the
file caught up) and goes. Different: the person's entry stays in the row and the difference is
returned for the load to list, unless the load overwrites entries, which then go."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.storage.request_tables import EntryStore, SelfServiceEntryRow
from planner.storage.tables import PersonRow


@dataclass(frozen=True)
class EntryDifference:
    person_id: str
    # "offers", "days_off", "prefers", "avoids" ([[weekday or None, kind or None], ...]) or
    # "reminder" ([minutes], or [] for the organisation's)
    field: str
    in_file: tuple[Any, ...]
    entered: tuple[Any, ...]
    overwritten: bool  # the file's value won (--overwrite-self-service)


def entries_by_person(session: Session) -> dict[str, list[SelfServiceEntryRow]]:
    found: dict[str, list[SelfServiceEntryRow]] = {}
    for row in EntryStore.all(session):
        found.setdefault(row.person_id, []).append(row)
    return found


def apply_entries(
    session: Session, row: PersonRow, entries: list[SelfServiceEntryRow], overwrite: bool
) -> list[EntryDifference]:
    """Keep (or drop) the person's page entries over the file's values just filled in."""
    differences = []
    for entry in entries:
        in_file = _value(row, entry.field)
        if sorted(in_file, key=repr) == sorted(entry.value, key=repr):
            session.delete(entry)  # the file says the same now: nothing to keep apart
            continue
        differences.append(
            EntryDifference(
                row.id,
                entry.field,
                tuple(map(_frozen, in_file)),
                tuple(map(_frozen, entry.value)),
                overwrite,
            )
        )
        if overwrite:
            session.delete(entry)
        else:
            _set(row, entry.field, entry.value)
    return differences


def _value(row: PersonRow, field: str) -> list:
    if field == "offers":
        return list(row.offers)
    if field == "reminder":
        minutes = row.safeguards.get("reminder_minutes")
        return [] if minutes is None else [minutes]
    return list(row.safeguards.get("wishes", {}).get(field, []))


def _set(row: PersonRow, field: str, value: list) -> None:
    if field == "offers":
        row.offers = list(value)
        return
    safeguards = dict(row.safeguards)
    if field == "reminder":
        safeguards.pop("reminder_minutes", None)
        if value:
            safeguards["reminder_minutes"] = value[0]
        row.safeguards = safeguards
        return
    wishes = dict(safeguards.get("wishes", {"prefers": [], "avoids": [], "days_off": []}))
    wishes[field] = list(value)
    safeguards["wishes"] = wishes
    row.safeguards = safeguards


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
