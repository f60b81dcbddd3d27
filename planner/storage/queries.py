"""Small helpers every part of the repository queries with: the organisation's time zone,
UTC for a query bound, the rows of one roster layer, and chunks for IN lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from planner.dates import as_utc
from planner.storage.tables import AssignmentRow, OrganisationRow, ShiftStateRow

DEFAULT_TIMEZONE = "Europe/Brussels"
LayerRow = TypeVar("LayerRow", AssignmentRow, ShiftStateRow)
T = TypeVar("T")


def zone(session: Session) -> ZoneInfo:
    org = session.get(OrganisationRow, 1)
    return ZoneInfo(org.timezone if org else DEFAULT_TIMEZONE)


def utc(moment: datetime, tz: ZoneInfo) -> datetime:
    """UTC for queries; a naive argument is read as local time."""
    return as_utc(moment if moment.tzinfo else moment.replace(tzinfo=tz))


def chunks(items: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    # Keeps IN lists below the bound-parameter limits of SQLite and PostgreSQL.
    for i in range(0, len(items), size):
        yield items[i : i + size]


def layer_rows(
    session: Session, table: type[LayerRow], layer: str, lo: datetime, hi: datetime
) -> list[LayerRow]:
    """The rows of one roster layer whose shift starts in [lo, hi)."""
    return list(
        session.exec(
            select(table).where(
                col(table.layer) == layer, col(table.start_utc) >= lo, col(table.start_utc) < hi
            )
        ).all()
    )
