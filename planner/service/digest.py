"""The coordinator's digest: what needs doing in the days ahead, as data (planner/report/
digest.py; worded by planner/io/digest_text.py). `roster digest` shows it; `roster tick` mails it once a day.

- shifts of the next `days` days (organisation.toml [digest] days, 7) of the published
  roster that are unstaffed, or below the volunteers their activity wants, with the reason
  and who could still take a place (the hard rules allow them, cheapest first);
- requests and alerts from people's pages still waiting for a decision;
- qualifications that lapse in the next 30 days;
- people with shifts in those days whom no reminder reaches (no email address: to phone) or
  who have no calendar link and no page link;
- messages of the outbox that could not be sent (change notices, reminders).
Empty when nothing needs doing: then nothing is mailed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid, parseaddr
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from planner.dates import as_utc
from planner.domain import Period, Role, Shift
from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.io.digest_text import compose_digest
from planner.io.smtp import DeliveryFailed, Mailer, password_of
from planner.message import Message
from planner.reasons import UnstaffedReason
from planner.report import lapses
from planner.report.digest import Digest, Failed, ShortShift, StaleFeed, ToPhone, Waiting
from planner.service import covering, self_service
from planner.shifts import generate_shifts
from planner.storage.connection import reading
from planner.storage.feed_tables import FeedStore
from planner.storage.notice_tables import NoticeKind, NoticeRow, NoticeStatus, NoticeStore
from planner.storage.page_tables import PageStore
from planner.storage.repository import Repository

COULD_COVER = 3  # names shown per short shift


def digest(repo: Repository, *, now: datetime, days: int | None = None) -> Digest:
    org = repo.load_organisation()
    tz = ZoneInfo(org.timezone)
    today = now.astimezone(tz).date()
    span = days or org.watch.digest_days
    last = today + timedelta(days=span - 1)
    window = Period(today, (span + 6) // 7)
    shifts = [
        s
        for s in generate_shifts(org, window)
        if not s.closed and today <= s.local_date <= last and s.start > now
    ]
    roster = repo.roster(window, published=True)
    on: dict[str, list[tuple[str, Role]]] = defaultdict(list)
    for a in roster.assignments:
        on[a.shift_id].append((a.person_id, a.role))
    short = tuple(
        _short(repo, s, on.get(s.id, []), roster.unstaffed.get(s.id), now)
        for s in shifts
        if _is_short(s, on.get(s.id, []), s.id in roster.unstaffed)
    )
    working: dict[str, list[str]] = defaultdict(list)
    for s in shifts:
        for person_id, _role in on.get(s.id, []):
            working[person_id].append(s.id)
    people = {p.id: p for p in org.people}
    with reading(repo.engine) as session:
        feed_rows = {row.person_id: row for row in FeedStore.all(session)}
        opened = {r.person_id for r in PageStore.all(session) if r.opened_at_utc is not None}
    # A page link never opened is no link yet: the person may never have received it.
    linked = set(feed_rows) | opened
    stale_before = now - timedelta(days=org.watch.feed_stale_days)
    stale = tuple(
        StaleFeed(pid, _utc(row.fetched_at_utc), as_utc(row.issued_at_utc))
        for pid in sorted(working, key=lambda p: people[p].name if p in people else p)
        if pid in people
        and (row := feed_rows.get(pid)) is not None
        and as_utc(row.fetched_at_utc or row.issued_at_utc) < stale_before
    )
    to_phone = tuple(
        ToPhone(pid, people[pid].phone or "", tuple(ids))
        for pid, ids in sorted(working.items(), key=lambda item: people[item[0]].name)
        if pid in people and not (people[pid].email or "").strip()
    )
    no_link = tuple(
        pid
        for pid in sorted(working, key=lambda p: people[p].name if p in people else p)
        if pid in people and pid not in linked
    )
    return Digest(
        today,
        last,
        short,
        tuple(Waiting(r.person_id, r.kind, r.shift_id) for r in self_service.requests(repo)),
        tuple(lapses.lapsing(org, today)),
        to_phone,
        no_link,
        _failed(repo),
        stale,
        org.watch.feed_stale_days,
    )


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else as_utc(moment)


def _is_short(shift: Shift, on: list[tuple[str, Role]], unstaffed: bool) -> bool:
    if unstaffed:
        return True
    if not on:
        return False  # not planned or not published: not this digest's to say
    volunteers = sum(1 for _pid, role in on if role is Role.VOLUNTEER)
    return volunteers < shift.activity.staffing.volunteers_min


def _short(
    repo: Repository,
    shift: Shift,
    on: list[tuple[str, Role]],
    reason: UnstaffedReason | None,
    now: datetime,
) -> ShortShift:
    covers = covering.who_can_cover(repo, shift.id, None, now=now)
    wanted_role = Role.PROFESSIONAL if reason is not None else Role.VOLUNTEER
    could = tuple(c.person.id for c in covers if c.allowed and c.role is wanted_role)
    return ShortShift(
        shift.id,
        shift.start,
        reason is not None,
        sum(1 for _pid, role in on if role is Role.VOLUNTEER),
        shift.activity.staffing.volunteers_min,
        reason,
        could[:COULD_COVER],
    )


def _failed(repo: Repository) -> tuple[Failed, ...]:
    with reading(repo.engine) as session:
        rows = session.exec(
            select(NoticeRow)
            .where(col(NoticeRow.status) == NoticeStatus.FAILED.value)
            .order_by(col(NoticeRow.id))
        )
        return tuple(Failed(r.person_id, r.kind, r.error) for r in rows)


@dataclass(frozen=True)
class DigestSent:
    to: str
    digest: Digest
    error: Message | None = None  # the mail server refused it: the next tick tries again


def mail_digest(repo: Repository, *, now: datetime) -> DigestSent | None:
    """Mail today's digest to [digest] `to`, once a day from [digest] `at`: None when it
    is not due (no address or no [mail], too early, or already done today). A day with
    nothing to say is recorded as done, and nothing is mailed."""
    org = repo.load_organisation()
    settings, watch = org.mail, org.watch
    if settings is None or not watch.digest_to:
        return None
    local = now.astimezone(ZoneInfo(org.timezone))
    if local.time() < watch.digest_at:
        return None
    day = [["digest", local.date().isoformat()]]
    with repo.write("digest", now=now) as unit:
        rows = unit.session.exec(
            select(NoticeRow)
            .where(col(NoticeRow.kind) == NoticeKind.DIGEST.value)
            .where(col(NoticeRow.created_at_utc) >= now - timedelta(days=2))
        )
        today = [r for r in rows if r.changes == day]
        if any(r.status not in OPEN_STATUSES for r in today):
            return None  # sent, or nothing to say, today
    found = digest(repo, now=now)
    with repo.write("digest", now=now) as unit:
        if today:
            row = NoticeStore.get(unit.session, today[0].id or 0)
        else:
            row = NoticeRow(
                person_id="",
                channel="mail",
                kind=NoticeKind.DIGEST.value,
                status=NoticeStatus.PENDING.value,
                created_at_utc=now,
                message_id=make_msgid("digest", _domain(settings.sender)),
                address=watch.digest_to,
                changes=day,
            )
        if found.empty:
            row.status, row.done_at_utc = NoticeStatus.SUPERSEDED.value, now
        unit.session.add(row)
        unit.session.flush()
        row_id = row.id
    assert row_id is not None
    if found.empty:
        return None
    words = Words.of(org)
    with use_language(org.language):
        message = compose_digest(
            found,
            words,
            sender=settings.sender,
            to=watch.digest_to,
            organisation=org.name,
            message_id=row.message_id,
            now=now,
            language=org.language,
        )
    _mark(repo, row_id, NoticeStatus.SENDING, now)
    try:
        with Mailer(settings, password_of(settings)) as mailer:
            mailer.send(message)
    except DeliveryFailed as exc:
        _mark(repo, row_id, NoticeStatus.FAILED, now, str(exc.message))
        return DigestSent(watch.digest_to, found, exc.message)
    _mark(repo, row_id, NoticeStatus.SENT, now)
    return DigestSent(watch.digest_to, found)


OPEN_STATUSES = (NoticeStatus.PENDING.value, NoticeStatus.SENDING.value, NoticeStatus.FAILED.value)


def _mark(
    repo: Repository, row_id: int, status: NoticeStatus, now: datetime, error: str = ""
) -> None:
    with repo.write("digest", now=now) as unit:
        row = NoticeStore.get(unit.session, row_id)
        row.status = status.value
        if status is NoticeStatus.SENDING:
            row.attempts += 1
            row.last_attempt_at_utc = now
        elif status is NoticeStatus.SENT:
            row.done_at_utc, row.error = now, ""
            unit.record("digest", row.address, None, {"channel": "mail"}, [])
        else:
            row.error = error
        unit.session.add(row)


def _domain(sender: str) -> str:
    address = parseaddr(sender)[1]
    return address.rpartition("@")[2] or "roster-planner.invalid"
