"""The repository tests run on SQLite, and on PostgreSQL too when ROSTER_TEST_POSTGRES_URL
names a database they may wipe (e.g. postgresql+psycopg://postgres@localhost:5432/roster_test)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlmodel import SQLModel

from planner.storage.engine import create_schema, make_engine
from planner.storage.repository import Repository

POSTGRES_URL = os.environ.get("ROSTER_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def repo(request) -> Iterator[Repository]:
    if request.param == "sqlite":
        yield Repository(make_engine("sqlite://"))
        return
    if not POSTGRES_URL:
        pytest.skip("set ROSTER_TEST_POSTGRES_URL to run on PostgreSQL too")
    pytest.importorskip("psycopg")
    engine = make_engine(POSTGRES_URL)
    SQLModel.metadata.drop_all(engine)
    create_schema(engine)
    yield Repository(engine)
    engine.dispose()
