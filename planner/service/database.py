"""`roster db upgrade` and `roster db status`: the schema of a database, and bringing it to
the newest revision (planner/storage/schema.py). They open the database without preparing
it, since a shared database that is behind is exactly what they are for."""

from __future__ import annotations

from planner.storage.connection import shown_url
from planner.storage.engine import make_engine
from planner.storage.schema import SchemaState, state, upgrade

__all__ = ["SchemaState", "database_state", "shown_url", "upgrade_database"]


def database_state(url: str) -> SchemaState:
    engine = make_engine(url, prepare=False)
    try:
        return state(engine)
    finally:
        engine.dispose()


def upgrade_database(url: str) -> tuple[str | None, str]:
    """The revision before (None: the database was empty) and after."""
    engine = make_engine(url, prepare=False)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()
