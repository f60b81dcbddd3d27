"""What a person changes about themselves on their page (docs/self-service.md): a volunteer's
offered days and times, a professional's wishes and days off, anyone's absences to come. Each change is
one write in the audit log under the person's name, with the optimistic check (the page's
`seen`: ChangedMeanwhile when their data changed since the page was read). Published shifts
of theirs that no longer hold afterwards are returned for the page to list, and the
coordinator gets an alert for each (`roster requests list`), as `absence add` lists them:
found by the checker inside the change's write and written in it with their mail. The repair
proposed with each alert (the solver) is worked out after that write and attached in a write
of its own, so the lock is never held while the solver runs.

What a person enters for a field of people.csv is also kept as their entry
(self_service_entry), so that a later `roster load` of an older file does not undo it
silently (planner/storage/organisation_rows.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from planner.dates import as_utc, local_start_of, monday_of
from planner.domain import Absence, AbsenceKind, Period, Slot, TimeWindow
from planner.errors import PlannerError
from planner.limits import MAX_PERIOD_WEEKS
from planner.message import Message, msg
from planner.service import proposals
from planner.service.checking import published_holding
from planner.service.request_rows import open_request
from planner.storage.connection import reading
from planner.storage.mapping import hhmm
from planner.storage.repository import Repository
from planner.storage.request_tables import (
    BREAKS_ALERT,
    OPEN,
    EntryStore,
    RequestStore,
)
from planner.storage.tables import PUBLISHED, AssignmentRow, PersonRow
from planner.storage.writes import Write, person_scope

AHEAD = timedelta(days=366)  # how far ahead a person may enter days off and absences
REPAIR_SECONDS = 10.0  # the repair proposed for the week of the shifts a change broke


@dataclass(frozen=True)
class Changed:
    broken: tuple[str, ...] = ()  # their published shifts to come that no longer hold


def set_offers(
    repo: Repository, person_id: str, offers: tuple[TimeWindow, ...], now: datetime, seen: int
) -> Changed:
    """A volunteer's offered days and times (one window a day here; empty: none offered)."""
    value = [[w.weekday, hhmm(w.start), hhmm(w.end)] for w in sorted(offers, key=_order)]

    def change(unit: Write, row: PersonRow) -> None:
        before = {"offers": row.offers}
        row.offers = value
        unit.session.add(row)
        EntryStore.put(unit.session, person_id, "offers", value, unit.now)
        unit.record("person", person_id, before, {"offers": value}, [person_id])
        unit.touch(person_scope(person_id))

    return _changing(
        repo, "page.offers", person_id, now, seen, change, only=VOLUNTEER_ONLY, days=None
    )


REMINDER_CHOICES = (60, 120, 240, 720, 1440, 2880)  # minutes ahead a page offers


def set_reminder(
    repo: Repository, person_id: str, minutes: int | None, now: datetime, seen: int
) -> Changed:
    """How long before each shift the person is reminded: None for the organisation's lead,
    0 for none, else one of REMINDER_CHOICES (people.csv's `reminder`)."""
    if minutes is not None and minutes != 0 and minutes not in REMINDER_CHOICES:
        raise PlannerError(msg("a reminder is none, the organisation's, or one of the offered"))
    value = [] if minutes is None else [minutes]
    with repo.write("page.reminder", now=now) as unit:
        unit.check(seen, [person_scope(person_id)])
        row = _person(unit.session, person_id)
        safeguards = dict(row.safeguards)
        before = safeguards.get("reminder_minutes")
        if minutes is None:
            safeguards.pop("reminder_minutes", None)
        else:
            safeguards["reminder_minutes"] = minutes
        row.safeguards = safeguards
        unit.session.add(row)
        EntryStore.put(unit.session, person_id, "reminder", value, unit.now)
        unit.record("person", person_id, {"reminder": before}, {"reminder": minutes}, [person_id])
        unit.touch(person_scope(person_id))
    return Changed()


