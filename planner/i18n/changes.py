"""Sentences about changes: who changed what when another coordinator got there first, and
the lines of the audit log (`roster log`, the app's log screen)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from planner.errors import ChangedMeanwhile
from planner.i18n.explanations import unstaffed_text
from planner.i18n.format import short_datetime
from planner.i18n.words import Words
from planner.reasons import UnstaffedReason

# What each kind of change did, as the end of 'week 49 was changed by Sara at 14:02 (...)'.
ACTION_WORDS = {
    "load": "loaded the organisation folder",
    "plan": "planned it",
    "edit": "changed a shift by hand",
    "publish": "published it",
    "absence.add": "added an absence",
    "absence.remove": "removed an absence",
    "person.forget": "erased a person's data",
    "prune": "erased old data",
    "calendars": "exported calendars",
}


def action_text(action: str) -> str:
    return ACTION_WORDS.get(action, action)


def scope_text(kind: str, key: str, words: Words | None) -> str:
    """'week 49', 'Els Vermeulen', 'the organisation'."""
    if kind == "week":
        return f"week {date.fromisoformat(key).isocalendar().week}"
    if kind == "person":
        return words.name(key) if words is not None else key
    return "the organisation"


def changed_meanwhile_text(error: ChangedMeanwhile, words: Words | None) -> str:
    """'week 49 was changed by Sara at di 1 dec 14:02 (planned it); nothing was saved:
    reload and try again'. The time is the reader's local time."""
    when = short_datetime(error.at.astimezone())
    what = scope_text(error.kind, error.key, words)
    return (
        f"{what} was changed by {error.actor} at {when} ({action_text(error.action)}); "
        "nothing was saved: reload and try again"
    )


def moment_text(moment: datetime, tz: tzinfo | None = None) -> str:
    """A moment in the organisation's time zone `tz` (else the computer's): 'di 1 dec 14:02'."""
    return short_datetime(moment.astimezone(tz))


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
    if before is None and after is None:
        return f"{KIND_WORDS.get(kind, kind)} {subject}: details erased (older than the retention)"
    if kind in ("roster", "published"):
        return _shift_text(kind, subject, before or {}, after or {}, words)
    if kind == "publication" and after is not None:
        return f"published {after['from']} to {after['to']} ({after['shifts']} shifts)"
    if kind == "absence":
        return _absence_text(before, after, words, tz)
    if kind == "person":
        return _person_text(subject, before, after, words)
    if kind == "prune" and after is not None:
        return (
            f"erased what was older than {after['before'][:10]}: "
            f"{after['absence_reasons']} absence reasons, {after['log_details']} log details, "
            f"{after['calendar_events']} calendar events, {after['people_forgotten']} people"
        )
    what = f"{KIND_WORDS.get(kind, kind)} {subject}".strip()
    if before is None:
        return f"{what} added"
    if after is None:
        return f"{what} removed"
    return f"{what}: {', '.join(sorted(after))} changed"


KIND_WORDS = {
    "roster": "shift",
    "published": "published shift",
    "absence": "absence",
    "person": "person",
    "activity": "activity",
    "organisation": "organisation",
    "publication": "publication",
}


def _shift_text(
    kind: str, shift_id: str, before: dict[str, Any], after: dict[str, Any], words: Words
) -> str:
    old = {p[0]: (p[1], p[2]) for p in before.get("people", [])}
    new = {p[0]: (p[1], p[2]) for p in after.get("people", [])}
    parts = [f"+ {words.name(p)}" for p in new if p not in old]
    parts += [f"- {words.name(p)}" for p in old if p not in new]
    for person, (role, pinned) in new.items():
        if person in old and old[person] != (role, pinned):
            was_role, was_pinned = old[person]
            if pinned != was_pinned:
                parts.append(f"{words.name(person)} {'pinned' if pinned else 'unpinned'}")
            if role != was_role:
                parts.append(f"{words.name(person)} now in a {role}'s place")
    status = after.get("status")
    if status != before.get("status") and status is not None:
        text = f"now {status}"
        if after.get("reason") and status == "unstaffed":
            text += f": {unstaffed_text(UnstaffedReason.from_json(after['reason']), words)}"
        parts.append(text)
    if not after:
        parts.append("taken off the roster")
    layer = "published" if kind == "published" else "draft"
    return f"{layer} {words.shift(shift_id)}: {'; '.join(parts) or 'unchanged'}"


def _absence_text(
    before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words, tz: tzinfo | None
) -> str:
    data = after or before or {}
    start = moment_text(datetime.fromisoformat(data["start"]), tz)
    end = moment_text(datetime.fromisoformat(data["end"]), tz)
    reason = f" ({data['reason']})" if data.get("reason") else ""
    verb = "added" if after is not None else "removed"
    return (
        f"absence of {words.name(data['person'])} {verb}: {data['kind']} {start} to {end}{reason}"
    )


def _person_text(
    person_id: str, before: dict[str, Any] | None, after: dict[str, Any] | None, words: Words
) -> str:
    name = words.name(person_id)
    if after == {"left": True}:
        return f"{name} left the organisation"
    if after == {"left": False}:
        return f"{name} is back in the organisation"
    if after == {"forgotten": True}:
        return f"a person's data was erased at their request; they are {person_id} in reports"
    if before is None and after is not None:
        return f"{name} joined the organisation ({after.get('kind', '')})"
    return f"{name}: {', '.join(sorted(after or {}))} changed"
