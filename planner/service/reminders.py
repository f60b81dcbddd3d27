"""Reminders: each person with an email address is mailed once before each of their
published shifts (organisation.toml [reminders] lead_hours, default 24 h; people.csv
`reminder` changes it for one person or turns it off), through the notices outbox
(docs/notices.md, docs/operations.md).

Exactly once, as change notices: a reminder is first recorded in the outbox (`notice`, kind
'reminder', the event's version in `changes`), in one transaction; then it is marked
'sending', handed to the mail server, and marked 'sent', each step committed. A shift that
has a reminder row, whatever became of it, gets no second one. Before each attempt the event
is read again: a shift cancelled or started meanwhile gets no reminder (the row is
superseded), so a reminder is never late and never about a cancelled shift. A failed one is
tried again by the next tick while the shift is still ahead. Runs go one at a time (the
caller holds the tick's run lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid, parseaddr
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from planner.delivery import MailSettings
from planner.domain import Organisation, Person
from planner.i18n.language import reader_language, use_language
from planner.io.ics import EventStatus
from planner.io.reminder_mail import ReminderMail, compose_reminder
from planner.io.smtp import DeliveryFailed, Mailer, password_of
from planner.message import Message
from planner.service.calendars import EventState, state_from_row
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.notice_tables import NoticeKind, NoticeRow, NoticeStatus, NoticeStore
from planner.storage.repository import Repository

MAIL = "mail"
# The longest lead people.csv allows: reminder rows older than this (plus a day) can no
# longer be about a shift still ahead, so they need not be read.
LOOK_BACK = timedelta(days=15)


@dataclass(frozen=True)
class Reminded:
    person_id: str
    shift_id: str
    start: datetime


@dataclass(frozen=True)
class ReminderOutcome:
    sent: tuple[Reminded, ...] = ()
    failed: tuple[tuple[Reminded, Message], ...] = ()  # tried again by the next tick
    dropped: tuple[Reminded, ...] = ()  # cancelled or started before it could go


def lead_of(person: Person, org: Organisation) -> timedelta:
    """How long before a shift this person is reminded; zero: never."""
    return person.reminder if person.reminder is not None else org.watch.reminder_lead


def remind(repo: Repository, *, now: datetime) -> ReminderOutcome:
    """Record the reminders that are due and send every open one; nothing without [mail]."""
    now = now.astimezone(UTC)
    org = repo.load_organisation()
    settings = org.mail
    if settings is None:
        return ReminderOutcome()
    password = password_of(settings)
    with repo.write("remind", now=now) as unit:
        _record_due(unit.session, org, now, settings)
        unit.session.flush()
        open_rows, events = _open(unit.session, ZoneInfo(org.timezone))
    return _send(repo, org, settings, password, open_rows, events, now)


def _record_due(session, org: Organisation, now: datetime, settings: MailSettings) -> None:
    people = {p.id: p for p in org.people}
    longest = max([lead_of(p, org) for p in org.people] or [timedelta(0)])
    if longest <= timedelta(0):
        return
    ahead = session.exec(
        select(CalendarEventRow)
        .where(col(CalendarEventRow.start_utc) > now)
        .where(col(CalendarEventRow.start_utc) <= now + longest)
        .where(col(CalendarEventRow.status) != EventStatus.CANCELLED.value)
    )
    done = _reminded_uids(session, now)
    for event in ahead:
        person = people.get(event.person_id)
        if person is None or event.uid in done:
            continue
        address = (person.email or "").strip()
        lead = lead_of(person, org)
        if not address or lead <= timedelta(0):
            continue
        if event.start_utc.replace(tzinfo=UTC) - lead > now:
            continue  # not due yet
        session.add(
            NoticeRow(
                person_id=person.id,
                channel=MAIL,
                kind=NoticeKind.REMINDER.value,
                status=NoticeStatus.PENDING.value,
                created_at_utc=now,
                message_id=make_msgid("reminder", _domain(settings.sender)),
                address=address,
                changes=[[event.uid, event.sequence, event.status, event.fingerprint]],
            )
        )
        done.add(event.uid)


def _reminded_uids(session, now: datetime) -> set[str]:
    rows = session.exec(
        select(NoticeRow)
        .where(col(NoticeRow.kind) == NoticeKind.REMINDER.value)
        .where(col(NoticeRow.created_at_utc) >= now - LOOK_BACK)
    )
    return {row.changes[0][0] for row in rows if row.changes}


def _open(session, tz: ZoneInfo) -> tuple[list[NoticeRow], dict[str, EventState]]:
    """The reminders still to go, and the events they are about as they stand now."""
    statuses = [NoticeStatus.PENDING, NoticeStatus.SENDING, NoticeStatus.FAILED]
    open_rows = list(
        session.exec(
            select(NoticeRow)
            .where(col(NoticeRow.kind) == NoticeKind.REMINDER.value)
            .where(col(NoticeRow.status).in_([s.value for s in statuses]))
            .order_by(col(NoticeRow.id))
        )
    )
    uids = [r.changes[0][0] for r in open_rows]
    rows = session.exec(select(CalendarEventRow).where(col(CalendarEventRow.uid).in_(uids)))
    return open_rows, {row.uid: state_from_row(row, tz) for row in rows}


def _send(
    repo: Repository,
    org: Organisation,
    settings: MailSettings,
    password: str | None,
    open_rows: list[NoticeRow],
    events: dict[str, EventState],
    now: datetime,
) -> ReminderOutcome:
    people = {p.id: p for p in org.people}
    sent: list[Reminded] = []
    failed: list[tuple[Reminded, Message]] = []
    dropped: list[Reminded] = []
    unreachable = False
    with Mailer(settings, password) as mailer:
        for row in open_rows:
            assert row.id is not None
            state = events.get(row.changes[0][0])
            person = people.get(row.person_id)
            if state is None or person is None or not _still_worth(state, now):
                _mark(repo, row.id, NoticeStatus.SUPERSEDED, now)
                if state is not None:
                    dropped.append(_reminded(state))
                continue
            if unreachable:
                continue  # the server is down: the next tick tries again
            language = reader_language(person.language, org.language)
            with use_language(language):
                message = compose_reminder(_mail(org, settings, person, row, state, language), now)
            _mark(repo, row.id, NoticeStatus.SENDING, now)
            try:
                mailer.send(message)
            except DeliveryFailed as exc:
                _mark(repo, row.id, NoticeStatus.FAILED, now, error=str(exc.message))
                failed.append((_reminded(state), exc.message))
                unreachable = exc.unreachable
                continue
            _mark(repo, row.id, NoticeStatus.SENT, now)
            sent.append(_reminded(state))
    return ReminderOutcome(tuple(sent), tuple(failed), tuple(dropped))


def _still_worth(state: EventState, now: datetime) -> bool:
    """Not cancelled, and not started: a reminder is never late."""
    return state.status is not EventStatus.CANCELLED and state.content.start.astimezone(UTC) > now


def _reminded(state: EventState) -> Reminded:
    return Reminded(state.person_id, state.content.shift_id, state.content.start)


def _mark(
    repo: Repository, notice_id: int, status: NoticeStatus, now: datetime, error: str = ""
) -> None:
    """One step of a reminder, committed before the next; 'sent' goes in the audit log."""
    with repo.write("remind", now=now) as unit:
        row = NoticeStore.get(unit.session, notice_id)
        row.status = status.value
        if status is NoticeStatus.SENDING:
            row.attempts += 1
            row.last_attempt_at_utc = now
        elif status in (NoticeStatus.SENT, NoticeStatus.SUPERSEDED):
            row.done_at_utc, row.error = now, ""
        else:
            row.error = error
        if status is NoticeStatus.SENT:
            unit.record("reminder", row.person_id, None, {"channel": MAIL}, [row.person_id])
        unit.session.add(row)


def _mail(
    org: Organisation,
    settings: MailSettings,
    person: Person,
    row: NoticeRow,
    state: EventState,
    language: str,
) -> ReminderMail:
    content = state.content
    return ReminderMail(
        sender=settings.sender,
        reply_to=settings.reply_to,
        name=person.name,
        address=row.address,
        organisation=org.name,
        coordinator=org.coordinator,
        start=content.start,
        end=content.end,
        summary=content.summary,
        location=content.location,
        message_id=row.message_id,
        language=language,
    )


def _domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    return address.rpartition("@")[2] or "roster-planner.invalid"
