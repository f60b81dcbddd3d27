"""What every mail the planner sends carries besides its own sentences: the date, its
Message-ID (the outbox's, so a resend is recognisable as the same mail), the mark of a mail
sent by a program (RFC 3834: out-of-office replies stay away) and the language of its text."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime


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