def add_day_off(repo: Repository, person_id: str, day: date, now: datetime, seen: int) -> Changed:
    """A professional asks for a day off (a wish the planner weighs)."""
    tz = ZoneInfo(repo.load_organisation().timezone)
    _ahead(day, day, now, tz)

    def change(unit: Write, row: PersonRow) -> None:
        safeguards = dict(row.safeguards)
        wishes = dict(safeguards.get("wishes", {"prefers": [], "avoids": [], "days_off": []}))
        before = sorted(wishes.get("days_off", []))
        after = sorted({*before, day.isoformat()})
        wishes["days_off"] = after
        safeguards["wishes"] = wishes
        row.safeguards = safeguards
        unit.session.add(row)
        EntryStore.put(unit.session, person_id, "days_off", after, unit.now)
        unit.record("person", person_id, {"days_off": before}, {"days_off": after}, [person_id])
        unit.touch(person_scope(person_id))

    return _changing(
        repo, "page.day_off", person_id, now, seen, change, only=DAYS_OFF_ONLY, days=(day, day)
    )


def set_wishes(
    repo: Repository,
    person_id: str,
    prefers: tuple[Slot, ...],
    avoids: tuple[Slot, ...],
    now: datetime,
    seen: int,
) -> Changed:
    """A professional's wishes: the days and kinds of shift they would like, or would rather
    not, work (soft: the planner weighs them, nothing published breaks). The page shows a day
    or a kind on its own; a day and kind together (`sat morning`, from people.csv) is kept."""
    with repo.write("page.wishes", now=now) as unit:
        unit.check(seen, [person_scope(person_id)])
        row = _person(unit.session, person_id)
        if row.kind != "professional":
            raise PlannerError(msg("only a professional enters wishes here"))
        safeguards = dict(row.safeguards)
        wishes = dict(safeguards.get("wishes", {"prefers": [], "avoids": [], "days_off": []}))
        before = {f: [list(s) for s in wishes.get(f, [])] for f in ("prefers", "avoids")}
        after = {}
        for field, chosen in (("prefers", prefers), ("avoids", avoids)):
            kept = [s for s in before[field] if s[0] is not None and s[1] is not None]
            value = kept + [[s.weekday, s.shift_class] for s in chosen]
            after[field] = value
            wishes[field] = value
            EntryStore.put(unit.session, person_id, field, value, unit.now)
        safeguards["wishes"] = wishes
        row.safeguards = safeguards
        unit.session.add(row)
        unit.record("person", person_id, before, after, [person_id])
        unit.touch(person_scope(person_id))
    return Changed()


def add_absence(
    repo: Repository, person_id: str, first: date, last: date, now: datetime, seen: int
) -> Changed:
    """The person is away from `first` to `last`, whole days (a holiday)."""
    tz = ZoneInfo(repo.load_organisation().timezone)
    _ahead(first, last, now, tz)
    start = datetime.combine(first, time(0, 0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0, 0), tz)

    def change(unit: Write, _row: PersonRow) -> None:
        repo.add_absence_in(unit, Absence(person_id, start, end, AbsenceKind.LEAVE))

    return _changing(repo, "absence.add", person_id, now, seen, change, days=(first, last))


# Who may make a change, and what anyone else hears.
VOLUNTEER_ONLY = ("volunteer", msg("only a volunteer offers days and times"))
DAYS_OFF_ONLY = ("professional", msg("only a professional asks for days off here"))


def _changing(
    repo: Repository,
    action: str,
    person_id: str,
    now: datetime,
    seen: int,
    change: Callable[[Write, PersonRow], None],
    *,
    only: tuple[str, Message] | None = None,
    days: tuple[date, date] | None,
) -> Changed:
    """The change, the published shifts of the person's it breaks (found by the checker, no
    solver) with an alert and the coordinator's mail for each, in one write: all of it or
    nothing. Then, outside any write, the repair proposed with each alert (the solver, up to
    REPAIR_SECONDS) is worked out and attached in a write of its own: when that fails or the
    process stops, the alerts stand without it, and approving one works the repair out then.

    `days`: the days the change is about (the weeks to check, the evening before the first
    too: a night shift); None: every published week to come."""
    with repo.write(action, now=now) as unit:
        unit.check(seen, [person_scope(person_id)])
        row = _person(unit.session, person_id)
        if only is not None and row.kind != only[0]:
            raise PlannerError(only[1])
        weeks = _weeks(repo, person_id, now, days)
        before = _broken_ids(repo, person_id, now, weeks)
        change(unit, row)
        alerts = _alert(repo, unit, person_id, now, weeks, before)
    _propose(repo, alerts, now)
    return Changed(tuple(alerts))


