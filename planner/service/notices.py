"""Change notices: `roster notify` mails each person whose published shifts changed since
they were last told, only their own changes, in their language, with their calendar and
their feed link; people without an email address are listed for the coordinator to phone
(docs/notices.md).

A change is a difference between an event as publishing left it (planner/service/calendars.py)
and the version the person was last told about (`notified_event`): a new shift, a changed
one, a cancelled one, for shifts not yet over.

Exactly once, through an outbox (`notice`): first every notice of the run is recorded, in
one transaction; then each in turn is marked 'sending' (committed), handed to the mail
server, and marked 'sent' with what the person now knows (committed) before the next one
goes. A failed delivery stays in the outbox and is tried again by the next run. A run that
finds a notice still 'sending' was stopped while handing it over: it sends it again, with
the same Message-ID. Only one run goes at a time (planner/storage/run_lock.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import make_msgid, parseaddr
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from planner.delivery import MailSettings
from planner.domain import Organisation, Person
from planner.errors import PlannerError
from planner.i18n.language import reader_language, use_language
from planner.io.feed_key import load_key
from planner.io.ics import EventStatus
from planner.io.notice_mail import (
    ChangeKind,
    NoticeLine,
    NoticeMail,
    NotifyOutcome,
    PersonNotice,
    Undelivered,
    compose,
)
from planner.io.smtp import DeliveryFailed, Mailer, password_of
from planner.message import msg
from planner.service import feeds
from planner.service.calendars import EventState, state_from_row
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.notice_tables import NoticeRow, NoticeStatus, NoticeStore, NotifiedRow
from planner.storage.repository import Repository
from planner.storage.run_lock import only_run
from planner.storage.writes import Write

MAIL, PHONE = "mail", "phone"


def clock() -> datetime:
    """Now: what a change is near to ('short notice'), and which shifts are still ahead."""
    return datetime.now(UTC)


@dataclass
class _Planned:
    notice: PersonNotice
    row: NoticeRow
    language: str


def notify(
    repo: Repository, *, dry_run: bool = False, now: datetime | None = None
) -> NotifyOutcome:
    """Tell everyone whose published shifts changed; with `dry_run`, only say what would go
    (nothing is recorded or sent)."""
    now = (now or clock()).astimezone(UTC)
    org = repo.load_organisation()
    settings = org.mail
    if settings is None and not dry_run:
        raise PlannerError(
            msg(
                "no mail server: organisation.toml has no [mail] table (docs/notices.md); "
                "`roster notify --dry-run` shows what would go"
            )
        )
    password = password_of(settings) if settings is not None and not dry_run else None
    with only_run(repo.engine, "notify"):
        links = feeds.link_urls(repo, load_key(create=False))
        try:
            with repo.write("notify", now=now) as unit:
                planned = _prepare(unit, org, now, settings or MailSettings("", ""))
                mails = [p for p in planned if p.row.channel == MAIL]
                phoned = tuple(p.notice for p in planned if p.row.channel == PHONE)
                if dry_run:
                    raise _DryRun  # rolls the write back: nothing recorded
        except _DryRun:
            return NotifyOutcome(tuple(p.notice for p in mails), (), (), phoned, True)
        assert settings is not None
        return _send(repo, org, settings, password, mails, links, phoned, now)


class _DryRun(Exception):
    """Raised inside a dry run's write, so that what it prepared is rolled back."""


def _send(
    repo: Repository,
    org: Organisation,
    settings: MailSettings,
    password: str | None,
    mails: list[_Planned],
    links: dict[str, str],
    phoned: tuple[PersonNotice, ...],
    now: datetime,
) -> NotifyOutcome:
    mailed: list[PersonNotice] = []
    failed: list[Undelivered] = []
    waiting: list[PersonNotice] = []
    unreachable = False
    with Mailer(settings, password) as mailer:
        for planned in mails:
            if unreachable:
                waiting.append(planned.notice)
                continue
            notice_id = planned.row.id
            assert notice_id is not None
            calendar = feeds.calendar_of(repo, planned.notice.person_id, now=now)
            with use_language(planned.language):
                message = compose(_mail(org, settings, planned, calendar, links), now)
            _mark(repo, notice_id, NoticeStatus.SENDING, now)
            try:
                mailer.send(message)
            except DeliveryFailed as exc:
                _mark(repo, notice_id, NoticeStatus.FAILED, now, error=str(exc.message))
                failed.append(Undelivered(planned.notice, exc.message))
                unreachable = exc.unreachable
                continue
            _mark(repo, notice_id, NoticeStatus.SENT, now)
            mailed.append(planned.notice)
    return NotifyOutcome(tuple(mailed), tuple(failed), tuple(waiting), phoned, False)


def _mark(
    repo: Repository, notice_id: int, status: NoticeStatus, now: datetime, error: str = ""
) -> None:
    """One step of a notice, committed before the next step. 'sent' records in the same
    transaction which versions of their events the person now knows, and the notice in the
    audit log."""
    with repo.write("notify", now=now) as unit:
        row = NoticeStore.get(unit.session, notice_id)
        row.status = status.value
        if status is NoticeStatus.SENDING:
            row.attempts += 1
            row.last_attempt_at_utc = now
        elif status is NoticeStatus.SENT:
            row.done_at_utc, row.error = now, ""
            NoticeStore.record_told(unit.session, row.person_id, row.changes)
            _record(unit, row)
        else:
            row.error = error
        unit.session.add(row)


