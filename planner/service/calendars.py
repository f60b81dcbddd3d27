"""Export each person's published shifts as a calendar, in their own language, and remember
what we told them.

The use case: read the published roster of the window, bring every exported event's state up
to date (new, changed: SEQUENCE + 1, gone: CANCELLED), all in one transaction, and return one
.ics file per person. Reconciling is a pure function so its rules can be tested alone.

A shift taken out of a person's published roster is still sent, as STATUS:CANCELLED, until
the window has been published again CANCELLED_KEPT or more after the publication that took it
away. Time is measured by publications, not by the wall clock, so the same roster always gives
the same file. A client that imports any export in that time removes (or strikes) the event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from planner.dates import as_utc, utc_bounds, week_in
from planner.domain import Assignment, Organisation, Period, Role, Shift
from planner.errors import PlannerError
from planner.i18n.language import reader_language, use_language
from planner.io.ics import (
    CalendarEvent,
    EventContent,
    EventStatus,
    build_calendar,
    calendar_name,
    event_content,
)
from planner.message import msg
from planner.shifts import generate_shifts
from planner.storage.calendar_tables import (
    CalendarEventRow,
    CalendarEventStore,
)
from planner.storage.repository import Repository
from planner.storage.tables import assignment_uid

CANCELLED_KEPT = timedelta(days=28)


@dataclass(frozen=True)
class EventState:
    """What a person's calendar was last sent about one event."""

    person_id: str
    content: EventContent
    sequence: int
    status: EventStatus
    stamp: datetime  # publication of this version (DTSTAMP)
    first_exported: datetime
    cancelled_at: datetime | None = None

    @property
    def fingerprint(self) -> str:
        return self.content.fingerprint(self.status)

    def as_event(self) -> CalendarEvent:
        return CalendarEvent(self.content, self.sequence, self.status, self.stamp)


def reconcile(
    previous: Mapping[str, EventState],
    current: Mapping[str, tuple[str, EventContent]],
    *,
    window: Period,
    stamp_of: Mapping[date, datetime],
    now: datetime,
) -> dict[str, EventState]:
    """New state of every event, by UID.

    `current`: UID -> (person id, content) of the published assignments in the window.
    `stamp_of`: publication time of each week of the window, by the week's first day; a
    version's DTSTAMP comes from the week of its shift, so re-exporting an unchanged roster
    gives the same file. Events outside the window are left as they were.
    """
    result = dict(previous)
    for uid, (person_id, content) in current.items():
        stamp = _stamp(stamp_of, window, content.start, now)
        old = previous.get(uid)
        if old is None:
            result[uid] = EventState(
                person_id, content, 0, EventStatus.CONFIRMED, stamp, first_exported=now
            )
        elif old.status is not EventStatus.CONFIRMED or old.content != content:
            result[uid] = replace(
                old,
                content=content,
                sequence=old.sequence + 1,
                status=EventStatus.CONFIRMED,
                stamp=stamp,
                cancelled_at=None,
            )
    for uid, old in previous.items():
        if uid in current or old.status is EventStatus.CANCELLED:
            continue
        if not _in_window(window, old.content.start):
            continue
        stamp = _stamp(stamp_of, window, old.content.start, now)
        result[uid] = replace(
            old,
            sequence=old.sequence + 1,
            status=EventStatus.CANCELLED,
            stamp=stamp,
            cancelled_at=stamp,
        )
    return result


def events_to_send(
    states: Iterable[EventState], person_id: str, window: Period, latest: datetime
) -> list[CalendarEvent]:
    """The events of one person's file: confirmed ones, and cancelled ones still kept.
    `latest`: the window's latest publication."""
    chosen = []
    for state in states:
        if state.person_id != person_id or not _in_window(window, state.content.start):
            continue
        if state.status is EventStatus.CANCELLED and not _still_kept(state, latest):
            continue
        chosen.append(state.as_event())
    return chosen


def _still_kept(state: EventState, latest: datetime) -> bool:
    cancelled_at = state.cancelled_at or state.stamp
    return latest < cancelled_at + CANCELLED_KEPT


def _in_window(window: Period, moment: datetime) -> bool:
    # `moment` is in the organisation's zone: its date is the local day of the shift.
    return window.start <= moment.date() < window.end


def _stamp(
    stamp_of: Mapping[date, datetime], window: Period, moment: datetime, now: datetime
) -> datetime:
    found = stamp_of.get(week_in(window, moment.date()))
    if found is not None:
        return found
    # A week never published has no assignments; a stamp is still needed for a cancellation.
    return max(stamp_of.values(), default=now)


# -- the use cases -------------------------------------------------------------------------


