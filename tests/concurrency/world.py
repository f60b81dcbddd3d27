"""A small organisation in a database that two coordinators share, put back to the same
starting state before every round: a SQLite file (copied) or PostgreSQL (its rows put back).

The week: a drop-in on weekdays (one social worker, one or two volunteers) planned and
published, then planned again after the absence of Monday's professional, so the draft
differs from the published roster; two coordinators, Sara and Tom, each with their own
connection.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Integer, delete, insert, select, text
from sqlalchemy.engine import Engine

from planner.domain import Absence, AbsenceKind, Period
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from planner.storage.schema import metadata
from tests.builders import at
from tests.io.folder_builder import INLOOP, professional_row, volunteer_row, write_folder

MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)
WEEK = Period(MONDAY)
NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)  # before the week: every shift is in the future
PLAN_LIMIT_S = 2.0

VOLUNTEER = {"max_shifts_per_week": "5", "max_shifts_per_month": "20"}
PEOPLE = [
    professional_row("els", "Els Vermeulen"),
    professional_row("piet", "Piet Claes"),
    volunteer_row("jan", "Jan Peeters", **VOLUNTEER),
    volunteer_row("mira", "Mira Haddad", **VOLUNTEER),
    volunteer_row("noor", "Noor Aziz", **VOLUNTEER),
]


def folder(path: Path, people: list[dict] = PEOPLE) -> Path:
    return write_folder(path, activities=INLOOP, people=people)


def away(person_id: str, day: date) -> Absence:
    return Absence(person_id, at(day, "00:00"), at(day, "23:59"), AbsenceKind.LEAVE, "")


def build(service: Service, where: Path) -> None:
    """The starting state (see the module's docstring)."""
    service.load_folder(folder(where / "org"), now=NOW)
    service.plan_period(WEEK, time_limit=PLAN_LIMIT_S)
    service.publish_period(WEEK, NOW)
    service.add_absence(away(professional_on(service, MONDAY), MONDAY))
    service.plan_period(WEEK, time_limit=PLAN_LIMIT_S)


def make_stale(service: Service) -> None:
    """Tuesday's professional is away too: planning again changes the draft."""
    service.add_absence(away(professional_on(service, TUESDAY), TUESDAY))


def professional_on(service: Service, day: date) -> str:
    """Who is in the professional's place of the day's drop-in, in the draft."""
    shift_id = f"inloop@{day.isoformat()}T09:00"
    (found,) = [
        a.person_id
        for a in service.roster(WEEK).roster.assignments
        if a.shift_id == shift_id and a.role.value == "professional"
    ]
    return found


def fingerprint(repo: Repository) -> tuple:
    """What a coordinator would see of the week: both rosters, their unstaffed verdicts,
    whether it was published, and the absences; no times of writing."""

    def layer(published: bool) -> tuple:
        roster = repo.roster(WEEK, published=published)
        places = tuple(sorted((a.shift_id, a.person_id, a.role.value, a.pinned)
                              for a in roster.assignments))  # fmt: skip
        unstaffed = tuple(sorted((s, r.verdict.value) for s, r in roster.unstaffed.items()))
        return places, unstaffed

    absences = tuple((a.person_id, a.start.isoformat(), a.end.isoformat()) for a in repo.absences())
    return layer(False), layer(True), repo.published_at(WEEK) is not None, absences


@dataclass
class Database:
    """A database at the starting state, and how to put it back there."""

    url: str
    template: Path | None = None  # SQLite: the file to copy
    rows: dict[str, list[dict]] | None = None  # PostgreSQL: every row of every table

    def reset(self) -> None:
        self.close()
        if self.template is not None:
            shutil.copy(self.template, self.url.removeprefix("sqlite:///"))
            return
        engine = make_engine(self.url, prepare=False)
        try:
            _put_back(engine, self.rows or {})
        finally:
            engine.dispose()

    engines: list[Engine] = field(default_factory=list)

    def coordinator(self, name: str) -> Service:
        """A coordinator with their own engine, hence their own connections."""
        engine = make_engine(self.url)
        self.engines.append(engine)
        return Service(Repository(engine, actor=name))

    def close(self) -> None:
        """Let go of every connection the coordinators opened."""
        while self.engines:
            self.engines.pop().dispose()


def sqlite_databases(tmp_path: Path) -> dict[bool, Database]:
    """The starting state, fresh (False) and stale (True), each a SQLite file to copy."""
    fresh, stale = tmp_path / "fresh.db", tmp_path / "stale.db"
    engine = make_engine(f"sqlite:///{fresh}")
    service = Service(Repository(engine, actor="sara"))
    build(service, tmp_path)
    engine.dispose()
    shutil.copy(fresh, stale)
    engine = make_engine(f"sqlite:///{stale}")
    make_stale(Service(Repository(engine, actor="sara")))
    engine.dispose()
    return {
        False: Database(f"sqlite:///{tmp_path / 'roster.db'}", template=fresh),
        True: Database(f"sqlite:///{tmp_path / 'roster.db'}", template=stale),
    }


def postgres_databases(engine: Engine, tmp_path: Path) -> dict[bool, Database]:
    """The starting state, fresh (False) and stale (True), as rows to put back."""
    service = Service(Repository(engine, actor="sara"))
    build(service, tmp_path)
    fresh = _rows(engine)
    make_stale(service)
    url = engine.url.render_as_string(hide_password=False)
    return {False: Database(url, rows=fresh), True: Database(url, rows=_rows(engine))}


def _rows(engine: Engine) -> dict[str, list[dict]]:
    with engine.connect() as connection:
        return {
            table.name: [dict(r._mapping) for r in connection.execute(select(table))]
            for table in metadata().sorted_tables
        }


def _put_back(engine: Engine, rows: dict[str, list[dict]]) -> None:
    tables = metadata().sorted_tables
    with engine.begin() as connection:
        for table in reversed(tables):
            connection.execute(delete(table))
        for table in tables:
            if rows.get(table.name):
                connection.execute(insert(table), rows[table.name])
        # Ids given explicitly leave the sequences behind: set them past the ids put back.
        for table in tables:
            key = list(table.primary_key.columns)
            if len(key) == 1 and key[0].name == "id" and isinstance(key[0].type, Integer):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
