"""One person's shifts as an iCalendar file. Pure: domain data and event state in, bytes out.

Times are written in UTC (`DTSTART:20261024T180000Z`): every calendar client reads UTC the same
way, so a night shift across a daylight-saving change shows its true local hours everywhere,
with no VTIMEZONE for a client to misread.

What goes in an event is chosen for professional secrecy: the activity, the person's own role,
the site and the coordinator's contact. Never another person, never anything about clients.

The words are in the current language: the caller makes each person's calendar in theirs
(planner/service/calendars.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from icalendar import Calendar, Event, vDuration

from planner.domain import Role, Shift
from planner.i18n.language import _, pgettext

PRODID = "-//roster-planner//calendar export//NL"


class EventStatus(StrEnum):
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class EventContent:
    """What a person sees of one of their shifts."""

    uid: str
    shift_id: str
    start: datetime  # aware
    end: datetime
    summary: str
    location: str
    description: str

    def fingerprint(self, status: EventStatus) -> str:
        """Changes exactly when something a calendar shows changes: then SEQUENCE goes up."""
        text = "|".join(
            (
                self.start.astimezone(UTC).isoformat(),
                self.end.astimezone(UTC).isoformat(),
                self.location,
                self.summary,
                self.description,
                status.value,
            )
        )
        return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class CalendarEvent:
    """An event as it goes into the file: content plus what clients need to update it."""

    content: EventContent
    sequence: int
    status: EventStatus
    stamp: datetime  # DTSTAMP: the publication that produced this version


def event_content(uid: str, shift: Shift, role: Role, coordinator: str) -> EventContent:
    description = _("Coordinator: {contact}", contact=coordinator) if coordinator else ""
    return EventContent(
        uid=uid,
        shift_id=shift.id,
        start=shift.start,
        end=shift.end,
        summary=_("{activity} — {role}", activity=shift.activity.name, role=_role(role)),
        location=shift.activity.site,
        description=description,
    )


def _role(role: Role) -> str:
    """The place the person fills, as their calendar says it ('vrijwilliger')."""
    if role is Role.PROFESSIONAL:
        return pgettext("calendar", "professional")
    return pgettext("calendar", "volunteer")


def calendar_name(organisation: str) -> str:
    """'Diensten — Sociaal Huis Gent': what a calendar client lists the calendar as."""
    return _("Shifts — {organisation}", organisation=organisation)


def build_calendar(
    events: Sequence[CalendarEvent], *, name: str, refresh: timedelta | None = None
) -> bytes:
    """The .ics file. Events are ordered by start then UID, so equal input gives equal bytes.
    `refresh`: for a subscribed feed, how often its clients should look again (RFC 7986's
    REFRESH-INTERVAL, and X-PUBLISHED-TTL, which Apple and Outlook read)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    if refresh is not None:
        cal.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", vDuration(refresh))
    for item in sorted(events, key=lambda e: (e.content.start.astimezone(UTC), e.content.uid)):
        cal.add_component(_vevent(item))
    return cal.to_ical()


def _vevent(item: CalendarEvent) -> Event:
    content = item.content
    event = Event()
    event.add("uid", content.uid)
    event.add("dtstamp", item.stamp.astimezone(UTC))
    event.add("dtstart", content.start.astimezone(UTC))
    event.add("dtend", content.end.astimezone(UTC))
    event.add("sequence", item.sequence)
    event.add("status", item.status.value)
    summary = content.summary
    if item.status is EventStatus.CANCELLED:
        # Clients that keep cancelled events still show them; say so in the title.
        summary = _("CANCELLED: {summary}", summary=summary)
    event.add("summary", summary)
    if content.location:
        event.add("location", content.location)
    if content.description:
        event.add("description", content.description)
    event.add("transp", "TRANSPARENT" if item.status is EventStatus.CANCELLED else "OPAQUE")
    return event
