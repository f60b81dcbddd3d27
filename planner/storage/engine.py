"""The engine is made here from a URL and passed in; nothing connects at import time."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

ENV_VAR = "ROSTER_DATABASE_URL"


def default_url() -> str:
    """`--db` beats ROSTER_DATABASE_URL beats a SQLite file in the user's data directory."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    folder = Path(user_data_dir("roster-planner", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'roster.db'}"


def make_engine(url: str | None = None) -> Engine:
    url = url or default_url()
    engine = create_engine(url)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    create_schema(engine)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    # Importing the table modules registers them on SQLModel.metadata.
    from planner.storage import calendar_tables, tables  # noqa: F401

    SQLModel.metadata.create_all(engine)
