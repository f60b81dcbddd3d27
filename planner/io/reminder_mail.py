"""A reminder as an email: one of a person's own shifts, a while before it starts, in their
language (the caller makes it inside the person's own), with whom to call when they cannot
come. Pure: data in, an EmailMessage out. Never another person, never anything about
clients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr

from planner.i18n.format import clock, short_datetime
from planner.i18n.language import _
from planner.io.mail_message import addressed, with_text


@dataclass(frozen=True)
class ReminderMail:
    sender: str
    reply_to: str
    name: str  # the person's
    address: str
    organisation: str
    coordinator: str  # whom to call: the organisation's contact
    start: datetime  # aware, in the organisation's zone
    end: datetime
    summary: str  # 'Nachtopvang — vrijwilliger', in the person's words (their calendar's)
    location: str
    message_id: str
    language: str


def when_text(start: datetime, end: datetime) -> str:
    """'Tue 1 Dec 20:00–08:00'"""
    return f"{short_datetime(start)}–{clock(end.time())}"


def compose_reminder(mail: ReminderMail, now: datetime) -> EmailMessage:
    when = when_text(mail.start, mail.end)
    message = addressed(
        sender=mail.sender,
        to=formataddr((mail.name, mail.address)),
        subject=_("Reminder: {what}, {when}", what=mail.summary, when=when),
        reply_to=mail.reply_to,
    )
    parts = [
        _("Hello {name},", name=mail.name),
        "",
        _("A reminder of your shift at {organisation}:", organisation=mail.organisation),
        "",
        f"  {when}",
        f"  {mail.summary}",
    ]
    if mail.location:
        parts.append(f"  {mail.location}")
    parts.append("")
    if mail.coordinator:
        parts.append(_("Cannot come? Call {contact} as soon as you can.", contact=mail.coordinator))
    else:
        parts.append(_("Cannot come? Tell the coordinator as soon as you can."))
    text = "\n".join(parts) + "\n"
    return with_text(message, text, message_id=mail.message_id, language=mail.language, now=now)
