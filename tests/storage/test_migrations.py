"""Migrations: they make today's schema, and a database made by the previous release is
upgraded in place without losing a row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, Table, create_engine, inspect, select, text
from sqlalchemy.engine import Engine

from planner.domain import Period
from planner.errors import PlannerError
from planner.storage import schema
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from planner.storage.schema import BASELINE, HEAD, drop_schema
from tests.storage.conftest import fresh_postgres

DUMP = Path(__file__).parent / "previous_release" / "demo_week.sql"
OLD_TABLES = (
    "organisation",
    "activity",
    "person",
    "absence",
    "assignment",
    "shift_state",
    "calendar_event",
)
WEEK = Period(date(2026, 11, 30))
TZ = ZoneInfo("Europe/Brussels")


def previous_release_file(folder: Path) -> Path:
    """A SQLite file as the previous release left it."""
    path = folder / "roster.db"
    with closing(sqlite3.connect(path)) as db:
        db.executescript(DUMP.read_text(encoding="utf-8"))
    return path


def rows_of(engine: Engine, tables=OLD_TABLES) -> dict[str, list[tuple]]:
    """Every row of the old tables, in the old columns, in a stable order."""
    found = {}
    with engine.connect() as connection:
        for name in tables:
            table = Table(name, MetaData(), autoload_with=connection)
            columns = [table.c[c] for c in _old_columns(name)]
            rows = connection.execute(select(*columns)).all()
            found[name] = sorted(tuple(_plain(v) for v in row) for row in rows)
    return found


def _plain(value: object) -> str:
    """A value as both backends give it back: a moment as naive UTC."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _old_columns(table: str) -> list[str]:
    with closing(sqlite3.connect(":memory:")) as db:
        db.executescript(DUMP.read_text(encoding="utf-8"))
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def upgrade_to(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = schema.alembic_config(connection)
        command.upgrade(config, revision)


def test_head_is_the_newest_migration():
    script = ScriptDirectory.from_config(schema.alembic_config())

    assert script.get_current_head() == HEAD
    assert schema.revisions() == [
        BASELINE,
        "0002_shared_database",
        "0003_feeds_and_notices",
        "0004_safeguards",
        "0005_page_links",
        "0006_self_service",
        "0007_self_service_requests",
        "0008_reminders",
        "0009_self_service_entries",
        "0010_offers",
        HEAD,
    ]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_migrations_make_the_schema_that_the_tables_describe(backend, tmp_path):
    if backend == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}", prepare=False)
    else:
        engine = fresh_postgres()
        drop_schema(engine)

    upgrade_to(engine, HEAD)

    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), schema.metadata())
    assert differences == []


def test_the_first_revision_is_the_previous_release_schema(tmp_path):
    made = make_engine(f"sqlite:///{tmp_path / 'm.db'}", prepare=False)
    upgrade_to(made, BASELINE)
    (tmp_path / "old").mkdir()
    old = create_engine(f"sqlite:///{previous_release_file(tmp_path / 'old')}")

    def shape(engine: Engine) -> dict[str, tuple]:
        inspector = inspect(engine)
        return {
            name: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(name)],
                sorted(i["name"] for i in inspector.get_indexes(name)),
                sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(name)),
            )
            for name in OLD_TABLES
        }

    assert shape(made) == shape(old)


def test_a_previous_release_file_is_upgraded_when_opened_and_keeps_every_row(tmp_path):
    path = previous_release_file(tmp_path)
    before = rows_of(create_engine(f"sqlite:///{path}"))

    engine = make_engine(f"sqlite:///{path}")

    assert schema.state(engine).revision == HEAD
    assert rows_of(engine) == before
    assert Path(f"{path}.{BASELINE}.bak").exists()
    repo = Repository(engine, actor="sara")
    assert len(repo.load_organisation().people) == 195
    assert repo.published_by(WEEK)[1] == ""  # published before publishers were recorded
    assert repo.roster(WEEK, published=True).assignments
    assert [a.reason for a in repo.absences(person_id="rita.de-meyer")] == ["griep"]


def test_an_upgraded_database_takes_new_changes(tmp_path):
    engine = make_engine(f"sqlite:///{previous_release_file(tmp_path)}")
    repo = Repository(engine, actor="sara")

    repo.publish(WEEK, datetime(2026, 12, 2, 9, 0, tzinfo=TZ))

    assert repo.published_by(WEEK)[1] == "sara"
    assert repo.seen() > 0


def test_a_shared_database_of_the_previous_release_waits_for_db_upgrade(tmp_path):
    engine = fresh_postgres()
    drop_schema(engine)
    upgrade_to(engine, BASELINE)
    old = create_engine(f"sqlite:///{previous_release_file(tmp_path)}")
    _copy_rows(old, engine)
    with engine.begin() as connection:  # the previous release made its tables without Alembic
        connection.execute(text("DROP TABLE alembic_version"))
    before = rows_of(engine)

    with pytest.raises(PlannerError, match="roster db upgrade"):
        make_engine(engine.url.render_as_string(hide_password=False))
    assert schema.upgrade(engine) == (BASELINE, HEAD)

    assert rows_of(engine) == before
    assert schema.state(engine).current
    repo = Repository(engine)
    assert len(repo.load_organisation().people) == 195


def test_a_database_newer_than_the_planner_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))

    with pytest.raises(PlannerError, match="newer schema .*0099_from_the_future.*install"):
        make_engine(url)


def test_a_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE invoices (id INTEGER)")

    with pytest.raises(PlannerError, match="not a roster planner's .*invoices"):
        make_engine(f"sqlite:///{path}")


def _copy_rows(source: Engine, target: Engine) -> None:
    """The previous release's rows as it wrote them: JSON as JSON, moments in UTC."""
    with source.connect() as src, target.begin() as dst:
        for name in OLD_TABLES:
            rows = [
                {k: _aware(v) for k, v in row._mapping.items()}
                for row in src.execute(select(Table(name, MetaData(), autoload_with=src)))
            ]
            if rows:
                dst.execute(Table(name, MetaData(), autoload_with=dst).insert(), rows)


def _aware(value: object) -> object:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=ZoneInfo("UTC"))
    return value
