"""Mail from the personal pages through the notices outbox (docs/self-service.md): an alert
to the coordinator when a cancellation left a shift unstaffed or its repair waiting in the
draft, or a change on a page broke a published shift, and to a person the
coordinator's decision on their request, and to a person their page link (`roster page issue
--mail`). Each is recorded in the outbox (table `notice`, kinds
"alert", "outcome" and "link") in the same write as what it tells, then sent at once by whoever made
it (the page server, `roster requests`), and again by `roster tick` while it failed: pending,
sending, sent, each step committed, so nobody gets one twice.

The coordinator's address: [digest] `to`, else [mail] `reply_to`. Without [mail] or an
address, nothing is queued: the app's banner and `roster requests list` still say it.

A link's mail holds no link while it waits: its row names the person and when their link was
issued, and the mail is composed from the link as it is when it is sent (the token rebuilt from
the nonce under the feed key, as `roster page list --links` does). A link revoked or renewed
in between is not sent (superseded): the mail never carries a dead link, nor one its queuer
did not give out."""

from __future__ import annotations

import hmac
from datetime import datetime
from email.utils import make_msgid, parseaddr
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from planner.dates import as_utc
from planner.domain import Organisation
from planner.errors import PlannerError
from planner.i18n.language import reader_language, use_language
from planner.io.feed_key import FeedKey, load_key, token_hash
from planner.io.link_mail import LinkMail, compose_link_mail
from planner.io.page_mail import PageMail, compose_page_mail
from planner.io.smtp import DeliveryFailed, Mailer, password_of
from planner.message import msg
from planner.service import proposals
from planner.service.pages import page_url
from planner.storage.notice_tables import NoticeKind, NoticeRow, NoticeStatus, NoticeStore
from planner.storage.page_tables import PageStore
from planner.storage.repository import Repository
from planner.storage.request_tables import RequestStore

KINDS = (NoticeKind.ALERT.value, NoticeKind.OUTCOME.value, NoticeKind.LINK.value)
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


def person_address(org: Organisation, person_id: str) -> str:
    """Where a person's own mail goes; "" when people.csv gives them no address."""
    person = next((p for p in org.people if p.id == person_id), None)
    return (person.email or "") if person is not None else ""


class LinkMailer:
    """Queues each person's link mail in the write that gives out the links (an `Also`), and
    keeps where each was queued for: `queued`, person id -> address, only those queued. The
    address is people.csv's as it is in that write, which may not be the one a caller saw
    before (people.csv loaded again since)."""

    def __init__(self, org: Organisation) -> None:
        self.org = org
        self.queued: dict[str, str] = {}

    def __call__(self, session: Session, person_id: str, issued: datetime) -> None:
        address = queue_link(session, self.org, person_id, issued)
        if address is not None:
            self.queued[person_id] = address


def link_mailer(org: Organisation) -> LinkMailer:
    """What queues each person's link mail in the write that gives out the links; refused
    before anything is written when there is no mail server."""
    if org.mail is None:
        raise PlannerError(
            msg("no mail server: organisation.toml has no [mail] table (docs/notices.md)")
        )
    return LinkMailer(org)


def queue_link(session: Session, org: Organisation, person_id: str, issued: datetime) -> str | None:
    """Record, in the caller's write, a mail with the person's page link as issued at
    `issued`; the address it goes to, or None (nothing queued) without a mail server or an
    address. A link mail of theirs still waiting is superseded by this one: a person gets one
    mail per hand-out."""
    address = person_address(org, person_id)
    if org.mail is None or not address:
        return None
    waiting = session.exec(
        select(NoticeRow).where(
            NoticeRow.person_id == person_id,
            NoticeRow.kind == NoticeKind.LINK.value,
            col(NoticeRow.status).in_((NoticeStatus.PENDING.value, NoticeStatus.FAILED.value)),
        )
    )
    for row in waiting:
        row.status, row.done_at_utc = NoticeStatus.SUPERSEDED.value, issued
        session.add(row)
    domain = parseaddr(org.mail.sender)[1].rpartition("@")[2] or "roster-planner.invalid"
    session.add(
        NoticeRow(
            person_id=person_id,
            channel="mail",
            kind=NoticeKind.LINK.value,
            status=NoticeStatus.PENDING.value,
            created_at_utc=issued,
            message_id=make_msgid(NoticeKind.LINK.value, domain),
            address=address,
            changes=[as_utc(issued).isoformat()],
        )
    )
    return address


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
        key = load_key(create=False) if any(r.kind == NoticeKind.LINK.value for r in rows) else None
        mails = [(row.id, _any_mail(unit.session, org, row, key)) for row in rows]
    sent = failed = 0
    if not mails:
        return 0, 0
    with Mailer(org.mail, password_of(org.mail)) as mailer:
        for notice_id, (mail, language) in mails:
            assert notice_id is not None
            if mail is NO_KEY:
                # Kept for a computer that holds the key (`roster tick` on the server's).
                _mark(repo, notice_id, NoticeStatus.FAILED, now, NO_KEY_ERROR)
                failed += 1
                continue
            if mail is None:
                _mark(repo, notice_id, NoticeStatus.SUPERSEDED, now)
                continue
            assert isinstance(mail, LinkMail | PageMail)
            with use_language(language):
                message = (
                    compose_link_mail(mail, now)
                    if isinstance(mail, LinkMail)
                    else compose_page_mail(mail, now)
                )
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


class _NoKey:
    """A link mail this computer cannot compose: no feed key, or not the one of the link."""


NO_KEY = _NoKey()
NO_KEY_ERROR = "this computer's feed key does not give the page link back (docs/feeds.md)"


def _any_mail(
    session: Session, org: Organisation, row: NoticeRow, key: FeedKey | None
) -> tuple[PageMail | LinkMail | _NoKey | None, str]:
    if row.kind == NoticeKind.LINK.value:
        return _link_mail(session, org, row, key)
    return _mail(session, org, row)


def _link_mail(
    session: Session, org: Organisation, row: NoticeRow, key: FeedKey | None
) -> tuple[LinkMail | _NoKey | None, str]:
    """The person's link as it is now, if it is still the one the mail was queued for; None
    (superseded) when it is not."""
    person = next((p for p in org.people if p.id == row.person_id), None)
    link = PageStore.of(session, row.person_id)
    if person is None or link is None or org.mail is None:
        return None, org.language  # gone, or revoked since: nothing to send
    if as_utc(link.issued_at_utc).isoformat() != row.changes[0]:
        return None, org.language  # given again since: not the link queued
    if key is None:
        return NO_KEY, org.language
    token = key.page_token(link.nonce)
    if not hmac.compare_digest(token_hash(token), link.token_hash):
        return NO_KEY, org.language  # issued under another feed key
    language = reader_language(person.language, org.language)
    return (
        LinkMail(
            sender=org.mail.sender,
            reply_to=org.mail.reply_to,
            address=row.address,
            name=person.name,
            organisation=org.name,
            volunteer=not person.is_professional,
            url=page_url(org.feeds.base_url, token),
            message_id=row.message_id,
            language=language,
        ),
        language,
    )


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
