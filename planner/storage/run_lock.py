"""One run at a time of a command that must not run twice at once (`roster notify`: two runs
would both send the same notices), held for the whole run and let go by the operating
system or the database server when the process ends in any way, kill -9 included.

SQLite: an exclusive flock on a lock file beside the database file. PostgreSQL: a
session-level advisory lock on a connection of its own. In-memory SQLite: a lock of this
process (only this process can see that database).
"""

from __future__ import annotations

import fcntl
import os
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from planner.errors import PlannerError
from planner.message import msg

_local_locks: dict[str, threading.Lock] = {}
_guard = threading.Lock()


@contextmanager
def only_run(engine: Engine, name: str) -> Iterator[None]:
    """Hold the lock `name` for the block; PlannerError at once when another run holds it."""
    if engine.dialect.name == "postgresql":
        with _advisory(engine, name):
            yield
        return
    database = engine.url.database
    if not database or database == ":memory:":
        with _in_process(f"{id(engine)}:{name}"):
            yield
        return
    with _flock(Path(f"{database}.{name}.lock"), name):
        yield


def _busy(name: str) -> PlannerError:
    return PlannerError(
        msg(
            "another `roster {command}` is running on this database: try again when it is done",
            command=name,
        )
    )


@contextmanager
def _flock(path: Path, name: str) -> Iterator[None]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise PlannerError(
            msg("{path}: cannot make the lock file: {reason}", path=str(path), reason=exc.strerror)
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _busy(name) from None
        yield
    finally:
        os.close(fd)  # lets the lock go


@contextmanager
def _advisory(engine: Engine, name: str) -> Iterator[None]:
    key = zlib.crc32(f"roster-planner:{name}".encode())
    with engine.connect() as connection:
        taken = connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar()
        connection.commit()
        if not taken:
            raise _busy(name)
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            connection.commit()


@contextmanager
def _in_process(key: str) -> Iterator[None]:
    with _guard:
        lock = _local_locks.setdefault(key, threading.Lock())
    if not lock.acquire(blocking=False):
        raise _busy(key.partition(":")[2])
    try:
        yield
    finally:
        lock.release()
