"""Maps table rows <-> domain objects. The only place that talks to the database.

CONTRACT (shared by the CLI, the scheduler service, the TUI and the calendar/report code).
Every method that writes does so in ONE transaction (planner/storage/writes.py): it waits
for the write lock, is recorded in the audit log under the repository's `actor`, and takes
`seen`, the newest change its caller had seen when it read what the write is based on (from
`seen()`): when another change has touched the same weeks or people since, it raises
ChangedMeanwhile and writes nothing. Without `seen` a write is not checked. A use case that
writes several things as one command opens one `write` and hands it to the methods that take
a `Write` (`write_roster`, `publish_in`): all of it is committed together or not at all.

Rosters have two layers per shift:
- the *working* roster (what `roster plan` or a manual edit last saved: the draft), and
- the *published* roster (a copy of the working roster taken by `publish`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import col, func, select

from planner.clock import Clock, default_clock
from planner.dates import as_utc, monday_of, utc_bounds
from planner.domain import (
    Absence,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    RosterState,
    Shift,
    ShiftStatus,
)
from planner.errors import NoOrganisation, PlannerError
from planner.message import msg
from planner.storage import absence_rows, roster_writes
from planner.storage.calendar_tables import CalendarEventStore
from planner.storage.connection import reading
from planner.storage.delivery_rows import (
    feeds_from_json,
    mail_from_json,
    self_service_from_json,
    watch_from_json,
)
from planner.storage.departures import Holds
from planner.storage.entry_rows import EntryDifference
from planner.storage.mapping import (
    absence_from_row,
    activity_from_row,
    from_db,
    parse_shift_id,
    person_from_row,
    reason_from_text,
)
from planner.storage.organisation_rows import write_organisation
from planner.storage.queries import layer_rows, utc, zone
from planner.storage.roster_rows import roster_state, working_assignment, working_state
from planner.storage.tables import (
    PUBLISHED,
    SOURCE_MANUAL,
    WORKING,
    AbsenceRow,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
    ShiftStateRow,
    assignment_uid,
)
from planner.storage.turnover import Turnover, rename_people, turnover
from planner.storage.writes import (
    ORGANISATION,
    Write,
    check_seen,
    latest_change,
    os_user,
    person_scope,
    week_scope,
    write,
)


def week_scopes(period: Period) -> list[str]:
    """The scopes of the weeks a period's days fall in."""
    return sorted({week_scope(day) for day in period.days})


