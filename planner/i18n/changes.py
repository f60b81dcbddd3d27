"""Sentences about changes, in the current language: who changed what when another
coordinator got there first, and the lines of the audit log (`roster log`, the app's log
screen)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from planner.domain import AbsenceKind, PersonKind
from planner.errors import ChangedMeanwhile
from planner.i18n.explanations import unstaffed_text
from planner.i18n.format import list_text, short_date, short_datetime, span_text
from planner.i18n.language import N_, _, ngettext, pgettext
from planner.i18n.names import absence_kind_name, person_kind_name
from planner.i18n.words import Words
from planner.reasons import UnstaffedReason

# What each kind of change did, as the end of 'week 49 was changed by Sara at 14:02 (...)'.
ACTION_WORDS = {
    "load": N_("loaded the organisation folder"),
    "plan": N_("planned it"),
    "edit": N_("changed a shift by hand"),
    "correction": N_("corrected who worked a shift"),
    "publish": N_("published it"),
    "absence.add": N_("added an absence"),
    "absence.remove": N_("removed an absence"),
    "person.forget": N_("erased a person's data"),
    "prune": N_("erased old data"),
    "calendars": N_("exported calendars"),
    "feed.issue": N_("gave out a calendar link"),
    "feed.revoke": N_("revoked a calendar link"),
    "page.issue": N_("gave out a personal page link"),
    "page.revoke": N_("revoked a personal page link"),
    "page.request": N_("asked on their page"),
    "page.cancel": N_("cancelled a shift on their page"),
    "offer": N_("offered a shift or answered an offer"),
    "page.alert": N_("alerted the coordinator"),
    "request.decide": N_("decided a request"),
    "notify": N_("sent change notices"),
    "remind": N_("sent reminders"),
    "digest": N_("sent the digest"),
    "handover": N_("handed a shift over"),
    "swap": N_("swapped two shifts"),
    "pickup": N_("took an open place"),
}

# What an audit entry is about, when its details were erased or it has no sentence of its own.
KIND_WORDS = {
    "roster": N_("shift"),
    "published": N_("published shift"),
    "absence": N_("absence"),
    "person": N_("person"),
    "activity": N_("activity"),
    "organisation": N_("organisation"),
    "publication": N_("publication"),
    "feed": N_("calendar link"),
    "page": N_("personal page link"),
    "offer": N_("offer"),
    "request": N_("request"),
    "notice": N_("change notice"),
    "reminder": N_("reminder"),
    "digest": N_("digest"),
}


def action_text(action: str) -> str:
    words = ACTION_WORDS.get(action)
    return _(words) if words else action


def action_name(action: str) -> str:
    """What kind of change an audit entry came from, in a word or two for the log's column:
    'inladen', 'publicatie', 'afwezigheid erbij'. An action without a name (a newer version's)
    reads as its id."""
    names = {
        "load": pgettext("change", "load"),
        "plan": pgettext("change", "planning"),
        "edit": pgettext("change", "edit by hand"),
        "correction": pgettext("change", "correction"),
        "publish": pgettext("change", "publication"),
        "absence.add": pgettext("change", "absence added"),
        "absence.remove": pgettext("change", "absence removed"),
        "person.forget": pgettext("change", "person erased"),
        "prune": pgettext("change", "clean-up"),
        "calendars": pgettext("change", "calendars"),
        "feed.issue": pgettext("change", "link issued"),
        "feed.revoke": pgettext("change", "link revoked"),
        "notify": pgettext("change", "notices"),
        "remind": pgettext("change", "reminders"),
        "digest": pgettext("change", "digest"),
        "page.issue": pgettext("change", "page link issued"),
        "page.revoke": pgettext("change", "page link revoked"),
        "page.request": pgettext("change", "request from a page"),
        "page.cancel": pgettext("change", "cancellation from a page"),
        "page.alert": pgettext("change", "alert from a page"),
        "page.offers": pgettext("change", "days offered"),
        "page.day_off": pgettext("change", "day off"),
        "page.mail": pgettext("change", "mail from a page"),
        "request.decide": pgettext("change", "request decided"),
        "offer": pgettext("change", "offer"),
        "handover": pgettext("change", "hand-over"),
        "swap": pgettext("change", "swap"),
        "pickup": pgettext("change", "open place taken"),
    }
    return names.get(action, action)


def scope_text(kind: str, key: str, words: Words | None) -> str:
    """'week 49', 'Els Vermeulen', 'the organisation'."""
    if kind == "week":
        return _("week {number}", number=date.fromisoformat(key).isocalendar().week)
    if kind == "person":
        return words.name(key) if words is not None else key
    return _("the organisation")


def changed_meanwhile_text(error: ChangedMeanwhile, words: Words | None) -> str:
    """'week 49 was changed by Sara at di 1 dec 14:02 (planned it); nothing was saved:
    reload and try again'. The time is the organisation's local time."""
    return _(
        "{what} was changed by {who} at {when} ({how}); nothing was saved: reload and try again",
        what=scope_text(error.kind, error.key, words),
        who=error.actor,
        when=short_datetime(error.at),
        how=action_text(error.action),
    )


def moment_text(moment: datetime, tz: tzinfo | None = None) -> str:
    """A moment in the organisation's time zone `tz` (else the one in use): 'di 1 dec 14:02'."""
    return short_datetime(moment.astimezone(tz) if tz is not None else moment)


def entry_text(
    kind: str,
    subject: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    words: Words,
    tz: tzinfo | None = None,
) -> str:
    """One entry of the audit log in a sentence: 'draft Inloop ma 30 nov 09:00: + Els
    Vermeulen'. Moments in `tz`, the organisation's time zone."""
    what = _(KIND_WORDS[kind]) if kind in KIND_WORDS else kind
    if before is None and after is None:
        return _("{what} {subject}: details erased (older than the retention)", what=what,
                 subject=subject)  # fmt: skip
    if kind in ("roster", "published"):
        return _shift_text(kind, subject, before or {}, after or {}, words)
    if kind == "publication" and after is not None:
        return ngettext(
            "published {span} ({n} shift)",
            "published {span} ({n} shifts)",
            int(after["shifts"]),
            span=span_text(date.fromisoformat(after["from"]), date.fromisoformat(after["to"])),
        )
    if kind == "absence":
        return _absence_text(before, after, words, tz)
    if kind == "person":
        return _person_text(subject, before, after, words)
    if kind == "feed":
        return _feed_text(subject, before, after, words)
    if kind == "offer" and after is not None:
        return _offer_text(subject, before, after, words)
    if kind == "page":
        return _page_text(subject, before, after, words)
    if kind == "request" and after is not None:
        return _request_text(subject, after)
    if kind == "notice" and after is not None:
        return _notice_text(subject, after, words)
    if kind == "reminder":
        return _("{name} was mailed a reminder of a shift", name=words.name(subject))
    if kind == "digest":
        return _("the digest was mailed to {address}", address=subject)
    if kind == "prune" and after is not None:
        return _(
            "erased what was older than {day}: {reasons} absence reasons, {details} log "
            "details, {events} calendar events, {people} people who left",
            day=short_date(date.fromisoformat(after["before"][:10])),
            reasons=after["absence_reasons"],
            details=after["log_details"],
            events=after["calendar_events"],
            people=after["people_forgotten"],
        )
    if before is None:
        return _("{what} {subject} added", what=what, subject=subject)
    if after is None:
        return _("{what} {subject} removed", what=what, subject=subject)
    return _("{what} {subject}: {fields} changed", what=what, subject=subject,
             fields=list_text(sorted(after)))  # fmt: skip


def _shift_text(
    kind: str, shift_id: str, before: dict[str, Any], after: dict[str, Any], words: Words
) -> str:
    old = {p[0]: (p[1], p[2]) for p in before.get("people", [])}
    new = {p[0]: (p[1], p[2]) for p in after.get("people", [])}
    parts = [_("+ {name}", name=words.name(p)) for p in new if p not in old]
    parts += [_("- {name}", name=words.name(p)) for p in old if p not in new]
    for person, (role, pinned) in new.items():
        if person not in old or old[person] == (role, pinned):
            continue
        was_role, was_pinned = old[person]
        if pinned != was_pinned and pinned:
            parts.append(_("{name} pinned", name=words.name(person)))
        elif pinned != was_pinned:
            parts.append(_("{name} unpinned", name=words.name(person)))
        if role != was_role:
            parts.append(_("{name} now in a {role}'s place", name=words.name(person),
                           role=person_kind_name(PersonKind(role))))  # fmt: skip
    status = after.get("status")
    if status != before.get("status") and status == "unstaffed" and after.get("reason"):
        why = unstaffed_text(UnstaffedReason.from_json(after["reason"]), words)
        parts.append(_("now unstaffed: {why}", why=why))
    elif status != before.get("status") and status is not None:
        parts.append(_("now {status}", status=_status(status)))
    if not after:
        parts.append(_("taken off the roster"))
    changes = "; ".join(parts) or _("unchanged")
    if kind == "published":
        return _("published {shift}: {changes}", shift=words.shift(shift_id), changes=changes)
    return _("draft {shift}: {changes}", shift=words.shift(shift_id), changes=changes)


def _status(status: str) -> str:
    names = {
        "staffed": pgettext("shift status", "staffed"),
        "unstaffed": pgettext("shift status", "unstaffed"),
        "closed": pgettext("shift status", "closed"),
    }
    return names.get(status, status)


def _absence_text(
    before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words, tz: tzinfo | None
) -> str:
    data = after or before or {}
    values = {
        "name": words.name(data["person"]),
        "kind": absence_kind_name(AbsenceKind(data["kind"])),
        "start": moment_text(datetime.fromisoformat(data["start"]), tz),
        "end": moment_text(datetime.fromisoformat(data["end"]), tz),
        "reason": data.get("reason", ""),
    }
    if after is not None and values["reason"]:
        return _("absence of {name} added: {kind} {start} to {end} ({reason})", **values)
    if after is not None:
        return _("absence of {name} added: {kind} {start} to {end}", **values)
    if values["reason"]:
        return _("absence of {name} removed: {kind} {start} to {end} ({reason})", **values)
    return _("absence of {name} removed: {kind} {start} to {end}", **values)


def _person_text(
    person_id: str, before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words
) -> str:
    name = words.name(person_id)
    if after == {"left": True}:
        return _("{name} left the organisation", name=name)
    if after == {"left": False}:
        return _("{name} is back in the organisation", name=name)
    if after == {"forgotten": True}:
        return _(
            "a person's data was erased at their request; they are {pseudonym} in reports",
            pseudonym=person_id,
        )
    if before is None and after is not None and after.get("kind") in ("professional", "volunteer"):
        kind = person_kind_name(PersonKind(after["kind"]))
        return _("{name} joined the organisation ({kind})", name=name, kind=kind)
    return _("{name}: {fields} changed", name=name, fields=list_text(sorted(after or {})))


def _feed_text(
    person_id: str, before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words
) -> str:
    name = words.name(person_id)
    if after is None:
        return _("the calendar link of {name} was revoked", name=name)
    if before is None:
        return _("{name} got a calendar link", name=name)
    return _("{name} got a new calendar link; the old one no longer works", name=name)


def _offer_text(
    shift_id: str, before: dict[str, Any] | None, after: dict[str, Any], words: Words
) -> str:
    """'Jan Peeters offered Inloop di 1 dec 09:00', 'offer of ...: taken by An Dubois'."""
    shift = words.shift(shift_id)
    status = after.get("status")
    if before is None:
        name = words.name(after.get("by"))
        if after.get("swap_for"):
            return _("{name} offered {shift} to {to} as a swap for {other}", name=name,
                     shift=shift, to=words.name(after.get("to")),
                     other=words.shift(after["swap_for"]))  # fmt: skip
        if after.get("to"):
            return _("{name} offered {shift} to {to}", name=name, shift=shift,
                     to=words.name(after["to"]))  # fmt: skip
        return _("{name} offered {shift}", name=name, shift=shift)
    if status == "taken" and after.get("taker"):
        return _("offer of {shift}: taken by {name}", shift=shift, name=words.name(after["taker"]))
    if status == "taken":
        return _("offer of {shift}: approved", shift=shift)
    if status == "waiting":
        return _("offer of {shift}: accepted by {name}, waits for approval", shift=shift,
                 name=words.name(after.get("taker")))  # fmt: skip
    if status == "refused":
        return _("offer of {shift}: refused", shift=shift)
    return _("offer of {shift}: withdrawn", shift=shift)


def _page_text(
    person_id: str, before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words
) -> str:
    name = words.name(person_id)
    if after is None:
        return _("the personal page link of {name} was revoked", name=name)
    if before is None:
        return _("{name} got a personal page link", name=name)
    return _("{name} got a new personal page link; the old one no longer works", name=name)


def _request_text(request_id: str, after: dict[str, Any]) -> str:
    shift, status = after.get("shift", ""), after.get("status", "")
    if after.get("kind") == "unstaffed":
        if status == "open":
            return _(
                "alert {id}: {shift} is unstaffed after a cancellation", id=request_id, shift=shift
            )
        return _("alert {id} seen", id=request_id)
    if after.get("kind") == "breaks":
        if status == "open":
            return _(
                "alert {id}: {shift} no longer fits what was entered on a personal page",
                id=request_id,
                shift=shift,
            )
        return _("alert {id} seen", id=request_id)
    if status == "open":
        return _("request {id}: cannot come to {shift}", id=request_id, shift=shift)
    if status == "approved":
        return _("request {id} approved", id=request_id)
    return _("request {id} refused", id=request_id)


def _notice_text(person_id: str, after: dict[str, Any], words: Words) -> str:
    name, n = words.name(person_id), int(after["changes"])
    if after["channel"] == "phone":
        return ngettext(
            "{name} has no e-mail address: listed to phone about {n} change",
            "{name} has no e-mail address: listed to phone about {n} changes",
            n,
            name=name,
        )
    return ngettext(
        "{name} was mailed about {n} change", "{name} was mailed about {n} changes", n, name=name
    )
