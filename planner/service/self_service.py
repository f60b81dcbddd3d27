"""What a person does on their own page (docs/self-service.md): "I can't come" on a published
shift to come, before the organisation's deadline.

- `cancellations = "approve"`: a request the coordinator approves or refuses (`roster
  requests`); nothing changes until they do. The repair it needs is worked out when it is
  made and kept with it (planner/service/proposals.py): the coordinator sees who would take
  the place, and approving writes that repair, or works it out again when the week changed
  since.
- `cancellations = "repair"` (and an approved request): the person's absence is recorded for
  the shift's time, and the week is repaired as a re-plan of a published period repairs it
  (planner/service/planning.py: only what the absence breaks is planned again). The repair is
  the draft; it is published too when the draft was the published roster before, the repaired
  week breaks no hard rule, the shift is staffed again and no one else's shift within 48 hours
  changes. Otherwise the coordinator publishes (or not) as after any re-plan.
- A repair that stays in the draft (one of those conditions fails) leaves the person on the
  published shift, so the coordinator is alerted at once, with the repair and why it was not
  published; approving the alert publishes the week (with the publication's check), refusing
  leaves the draft as it is.
- A shift the repair leaves unstaffed has nobody on it (a volunteer is never left alone: the
  rules want a professional beside them) and its reason; the coordinator is alerted at once
  (an open alert in `roster requests list` and in the app).

Each write is one transaction in the audit log under the person's name (the page's actor).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from planner.dates import as_utc, local_start_of, monday_of
from planner.delivery import Cancellations
from planner.domain import Absence, AbsenceKind, Organisation, Period, Roster, Shift
from planner.errors import ChangedMeanwhile, PlannerError
from planner.message import msg
from planner.proposal import HeldBack, Proposal
from planner.service import diff, page_mail, planning, proposals
from planner.service.checking import Unpublishable, published_holding
from planner.service.request_rows import open_request, request_record
from planner.shifts import generate_shifts
from planner.storage.connection import reading
from planner.storage.notice_tables import NoticeKind
from planner.storage.repository import Repository
from planner.storage.request_tables import (
    APPROVED,
    BREAKS_ALERT,
    CANCEL,
    DRAFT_ALERT,
    OPEN,
    REFUSED,
    SEEN,
    UNSTAFFED_ALERT,
    RequestStore,
    SelfServiceRequestRow,
)
from planner.storage.writes import Write

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
    recomputed: bool = False  # the proposed repair no longer fitted: worked out again
    held: bool = False  # the repair stayed in the draft: the coordinator was alerted


@dataclass(frozen=True)
class Request:
    """A request or alert as the coordinator sees it."""

    id: int
    person_id: str
    kind: str  # "cancel", or an alert: "unstaffed", "breaks", "draft"
    shift_id: str
    start: datetime  # aware UTC
    status: str
    created_at: datetime
    decided_by: str
    proposal: Proposal | None = None  # what it breaks and the repair proposed
    held: HeldBack | None = None  # a "draft" alert's: why the repair was not published


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
    with repo.reads_once():  # the week is weighed several times: the city read once
        return _cannot_come(repo, person_id, shift_id, now)


def _cannot_come(
    repo: Repository, person_id: str, shift_id: str, now: datetime
) -> Cancellation | None:
    org = repo.load_organisation()
    shift = cancellable(repo, org, person_id, shift_id, now)
    if shift is None:
        return None
    if org.self_service.cancellations is Cancellations.APPROVE:
        with reading(repo.engine) as session:
            asked = RequestStore.open_for(session, person_id, shift_id)
        if asked is not None:
            return Cancellation(shift_id, requested=True, request_id=asked.id)
        try:
            trial = _trial(repo, person_id, shift, now)
            detail = proposals.detail(
                proposals.proposal_of(trial, repo.roster(trial.period), [shift_id]), trial
            )
        except PlannerError:
            detail = {}  # no repair to propose: approving works one out, or says why not
        with repo.write("page.request", now=now) as unit:
            found = RequestStore.open_for(unit.session, person_id, shift_id)
            request_id = (
                found.id
                if found is not None
                else open_request(
                    unit, org, person_id, CANCEL, shift_id, as_utc(shift.start), detail, mail=False
                )
            )
        return Cancellation(shift_id, requested=True, request_id=request_id)
    return _apply(repo, org, person_id, shift, now)


def _absence(person_id: str, shift: Shift) -> Absence:
    return Absence(person_id, shift.start, shift.end, AbsenceKind.UNAVAILABLE)


def _trial(repo: Repository, person_id: str, shift: Shift, now: datetime) -> planning.Trial:
    """The repair of the shift's week once the person is away for it, not written."""
    return planning.trial_repair(
        repo,
        Period(monday_of(shift.local_date), 1),
        absent=[_absence(person_id, shift)],
        time_limit=REPAIR_SECONDS,
        now=now,
    )


