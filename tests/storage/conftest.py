"""The repository tests run on SQLite, and on PostgreSQL too when ROSTER_TEST_POSTGRES_URL
names a database they may wipe (e.g. postgresql+psycopg://postgres@localhost:5432/roster_test)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from planner.storage.schema import create_schema, drop_schema

POSTGRES_URL = os.environ.get("ROSTER_TEST_POSTGRES_URL")


def fresh_postgres(**options):
    """An engine on the test PostgreSQL database, emptied and given today's schema."""
    if not POSTGRES_URL:
        pytest.skip("set ROSTER_TEST_POSTGRES_URL to run on PostgreSQL too")
    engine = make_engine(POSTGRES_URL, prepare=False, **options)
    drop_schema(engine)
    create_schema(engine)
    return engine


@pytest.fixture(params=["sqlite", "postgres"])
def repo(request) -> Iterator[Repository]:
    if request.param == "sqlite":
        yield Repository(make_engine("sqlite://"))
        return
    engine = fresh_postgres()
    yield Repository(engine)
    engine.dispose()
