"""What a person does on their own page (docs/self-service.md): "I can't come" on a published
shift to come, before the organisation's deadline.

- `cancellations = "approve"`: a request the coordinator approves or refuses (`roster
  requests`); nothing changes until they do.
- `cancellations = "repair"` (and an approved request): the person's absence is recorded for
  the shift's time, and the week is repaired as a re-plan of a published period repairs it
  (planner/service/planning.py: only what the absence breaks is planned again). The repair is
  the draft; it is published too when the draft was the published roster before, the repaired
  week breaks no hard rule, the shift is staffed again and no one else's shift within 48 hours
  changes. Otherwise the coordinator publishes (or not) as after any re-plan.
- A shift the repair leaves unstaffed has nobody on it (a volunteer is never left alone: the
  rules want a professional beside them) and its reason; the coordinator is alerted at once
  (an open alert in `roster requests list` and in the app).

Each write is one transaction in the audit log under the person's name (the page's actor).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.dates import as_utc, local_start_of, monday_of
from planner.delivery import Cancellations
from planner.domain import Absence, AbsenceKind, Organisation, Period, Shift
from planner.errors import PlannerError
from planner.message import msg
from planner.service import diff, page_mail, planning
from planner.service.checking import published_holding
from planner.shifts import generate_shifts
from planner.storage.connection import reading
from planner.storage.notice_tables import NoticeKind
from planner.storage.repository import Repository
from planner.storage.request_tables import (
    APPROVED,
    CANCEL,
    OPEN,
    REFUSED,
    SEEN,
    UNSTAFFED_ALERT,
    RequestStore,
    SelfServiceRequestRow,
)

OTHERS_LEFT_ALONE = timedelta(hours=48)  # no one else's shift this close changes unasked
REPAIR_SECONDS = 10.0  # the repair of one week after one cancellation


@dataclass(frozen=True)
class Cancellation:
    shift_id: str
    requested: bool = False  # waits for the coordinator ("approve")
    request_id: int | None = None
    repaired: bool = False  # the draft was repaired
    published: bool = False  # and the repair was published
    unstaffed: bool = False  # the shift stays unstaffed: the coordinator was alerted


@dataclass(frozen=True)
class Request:
    """A request or alert as the coordinator sees it."""

    id: int
    person_id: str
    kind: str  # "cancel" or "unstaffed"
    shift_id: str
    start: datetime  # aware UTC
    status: str
    created_at: datetime
    decided_by: str


def cancellable(
    repo: Repository, org: Organisation, person_id: str, shift_id: str, now: datetime
) -> Shift | None:
    """The shift, when it is the person's published shift that may still be cancelled on
    their page (before the deadline); None otherwise (someone else's, past, too late)."""
    day = _day_of(shift_id)
    if day is None:
        return None
    period = Period(monday_of(day), 1)
    published = repo.roster(period, published=True)
    if not any(a.shift_id == shift_id and a.person_id == person_id for a in published.assignments):
        return None
    shift = next((s for s in generate_shifts(org, period) if s.id == shift_id), None)
    if shift is None or as_utc(shift.start) - org.self_service.cancel_before < as_utc(now):
        return None
    return shift


def cannot_come(
    repo: Repository, person_id: str, shift_id: str, now: datetime
) -> Cancellation | None:
    """The person cannot come to the shift. None when it is not theirs to cancel."""
    org = repo.load_organisation()
    shift = cancellable(repo, org, person_id, shift_id, now)
    if shift is None:
        return None
    if org.self_service.cancellations is Cancellations.APPROVE:
        with repo.write("page.request", now=now) as unit:
            found = RequestStore.open_for(unit.session, person_id, shift_id)
            if found is None:
                found = RequestStore.add(
                    unit.session,
                    SelfServiceRequestRow(
                        person_id=person_id,
                        kind=CANCEL,
                        shift_id=shift_id,
                        start_utc=as_utc(shift.start),
                        status=OPEN,
                        created_at_utc=unit.now,
                    ),
                )
                unit.record("request", str(found.id), None, _record(found), [person_id])
        return Cancellation(shift_id, requested=True, request_id=found.id)
    return _apply(repo, org, person_id, shift, now)


def _apply(
    repo: Repository, org: Organisation, person_id: str, shift: Shift, now: datetime
) -> Cancellation:
    period = Period(monday_of(shift.local_date), 1)
    draft_was_published = not diff.diff(repo, period)
    repo.add_absence(Absence(person_id, shift.start, shift.end, AbsenceKind.UNAVAILABLE), seen=None)
    planning.plan(repo, period, time_limit=REPAIR_SECONDS, now=now)
    draft = repo.roster(period)
    unstaffed = shift.id in draft.unstaffed
    published = False
    if not unstaffed and draft_was_published and _only_near(repo, org, period, person_id, now):
        if not published_holding(repo, period, now, draft=True).broken:
            planning.publish(repo, period, now)
            published = True
    if unstaffed:
        with repo.write("page.alert", now=now) as unit:
            row = RequestStore.add(
                unit.session,
                SelfServiceRequestRow(
                    person_id=person_id,
                    kind=UNSTAFFED_ALERT,
                    shift_id=shift.id,
                    start_utc=as_utc(shift.start),
                    status=OPEN,
                    created_at_utc=unit.now,
                ),
            )
            unit.record("request", str(row.id), None, _record(row), [person_id])
            assert row.id is not None
            page_mail.queue(unit.session, org, NoticeKind.ALERT, row.id, person_id, unit.now)
    return Cancellation(shift.id, repaired=True, published=published, unstaffed=unstaffed)


def _only_near(
    repo: Repository, org: Organisation, period: Period, person_id: str, now: datetime
) -> bool:
    """The draft changes no one else's shift that starts within 48 hours of now."""
    starts = {s.id: as_utc(s.start) for s in generate_shifts(org, period)}
    soon = as_utc(now) + OTHERS_LEFT_ALONE
    for change in diff.diff(repo, period):
        if change.person_id == person_id:
            continue
        for sid in (change.shift_id, change.from_shift_id):
            if sid is not None and starts.get(sid, soon) <= soon:
                return False
    return True


def requests(repo: Repository, *, only_open: bool = True) -> list[Request]:
    with reading(repo.engine) as session:
        rows = RequestStore.listed(session, only_open=only_open)
    return [_request(row) for row in rows]


def decide(
    repo: Repository, request_id: int, approve: bool, now: datetime
) -> tuple[Request, Cancellation | None]:
    """Approve (the cancellation is applied as in "repair") or refuse an open request; an
    alert is marked seen either way. PlannerError for an unknown or decided one."""
    with reading(repo.engine) as session:
        row = RequestStore.get(session, request_id)
    if row is None or row.status != OPEN:
        raise PlannerError(msg("no open request {id}", id=request_id))
    outcome = None
    if row.kind == CANCEL and approve:
        org = repo.load_organisation()
        shift = _shift(org, row.shift_id)
        if shift is None or as_utc(shift.start) <= as_utc(now):
            raise PlannerError(msg("the shift of request {id} has started", id=request_id))
        outcome = _apply(repo, org, row.person_id, shift, now)
    status = SEEN if row.kind == UNSTAFFED_ALERT else APPROVED if approve else REFUSED
    org = repo.load_organisation()
    with repo.write("request.decide", now=now) as unit:
        current = RequestStore.get(unit.session, request_id)
        assert current is not None
        before = _record(current)
        current.status = status
        current.decided_at_utc = unit.now
        current.decided_by = repo.actor
        unit.session.add(current)
        unit.record("request", str(request_id), before, _record(current), [current.person_id])
        if current.kind == CANCEL:
            page_mail.queue(
                unit.session, org, NoticeKind.OUTCOME, request_id, current.person_id, unit.now
            )
        decided = _request(current)
    return decided, outcome


def person_requests(repo: Repository, person_id: str) -> list[Request]:
    with reading(repo.engine) as session:
        return [_request(row) for row in RequestStore.of_person(session, person_id)]


def _shift(org: Organisation, shift_id: str) -> Shift | None:
    day = _day_of(shift_id)
    if day is None:
        return None
    period = Period(monday_of(day), 1)
    return next((s for s in generate_shifts(org, period) if s.id == shift_id), None)


def _day_of(shift_id: str) -> date | None:
    try:
        return local_start_of(shift_id).date()
    except ValueError:
        return None


def _request(row: SelfServiceRequestRow) -> Request:
    assert row.id is not None
    return Request(
        id=row.id,
        person_id=row.person_id,
        kind=row.kind,
        shift_id=row.shift_id,
        start=as_utc(row.start_utc),
        status=row.status,
        created_at=as_utc(row.created_at_utc),
        decided_by=row.decided_by,
    )


def _record(row: SelfServiceRequestRow) -> dict[str, str]:
    return {"kind": row.kind, "shift": row.shift_id, "status": row.status}