CANCEL_ACTION = "page.cancel"  # the audit log's action of a cancellation written at once


def _apply(
    repo: Repository,
    org: Organisation,
    person_id: str,
    shift: Shift,
    now: datetime,
    proposed: planning.Trial | None = None,
    *,
    action: str = CANCEL_ACTION,
    decision: _Decision | None = None,
) -> Cancellation:
    """The person's absence recorded and the week repaired: with the repair `proposed` when
    nothing it rests on changed since it was worked out, else worked out now. One write holds
    the absence, the repair, its publication where it goes ahead, the coordinator's alert
    with its mail, and the `decision` on the request it carries out: all of it or nothing."""
    period = Period(monday_of(shift.local_date), 1)
    draft_was_published = not diff.diff(repo, period)
    before = repo.roster(period)
    if proposed is not None:
        try:
            return _write_repair(
                repo,
                org,
                person_id,
                shift,
                now,
                proposed,
                before,
                draft_was_published,
                action=action,
                decision=decision,
            )
        except ChangedMeanwhile:
            pass  # the week changed since the repair was proposed: worked out again below
    trial = _trial(repo, person_id, shift, now)
    before = repo.roster(period)
    done = _write_repair(
        repo,
        org,
        person_id,
        shift,
        now,
        trial,
        before,
        draft_was_published,
        action=action,
        decision=decision,
    )
    return replace(done, recomputed=proposed is not None)


def _write_repair(
    repo: Repository,
    org: Organisation,
    person_id: str,
    shift: Shift,
    now: datetime,
    trial: planning.Trial,
    before: Roster,
    draft_was_published: bool,
    *,
    action: str,
    decision: _Decision | None,
) -> Cancellation:
    """The trial written with what follows from it, in one write (see `_apply`).
    ChangedMeanwhile, nothing written, when the week changed since the trial was worked
    out."""
    period = trial.period
    with repo.write(action, now=now) as unit:
        if decision is not None:
            decision.still_open(unit)  # first: a request decided meanwhile stops it all
        planning.save_trial_in(repo, unit, trial)
        # Read inside the write: the draft as just repaired.
        unstaffed = shift.id in repo.roster(period).unstaffed
        published = False
        held: HeldBack | None = None
        if not unstaffed:
            held = _held_back(repo, org, period, person_id, now, draft_was_published)
        if not unstaffed and held is None:
            try:
                planning.publish_in(repo, unit, period, now)
                published = True
            except Unpublishable as refused:
                held = HeldBack(HeldBack.RULES, tuple(b.shift_id for b in refused.holding.broken))
        if held is not None and decision is None:
            # The published roster still shows the person on the shift: the coordinator
            # hears it at once, with the repair, and publishes it by approving.
            told = proposals.proposal_of(trial, before, [shift.id], applied=True)
            _alert(unit, org, person_id, shift, DRAFT_ALERT, proposals.detail(told, None, held))
        if unstaffed:
            told = proposals.proposal_of(trial, before, [shift.id], applied=True)
            _alert(unit, org, person_id, shift, UNSTAFFED_ALERT, proposals.detail(told, None))
        if decision is not None:
            decision.mark(unit)
    return Cancellation(
        shift.id,
        repaired=True,
        published=published,
        unstaffed=unstaffed,
        held=held is not None and decision is None,
    )


