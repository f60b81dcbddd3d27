"""When `roster serve` last answered each calendar link and showed each personal page, for
the digest's links that stopped being used (docs/operations.md). Cheap by design: each
server process remembers when it last recorded a link and writes again at most once an hour
per link, as one conditional UPDATE (no audit line: nothing about the roster changed, and
the pages' optimistic check is not disturbed). A database that is busy or away costs
nothing but the record: the feed or page was already answered."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import Update, or_, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from planner.storage.feed_tables import FeedTokenRow
from planner.storage.page_tables import PageTokenRow
from planner.storage.repository import Repository

EVERY = timedelta(hours=1)  # at most one write per link per hour per process


class LinkUse:
    def __init__(self) -> None:
        self._last: dict[tuple[str, str], datetime] = {}
        self._lock = threading.Lock()

    def _due(self, kind: str, token_hash: str, now: datetime) -> bool:
        with self._lock:
            last = self._last.get((kind, token_hash))
            if last is not None and now - last < EVERY:
                return False
            self._last[(kind, token_hash)] = now
            return True

    def feed_fetched(self, repo: Repository, token_hash: str, now: datetime) -> None:
        if not self._due("feed", token_hash, now):
            return
        column = col(FeedTokenRow.fetched_at_utc)
        statement = (
            update(FeedTokenRow)
            .where(col(FeedTokenRow.token_hash) == token_hash)
            .where(or_(column.is_(None), column < now - EVERY))
            .values(fetched_at_utc=now)
        )
        _quietly(repo, statement)

    def page_opened(self, repo: Repository, token_hash: str, now: datetime) -> None:
        if not self._due("page", token_hash, now):
            return
        column = col(PageTokenRow.opened_at_utc)
        statement = (
            update(PageTokenRow)
            .where(col(PageTokenRow.token_hash) == token_hash)
            .where(or_(column.is_(None), column < now - EVERY))
            .values(opened_at_utc=now)
        )
        _quietly(repo, statement)


def _quietly(repo: Repository, statement: Update) -> None:
    try:
        with repo.engine.begin() as connection:
            connection.execute(statement)
    except SQLAlchemyError:
        pass  # a busy database: the next request an hour on records it
