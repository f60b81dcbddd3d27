"""The engine is made here from a URL and passed in; nothing connects at import time."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel, create_engine

from planner.errors import PlannerError
from planner.message import msg

ENV_VAR = "ROSTER_DATABASE_URL"


def default_url() -> str:
    """`--db` beats ROSTER_DATABASE_URL beats a SQLite file in the user's data directory."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    folder = Path(user_data_dir("roster-planner", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'roster.db'}"


def make_engine(url: str | None = None) -> Engine:
    """An engine with the schema in place. A URL that cannot be opened -> PlannerError."""
    url = url or default_url()
    try:
        if _in_memory(url):
            # One shared connection: otherwise each thread (the TUI's solver worker) would get
            # its own, empty, in-memory database.
            engine = create_engine(
                url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            engine = create_engine(url)
        if url.startswith("sqlite"):
            event.listen(engine, "connect", _sqlite_pragmas)
        create_schema(engine)
    except (ArgumentError, NoSuchModuleError, ImportError, OperationalError) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise PlannerError(
            msg("cannot open the database {url}: {reason}", url=_shown(url), reason=reason)
        ) from None
    return engine


def _in_memory(url: str) -> bool:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    # Importing the table modules registers them on SQLModel.metadata.
    from planner.storage import calendar_tables, feed_tables, notice_tables, tables  # noqa: F401

    SQLModel.metadata.create_all(engine)