def _alert(
    unit: Write,
    org: Organisation,
    person_id: str,
    shift: Shift,
    kind: str,
    detail: dict[str, object],
) -> None:
    """An open alert for the coordinator about the person's cancellation of the shift, with
    its mail in the outbox (sent once), in the caller's write."""
    open_request(unit, org, person_id, kind, shift.id, as_utc(shift.start), detail, mail=True)


def _held_back(
    repo: Repository,
    org: Organisation,
    period: Period,
    person_id: str,
    now: datetime,
    draft_was_published: bool,
) -> HeldBack | None:
    """Why the repaired draft (read inside the write) may not go to the published roster
    unasked; None when it may: the draft was the published roster before, it changes no
    one else's shift within 48 hours and breaks no hard rule on a published shift."""
    if not draft_was_published:
        return HeldBack(HeldBack.DRAFT)
    near = _others_near(repo, org, period, person_id, now)
    if near:
        return HeldBack(HeldBack.NEAR, near)
    broken = published_holding(repo, period, now, draft=True).broken
    if broken:
        return HeldBack(HeldBack.RULES, tuple(b.shift_id for b in broken))
    return None


def _others_near(
    repo: Repository, org: Organisation, period: Period, person_id: str, now: datetime
) -> tuple[str, ...]:
    """The shifts of someone else the draft changes that start within 48 hours of now."""
    starts = {s.id: as_utc(s.start) for s in generate_shifts(org, period)}
    soon = as_utc(now) + OTHERS_LEFT_ALONE
    found: dict[str, None] = {}
    for change in diff.diff(repo, period):
        if change.person_id == person_id:
            continue
        for sid in (change.shift_id, change.from_shift_id):
            if sid is not None and starts.get(sid, soon) <= soon:
                found[sid] = None
    return tuple(sorted(found, key=lambda sid: (starts[sid], sid)))


def requests(repo: Repository, *, only_open: bool = True) -> list[Request]:
    with reading(repo.engine) as session:
        rows = RequestStore.listed(session, only_open=only_open)
    return [_request(row) for row in rows]


def decide(
    repo: Repository, request_id: int, approve: bool, now: datetime
) -> tuple[Request, Cancellation | None]:
    """Approve (the cancellation is applied as in "repair") or refuse an open request; an
    alert is marked seen either way, but a repair held in the draft ("draft") is published
    when approved (Unpublishable, nothing written, when the draft breaks a hard rule) and
    left in the draft when refused. PlannerError for an unknown or decided one."""
    with repo.reads_once():
        return _decide(repo, request_id, approve, now)


def _decide(
    repo: Repository, request_id: int, approve: bool, now: datetime
) -> tuple[Request, Cancellation | None]:
    with reading(repo.engine) as session:
        row = RequestStore.get(session, request_id)
    if row is None or row.status != OPEN:
        raise PlannerError(msg("no open request {id}", id=request_id))
    org = repo.load_organisation()
    status = APPROVED if approve else REFUSED
    if row.kind in (UNSTAFFED_ALERT, BREAKS_ALERT):
        status = SEEN
    decision = _Decision(repo, org, request_id, status)
    outcome = None
    kept = proposals.trial_in(row.detail or {}, org)
    if row.kind == CANCEL and approve:
        shift = _shift(org, row.shift_id)
        if shift is None or as_utc(shift.start) <= as_utc(now):
            raise PlannerError(msg("the shift of request {id} has started", id=request_id))
        outcome = _apply(
            repo, org, row.person_id, shift, now, kept, action=DECIDE_ACTION, decision=decision
        )
    elif row.kind == DRAFT_ALERT and approve:
        outcome = _publish_held(repo, row.shift_id, now, decision)
    elif row.kind == BREAKS_ALERT and approve and kept is not None:
        outcome = _repair_breaks(repo, row.shift_id, kept, now, decision)
    elif row.kind == BREAKS_ALERT and approve and (again := _breaks_trial(repo, row, now)):
        # No repair was proposed with it (none was worked out yet): worked out now.
        outcome = _write_breaks_repair(repo, row.shift_id, again, now, decision)
    else:
        with repo.write(DECIDE_ACTION, now=now) as unit:
            decision.mark(unit)
    assert decision.decided is not None
    return decision.decided, outcome


