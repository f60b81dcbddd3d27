"""People's rights over their data, and retention (docs/privacy.md).

- `export_person`: everything the database holds about a person, as a `roster-person/1`
  JSON document (article 15).
- `forget_person`: pseudonymise them everywhere (article 17); their future shifts come off
  the rosters (unstaffed with the reason that they left, where a shift no longer holds) and
  their calendar gets one last file that cancels every future shift it held.
- `prune`: erase what is older than the retention: absence reasons, the details of the
  audit log, old calendar event state, and the people who left before it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from dateutil.relativedelta import relativedelta

from planner.dates import as_utc
from planner.errors import PlannerError
from planner.i18n.language import reader_language, use_language
from planner.io.ics import EventStatus, build_calendar, calendar_name
from planner.message import msg, nmsg
from planner.service.calendars import state_from_row
from planner.service.departures import shift_holds
from planner.storage import privacy
from planner.storage.calendar_tables import CalendarEventStore
from planner.storage.connection import reading
from planner.storage.mapping import absence_record
from planner.storage.privacy import FORGOTTEN
from planner.storage.queries import zone
from planner.storage.repository import Repository

PERSON_FORMAT = "roster-person/1"
RETENTION_MONTHS = 24  # the default: absence reasons and the log's details older than this go


@dataclass(frozen=True)
class Forgotten:
    """What forgetting did: the pseudonym that now stands for the person in the reports, and
    their last calendar (None when it held no future shift), with `cancelled` events.
    `not_rewritten`: why the database files could not be rewritten afterwards ('' when they
    were), so that an administrator does it."""

    pseudonym: str
    calendar: bytes | None
    cancelled: int
    not_rewritten: str = ""


def new_pseudonym() -> str:
    # Random, so nothing about the person can be worked out from it.
    return f"{FORGOTTEN}{secrets.token_hex(4)}"


def export_person(repo: Repository, person_id: str, *, now: datetime | None = None) -> dict:
    """The `roster-person/1` document of the person (docs/privacy.md)."""
    with reading(repo.engine) as session:
        rows = privacy.person_rows(session, person_id)
        if rows is None:
            raise PlannerError(msg("unknown person '{person}'", person=person_id))
        tz = zone(session)
    (person,) = rows["person"]
    profile = person.model_dump(mode="json", exclude={"position", "left_at_utc"})
    profile["left_at"] = _iso(person.left_at_utc)
    return {
        "format": PERSON_FORMAT,
        "exported_at": _iso(now or datetime.now(UTC)),
        "timezone": str(tz),
        "person": profile,
        "absences": [{"id": a.id, **absence_record(a)} for a in rows["absences"]],
        "shifts": [
            {
                "shift": a.shift_id,
                "activity": a.activity_id,
                "start": _iso(a.start_utc),
                "role": a.role,
                "pinned": a.pinned,
                "roster": a.layer,
            }
            for a in rows["assignments"]
        ],
        "calendar_events": [
            {
                "uid": e.uid,
                "shift": e.shift_id,
                "status": e.status,
                "sequence": e.sequence,
                "start": _iso(e.start_utc),
                "end": _iso(e.end_utc),
                "summary": e.summary,
                "location": e.location,
                "description": e.description,
                "first_exported": _iso(e.first_exported_utc),
                "cancelled_at": _iso(e.cancelled_at_utc),
            }
            for e in rows["calendar_events"]
        ],
        # Whether they have a calendar feed link and since when; never the link, which only
        # they and the coordinator who gave it out hold.
        # When their calendar last asked and their page was last shown is about them too.
        "calendar_link": [
            {"issued_at": _iso(link.issued_at_utc), "last_asked_at": _iso(link.fetched_at_utc)}
            for link in rows["feed_links"]
        ],
        "personal_page_link": [
            {"issued_at": _iso(link.issued_at_utc), "last_opened_at": _iso(link.opened_at_utc)}
            for link in rows["page_links"]
        ],
        # Shifts they offered, were offered or took (the colleague's id only when it is
        # theirs to know: the offer was to them, or they took it).
        "offers": [
            {
                "shift": o.shift_id,
                "offered_by_them": o.person_id == person_id,
                "swap_for": o.swap_shift_id,
                "status": o.status,
                "offered_at": _iso(o.offered_at_utc),
                "expires_at": _iso(o.expires_at_utc),
                "decided_at": _iso(o.decided_at_utc),
            }
            for o in rows["offers"]
        ],
        "notices": [
            {
                "created_at": _iso(n.created_at_utc),
                "channel": n.channel,
                "status": n.status,
                "address": n.address,
                "attempts": n.attempts,
                "done_at": _iso(n.done_at_utc),
                "error": n.error,
                "events": [{"uid": c[0], "sequence": c[1], "status": c[2]} for c in n.changes],
            }
            for n in rows["notices"]
        ],
        "log": [
            {
                "at": _iso(change.at_utc),
                "by": change.actor,
                "action": change.action,
                "kind": entry.kind,
                "subject": entry.subject,
                "before": entry.before,
                "after": entry.after,
            }
            for change, entry in rows["log"]
        ],
    }


def forget_person(
    repo: Repository,
    person_id: str,
    *,
    now: datetime | None = None,
    calendar_wanted: bool = True,
) -> Forgotten:
    """Forget the person in one transaction. With `calendar_wanted` False, a person whose
    calendar holds future shifts is refused (nothing changes): their last calendar, which
    cancels those shifts, must go somewhere."""
    org = repo.load_organisation()
    pseudonym = new_pseudonym()
    holds = shift_holds(replace(org, people=tuple(p for p in org.people if p.id != person_id)))
    with repo.write("person.forget", now=now) as unit:
        tz = zone(unit.session)
        rows = CalendarEventStore.events_of(unit.session, [person_id])
        states = [state_from_row(row, tz) for row in rows]
        future = [s for s in states if as_utc(s.content.start) >= unit.now]
        cancelled = 0
        events = []
        for state in future:
            if state.status is EventStatus.CONFIRMED:
                cancelled += 1
                state = replace(
                    state,
                    sequence=state.sequence + 1,
                    status=EventStatus.CANCELLED,
                    stamp=unit.now,
                    cancelled_at=unit.now,
                )
            events.append(state.as_event())
        if cancelled and not calendar_wanted:
            raise PlannerError(
                nmsg(
                    "the calendar of '{person}' holds {n} future shift: their last calendar "
                    "cancels it, so say where to write it (`roster person forget {person} "
                    "--calendar FILE`); nothing was changed",
                    "the calendar of '{person}' holds {n} future shifts: their last calendar "
                    "cancels them, so say where to write it (`roster person forget {person} "
                    "--calendar FILE`); nothing was changed",
                    cancelled,
                    person=person_id,
                )
            )
        privacy.forget(unit, person_id, pseudonym, holds)
    trouble = privacy.vacuum(repo.engine) or ""
    calendar = None
    if events:  # in their own language, as their calendar always was
        person = next((p for p in org.people if p.id == person_id), None)
        own = person.language if person is not None else None
        with use_language(reader_language(own, org.language)):
            calendar = build_calendar(events, name=calendar_name(org.name))
    return Forgotten(pseudonym, calendar, cancelled, trouble)


def prune(
    repo: Repository, *, months: int = RETENTION_MONTHS, now: datetime | None = None
) -> dict[str, Any]:
    """Erase what is older than `months` before `now` (see the module's docstring). Returns
    the cut-off and how many of each thing were erased."""
    if months < 1:
        raise PlannerError(
            msg("the retention must be at least one month (not {months})", months=months)
        )
    moment = as_utc(now or datetime.now(UTC))
    cutoff = moment - relativedelta(months=months)
    holds = shift_holds(repo.load_organisation()) if repo.has_organisation() else None
    with repo.write("prune", now=moment) as unit:
        counts = privacy.prune(unit, cutoff, new_pseudonym, holds)
    return {"before": cutoff, **counts, "not_rewritten": privacy.vacuum(repo.engine) or ""}


def _iso(moment: datetime | None) -> str | None:
    return as_utc(moment).isoformat() if moment is not None else None