class Repository:
    def __init__(
        self, engine: Engine, actor: str | None = None, clock: Clock | None = None
    ) -> None:
        self.engine = engine
        self.actor = actor or os_user()  # who the audit log says made each change
        # When each change happened: the planner's one clock (ROSTER_NOW included), so the
        # audit log keeps the order of what the planner did, whatever the machine's clock.
        self.clock = clock or default_clock()
        self._memo = threading.local()  # see `reads_once`

    def _read(self):
        return reading(self.engine)

    @contextmanager
    def reads_once(self) -> Iterator[None]:
        """Within it, in this thread, the organisation and each roster are read once and
        kept until the next write through this repository: one use case that weighs a week
        several times (repair, check, publish) reads a city's thousand people once, not ten
        times. What it reads is what it then writes on: its writes' optimistic checks still
        see any change another made in the meantime."""
        if getattr(self._memo, "kept", None) is not None:
            yield
            return
        self._memo.kept = {}
        try:
            yield
        finally:
            self._memo.kept = None

    def _kept(self) -> dict | None:
        return getattr(self._memo, "kept", None)

    def _written(self) -> None:
        """A part of a write was written: what was kept is out of date (the reads after it,
        inside the same write, see what it wrote)."""
        kept = self._kept()
        if kept is not None:
            kept.clear()

    @contextmanager
    def write(self, action: str, *, now: datetime | None = None) -> Iterator[Write]:
        """A write transaction for a use case that writes more than one thing."""
        moment = now if now is not None else self.clock()
        kept = self._kept()
        if kept is not None:
            kept.clear()
        try:
            with write(self.engine, self.actor, action, now=moment) as unit:
                yield unit
        finally:
            if kept is not None:
                kept.clear()

    def seen(self) -> int:
        """The newest change: read it before anything a later write will be based on."""
        with self._read() as session:
            return latest_change(session)

    def check_seen(self, seen: int | None, scopes: Iterable[str]) -> None:
        """ChangedMeanwhile when a change after `seen` touched any of the scopes: a use case
        asks before it works on what may be out of date (its write checks again)."""
        with self._read() as session:
            check_seen(session, seen, scopes)

    # -- organisation ------------------------------------------------------------------
    def has_organisation(self) -> bool:
        with self._read() as session:
            return session.get(OrganisationRow, 1) is not None

    def load_organisation(self) -> Organisation:
        """The organisation with its activities and the people who have not left. Raises
        NoOrganisation if none."""
        kept = self._kept()
        if kept is not None:
            if "organisation" not in kept:
                kept["organisation"] = self._organisation()
            return kept["organisation"]
        return self._organisation()

    def _organisation(self) -> Organisation:
        with self._read() as session:
            org_row = session.get(OrganisationRow, 1)
            if org_row is None:
                raise NoOrganisation()
            activities = session.exec(select(ActivityRow).order_by(col(ActivityRow.position))).all()
            people = session.exec(
                select(PersonRow)
                .where(col(PersonRow.left_at_utc).is_(None))
                .order_by(col(PersonRow.position))
            ).all()
            return Organisation(
                name=org_row.name,
                timezone=org_row.timezone,
                holiday_country=org_row.holiday_country,
                extra_closures=tuple(date.fromisoformat(d) for d in org_row.extra_closures),
                coordinator=org_row.coordinator,
                language=org_row.language,
                rules=dict(org_row.rules),
                feeds=feeds_from_json(org_row.feeds),
                mail=mail_from_json(org_row.mail),
                watch=watch_from_json(org_row.watch),
                self_service=self_service_from_json(org_row.self_service),
                activities=tuple(activity_from_row(row) for row in activities),
                people=tuple(person_from_row(row) for row in people),
            )

    def calendar_people(self) -> set[str]:
        """Everyone whose calendar was sent events, people who left included."""
        with self._read() as session:
            return CalendarEventStore.person_ids(session)

    def former_people(self) -> list[Person]:
        """People who left the organisation (their past shifts stay on the rosters)."""
        with self._read() as session:
            rows = session.exec(
                select(PersonRow)
                .where(col(PersonRow.left_at_utc).is_not(None))
                .order_by(col(PersonRow.id))
            ).all()
            return [person_from_row(row) for row in rows]

    def save_organisation(
        self, org: Organisation, *, now: datetime | None = None, holds: Holds | None = None
    ) -> None:
        """Insert or update everything in one transaction; loading twice makes no duplicates.
        People no longer in `org` leave (planner/storage/departures.py, `holds` deciding which
        of their future shifts still hold without them); activities no longer in it go."""
        with self.write("load", now=now) as unit:
            write_organisation(unit, org, holds)

    def save_folder(
        self,
        org: Organisation,
        file_absences: Iterable[Absence],
        *,
        now: datetime | None = None,
        holds: Holds | None = None,
        overwrite_entries: bool = False,
        vet: Callable[[Turnover], Mapping[str, str]] | None = None,
    ) -> list[EntryDifference]:
        """What `roster load` writes, in one transaction: the organisation, and the absences of
        absences.csv in place of those of the previous load. Absences added by hand stay.
        What people entered on their page and the file would undo stays too, unless
        `overwrite_entries`; the differences are returned (planner/storage/entry_rows.py).
        `vet(who leaves and who arrives)`, asked under the write lock before anything is
        written, raises to write nothing, or returns the ids to rename (old -> new: the
        person keeps their history, planner/storage/turnover.py)."""
        with self.write("load", now=now) as unit:
            found = turnover(unit, org, unit.session.get(OrganisationRow, 1) is not None)
            rename_people(unit, vet(found) if vet is not None else {})
            differences = write_organisation(unit, org, holds, overwrite_entries=overwrite_entries)
            absence_rows.replace_file_absences(unit, file_absences, {p.id for p in org.people})
        return differences

    # -- absences ----------------------------------------------------------------------
    def absences(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        person_id: str | None = None,
    ) -> list[Absence]:
        """Absences overlapping [start, end), optionally of one person; ordered by start."""
        with self._read() as session:
            tz = zone(session)
            query = select(AbsenceRow)
            if end is not None:
                query = query.where(col(AbsenceRow.start_utc) < utc(end, tz))
            if start is not None:
                query = query.where(col(AbsenceRow.end_utc) > utc(start, tz))
            if person_id is not None:
                query = query.where(col(AbsenceRow.person_id) == person_id)
            query = query.order_by(
                col(AbsenceRow.start_utc), col(AbsenceRow.person_id), col(AbsenceRow.id)
            )
            return [absence_from_row(row, tz) for row in session.exec(query).all()]

    def absence_sources(self) -> dict[int, str]:
        """Absence id -> 'file' (absences.csv, replaced on load) or 'manual'."""
        with self._read() as session:
            rows = session.exec(select(AbsenceRow)).all()
            return {row.id: row.source for row in rows if row.id is not None}

    def add_absence(self, absence: Absence, *, seen: int | None = None) -> Absence:
        """Stores it and returns it with its id. Unknown person -> PlannerError; the person
        changed since `seen` -> ChangedMeanwhile."""
        with self.write("absence.add") as unit:
            unit.check(seen, [person_scope(absence.person_id)])
            return self.add_absence_in(unit, absence)

    def add_absence_in(self, unit: Write, absence: Absence) -> Absence:
        """`add_absence` as part of the caller's write (committed with it or not at all)."""
        row = absence_rows.add_absence(unit, absence, SOURCE_MANUAL)
        self._written()
        return absence_from_row(row, zone(unit.session))

    def remove_absence(self, absence_id: int, *, seen: int | None = None) -> Absence:
        """Removes it and returns what was removed. Unknown id -> PlannerError."""
        with self.write("absence.remove") as unit:
            row = unit.session.get(AbsenceRow, absence_id)
            if row is None:
                raise PlannerError(msg("no absence with id {id}", id=absence_id))
            unit.check(seen, [person_scope(row.person_id)])
            removed = absence_from_row(row, zone(unit.session))
            absence_rows.remove_absence(unit, row)
            return removed

    # -- rosters -----------------------------------------------------------------------
    def save_roster(
        self,
        roster: Roster,
        shifts: list[Shift],
        *,
        seen: int | None = None,
        scopes: Iterable[str] = (),
        action: str = "plan",
        absences: Iterable[Absence] = (),
    ) -> None:
        """Replace the working roster of the given shifts (assignments and unstaffed reasons),
        in one transaction, with `absences` recorded in it (a repair worked out for them);
        see `write_roster`."""
        with self.write(action) as unit:
            self.write_roster(unit, roster, shifts, seen=seen, scopes=scopes, absences=absences)

    def write_roster(
        self,
        unit: Write,
        roster: Roster,
        shifts: list[Shift],
        *,
        seen: int | None = None,
        scopes: Iterable[str] = (),
        absences: Iterable[Absence] = (),
    ) -> None:
        """`save_roster` as part of the caller's write: what it writes is committed with the
        rest of that write or not at all. `shifts` are the period's open shifts;
        `roster.unstaffed` maps shift id -> reason. With `seen`: ChangedMeanwhile when a
        change since touched the weeks of the shifts, the organisation or any of `scopes`.

        A shift with nobody on it and no reason in `roster.unstaffed` is saved as unstaffed
        ("nobody assigned"); a closed shift passed here is saved as closed."""
        by_id = {s.id: s for s in shifts}
        strays = sorted({a.shift_id for a in roster.assignments} - by_id.keys())
        if strays:
            raise PlannerError(
                msg("assignment to a shift not being saved: {shift}", shift=strays[0])
            )
        pairs = [(a.shift_id, a.person_id) for a in roster.assignments]
        twice = sorted({pair for pair in pairs if pairs.count(pair) > 1})
        if twice:
            raise PlannerError(
                msg("'{person}' is on shift {shift} twice", person=twice[0][1], shift=twice[0][0])
            )
        weeks = {week_scope(s.local_date) for s in shifts}
        unit.check(seen, [*weeks, ORGANISATION, *scopes])
        for absence in absences:
            absence_rows.add_absence(unit, absence, SOURCE_MANUAL)
        roster_writes.replace_working(unit, roster, shifts)
        self._written()

    def correct(self, roster: Roster, shift: Shift, *, seen: int | None = None) -> bool:
        """Record who actually worked `shift` (`roster correct`): its working roster and, when
        it was published, its published one replaced by `roster`, in one write whose action
        is "correction". Returns whether the published layer was corrected too."""
        with self.write("correction") as unit:
            unit.check(seen, [week_scope(shift.local_date), ORGANISATION])
            roster_writes.replace_layer(unit, WORKING, roster, [shift])
            published = bool(roster_writes.snapshots(unit.session, PUBLISHED, [shift.id]))
            if published:
                roster_writes.replace_layer(unit, PUBLISHED, roster, [shift], "published")
            return published

    def roster(self, period: Period, *, published: bool = False) -> Roster:
        """The working (or published) roster of the shifts starting in the period.
        Shifts never planned are absent from `assignments` and from `unstaffed`."""
        kept = self._kept()
        if kept is None:
            return self._roster(period, published)
        key = ("roster", period, published)
        if key not in kept:
            kept[key] = self._roster(period, published)
        return kept[key]

    def _roster(self, period: Period, published: bool) -> Roster:
        layer = PUBLISHED if published else WORKING
        with self._read() as session:
            lo, hi = utc_bounds(period, zone(session))
            # Columns, not table objects: a city's week is thousands of rows, read often.
            assignments = session.exec(
                select(
                    AssignmentRow.shift_id,
                    AssignmentRow.person_id,
                    AssignmentRow.role,
                    AssignmentRow.pinned,
                )
                .where(col(AssignmentRow.layer) == layer)
                .where(col(AssignmentRow.start_utc) >= lo, col(AssignmentRow.start_utc) < hi)
                .order_by(
                    col(AssignmentRow.start_utc),
                    col(AssignmentRow.shift_id),
                    col(AssignmentRow.role),
                )
                .order_by(col(AssignmentRow.person_id))
            ).all()
            unstaffed = session.exec(
                select(ShiftStateRow.shift_id, ShiftStateRow.reason)
                .where(col(ShiftStateRow.layer) == layer)
                .where(col(ShiftStateRow.status) == ShiftStatus.UNSTAFFED.value)
                .where(col(ShiftStateRow.start_utc) >= lo, col(ShiftStateRow.start_utc) < hi)
                .order_by(col(ShiftStateRow.start_utc), col(ShiftStateRow.shift_id))
            ).all()
            state = roster_state(session, lo, hi)
        return Roster(
            period=period,
            assignments=tuple(
                Assignment(shift_id, person_id, Role(role), pinned)
                for shift_id, person_id, role, pinned in assignments
            ),
            unstaffed={shift_id: reason_from_text(reason) for shift_id, reason in unstaffed},
            state=state or RosterState.DRAFT,
        )

    def publish(
        self,
        period: Period,
        at: datetime,
        *,
        seen: int | None = None,
        also: Callable[[Write, tuple[Assignment, ...]], None] | None = None,
        depends: Iterable[str] = (),
    ) -> int:
        """Copy the working roster of the period to the published layer; record `at` and who
        published. With `seen`: ChangedMeanwhile when a change since touched the period's weeks
        (or the other scopes the caller `depends` on: what it checked the roster against).
        `also(write, the published assignments)` writes what follows from the publication
        (the calendars' event state) in the same transaction. Returns the number of shifts
        published."""
        if at.tzinfo is None:
            raise PlannerError(msg("publish needs an aware datetime"))
        with self.write("publish", now=at) as unit:
            return self.publish_in(unit, period, at, seen=seen, also=also, depends=depends)

    def publish_in(
        self,
        unit: Write,
        period: Period,
        at: datetime,
        *,
        seen: int | None = None,
        also: Callable[[Write, tuple[Assignment, ...]], None] | None = None,
        depends: Iterable[str] = (),
    ) -> int:
        """`publish` as part of the caller's write (committed with it or not at all)."""
        if at.tzinfo is None:
            raise PlannerError(msg("publish needs an aware datetime"))
        weeks = week_scopes(period)
        unit.check(seen, [*weeks, *depends])
        lo, hi = utc_bounds(period, zone(unit.session))
        count = roster_writes.copy_to_published(unit, lo, hi, as_utc(at))
        last = period.end.toordinal() - 1
        unit.record(
            "publication",
            period.start.isoformat(),
            None,
            {
                "from": period.start.isoformat(),
                "to": date.fromordinal(last).isoformat(),
                "shifts": count,
            },
        )
        unit.touch(*weeks)
        if also is not None:
            places = layer_rows(unit.session, AssignmentRow, PUBLISHED, lo, hi)
            also(unit, tuple(_assignment(r) for r in places))
        self._written()
        return count

    def published_weeks(self, since: datetime, *, working: bool = False) -> Period | None:
        """The calendar weeks from the first to the last with a published shift (`working`:
        a planned one) starting at or after `since`; None when there is none from then on."""
        with self._read() as session:
            tz = zone(session)
            first, last = session.exec(
                select(func.min(ShiftStateRow.start_utc), func.max(ShiftStateRow.start_utc)).where(
                    col(ShiftStateRow.layer) == (WORKING if working else PUBLISHED),
                    col(ShiftStateRow.start_utc) >= utc(since, tz),
                )
            ).one()
        if first is None or last is None:
            return None
        start = monday_of(from_db(first, tz).date())
        end = monday_of(from_db(last, tz).date())
        return Period(start, (end - start).days // 7 + 1)

    def roster_state(self, period: Period) -> RosterState | None:
        """None: never planned; DRAFT: working differs from published; PUBLISHED otherwise."""
        kept = self._kept()
        key = ("state", period)
        if kept is not None and key in kept:
            return kept[key]
        with self._read() as session:
            state = roster_state(session, *utc_bounds(period, zone(session)))
        if kept is not None:
            kept[key] = state
        return state

    def published_at(self, period: Period) -> datetime | None:
        """When the period (any of its shifts) was last published, as an aware datetime."""
        return self.published_by(period)[0]

    def published_by(self, period: Period) -> tuple[datetime | None, str]:
        """When the period (any of its shifts) was last published, and by whom ('' when
        published before the planner recorded it)."""
        with self._read() as session:
            tz = zone(session)
            lo, hi = utc_bounds(period, tz)
            rows = layer_rows(session, ShiftStateRow, PUBLISHED, lo, hi)
            stamped = [r for r in rows if r.published_at_utc is not None]
            if not stamped:
                return None, ""
            last = max(stamped, key=lambda r: as_utc(r.published_at_utc))  # type: ignore[arg-type]
            return from_db(last.published_at_utc, tz), last.published_by  # type: ignore[arg-type]

    def published_shifts(self, shift_ids: Iterable[str]) -> set[str]:
        """Which of the shifts are in the published roster (people see them)."""
        with self._read() as session:
            return set(roster_writes.snapshots(session, PUBLISHED, shift_ids))

    def exchange(
        self,
        layers: dict[str, Roster],
        shifts: list[Shift],
        *,
        action: str,
        seen: int | None,
        scopes: Iterable[str],
        also: Callable[[Write, tuple[Assignment, ...]], None] | None = None,
    ) -> None:
        """Places changing hands (a hand-over, swap or pick-up), in one write: each layer
        named in `layers` ("published", "working") has the given shifts replaced by its
        roster. ChangedMeanwhile, writing nothing, when a change after `seen` touched any of
        `scopes` (the weeks, the people, the organisation the exchange was checked against).
        `also(write, the published assignments of the shifts' weeks)` writes what follows in
        the same transaction (calendars, the offer taken)."""
        with self.write(action) as unit:
            unit.check(seen, scopes)
            for layer, roster in layers.items():
                kind = "published" if layer == PUBLISHED else "roster"
                roster_writes.replace_layer(unit, layer, roster, shifts, kind)
            if also is not None:
                tz = zone(unit.session)
                days = sorted(s.local_date for s in shifts)
                first, last = monday_of(days[0]), monday_of(days[-1])
                weeks = Period(first, (last - first).days // 7 + 1)
                lo, hi = utc_bounds(weeks, tz)
                places = layer_rows(unit.session, AssignmentRow, PUBLISHED, lo, hi)
                also(unit, tuple(_assignment(r) for r in places))

    def set_assignment(
        self, assignment: Assignment, *, seen: int | None = None, action: str = "edit"
    ) -> None:
        """Add or replace one person's assignment on a shift in the working roster (TUI).

        A shift that was never planned becomes planned ('staffed'); an existing shift status
        is left as it is: whether the shift is now covered is the caller's verdict. With
        `seen`: ChangedMeanwhile when the shift's week or the person changed since."""
        with self.write(action) as unit:
            session = unit.session
            tz = zone(session)
            person = session.get(PersonRow, assignment.person_id)
            if person is None or person.left_at_utc is not None:
                raise PlannerError(msg("unknown person '{person}'", person=assignment.person_id))
            activity_id, start = parse_shift_id(assignment.shift_id, tz)
            if session.get(ActivityRow, activity_id) is None:
                raise PlannerError(
                    msg(
                        "unknown activity '{activity}' in shift {shift}",
                        activity=activity_id,
                        shift=assignment.shift_id,
                    )
                )
            unit.check(
                seen,
                [week_scope(start.date()), person_scope(assignment.person_id), ORGANISATION],
            )
            row = working_assignment(session, assignment.shift_id, assignment.person_id)
            if row is None:
                row = AssignmentRow(
                    layer=WORKING,
                    shift_id=assignment.shift_id,
                    activity_id=activity_id,
                    start_utc=as_utc(start),
                    person_id=assignment.person_id,
                    role=assignment.role.value,
                    pinned=assignment.pinned,
                    uid=assignment_uid(assignment.shift_id, assignment.person_id),
                )
            else:
                row.role, row.pinned = assignment.role.value, assignment.pinned
            state = None
            if working_state(session, assignment.shift_id) is None:
                state = ShiftStateRow(
                    layer=WORKING,
                    shift_id=assignment.shift_id,
                    activity_id=activity_id,
                    start_utc=as_utc(start),
                    status=ShiftStatus.STAFFED.value,
                )
            roster_writes.put_place(unit, row, state)

    def remove_assignment(
        self, shift_id: str, person_id: str, *, seen: int | None = None, action: str = "edit"
    ) -> None:
        with self.write(action) as unit:
            row = working_assignment(unit.session, shift_id, person_id)
            if row is None:
                raise PlannerError(
                    msg("'{person}' is not on shift {shift}", person=person_id, shift=shift_id)
                )
            _, start = parse_shift_id(shift_id, zone(unit.session))
            unit.check(seen, [week_scope(start.date()), person_scope(person_id), ORGANISATION])
            roster_writes.drop_place(unit, row)


def _assignment(row: AssignmentRow) -> Assignment:
    return Assignment(row.shift_id, row.person_id, Role(row.role), row.pinned)
