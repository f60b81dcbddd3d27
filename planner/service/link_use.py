"""When `roster serve` last answered each calendar link and showed each personal page, for
the digest's links that stopped being used (docs/operations.md). Cheap by design: each
server process remembers when it last recorded a link and records it again at most once an
hour per link, as a conditional UPDATE (no audit line: nothing about the roster changed, and
the pages' optimistic check is not disturbed). A database that is busy or away costs
nothing but the record: the feed or page was already answered.

The server gathers the records of a moment (`batch_s`) and writes them in one transaction:
a thousand people opening their page for the first time in a morning would otherwise be a
thousand writes, each holding the database's lock while the pages of others wait to read."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import Update, or_, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from planner.storage.connection import WRITE
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.page_tables import PageTokenRow
from planner.storage.repository import Repository

EVERY = timedelta(hours=1)  # at most one write per link per hour per process
SERVER_BATCH_S = 1.0  # `roster serve`: the records of a second go in one write

_FEED, _PAGE = "feed", "page"


class LinkUse:
    def __init__(self, batch_s: float = 0.0) -> None:
        """`batch_s` 0: each record is written at once; else in one write `batch_s` after the
        first record not yet written (the server calls `flush` when it stops)."""
        self._batch_s = batch_s
        self._last: dict[tuple[str, str], datetime] = {}
        self._pending: dict[tuple[str, str], tuple[Repository, datetime]] = {}
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def feed_fetched(self, repo: Repository, token_hash: str, now: datetime) -> None:
        self._record(repo, _FEED, token_hash, now)

    def page_opened(self, repo: Repository, token_hash: str, now: datetime) -> None:
        self._record(repo, _PAGE, token_hash, now)

    def flush(self) -> None:
        """Write the records not written yet, in one transaction per database."""
        with self._lock:
            pending, self._pending = self._pending, {}
            self._timer = None
        by_engine: dict[int, tuple[Repository, list[Update]]] = {}
        for (kind, token_hash), (repo, now) in pending.items():
            by_engine.setdefault(id(repo.engine), (repo, []))[1].append(
                _statement(kind, token_hash, now)
            )
        for repo, statements in by_engine.values():
            _quietly(repo, statements)

    def _record(self, repo: Repository, kind: str, token_hash: str, now: datetime) -> None:
        with self._lock:
            last = self._last.get((kind, token_hash))
            if last is not None and now - last < EVERY:
                return
            self._last[(kind, token_hash)] = now
            self._pending[(kind, token_hash)] = (repo, now)
            if self._batch_s <= 0:
                timer = None
            elif self._timer is None:
                self._timer = timer = threading.Timer(self._batch_s, self.flush)
                timer.daemon = True
            else:
                return  # the write already due takes this record too
        if timer is None:
            self.flush()
        else:
            timer.start()


def _statement(kind: str, token_hash: str, now: datetime) -> Update:
    table: type[FeedTokenRow | PageTokenRow]
    if kind == _FEED:
        table, name = FeedTokenRow, "fetched_at_utc"
    else:
        table, name = PageTokenRow, "opened_at_utc"
    column = col(getattr(table, name))
    return (
        update(table)
        .where(col(table.token_hash) == token_hash)
        .where(or_(column.is_(None), column < now - EVERY))
        .values({name: now})
    )


def _quietly(repo: Repository, statements: list[Update]) -> None:
    try:
        # One transaction (on SQLite a plain connection writes each statement alone).
        with repo.engine.connect() as plain:
            connection = plain.execution_options(**{WRITE: True})
            with connection.begin():
                for statement in statements:
                    connection.execute(statement)
    except SQLAlchemyError:
        pass  # a busy database: the next request an hour on records it
