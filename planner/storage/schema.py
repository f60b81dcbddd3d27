"""The schema: made on an empty database, migrated with Alembic when it is behind.

- An empty database gets today's tables at once (create_all), stamped with the newest
  revision; the migrations are tested to make the same tables.
- A database made by the release before migrations has the tables but no alembic_version:
  it is at the first revision (0001_previous_release).
- A SQLite file that is behind is upgraded when opened, after a copy of it is kept beside it
  (`roster.db.0001_previous_release.bak`). A shared PostgreSQL database is upgraded only by
  `roster db upgrade`, run once by one coordinator: a planner that opens it behind stops with
  a message that says so.
- A database ahead of this planner (a colleague upgraded first) is refused: upgrade the planner.

Every step runs in one transaction holding the write lock, so two planners that open the same
empty or old database at once make or upgrade it once.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, MetaData, PrimaryKeyConstraint, String, Table, inspect
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from planner.errors import DatabaseUnusable, PlannerError
from planner.message import msg
from planner.storage.connection import PG_WRITE_LOCK, WRITE, shown_url, sqlite_file, taking_turns

if TYPE_CHECKING:
    from alembic.config import Config

BASELINE = "0001_previous_release"
HEAD = "0011_link_use"  # the newest revision in migrations/versions (a test checks)
MIGRATIONS = Path(__file__).parent / "migrations"

# Alembic's own table, as Alembic makes it: written here too, so that opening a database
# never has to load Alembic (a third of a second) unless it migrates.
VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


@dataclass(frozen=True)
class SchemaState:
    url: str
    revision: str | None  # None: an empty database
    head: str = HEAD

    @property
    def current(self) -> bool:
        return self.revision == self.head


def metadata() -> MetaData:
    # Importing the table modules registers them on SQLModel.metadata.
    from planner.storage import (  # noqa: F401
        audit_tables,
        calendar_tables,
        feed_tables,
        notice_tables,
        offer_tables,
        page_tables,
        request_tables,
        tables,
    )

    return SQLModel.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def revisions() -> list[str]:
    """Every revision this planner knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def revision_of(connection: Connection) -> str | None:
    """The schema revision of the database; None when it has no tables at all."""
    names = set(inspect(connection).get_table_names())
    if VERSION_TABLE.name in names:
        return connection.execute(VERSION_TABLE.select()).scalar()
    if "organisation" in names and "assignment" in names:
        return BASELINE
    if names:
        listed = sorted(names)[:5]
        raise DatabaseUnusable(
            msg(
                "the database {url} is not a roster planner's (it holds other tables: "
                "{tables}); give an empty database",
                url=shown_url(str(connection.engine.url)),
                tables=listed,
            )
        )
    return None


def state(engine: Engine) -> SchemaState:
    with taking_turns(engine), engine.connect() as connection:
        return SchemaState(str(engine.url), revision_of(connection))


def prepare_schema(engine: Engine) -> None:
    """Make the schema of an empty database; upgrade a SQLite file that is behind; refuse a
    shared database that is behind (or any that is ahead)."""
    found = state(engine)
    if found.current:
        return
    if found.revision is None:
        create_schema(engine)
        return
    _refuse_unknown(engine, found.revision)
    if engine.dialect.name != "sqlite":
        raise DatabaseUnusable(
            msg(
                "the database {url} has the schema of an older release ({revision}); one "
                "coordinator runs `roster db upgrade` once to bring it to {head}, then everyone "
                "can work on it",
                url=shown_url(str(engine.url)),
                revision=found.revision,
                head=HEAD,
            )
        )
    upgrade(engine)


def create_schema(engine: Engine) -> None:
    """Today's tables on an empty database, stamped with the newest revision."""
    with _locked(engine) as connection:
        if revision_of(connection) is None:
            metadata().create_all(connection)
            VERSION_TABLE.create(connection)
            connection.execute(VERSION_TABLE.insert().values(version_num=HEAD))


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """`roster db upgrade`: bring the schema to the newest revision, in one transaction.
    Returns the revision before (None: the database was empty) and after. A SQLite file is
    copied beside itself first."""
    before = state(engine).revision
    if before is None:
        create_schema(engine)
        return None, HEAD
    _refuse_unknown(engine, before)
    if before == HEAD:
        return before, HEAD
    path = sqlite_file(engine)
    if path is not None:
        _keep_copy(path, Path(f"{path}.{before}.bak"))
    from alembic import command

    with _locked(engine) as connection:
        if revision_of(connection) != HEAD:
            config = alembic_config(connection)
            if "alembic_version" not in inspect(connection).get_table_names():
                command.stamp(config, BASELINE)
            command.upgrade(config, HEAD)
    return before, HEAD


def drop_schema(engine: Engine) -> None:
    """Every table, Alembic's included (tests that reuse one PostgreSQL database)."""
    with _locked(engine) as connection:
        metadata().drop_all(connection)
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")


def _refuse_unknown(engine: Engine, revision: str) -> None:
    if revision not in revisions():
        raise DatabaseUnusable(
            msg(
                "the database {url} has a newer schema ({revision}) than this planner knows "
                "({head}): install the newer planner",
                url=shown_url(str(engine.url)),
                revision=revision,
                head=HEAD,
            )
        )


class _locked:
    """A connection in a write transaction holding the write lock; commits on success."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.turns = taking_turns(engine)

    def __enter__(self) -> Connection:
        self.turns.__enter__()
        self.connection = self.engine.connect().execution_options(**{WRITE: True})
        self.transaction = self.connection.begin()  # SQLite: BEGIN IMMEDIATE
        if self.engine.dialect.name == "postgresql":
            self.connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
        return self.connection

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self.transaction.commit()
            else:
                self.transaction.rollback()
        finally:
            self.connection.close()
            self.turns.__exit__(kind, error, trace)


def _keep_copy(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file (SQLite's online backup), before changing it."""
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise PlannerError(
            msg(
                "cannot keep a copy of {file} before upgrading it: {reason}",
                file=str(source),
                reason=str(exc),
            )
        ) from None
