"""The audit log as the CLI and the app read it (planner/storage/audit_log.py)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from planner.dates import local_midnight
from planner.storage.audit_log import LogEntry, read_log
from planner.storage.connection import reading
from planner.storage.queries import zone
from planner.storage.repository import Repository


def log(
    repo: Repository,
    *,
    person_id: str | None = None,
    since: date | None = None,
    last: int | None = None,
) -> list[LogEntry]:
    with reading(repo.engine) as session:
        tz: ZoneInfo = zone(session)
        start = local_midnight(since, tz) if since is not None else None
        return read_log(session, person_id=person_id, since=start, last=last)