def _weeks(
    repo: Repository, person_id: str, now: datetime, days: tuple[date, date] | None
) -> Period | None:
    """The weeks that hold the person's published shifts to come (among them, the ones on the
    days: None, all), at most the weeks one check takes on from the first; None when they have
    none. Only their shifts can break by their change: the checker weighs just those weeks
    (what lies around them counts as it does for any period, planner/dates.py)."""
    with reading(repo.engine) as session:
        ids = session.exec(
            select(AssignmentRow.shift_id).where(
                col(AssignmentRow.layer) == PUBLISHED,
                col(AssignmentRow.person_id) == person_id,
                col(AssignmentRow.start_utc) >= as_utc(now),
            )
        ).all()
    found = sorted(local_start_of(sid).date() for sid in ids)
    if days is not None:
        found = [d for d in found if days[0] - timedelta(days=1) <= d <= days[1]]
    if not found:
        return None
    start = monday_of(found[0])
    weeks = (monday_of(found[-1]) - start).days // 7 + 1
    return Period(start, min(weeks, MAX_PERIOD_WEEKS))


def _broken_ids(
    repo: Repository, person_id: str, now: datetime, weeks: Period | None
) -> dict[str, datetime]:
    """The person's published shifts to come in `weeks` that break a hard rule now, with
    their starts (read inside the caller's write: what it has written so far)."""
    if weeks is None:
        return {}
    holding = published_holding(repo, weeks, now)
    if not holding.broken:
        return {}
    ids = [b.shift_id for b in holding.broken]
    with reading(repo.engine) as session:
        rows = session.exec(
            select(AssignmentRow.shift_id, AssignmentRow.start_utc).where(
                col(AssignmentRow.layer) == PUBLISHED,
                col(AssignmentRow.person_id) == person_id,
                col(AssignmentRow.shift_id).in_(ids),
            )
        ).all()
    starts = {sid: as_utc(start) for sid, start in rows}
    return {sid: starts[sid] for sid in ids if sid in starts}


def _alert(
    repo: Repository,
    unit: Write,
    person_id: str,
    now: datetime,
    weeks: Period | None,
    before: dict[str, datetime],
) -> dict[str, int]:
    """What the change broke (not what was broken before it): an alert for each, with the
    coordinator's mail (the outbox sends it once), in the change's write. The alerts' ids by
    shift."""
    starts = _broken_ids(repo, person_id, now, weeks)
    broken = [sid for sid in starts if sid not in before]
    if not broken:
        return {}
    org = repo.load_organisation()
    alerts = {}
    for sid in broken:
        # The repair proposed is attached after the write (_propose).
        alerts[sid] = open_request(
            unit, org, person_id, BREAKS_ALERT, sid, starts[sid], {}, mail=True
        )
    return alerts


def _propose(repo: Repository, alerts: dict[str, int], now: datetime) -> None:
    """The repair of each broken shift's week, worked out from what the change wrote (no
    write open: the solver never holds the lock) and attached to its alert while the alert is
    open and has none. A failure here leaves the alerts as they are: the change and the
    alerts are written, and approving an alert works its repair out then."""
    if not alerts:
        return
    try:
        details = proposals.for_breaks(repo, list(alerts), now, REPAIR_SECONDS)
        if not details:
            return
        with repo.write(PROPOSE_ACTION, now=now) as unit:
            for sid, request_id in alerts.items():
                row = RequestStore.get(unit.session, request_id)
                if row is None or row.status != OPEN or row.detail or sid not in details:
                    continue
                row.detail = details[sid]
                unit.session.add(row)
    except (PlannerError, SQLAlchemyError):
        # Busy, the database away, the week no longer as it was: the alert without its
        # proposal says so (`roster requests list`), and approving works the repair out.
        return


# The repair proposed attached to alerts: what the coordinator may approve, no one's data
# changed (no line in the audit log).
PROPOSE_ACTION = "page.proposal"


def _person(session: Session, person_id: str) -> PersonRow:
    row = session.get(PersonRow, person_id)
    if row is None or row.left_at_utc is not None:
        raise PlannerError(msg("unknown person '{person}'", person=person_id))
    return row


def _ahead(first: date, last: date, now: datetime, tz: ZoneInfo) -> None:
    today = now.astimezone(tz).date()
    if first < today or last < first or last > today + AHEAD:
        raise PlannerError(
            msg("the days must run from today to at most a year ahead, the first before the last")
        )


def _order(window: TimeWindow) -> tuple[int, time]:
    return window.weekday, window.start
