"""Calendar feeds: each person's published shifts at a secret link that their phone subscribes
to, served by `roster serve` (docs/feeds.md).

A link is issued, listed and revoked here; the feed itself is read from the database at
request time: the event state that publishing keeps (planner/service/calendars.py), so a feed
holds exactly the events, UIDs, SEQUENCEs and cancellations of `roster export ics`. Reading a
feed writes nothing.

A miss of any kind (a malformed, unknown or revoked token, a person who is gone) is None:
the server answers all of them alike, so nobody learns whether a person or a link exists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from planner.dates import as_utc, local_midnight, monday_of
from planner.errors import PlannerError
from planner.i18n.language import reader_language, use_language
from planner.io.feed_key import FeedKey
from planner.io.ics import CalendarEvent, EventStatus, build_calendar, calendar_name
from planner.message import Message, msg
from planner.service import person_links
from planner.service.calendars import CANCELLED_KEPT, state_from_row
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.connection import reading
from planner.storage.delivery_rows import feeds_from_json
from planner.storage.feed_tables import FeedStore, FeedTokenRow
from planner.storage.repository import Repository
from planner.storage.tables import OrganisationRow

# Changes whenever the same events would give other bytes (a new property in every feed):
# it is part of every ETag, so clients fetch the feed again.
FEED_FORMAT = "1"
LOCAL_SERVER = "http://127.0.0.1:8080"  # the link's address when [feeds] names none


@dataclass(frozen=True)
class FeedLink:
    """A person's link as the coordinator sees it."""

    person_id: str
    name: str
    issued_at: datetime  # aware UTC
    url: str | None  # None when this computer's feed key does not give the link back


@dataclass(frozen=True)
class FeedVersion:
    """One person's feed as it is now: what the server needs to answer, before any bytes."""

    etag: str  # a strong validator (quoted), changing whenever the body would
    last_modified: datetime | None  # the latest publication (aware UTC); None: never published
    refresh: timedelta  # how often clients should look again
    events: tuple[CalendarEvent, ...]
    name: str  # the calendar's name, in the person's language
    language: str

    def body(self) -> bytes:
        with use_language(self.language):  # the cancelled events' prefix is in their words
            return build_calendar(self.events, name=self.name, refresh=self.refresh)


def feed_url(base_url: str, token: str) -> str:
    return f"{base_url or LOCAL_SERVER}/feeds/{token}.ics"


# -- issuing, listing, revoking ------------------------------------------------------------


def _mismatch(person_id: str) -> Message:
    return msg(
        "the link of '{person}' was issued with another feed key than this "
        "computer's: use that key (docs/feeds.md), or give out a new link with "
        "--new",
        person=person_id,
    )


# The steps are person_links'; the page links take the same ones (planner/service/pages.py).
_FEED_LINKS: person_links.LinkKind[FeedTokenRow, FeedLink] = person_links.LinkKind(
    kind="feed",
    store=FeedStore,
    row=FeedTokenRow,
    link=FeedLink,
    token=FeedKey.token,
    url=feed_url,
    mismatch=_mismatch,
)


def issue(
    repo: Repository,
    person_id: str,
    key: FeedKey,
    *,
    new: bool = False,
    now: datetime | None = None,
) -> FeedLink:
    """The person's link: their current one, or a new one when they have none or `new` (which
    kills the old link at once). One write, in the audit log (never the token or its hash)."""
    return person_links.issue(_FEED_LINKS, repo, person_id, key, new=new, now=now)


def issue_many(
    repo: Repository,
    person_ids: Sequence[str],
    key: FeedKey,
    *,
    new: bool = False,
    now: datetime | None = None,
) -> list[FeedLink]:
    """A link for each of the people who has none (with `new`: a new one for each), in one
    write; the links given out."""
    return person_links.issue_many(_FEED_LINKS, repo, person_ids, key, new=new, now=now)


def revoke(repo: Repository, person_id: str, *, now: datetime | None = None) -> bool:
    """Kill the person's link at once; False when they had none. Unknown person: PlannerError.
    One write, in the audit log."""
    return person_links.revoke(_FEED_LINKS, repo, person_id, now=now)


