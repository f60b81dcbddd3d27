"""Alembic's entry point. It runs on the connection planner.storage.schema hands it (inside
that caller's transaction, holding the write lock), never on a URL of its own."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from planner.storage import audit_tables, calendar_tables, tables  # noqa: F401 - the metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot alter most of a table in place: Alembic's batch mode copies it instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
