"""Mail from the personal pages through the notices outbox (docs/self-service.md): an alert
to the coordinator when a cancellation left a shift unstaffed or its repair waiting in the
draft, or a change on a page broke a published shift, and to a person the
coordinator's decision on their request. Each is recorded in the outbox (table `notice`, kinds
"alert" and "outcome") in the same write as what it tells, then sent at once by whoever made
it (the page server, `roster requests`), and again by `roster tick` while it failed: pending,
sending, sent, each step committed, so nobody gets one twice.

The coordinator's address: [digest] `to`, else [mail] `reply_to`. Without [mail] or an
address, nothing is queued: the app's banner and `roster requests list` still say it."""

from __future__ import annotations

from datetime import datetime
from email.utils import make_msgid, parseaddr
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from planner.dates import as_utc
from planner.domain import Organisation
from planner.i18n.language import reader_language, use_language
from planner.io.page_mail import PageMail, compose_page_mail
from planner.io.smtp import DeliveryFailed, Mailer, password_of
from planner.service import proposals
from planner.storage.notice_tables import NoticeKind, NoticeRow, NoticeStatus, NoticeStore
from planner.storage.repository import Repository
from planner.storage.request_tables import RequestStore

KINDS = (NoticeKind.ALERT.value, NoticeKind.OUTCOME.value)
OPEN = (NoticeStatus.PENDING.value, NoticeStatus.SENDING.value, NoticeStatus.FAILED.value)


def coordinator_address(org: Organisation) -> str:
    if org.mail is None:
        return ""
    return org.watch.digest_to or parseaddr(org.mail.reply_to)[1]


def queue(
    session: Session,
    org: Organisation,
    kind: NoticeKind,
    request_id: int,
    person_id: str,
    now: datetime,
) -> None:
    """Record a mail in the outbox, in the caller's write; nothing without a mail server or
    an address."""
    if org.mail is None:
        return
    if kind is NoticeKind.ALERT:
        address = coordinator_address(org)
    else:
        person = next((p for p in org.people if p.id == person_id), None)
        address = person.email or "" if person is not None else ""
    if not address:
        return
    domain = parseaddr(org.mail.sender)[1].rpartition("@")[2] or "roster-planner.invalid"
    session.add(
        NoticeRow(
            person_id=person_id,
            channel="mail",
            kind=kind.value,
            status=NoticeStatus.PENDING.value,
            created_at_utc=now,
            message_id=make_msgid(kind.value, domain),
            address=address,
            changes=[request_id],
        )
    )


def send(repo: Repository, now: datetime) -> tuple[int, int]:
    """Send what waits in the outbox of these kinds; (sent, failed)."""
    org = repo.load_organisation()
    if org.mail is None:
        return 0, 0
    with repo.write("page.mail", now=now) as unit:
        rows = list(
            unit.session.exec(
                select(NoticeRow)
                .where(col(NoticeRow.kind).in_(KINDS), col(NoticeRow.status).in_(OPEN))
                .order_by(col(NoticeRow.id))
            )
        )
        mails = [(row.id, _mail(unit.session, org, row)) for row in rows]
    sent = failed = 0
    if not mails:
        return 0, 0
    with Mailer(org.mail, password_of(org.mail)) as mailer:
        for notice_id, (mail, language) in mails:
            assert notice_id is not None
            if mail is None:
                _mark(repo, notice_id, NoticeStatus.SUPERSEDED, now)
                continue
            with use_language(language):
                message = compose_page_mail(mail, now)
            _mark(repo, notice_id, NoticeStatus.SENDING, now)
            try:
                mailer.send(message)
            except DeliveryFailed as exc:
                _mark(repo, notice_id, NoticeStatus.FAILED, now, str(exc.message))
                failed += 1
                if exc.unreachable:
                    break
                continue
            _mark(repo, notice_id, NoticeStatus.SENT, now)
            sent += 1
    return sent, failed


def _mail(session: Session, org: Organisation, row: NoticeRow) -> tuple[PageMail | None, str]:
    request = RequestStore.get(session, int(row.changes[0]))
    person = next((p for p in org.people if p.id == row.person_id), None)
    if request is None or person is None or org.mail is None:
        return None, org.language
    language = (
        org.language
        if row.kind == NoticeKind.ALERT.value
        else reader_language(person.language, org.language)
    )
    try:
        activity = org.activity(request.shift_id.rpartition("@")[0]).name
    except KeyError:
        activity = request.shift_id
    tz = ZoneInfo(org.timezone)
    return (
        PageMail(
            kind=row.kind,
            sender=org.mail.sender,
            address=row.address,
            name=person.name,
            organisation=org.name,
            shift=activity,
            start=as_utc(request.start_utc).astimezone(tz),
            status=request.status,
            message_id=row.message_id,
            language=language,
            request_kind=request.kind,
            held=_held_why(request.detail or {}),
        ),
        language,
    )


def _held_why(detail: dict) -> str:
    held = proposals.held_in(detail)
    return held.why if held is not None else ""


def _mark(
    repo: Repository, notice_id: int, status: NoticeStatus, now: datetime, error: str = ""
) -> None:
    with repo.write("page.mail", now=now) as unit:
        row = NoticeStore.get(unit.session, notice_id)
        row.status = status.value
        if status is NoticeStatus.SENDING:
            row.attempts += 1
            row.last_attempt_at_utc = now
        elif status in (NoticeStatus.SENT, NoticeStatus.SUPERSEDED):
            row.done_at_utc, row.error = now, ""
        else:
            row.error = error
        unit.session.add(row)