DECIDE_ACTION = "request.decide"


@dataclass
class _Decision:
    """A request being decided, inside the write that carries the decision out (the repair,
    its absence, its publication): the request is read again there, so one decided
    meanwhile (another coordinator, a second click) stops the whole write."""

    repo: Repository
    org: Organisation
    request_id: int
    status: str
    decided: Request | None = None  # once marked

    def still_open(self, unit: Write) -> SelfServiceRequestRow:
        current = RequestStore.get(unit.session, self.request_id)
        if current is None or current.status != OPEN:
            raise PlannerError(msg("no open request {id}", id=self.request_id))
        return current

    def mark(self, unit: Write) -> None:
        """The request decided, and the outcome's mail to the person queued (the outbox
        sends it once)."""
        current = self.still_open(unit)
        before = request_record(current)
        current.status = self.status
        current.decided_at_utc = unit.now
        current.decided_by = self.repo.actor
        unit.session.add(current)
        unit.record(
            "request", str(self.request_id), before, request_record(current), [current.person_id]
        )
        if current.kind == CANCEL:
            kind, person = NoticeKind.OUTCOME, current.person_id
            page_mail.queue(unit.session, self.org, kind, self.request_id, person, unit.now)
        self.decided = _request(current)


def _repair_breaks(
    repo: Repository, shift_id: str, kept: planning.Trial, now: datetime, decision: _Decision
) -> Cancellation:
    """The repair proposed with a change a person made on their page, written to the draft
    with the `decision` in one write; worked out again when the week changed since. The
    coordinator publishes it."""
    try:
        return _write_breaks_repair(repo, shift_id, kept, now, decision)
    except ChangedMeanwhile:
        pass  # the week changed since the repair was proposed: worked out again
    again = planning.trial_repair(repo, kept.period, time_limit=REPAIR_SECONDS, now=now)
    return replace(_write_breaks_repair(repo, shift_id, again, now, decision), recomputed=True)


def _breaks_trial(
    repo: Repository, row: SelfServiceRequestRow, now: datetime
) -> planning.Trial | None:
    """The repair of the week of the shift an alert is about, worked out now; None when the
    week has none to offer (the alert is marked seen, the coordinator re-plans)."""
    day = _day_of(row.shift_id)
    if day is None:
        return None
    try:
        return planning.trial_repair(
            repo, Period(monday_of(day), 1), time_limit=REPAIR_SECONDS, now=now
        )
    except PlannerError:
        return None


def _write_breaks_repair(
    repo: Repository, shift_id: str, trial: planning.Trial, now: datetime, decision: _Decision
) -> Cancellation:
    with repo.write(DECIDE_ACTION, now=now) as unit:
        decision.still_open(unit)
        planning.save_trial_in(repo, unit, trial)
        unstaffed = shift_id in repo.roster(trial.period).unstaffed
        decision.mark(unit)
    return Cancellation(shift_id, repaired=True, unstaffed=unstaffed)


def _publish_held(
    repo: Repository, shift_id: str, now: datetime, decision: _Decision
) -> Cancellation:
    """A cancellation's repair held in the draft, published with the `decision` in one write,
    through the publication's own check: a draft that breaks a hard rule on a shift to come
    (the week changed since, or the repair itself) is refused, Unpublishable, nothing
    written. The week's draft as it is now goes out, whatever else the coordinator changed."""
    day = _day_of(shift_id)
    assert day is not None
    period = Period(monday_of(day), 1)
    with repo.write(DECIDE_ACTION, now=now) as unit:
        decision.still_open(unit)
        planning.publish_in(repo, unit, period, now)
        decision.mark(unit)
    return Cancellation(shift_id, repaired=True, published=True)


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
        proposal=proposals.proposal_in(row.detail or {}),
        held=proposals.held_in(row.detail or {}),
    )