def links(repo: Repository, key: FeedKey | None) -> list[FeedLink]:
    """Everyone with a link, in people.csv's order; their URL where `key` gives it back."""
    return person_links.links(_FEED_LINKS, repo, key)


def link_urls(repo: Repository, key: FeedKey | None) -> dict[str, str]:
    """Person id -> their link, for those whose link `key` gives back (the change notices)."""
    return {link.person_id: link.url for link in links(repo, key) if link.url is not None}


# -- serving -------------------------------------------------------------------------------


def feed(repo: Repository, token: str, *, now: datetime | None = None) -> FeedVersion | None:
    """The feed of the person whose link holds `token`; None for any miss. Reads only."""
    with reading(repo.engine) as session:
        row = person_links.holder(_FEED_LINKS, session, token)
        if row is None:
            return None
        return person_feed(session, row.person_id, now)


def calendar_of(repo: Repository, person_id: str, *, now: datetime | None = None) -> bytes:
    """The person's calendar as their feed serves it now (a notice's attachment)."""
    with reading(repo.engine) as session:
        version = person_feed(session, person_id, now)
    if version is None:
        raise PlannerError(msg("unknown person '{person}'", person=person_id))
    return version.body()


def person_feed(session: Session, person_id: str, now: datetime | None) -> FeedVersion | None:
    """A person's feed as it is `now`: their events from `past_weeks` before this week on,
    the cancelled ones while they are kept. None when the person is gone."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    person = FeedStore.person(session, person_id)
    org = session.get(OrganisationRow, 1)
    if person is None or person.left_at_utc is not None or org is None:
        return None  # a person who left has no feed, even were a link of theirs still there
    tz = ZoneInfo(org.timezone)
    feeds = feeds_from_json(org.feeds)
    first_day = monday_of(now.astimezone(tz).date()) - timedelta(weeks=feeds.past_weeks)
    since = as_utc(local_midnight(first_day, tz))
    rows = session.exec(
        select(CalendarEventRow).where(
            col(CalendarEventRow.person_id) == person.id,
            col(CalendarEventRow.start_utc) >= since,
        )
    ).all()
    latest = FeedStore.latest_publication(session)
    states = [state_from_row(r, tz) for r in rows]
    language = reader_language(person.language, org.language)
    events = tuple(
        sorted(
            (
                s.as_event()
                for s in states
                if s.status is EventStatus.CONFIRMED
                or _still_kept(s.cancelled_at or s.stamp, latest)
            ),
            key=lambda e: (e.content.start.astimezone(UTC), e.content.uid),
        )
    )
    with use_language(language):
        name = calendar_name(org.name)
    return FeedVersion(
        etag=_etag(events, name, language, feeds.refresh),
        last_modified=latest,
        refresh=feeds.refresh,
        events=events,
        name=name,
        language=language,
    )


def _still_kept(cancelled_at: datetime, latest: datetime | None) -> bool:
    """A cancelled event stays in the feed as in an export: until something was published
    CANCELLED_KEPT after the publication that cancelled it."""
    return latest is None or latest < cancelled_at + CANCELLED_KEPT


def _etag(
    events: tuple[CalendarEvent, ...],
    name: str,
    language: str,
    refresh: timedelta,
) -> str:
    """From what the body is made of, so a conditional request is answered without making
    the body: every event's UID, SEQUENCE, status, stamp and content fingerprint. A
    publication that leaves a person's events as they were leaves their ETag too."""
    digest = hashlib.sha256()
    for part in (FEED_FORMAT, name, language, str(refresh)):
        digest.update(part.encode() + b"\x00")
    for event in events:
        content = event.content
        line = (
            content.uid,
            str(event.sequence),
            event.status.value,
            event.stamp.isoformat(),
            content.fingerprint(event.status),
        )
        digest.update("\x1f".join(line).encode() + b"\x00")
    return '"' + digest.hexdigest()[:32] + '"'
