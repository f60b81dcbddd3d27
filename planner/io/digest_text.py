"""The coordinator's digest (planner/service/digest.py) as text, for the terminal and the
morning mail, in the coordinator's language."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from planner.i18n.explanations import unstaffed_text
from planner.i18n.format import list_text, local, short_date, span_text
from planner.i18n.language import _, ngettext
from planner.i18n.names import qualification_name
from planner.i18n.words import Words
from planner.io.mail_message import addressed, with_text
from planner.report.digest import Digest

NAMED = 5  # names shown of those without a link; the rest are counted


def digest_lines(d: Digest, words: Words) -> list[str]:
    """Empty when nothing needs doing."""
    if d.empty:
        return []
    out = [_("What needs doing, {span}", span=span_text(d.first, d.last)), ""]
    if d.short:
        out.append(ngettext("{n} shift is short:", "{n} shifts are short:", len(d.short)))
        for s in d.short:
            if s.unstaffed and s.reason is not None:
                why = unstaffed_text(s.reason, words)
            elif s.unstaffed:
                why = _("no professional")
            else:
                why = ngettext(
                    "{volunteers} of the {n} volunteer wanted",
                    "{volunteers} of the {n} volunteers wanted",
                    s.wanted,
                    volunteers=s.volunteers,
                )
            out.append(f"- {words.shift(s.shift_id)}: {why}")
            if s.could:
                out.append(
                    "  "
                    + _(
                        "could still take it: {names}",
                        names=list_text(words.name(p) for p in s.could),
                    )
                )
            else:
                out.append("  " + _("nobody else can take it under the rules"))
        out.append("")
    if d.requests:
        out.append(
            ngettext(
                "{n} request waits for your decision (roster requests):",
                "{n} requests wait for your decision (roster requests):",
                len(d.requests),
            )
        )
        for r in d.requests:
            out.append(f"- {words.name(r.person_id)}: {words.shift(r.shift_id)} ({r.kind})")
        out.append("")
    if d.lapses:
        out.append(_("Qualifications that lapse in the next 30 days:"))
        for lapse in d.lapses:
            out.append(
                "- "
                + _(
                    "{name}: {qualification} lapses on {date}",
                    name=words.name(lapse.person_id),
                    qualification=qualification_name(lapse.qualification),
                    date=short_date(lapse.on),
                )
            )
        out.append("")
    if d.to_phone:
        out.append(_("No email address, so no reminder: phone them about their shifts:"))
        for p in d.to_phone:
            shifts = ", ".join(words.shift(s) for s in p.shifts)
            phone = p.phone or _("no phone number")
            out.append(f"- {words.name(p.person_id)} ({phone}): {shifts}")
        out.append("")
    if d.no_link:
        names = [words.name(p) for p in d.no_link[:NAMED]]
        more = len(d.no_link) - len(names)
        if more:
            names.append(ngettext("{n} other", "{n} others", more))
        out.append(
            ngettext(
                "{n} person works in these days without a calendar link or a personal page "
                "they opened (roster feed issue, roster page issue): {names}",
                "{n} people work in these days without a calendar link or a personal page "
                "they opened (roster feed issue, roster page issue): {names}",
                len(d.no_link),
                names=list_text(names),
            )
        )
        out.append("")
    if d.stale_feeds:
        out.append(
            _(
                "Calendars that have not asked for their shifts in {span}, so they show old "
                "ones (the app stopped updating, or the link was removed; roster feed issue "
                "--new gives a new link):",
                span=ngettext("{n} day", "{n} days", d.stale_days),
            )
        )
        for stale in d.stale_feeds:
            when = (
                _("last on {date}", date=short_date(local(stale.last).date()))
                if stale.last is not None
                else _(
                    "never since the link was given out on {date}",
                    date=short_date(local(stale.issued).date()),
                )
            )
            out.append(f"- {words.name(stale.person_id)}: {when}")
        out.append("")
    if d.failed:
        out.append(
            ngettext(
                "{n} message could not be sent (the next tick tries again):",
                "{n} messages could not be sent (the next tick tries again):",
                len(d.failed),
            )
        )
        for f in d.failed:
            out.append(f"- {words.name(f.person_id)} ({f.kind}): {f.error}")
        out.append("")
    return out[:-1] if out and out[-1] == "" else out


def compose_digest(
    d: Digest,
    words: Words,
    *,
    sender: str,
    to: str,
    organisation: str,
    message_id: str,
    now: datetime,
    language: str,
) -> EmailMessage:
    subject = _(
        "{organisation}: what needs doing, {day}",
        organisation=organisation,
        day=short_date(d.first),
    )
    message = addressed(sender=sender, to=to, subject=subject)
    text = "\n".join(digest_lines(d, words)) + "\n"
    return with_text(message, text, message_id=message_id, language=language, now=now)
