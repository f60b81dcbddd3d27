"""A change notice as an email: what changed in one person's shifts, in their language, with
their calendar attached. Pure: data in, an EmailMessage out; the words are in the current
language (the caller makes each notice inside the person's own, as for calendars).

What goes in is chosen as for calendars (planner/io/ics.py): the person's own shifts, the
activity, their role, the site, the coordinator's contact. Never another person, never
anything about clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr
from enum import StrEnum

from planner.i18n.format import clock, short_datetime
from planner.i18n.language import _
from planner.io.mail_message import addressed, with_text
from planner.message import Message

ATTACHMENT = "shifts.ics"


class ChangeKind(StrEnum):
    NEW = "new"  # a shift they did not know of (or one given back after a cancellation)
    CHANGED = "changed"  # the same shift, now with another place, text or role
    CANCELLED = "cancelled"  # a shift they knew of is no longer theirs


@dataclass(frozen=True)
class NoticeLine:
    """One change, as the person reads it."""

    kind: ChangeKind
    start: datetime  # aware, in the organisation's zone
    end: datetime
    summary: str  # 'Nachtopvang — vrijwilliger', already in the person's words
    location: str
    short_notice: bool  # starts soon (within the organisation's short-notice setting)


@dataclass(frozen=True)
class NoticeMail:
    """Everything one notice says; the message is made from it by `compose`."""

    sender: str
    reply_to: str
    name: str  # the person's
    address: str
    organisation: str
    coordinator: str
    lines: tuple[NoticeLine, ...]
    calendar: bytes  # their whole calendar, as their feed serves it
    feed_link: str | None
    message_id: str
    language: str

    @property
    def short_notice(self) -> bool:
        return any(line.short_notice for line in self.lines)


@dataclass(frozen=True)
class PersonNotice:
    """What one person is (or would be) told."""

    person_id: str
    name: str
    address: str  # their email address; empty: to phone
    phone: str
    lines: tuple[NoticeLine, ...]
    again: bool = False  # a run was stopped while handing it over: sent again, same Message-ID
    language: str = ""  # what the notice is worded in, theirs or the organisation's


@dataclass(frozen=True)
class Undelivered:
    notice: PersonNotice
    reason: Message


@dataclass(frozen=True)
class NotifyOutcome:
    mailed: tuple[PersonNotice, ...]  # taken by the mail server (with --dry-run: would be)
    failed: tuple[Undelivered, ...]  # refused or unreachable: tried again by the next run
    waiting: tuple[PersonNotice, ...]  # not tried, the server being unreachable: next run
    to_phone: tuple[PersonNotice, ...]
    dry_run: bool


def compose(notice: NoticeMail, now: datetime) -> EmailMessage:
    message = addressed(
        sender=notice.sender,
        to=formataddr((notice.name, notice.address)),
        subject=subject(notice),
        reply_to=notice.reply_to,
    )
    with_text(
        message, body(notice), message_id=notice.message_id, language=notice.language, now=now
    )
    message.add_attachment(
        notice.calendar,
        maintype="text",
        subtype="calendar",
        filename=ATTACHMENT,
        params={"method": "PUBLISH", "charset": "utf-8"},
    )
    return message


def subject(notice: NoticeMail) -> str:
    if notice.short_notice:
        return _(
            "Short notice: your shifts at {organisation} changed", organisation=notice.organisation
        )
    return _("Your shifts at {organisation} changed", organisation=notice.organisation)


def body(notice: NoticeMail) -> str:
    parts = [
        _("Hello {name},", name=notice.name),
        "",
        _("Your shifts at {organisation} changed:", organisation=notice.organisation),
        "",
        *(f"- {line_text(line)}" for line in notice.lines),
        "",
    ]
    if notice.short_notice:
        parts += [_("Changes marked 'short notice' are for the coming days."), ""]
    parts.append(_("Your calendar with these changes is attached ({file}).", file=ATTACHMENT))
    if notice.feed_link:
        parts += [
            _("Your calendar link, which keeps itself up to date: {link}", link=notice.feed_link),
            _("Keep this link to yourself: anyone who has it sees your shifts."),
        ]
    if notice.coordinator:
        parts += ["", _("Questions? {contact}", contact=notice.coordinator)]
    return "\n".join(parts) + "\n"


def line_text(line: NoticeLine) -> str:
    """'Short notice. Cancelled: Tue 1 Dec 20:00–08:00, Nachtopvang — vrijwilliger, Vaartstraat 3'"""
    when = f"{short_datetime(line.start)}–{clock(line.end.time())}"
    what = f"{line.summary}, {line.location}" if line.location else line.summary
    if line.kind is ChangeKind.NEW:
        text = _("New: {when}, {what}", when=when, what=what)
    elif line.kind is ChangeKind.CHANGED:
        text = _("Changed: {when}, {what}", when=when, what=what)
    else:
        text = _("Cancelled: {when}, {what}", when=when, what=what)
    if line.short_notice:
        return _("Short notice. {change}", change=text)
    return text


def phone_lines(lines: Sequence[NoticeLine]) -> list[str]:
    """The changes to tell someone by phone, one line each, in the current language."""
    return [line_text(line) for line in lines]
