"""What the coordinator reads after `roster notify` (the CLI prints it, the app shows it):
who was mailed, what did not go, who to phone with what to tell them. In the current
language; the shifts' own words are the person's, as their notice says them, and what a dry
run would mail is shown in each person's language throughout, as they would read it."""

from __future__ import annotations

from planner.i18n.language import _, ngettext, use_language
from planner.i18n.text import render
from planner.io.notice_mail import NotifyOutcome, PersonNotice, phone_lines


def report_lines(outcome: NotifyOutcome) -> list[str]:
    if not (outcome.mailed or outcome.failed or outcome.waiting or outcome.to_phone):
        return [_("nobody's published shifts changed since their last notice")]
    lines: list[str] = []
    mailed = len(outcome.mailed)
    if outcome.dry_run and mailed:
        lines.append(ngettext("would mail {n} person:", "would mail {n} people:", mailed))
        for notice in outcome.mailed:
            lines.append(f"  {notice.person_id} <{notice.address}>")
            lines += [f"    {text}" for text in _as_received(notice)]
    elif mailed:
        lines.append(ngettext("mailed {n} person:", "mailed {n} people:", mailed))
        lines += [f"  {_mailed(notice)}" for notice in outcome.mailed]
    if outcome.failed:
        lines.append(
            ngettext(
                "{n} notice did not go; the next run tries again:",
                "{n} notices did not go; the next run tries again:",
                len(outcome.failed),
            )
        )
        for failure in outcome.failed:
            notice = failure.notice
            lines.append(f"  {notice.person_id} <{notice.address}>: {render(failure.reason)}")
    if outcome.waiting:
        lines.append(
            ngettext(
                "{n} more notice waits for the next run:",
                "{n} more notices wait for the next run:",
                len(outcome.waiting),
            )
        )
        lines.append("  " + ", ".join(n.person_id for n in outcome.waiting))
    if outcome.to_phone:
        lines.append(
            ngettext(
                "to phone ({n} person without an email address):",
                "to phone ({n} people without an email address):",
                len(outcome.to_phone),
            )
        )
        for notice in outcome.to_phone:
            phone = notice.phone or _("no phone number")
            lines.append(f"  {notice.person_id}\t{notice.name}\t{phone}")
            lines += [f"    {text}" for text in phone_lines(notice.lines)]
    if outcome.dry_run:
        lines.append(_("nothing was recorded or sent (--dry-run)"))
    return lines


def _as_received(notice: PersonNotice) -> list[str]:
    """A notice's changes as its person reads them: in their language throughout, not only
    the shifts' words."""
    if not notice.language:
        return phone_lines(notice.lines)
    with use_language(notice.language):
        return phone_lines(notice.lines)


def _mailed(notice: PersonNotice) -> str:
    count = ngettext("{n} change", "{n} changes", len(notice.lines))
    text = f"{notice.person_id} <{notice.address}>: {count}"
    if notice.again:
        text += " " + _("(sent again: the previous run stopped while sending it)")
    return text