def _record(unit: Write, row: NoticeRow) -> None:
    """A notice in the audit log: to whom, how, how many changes (not what they were)."""
    after = {"channel": row.channel, "changes": len(row.changes)}
    unit.record("notice", row.person_id, None, after, [row.person_id])


def _mail(
    org: Organisation,
    settings: MailSettings,
    planned: _Planned,
    calendar: bytes,
    links: dict[str, str],
) -> NoticeMail:
    notice = planned.notice
    return NoticeMail(
        sender=settings.sender,
        reply_to=settings.reply_to,
        name=notice.name,
        address=planned.row.address,
        organisation=org.name,
        coordinator=org.coordinator,
        lines=notice.lines,
        calendar=calendar,
        feed_link=links.get(notice.person_id),
        message_id=planned.row.message_id,
        language=planned.language,
    )


# -- what each person is to be told ----------------------------------------------------------


def _prepare(
    unit: Write, org: Organisation, now: datetime, settings: MailSettings
) -> list[_Planned]:
    """Record a notice for everyone with changes (re-using the one still open for the same
    changes, superseding others); list those without an email address as told."""
    session = unit.session
    tz = ZoneInfo(org.timezone)
    ahead = session.exec(select(CalendarEventRow).where(col(CalendarEventRow.end_utc) > now))
    events: dict[str, list[EventState]] = defaultdict(list)
    for event in ahead:
        events[event.person_id].append(state_from_row(event, tz))
    told = NoticeStore.notified(session)
    still_open: dict[str, list[NoticeRow]] = defaultdict(list)
    for notice_row in NoticeStore.open_notices(session):
        still_open[notice_row.person_id].append(notice_row)
    planned = []
    for person in org.people:
        opened = still_open.pop(person.id, [])
        changes = _changes(events[person.id], told)
        row = _outbox_row(unit, person, changes, opened, now, settings) if changes else None
        for old in opened:
            if old is not row:
                old.status = NoticeStatus.SUPERSEDED.value
                session.add(old)
        if row is None:
            continue
        lines = tuple(_line(state, kind, now, settings) for state, kind in changes)
        again = row.status == NoticeStatus.SENDING.value
        language = reader_language(person.language, org.language)
        notice = PersonNotice(
            person.id, person.name, row.address, person.phone or "", lines, again, language
        )
        planned.append(_Planned(notice, row, language))
    for gone in still_open.values():  # people who left: nothing to tell them any more
        for old in gone:
            old.status = NoticeStatus.SUPERSEDED.value
            session.add(old)
    session.flush()  # the new notices get their ids
    return planned


def _outbox_row(
    unit: Write,
    person: Person,
    changes: list[tuple[EventState, ChangeKind]],
    opened: list[NoticeRow],
    now: datetime,
    settings: MailSettings,
) -> NoticeRow:
    versions = [[s.content.uid, s.sequence, s.status.value, s.fingerprint] for s, _kind in changes]
    address = (person.email or "").strip()
    if not address:
        row = NoticeRow(
            person_id=person.id,
            channel=PHONE,
            status=NoticeStatus.LISTED.value,
            created_at_utc=now,
            done_at_utc=now,
            changes=versions,
        )
        unit.session.add(row)
        NoticeStore.record_told(unit.session, person.id, versions)
        _record(unit, row)
        return row
    for row in opened:
        if row.channel == MAIL and row.changes == versions and row.address == address:
            return row  # tried before and not known to have arrived: the same notice again
    row = NoticeRow(
        person_id=person.id,
        channel=MAIL,
        status=NoticeStatus.PENDING.value,
        created_at_utc=now,
        message_id=make_msgid("notice", _domain(settings.sender)),
        address=address,
        changes=versions,
    )
    unit.session.add(row)
    return row


def _changes(
    states: list[EventState], told: dict[str, NotifiedRow]
) -> list[tuple[EventState, ChangeKind]]:
    found = []
    for state in sorted(states, key=lambda s: (s.content.start, s.content.uid)):
        kind = change_kind(state, told.get(state.content.uid))
        if kind is not None:
            found.append((state, kind))
    return found


def change_kind(state: EventState, told: NotifiedRow | None) -> ChangeKind | None:
    """What the person is to be told about this event, if anything: they were never told of
    it, or told of another version of it."""
    cancelled = state.status is EventStatus.CANCELLED
    if told is None:
        return None if cancelled else ChangeKind.NEW  # a shift gone before they knew of it
    if (told.status, told.fingerprint) == (state.status.value, state.fingerprint):
        return None
    was_cancelled = told.status == EventStatus.CANCELLED.value
    if cancelled:
        return None if was_cancelled else ChangeKind.CANCELLED
    return ChangeKind.NEW if was_cancelled else ChangeKind.CHANGED


def _line(state: EventState, kind: ChangeKind, now: datetime, settings: MailSettings) -> NoticeLine:
    content = state.content
    return NoticeLine(
        kind=kind,
        start=content.start,
        end=content.end,
        summary=content.summary,
        location=content.location,
        short_notice=content.start.astimezone(UTC) < now + settings.short_notice,
    )


def _domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    return address.rpartition("@")[2] or "roster-planner.invalid"