def export_calendars(
    repo: Repository,
    window: Period,
    person_ids: Iterable[str] | None = None,
    *,
    now: datetime | None = None,
) -> dict[str, bytes]:
    """Person id -> .ics bytes of their published shifts in the window, for the given people
    (everyone when None: the organisation's people, and those who left whose calendars were
    sent events, so that they get the cancellations). Event state is updated in one
    transaction."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    org = repo.load_organisation()
    people = _chosen_people(org, person_ids, repo.calendar_people())
    stamp_of = _publication_stamps(repo, window)
    if not stamp_of:
        raise PlannerError(
            msg(
                "nothing published from {first} to {last}: run `roster publish` first",
                first=window.start,
                last=window.end - timedelta(days=1),
            )
        )
    language = reader_languages(repo, org)
    roster = repo.roster(window, published=True)
    files: dict[str, bytes] = {}
    with repo.write("calendars", now=now) as unit:
        states = update_events(
            unit.session, org, window, roster.assignments, stamp_of, now, language, set(people)
        )
        latest = max(stamp_of.values())
        for person_id in people:
            events = events_to_send(states.values(), person_id, window, latest)
            with use_language(language.get(person_id, org.language)):
                files[person_id] = build_calendar(events, name=calendar_name(org.name))
    return files


def reader_languages(repo: Repository, org: Organisation) -> dict[str, str]:
    """Person id -> the language their calendar is in; people who left keep theirs."""
    return {
        p.id: reader_language(p.language, org.language)
        for p in (*repo.former_people(), *org.people)
    }


def record_publication(
    session: Session,
    org: Organisation,
    window: Period,
    assignments: Iterable[Assignment],
    at: datetime,
    language: Mapping[str, str],
) -> None:
    """Bring everyone's event state up to date with a publication of `window` at `at`, in the
    publishing transaction (`session`): the calendar feeds serve that state, and the change
    notices tell people what it changed. Every week of the window is published at `at`."""
    at = at.astimezone(UTC)
    stamp_of = {window.start + timedelta(weeks=w): at for w in range(window.weeks)}
    update_events(session, org, window, assignments, stamp_of, at, language, None)


def update_events(
    session: Session,
    org: Organisation,
    window: Period,
    assignments: Iterable[Assignment],
    stamp_of: Mapping[date, datetime],
    now: datetime,
    language: Mapping[str, str],
    person_ids: set[str] | None,
) -> dict[str, EventState]:
    """Reconcile the stored event state of the window's shifts with the published
    `assignments`, for the given people (None: everyone whose events lie in the window), and
    write what changed into `session`. Returns the new state, by UID, of the events read."""
    tz = ZoneInfo(org.timezone)  # local dates decide windows and weeks
    shifts = {s.id: s for s in generate_shifts(org, window)}
    current = _current_contents(org, shifts, assignments, person_ids, language)
    store = CalendarEventStore
    if person_ids is None:
        lo, hi = utc_bounds(window, tz)
        rows = store.events_between(session, lo, hi)
    else:
        rows = store.events_of(session, person_ids)
    by_uid = {row.uid: row for row in rows}
    previous = {row.uid: state_from_row(row, tz) for row in rows}
    states = reconcile(previous, current, window=window, stamp_of=stamp_of, now=now)
    for uid, state in states.items():
        if previous.get(uid) != state:
            store.put(session, by_uid.get(uid), _row_from_state(uid, state))
    return states


def _chosen_people(
    org: Organisation, person_ids: Iterable[str] | None, with_events: set[str]
) -> list[str]:
    """Ids of the people whose calendars to write: those asked for, or everyone (people who
    left included while their calendars hold events)."""
    present = [p.id for p in org.people]
    if person_ids is None:
        return present + sorted(with_events - set(present))
    chosen = list(person_ids)
    for person_id in chosen:
        if person_id not in present and person_id not in with_events:
            raise PlannerError(msg("unknown person '{person}'", person=person_id))
    return chosen


def _publication_stamps(repo: Repository, window: Period) -> dict[date, datetime]:
    stamps = {}
    for week in range(window.weeks):
        week_start = window.start + timedelta(weeks=week)
        published = repo.published_at(Period(week_start, 1))
        if published is not None:
            stamps[week_start] = published.astimezone(UTC)
    return stamps


def _current_contents(
    org: Organisation,
    shifts: Mapping[str, Shift],
    assignments: Iterable[Assignment],
    person_ids: set[str] | None,
    language: Mapping[str, str],
) -> dict[str, tuple[str, EventContent]]:
    current = {}
    for assignment in assignments:
        shift = shifts.get(assignment.shift_id)
        person_id = assignment.person_id
        if person_ids is not None and person_id not in person_ids:
            continue
        if shift is None or shift.closed:
            continue  # a shift whose activity is gone is treated as taken away
        uid = assignment_uid(assignment.shift_id, person_id)
        role = Role(assignment.role)
        with use_language(language.get(person_id, org.language)):  # each in its reader's
            content = event_content(uid, shift, role, org.coordinator)
        current[uid] = (person_id, content)
    return current


def state_from_row(row: CalendarEventRow, tz: ZoneInfo) -> EventState:
    content = EventContent(
        uid=row.uid,
        shift_id=row.shift_id,
        start=as_utc(row.start_utc).astimezone(tz),
        end=as_utc(row.end_utc).astimezone(tz),
        summary=row.summary,
        location=row.location,
        description=row.description,
    )
    return EventState(
        person_id=row.person_id,
        content=content,
        sequence=row.sequence,
        status=EventStatus(row.status),
        stamp=as_utc(row.stamp_utc),
        first_exported=as_utc(row.first_exported_utc),
        cancelled_at=as_utc(row.cancelled_at_utc) if row.cancelled_at_utc else None,
    )


def _row_from_state(uid: str, state: EventState) -> CalendarEventRow:
    content = state.content
    return CalendarEventRow(
        uid=uid,
        person_id=state.person_id,
        shift_id=content.shift_id,
        sequence=state.sequence,
        fingerprint=state.fingerprint,
        status=state.status.value,
        start_utc=as_utc(content.start),
        end_utc=as_utc(content.end),
        summary=content.summary,
        location=content.location,
        description=content.description,
        stamp_utc=as_utc(state.stamp),
        first_exported_utc=as_utc(state.first_exported),
        cancelled_at_utc=as_utc(state.cancelled_at) if state.cancelled_at else None,
    )
