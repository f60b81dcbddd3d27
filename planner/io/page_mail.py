"""The mails of the personal pages (docs/self-service.md): to the coordinator when a
cancellation left a shift unstaffed or its repair waiting in the draft, in the organisation's
language; to a person with the
coordinator's decision on their request, in theirs. Plain text; names and shifts only, never
anything about clients, never an absence's kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr

from planner.i18n.format import short_datetime
from planner.i18n.language import _
from planner.io.mail_message import with_text


@dataclass(frozen=True)
class PageMail:
    kind: str  # "alert" (to the coordinator) or "outcome" (to the person)
    sender: str
    address: str
    name: str  # whose request or cancellation it is
    organisation: str
    shift: str  # the activity's name
    start: datetime  # local
    status: str  # an outcome's: "approved" or "refused"
    message_id: str
    language: str
    request_kind: str = "unstaffed"  # an alert's: "unstaffed", "breaks" (a page's change), "draft"
    held: str = ""  # a "draft" alert's: why the repair was not published (HeldBack.why)


def compose_page_mail(mail: PageMail, now: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = mail.sender
    when = short_datetime(mail.start)
    if mail.kind == "alert" and mail.request_kind == "breaks":
        message["To"] = mail.address
        message["Subject"] = _(
            "No longer fits: {shift} {when} after {name} changed their page",
            shift=mail.shift,
            when=when,
            name=mail.name,
        )
        body = [
            _(
                "{name} changed their availability on their page: their published shift "
                "{shift} on {when} no longer holds. Re-plan that week or find someone.",
                name=mail.name,
                shift=mail.shift,
                when=when,
            ),
            "",
            _("roster check and the app (key 5) say why; roster requests list shows it."),
        ]
    elif mail.kind == "alert" and mail.request_kind == "draft":
        message["To"] = mail.address
        message["Subject"] = _(
            "Waiting for publication: {shift} {when} after {name} cancelled",
            shift=mail.shift,
            when=when,
            name=mail.name,
        )
        body = [
            _(
                "{name} cannot come to {shift} on {when}. The week is repaired in the draft, "
                "but not published: the published roster still shows {name} on the shift, "
                "and whoever takes the place does not know yet.",
                name=mail.name,
                shift=mail.shift,
                when=when,
            ),
            _held_text(mail.held),
            "",
            _(
                "roster requests list and the app (key 5) show the repair; approving it "
                "publishes the week, refusing leaves the draft as it is."
            ),
        ]
    elif mail.kind == "alert":
        message["To"] = mail.address
        message["Subject"] = _(
            "Unstaffed: {shift} {when} after {name} cancelled",
            shift=mail.shift,
            when=when,
            name=mail.name,
        )
        body = [
            _(
                "{name} cannot come to {shift} on {when} and nobody could take their place "
                "within the rules: the shift is unstaffed.",
                name=mail.name,
                shift=mail.shift,
                when=when,
            ),
            "",
            _("roster check and the app (key 5) say why; roster requests list shows it."),
        ]
    else:
        message["To"] = formataddr((mail.name, mail.address))
        if mail.status == "approved":
            message["Subject"] = _("You do not need to come: {shift} {when}", shift=mail.shift, when=when)  # fmt: skip
            line = _(
                "Hello {name}, the coordinator agreed: you do not need to come to {shift} on "
                "{when}.",
                name=mail.name,
                shift=mail.shift,
                when=when,
            )
        else:
            message["Subject"] = _("Your shift stays: {shift} {when}", shift=mail.shift, when=when)
            line = _(
                "Hello {name}, the coordinator could not free you from {shift} on {when}: "
                "please come, or call them.",
                name=mail.name,
                shift=mail.shift,
                when=when,
            )
        body = [line, "", mail.organisation]
    text = "\n".join(body) + "\n"
    return with_text(message, text, message_id=mail.message_id, language=mail.language, now=now)


def _held_text(why: str) -> str:
    """Why a cancellation's repair was not published at once (HeldBack.why)."""
    if why == "near":
        return _("It changes someone else's shift within 48 hours.")
    if why == "rules":
        return _("The publication's check finds a shift of the week breaking a hard rule.")
    if why == "draft":
        return _(
            "The week had changes in the draft not yet published; approving publishes them too."
        )
    return ""
