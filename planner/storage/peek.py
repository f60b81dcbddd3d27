"""A look at the organisation's language without opening the database for work: for the
words that come before any command runs (`--help`, Click's usage errors).

Asking for help must change nothing: no schema made in an empty database, no upgrade of an
old one, no file created where there was none. So a SQLite file is opened read-only (an
URI with `mode=ro`) and PostgreSQL is asked one plain SELECT; anything that goes wrong (no
file, no table yet, a release without the column, a server that does not answer) means
"not known", and the caller keeps its default.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import create_engine

_QUERY = "SELECT language FROM organisation WHERE id = 1"
PG_CONNECT_TIMEOUT_S = 2  # help must not wait long for a server that does not answer


def organisation_language(url: str) -> str | None:
    """The `language` setting of the organisation in the database at `url`, or None when
    it cannot be read without changing anything."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    backend = parsed.get_backend_name()
    try:
        if backend == "sqlite":
            return _from_sqlite(parsed.database)
        if backend == "postgresql":
            return _from_postgresql(url)
    except (sqlite3.Error, SQLAlchemyError, OSError, ValueError, ImportError):
        return None
    return None


def _from_sqlite(database: str | None) -> str | None:
    if not database or database == ":memory:":
        return None
    path = Path(database)
    if not path.is_file():
        return None  # `mode=ro` would refuse it anyway; say so without trying
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=1)) as connection:
        row = connection.execute(_QUERY).fetchone()
    return str(row[0]) if row and row[0] else None


def _from_postgresql(url: str) -> str | None:
    engine = create_engine(url, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            value = connection.execute(text(_QUERY)).scalar()
            connection.rollback()
    finally:
        engine.dispose()
    return str(value) if value else None
