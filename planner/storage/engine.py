"""The engine is made here from a URL and passed in; nothing connects at import time.

Two backends: a SQLite file (the default, one coordinator or a few on one machine) and
PostgreSQL (several coordinators sharing one database); planner/storage/connection.py says
how writes take turns on both.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError
from sqlalchemy.pool import StaticPool
from sqlmodel import create_engine

from planner.errors import DatabaseUnusable, PlannerError
from planner.message import msg
from planner.storage.connection import (
    BUSY_TIMEOUT_S,
    in_memory_url,
    listen,
    share_in_turns,
    shown_url,
)
from planner.storage.schema import prepare_schema

ENV_VAR = "ROSTER_DATABASE_URL"
BUSY_ENV_VAR = "ROSTER_BUSY_TIMEOUT"  # seconds a write waits for another's (default 60)


def default_url(*, make_folder: bool = True) -> str:
    """`--db` beats ROSTER_DATABASE_URL beats a SQLite file in the user's data directory
    (made, unless `make_folder` is False: only looking must leave no trace)."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    folder = Path(user_data_dir("roster-planner", appauthor=False))
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'roster.db'}"


def make_engine(
    url: str | None = None, *, busy_timeout_s: float | None = None, prepare: bool = True
) -> Engine:
    """An engine with the schema in place (planner.storage.schema.prepare: made when the
    database is empty, upgraded when a SQLite file is behind). A URL that cannot be opened,
    or a shared database whose schema is behind -> PlannerError. `prepare=False` only
    connects (for `roster db upgrade`)."""
    url = url or default_url()
    if busy_timeout_s is None:
        busy_timeout_s = _busy_timeout_from_environment()
    try:
        if in_memory_url(url):
            engine = create_engine(
                url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
            share_in_turns(engine)
        elif url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
        else:
            engine = create_engine(url, pool_pre_ping=True)
        listen(engine, busy_timeout_s)
        if prepare:
            prepare_schema(engine)
    except (ArgumentError, NoSuchModuleError, ImportError, DatabaseError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        if "file is not a database" in reason:
            raise DatabaseUnusable(
                msg("{url} is not a database (it is another kind of file)", url=shown_url(url))
            ) from None
        raise DatabaseUnusable(
            msg("cannot open the database {url}: {reason}", url=shown_url(url), reason=reason)
        ) from None
    return engine


def _busy_timeout_from_environment() -> float:
    text = os.environ.get(BUSY_ENV_VAR, "").strip()
    if not text:
        return BUSY_TIMEOUT_S
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if seconds <= 0:
        raise PlannerError(
            msg("{name}={value} is not a number of seconds above 0", name=BUSY_ENV_VAR, value=text)
        )
    return seconds
