"""Opening a request or an alert for the coordinator: the row, its line in the audit log and,
for an alert, its mail in the outbox (sent once), all in the caller's write. One piece of
code for every path that opens one (a cancellation to approve, a repair left unstaffed or
waiting for publication, a change on a page that breaks a published shift), so none of them
can forget the audit line or the mail."""

from __future__ import annotations

from datetime import datetime

from planner.domain import Organisation
from planner.service import page_mail
from planner.storage.notice_tables import NoticeKind
from planner.storage.request_tables import OPEN, RequestStore, SelfServiceRequestRow
from planner.storage.writes import Write


def open_request(
    unit: Write,
    org: Organisation,
    person_id: str,
    kind: str,
    shift_id: str,
    start_utc: datetime,
    detail: dict[str, object],
    *,
    mail: bool,
) -> int:
    """The new open request's id; with `mail`, the coordinator's alert mail is queued."""
    row = RequestStore.add(
        unit.session,
        SelfServiceRequestRow(
            person_id=person_id,
            kind=kind,
            shift_id=shift_id,
            start_utc=start_utc,
            status=OPEN,
            created_at_utc=unit.now,
            detail=detail,
        ),
    )
    assert row.id is not None
    unit.record("request", str(row.id), None, request_record(row), [person_id])
    if mail:
        page_mail.queue(unit.session, org, NoticeKind.ALERT, row.id, person_id, unit.now)
    return row.id


def request_record(row: SelfServiceRequestRow) -> dict[str, str]:
    """A request as the audit log keeps it."""
    return {"kind": row.kind, "shift": row.shift_id, "status": row.status}
