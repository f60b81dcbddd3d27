"""Connections to the database, below the schema: which backend, the in-memory turns, read
sessions, write transactions that take the write lock first, and database errors worded for
a coordinator.

Writes are serialised the same way on both backends: a write transaction first takes the
database's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory
lock), waiting up to the busy timeout, so that everything it reads after that sees every
earlier commit. Reads take no lock.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlmodel import Session

from planner.errors import Busy, DatabaseUnusable, PlannerError
from planner.message import msg

BUSY_TIMEOUT_S = 60.0  # how long a write waits for another coordinator's write to finish
WRITE = "roster_write"  # the execution option that makes a session's transaction a write
# Any fixed number will do: every roster planner takes the same advisory lock to write.
PG_WRITE_LOCK = 7_402_615_280

# In-memory SQLite is one connection shared by every thread (the app's solver worker must
# see what the screen saved), so sessions on it take turns: a session ending in one thread
# would otherwise roll back a transaction still open in another.
_turns: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()


_busy: weakref.WeakKeyDictionary[Engine, float] = weakref.WeakKeyDictionary()


def share_in_turns(engine: Engine) -> None:
    """Mark an in-memory engine: its sessions take turns (see `_turns`)."""
    _turns[engine] = threading.RLock()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def in_memory_url(url: str) -> bool:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a SQLite engine; None for PostgreSQL or in memory."""
    if not is_sqlite(engine) or engine in _turns:
        return None
    database = engine.url.database
    return Path(database) if database else None


@contextmanager
def taking_turns(engine: Engine) -> Iterator[None]:
    """Hold the engine's turn while a session is open (in-memory SQLite only)."""
    turn = _turns.get(engine)
    if turn is None:
        yield
        return
    with turn:
        yield


# The engines this thread has a write transaction open on.
_writing = threading.local()


@contextmanager
def writing_on(engine: Engine) -> Iterator[None]:
    """Mark the thread as writing on the engine, for `reading` to refuse."""
    engines = _writing.__dict__.setdefault("engines", [])
    engines.append(engine)
    try:
        yield
    finally:
        engines.pop()


@contextmanager
def reads_within(engine: Engine, session: Session) -> Iterator[None]:
    """While the thread's write on the engine is open, its reads go through the write's
    session: a use case that writes several things in one transaction (a repair, its
    publication, the request it decides) weighs each step on what the steps before it
    wrote, under the same write lock."""
    sessions = _writing.__dict__.setdefault("sessions", {})
    before = sessions.get(engine)
    sessions[engine] = session
    try:
        yield
    finally:
        if before is None:
            del sessions[engine]
        else:
            sessions[engine] = before


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session that only reads. Inside a write on the same engine, that write's own
    session (`reads_within`): it reads what the write has written so far; another would not
    (and on in-memory SQLite would end the write's transaction)."""
    within = _writing.__dict__.get("sessions", {}).get(engine)
    if within is not None:
        yield within
        return
    if engine in _writing.__dict__.get("engines", ()):
        raise RuntimeError("a read session opened inside a write: read through Write.session")
    with taking_turns(engine), Session(engine, expire_on_commit=False) as session:
        yield session


def busy_timeout(engine: Engine) -> float:
    """How long a write on the engine waits for the write lock."""
    return _busy.get(engine, BUSY_TIMEOUT_S)


def begin_write(session: Session) -> None:
    """Start the session's transaction as a write: wait for the write lock (Busy after the
    engine's busy timeout). Must come before the session's first statement."""
    session.connection(execution_options={WRITE: True})  # SQLite: BEGIN IMMEDIATE
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        waited_ms = int(busy_timeout(bind.engine) * 1000)
        session.execute(text(f"SET LOCAL lock_timeout = '{waited_ms}ms'"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})


def listen(engine: Engine, busy_timeout_s: float) -> None:
    """The SQLite transaction handling, and database errors as PlannerErrors."""
    _busy[engine] = busy_timeout_s
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)

    def handle_error(context: Any) -> Exception | None:
        return _user_error(context, busy_timeout_s)

    event.listen(engine, "handle_error", handle_error)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling would begin a transaction lazily, at the first
    # write, too late to take the lock before reading: we begin them ourselves (below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted content is overwritten with zeros, so a forgotten name does not linger in
    # free pages of the file (docs/privacy.md).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # Reads run without a transaction (each statement alone); a write takes the lock first.
    if connection.get_execution_options().get(WRITE):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _user_error(context: Any, busy_timeout_s: float) -> Exception | None:
    """Database errors a coordinator can act on, as one-line PlannerErrors."""
    original = context.original_exception
    message = str(original)
    if "database is locked" in message or getattr(original, "sqlstate", None) == "55P03":
        return Busy(busy_timeout_s)
    if "database or disk is full" in message:
        return PlannerError(msg("the database cannot grow: the disk is full; nothing was saved"))
    if "readonly database" in message:
        return PlannerError(
            msg("the database is read-only for you (no permission to write); nothing was saved")
        )
    if "file is not a database" in message or "database disk image is malformed" in message:
        return DatabaseUnusable(
            msg(
                "{url} is damaged or not a database",
                url=shown_url(str(context.engine.url)) if context.engine else "?",
            )
        )
    if context.is_disconnect:
        return PlannerError(
            msg("lost the connection to the database: {reason}", reason=message.strip())
        )
    return None
