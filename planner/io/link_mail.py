"""The mail that hands a person their personal page link (`roster page issue --mail`,
docs/self-service.md): what the page is for, the link, that it is theirs alone and how to get
a new one. In the person's language; plain text; only that person's link, nothing about anyone
else. Composed when it is sent, never stored (planner/service/page_mail.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr

from planner.i18n.language import _
from planner.io.mail_message import addressed, with_text


@dataclass(frozen=True)
class LinkMail:
    sender: str
    reply_to: str  # the coordinator, where an answer goes; "" for the sender
    address: str
    name: str
    organisation: str
    volunteer: bool  # a volunteer offers days and times; a professional asks for days off
    url: str
    message_id: str
    language: str


def compose_link_mail(mail: LinkMail, now: datetime) -> EmailMessage:
    message = addressed(
        sender=mail.sender,
        to=formataddr((mail.name, mail.address)),
        subject=_("Your personal page at {organisation}", organisation=mail.organisation),
        reply_to=mail.reply_to,
    )
    if mail.volunteer:
        does = _(
            'There you see your shifts to come, say "I can\'t come" to a shift, and change '
            "the days and times you offer and the days you are away."
        )
    else:
        does = _(
            'There you see your shifts to come, say "I can\'t come" to a shift, ask for days '
            "off and give the days and shifts you prefer or avoid."
        )
    body = [
        _("Hello {name},", name=mail.name),
        "",
        _("{organisation} gives you your own page for the roster.", organisation=mail.organisation),
        does,
        "",
        mail.url,
        "",
        _(
            "This link is yours alone: whoever has it sees your page and can act on it. "
            "Do not pass it on, and keep this mail to yourself."
        ),
        _(
            "If you lose it, or someone else may have it, reply to this mail or ask the "
            "coordinator for a new one: the old link then stops working at once."
        ),
        "",
        mail.organisation,
    ]
    text = "\n".join(body) + "\n"
    return with_text(message, text, message_id=mail.message_id, language=mail.language, now=now)
