"""What every mail the planner sends carries besides its own sentences: its addresses, the date, its
Message-ID (the outbox's, so a resend is recognisable as the same mail), the mark of a mail
sent by a program (RFC 3834: out-of-office replies stay away) and the language of its text."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime


def addressed(*, sender: str, to: str, subject: str, reply_to: str = "") -> EmailMessage:
    """A new mail from `sender` to `to` (an address, or a name and address made one with
    formataddr); answers go to `reply_to` (the coordinator) when given, else to the sender."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = subject
    return message


def with_text(
    message: EmailMessage, text: str, *, message_id: str, language: str, now: datetime
) -> EmailMessage:
    """`message` (its From, To and Subject set) with these headers and `text` as its body."""
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message["Content-Language"] = language  # after set_content, which drops Content-*
    return message
