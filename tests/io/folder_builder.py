"""Writes small organisation folders into a test's tmp_path, with defaults for every file.

The default folder: one drop-in (weekdays 09:00-12:00), one professional (els) and one
volunteer (jan), no absences. Override a whole file, or pass rows for the CSV files.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planner.io.absences_csv import COLUMNS as ABSENCE_COLUMNS
from planner.io.people_csv import COLUMNS as PEOPLE_COLUMNS

ORGANISATION = """\
name = "Sociaal Huis Testdorp"
timezone = "Europe/Brussels"
holidays = "BE"
coordinator = "Sara De Smet, 053 12 34 56"
"""

INLOOP = """\
[[activity]]
id = "inloop"
name = "Inloop"
kind = "drop_in"
site = "Sociaal Huis, Markt 1"
rrule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
start = "09:00"
end = "12:00"

[activity.staffing]
professionals = 1
qualifications = ["social_worker"]
volunteers_min = 1
volunteers_max = 2
volunteers_per_professional = 2
"""

NACHTOPVANG = """
[[activity]]
id = "nachtopvang"
name = "Nachtopvang"
kind = "night_shelter"
site = "Vaartstraat 3"
rrule = "FREQ=DAILY"
start = "20:00"
end = "08:00"
season = { from = "11-01", to = "03-31" }
open_on_holidays = true

[activity.staffing]
professionals = 1
volunteers_min = 1
volunteers_max = 2
min_people = 2
"""


def professional_row(id: str = "els", name: str = "Els Vermeulen", **cells: str) -> dict:
    return {
        "id": id,
        "name": name,
        "kind": "professional",
        "qualifications": "social_worker",
        "hours_per_week": "38",
        **cells,
    }


def volunteer_row(id: str = "jan", name: str = "Jan Peeters", **cells: str) -> dict:
    return {
        "id": id,
        "name": name,
        "kind": "volunteer",
        "max_shifts_per_week": "2",
        "max_shifts_per_month": "6",
        **cells,
    }


def absence_row(person: str = "els", start: str = "2026-12-01", end: str = "2026-12-02", **cells):
    return {"person": person, "from": start, "to": end, "kind": "leave", **cells}


def csv_text(columns: tuple[str, ...], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_folder(
    path: Path,
    *,
    organisation: str = ORGANISATION,
    activities: str = INLOOP,
    people: list[dict] | str | None = None,
    absences: list[dict] | str | None = None,
) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if people is None:
        people = [professional_row(), volunteer_row()]
    if absences is None:
        absences = []
    if not isinstance(people, str):
        people = csv_text(PEOPLE_COLUMNS, people)
    if not isinstance(absences, str):
        absences = csv_text(ABSENCE_COLUMNS, absences)
    (path / "organisation.toml").write_text(organisation, encoding="utf-8")
    (path / "activities.toml").write_text(activities, encoding="utf-8")
    (path / "people.csv").write_text(people, encoding="utf-8", newline="")
    (path / "absences.csv").write_text(absences, encoding="utf-8", newline="")
    return path
