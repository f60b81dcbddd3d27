"""Maps table rows <-> domain objects. The only place that talks to the database.

CONTRACT (shared by the CLI, the scheduler service, the TUI and the calendar/report code).
Every method that writes does so in ONE transaction: all or nothing.

Rosters have two layers per shift:
- the *working* roster (what `roster plan` or a manual edit last saved: the draft), and
- the *published* roster (a copy of the working roster taken by `publish`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from planner.dates import as_utc, utc_bounds
from planner.domain import (
    Absence,
    Assignment,
    Organisation,
    Period,
    Role,
    Roster,
    RosterState,
    Shift,
    ShiftStatus,
)
from planner.errors import NoOrganisation, PlannerError
from planner.message import msg
from planner.reasons import UnstaffedReason, Verdict
from planner.storage.delivery_rows import feeds_from_json, mail_from_json
from planner.storage.mapping import (
    absence_from_row,
    absence_row,
    activity_from_row,
    assignment_row,
    from_db,
    parse_shift_id,
    person_from_row,
    reason_from_text,
    reason_text,
    state_row,
)
from planner.storage.organisation_rows import write_organisation
from planner.storage.queries import chunks, layer_rows, utc, zone
from planner.storage.roster_rows import roster_state, working_assignment, working_state
from planner.storage.tables import (
    PUBLISHED,
    SOURCE_FILE,
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

NOBODY_ASSIGNED = UnstaffedReason(Verdict.NOBODY_ASSIGNED)


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- organisation ------------------------------------------------------------------
    def has_organisation(self) -> bool:
        with Session(self.engine) as session:
            return session.get(OrganisationRow, 1) is not None

    def load_organisation(self) -> Organisation:
        """The organisation with its activities and people. Raises NoOrganisation if none."""
        with Session(self.engine) as session:
            org_row = session.get(OrganisationRow, 1)
            if org_row is None:
                raise NoOrganisation()
            activities = session.exec(select(ActivityRow).order_by(col(ActivityRow.position))).all()
            people = session.exec(select(PersonRow).order_by(col(PersonRow.position))).all()
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
                activities=tuple(activity_from_row(row) for row in activities),
                people=tuple(person_from_row(row) for row in people),
            )

    def save_organisation(self, org: Organisation) -> None:
        """Insert or update everything in one transaction; loading twice makes no duplicates.
        People and activities no longer in `org` are removed (with their absences)."""
        with Session(self.engine) as session:
            write_organisation(session, org)
            session.commit()

    def save_folder(self, org: Organisation, file_absences: Iterable[Absence]) -> None:
        """What `roster load` writes, in one transaction: the organisation, and the absences of
        absences.csv in place of those of the previous load. Absences added by hand stay."""
        people = {p.id for p in org.people}
        with Session(self.engine) as session:
            write_organisation(session, org)
            session.exec(delete(AbsenceRow).where(col(AbsenceRow.source) == SOURCE_FILE))
            for absence in file_absences:
                check_absence(absence)
                if absence.person_id not in people:
                    raise PlannerError(
                        msg("absence of unknown person '{person}'", person=absence.person_id)
                    )
                session.add(absence_row(absence, SOURCE_FILE))
            session.commit()

    # -- absences ----------------------------------------------------------------------
    def absences(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        person_id: str | None = None,
    ) -> list[Absence]:
        """Absences overlapping [start, end), optionally of one person; ordered by start."""
        with Session(self.engine) as session:
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
        with Session(self.engine) as session:
            rows = session.exec(select(AbsenceRow)).all()
            return {row.id: row.source for row in rows if row.id is not None}

    def add_absence(self, absence: Absence) -> Absence:
        """Stores it and returns it with its id. Unknown person -> PlannerError."""
        check_absence(absence)
        with Session(self.engine) as session:
            tz = zone(session)
            if session.get(PersonRow, absence.person_id) is None:
                raise PlannerError(msg("unknown person '{person}'", person=absence.person_id))
            row = absence_row(localised(absence, tz), SOURCE_MANUAL)
            session.add(row)
            session.commit()
            session.refresh(row)
            return absence_from_row(row, tz)

    def remove_absence(self, absence_id: int) -> Absence:
        """Removes it and returns what was removed. Unknown id -> PlannerError."""
        with Session(self.engine) as session:
            row = session.get(AbsenceRow, absence_id)
            if row is None:
                raise PlannerError(msg("no absence with id {id}", id=absence_id))
            removed = absence_from_row(row, zone(session))
            session.delete(row)
            session.commit()
            return removed

    # -- rosters -----------------------------------------------------------------------
    def save_roster(self, roster: Roster, shifts: list[Shift]) -> None:
        """Replace the working roster of the given shifts (assignments and unstaffed reasons),
        in one transaction. `shifts` are the period's open shifts; `roster.unstaffed` maps
        shift id -> reason. Sets the period's state to DRAFT unless nothing differs from the
        published layer.

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
        staffed = {a.shift_id for a in roster.assignments}
        with Session(self.engine) as session:
            ids = list(by_id)
            for chunk in chunks(ids):
                session.exec(
                    delete(AssignmentRow).where(
                        col(AssignmentRow.layer) == WORKING, col(AssignmentRow.shift_id).in_(chunk)
                    )
                )
                session.exec(
                    delete(ShiftStateRow).where(
                        col(ShiftStateRow.layer) == WORKING, col(ShiftStateRow.shift_id).in_(chunk)
                    )
                )
            for shift in shifts:
                if shift.closed:
                    status, reason = ShiftStatus.CLOSED, shift.closed_reason or ""
                elif shift.id in roster.unstaffed:
                    status, reason = ShiftStatus.UNSTAFFED, reason_text(roster.unstaffed[shift.id])
                elif shift.id in staffed:
                    status, reason = ShiftStatus.STAFFED, ""
                else:
                    status, reason = ShiftStatus.UNSTAFFED, reason_text(NOBODY_ASSIGNED)
                session.add(state_row(WORKING, shift, status, reason))
            for a in roster.assignments:
                session.add(assignment_row(WORKING, a, by_id[a.shift_id]))
            session.commit()

    def roster(self, period: Period, *, published: bool = False) -> Roster:
        """The working (or published) roster of the shifts starting in the period.
        Shifts never planned are absent from `assignments` and from `unstaffed`."""
        layer = PUBLISHED if published else WORKING
        with Session(self.engine) as session:
            lo, hi = utc_bounds(period, zone(session))
            assignments = session.exec(
                select(AssignmentRow)
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
                select(ShiftStateRow)
                .where(col(ShiftStateRow.layer) == layer)
                .where(col(ShiftStateRow.status) == ShiftStatus.UNSTAFFED.value)
                .where(col(ShiftStateRow.start_utc) >= lo, col(ShiftStateRow.start_utc) < hi)
                .order_by(col(ShiftStateRow.start_utc), col(ShiftStateRow.shift_id))
            ).all()
            state = roster_state(session, lo, hi)
        return Roster(
            period=period,
            assignments=tuple(
                Assignment(r.shift_id, r.person_id, Role(r.role), r.pinned) for r in assignments
            ),
            unstaffed={r.shift_id: reason_from_text(r.reason) for r in unstaffed},
            state=state or RosterState.DRAFT,
        )

    def publish(
        self,
        period: Period,
        at: datetime,
        also: Callable[[Session, tuple[Assignment, ...]], None] | None = None,
    ) -> None:
        """Copy the working roster of the period to the published layer; record `at`.
        `also(session, published assignments)` writes what follows from the publication (the
        calendars' event state) in the same transaction."""
        if at.tzinfo is None:
            raise PlannerError(msg("publish needs an aware datetime"))
        at_utc = as_utc(at)
        with Session(self.engine) as session:
            lo, hi = utc_bounds(period, zone(session))
            for table in (AssignmentRow, ShiftStateRow):
                session.exec(
                    delete(table).where(
                        col(table.layer) == PUBLISHED,
                        col(table.start_utc) >= lo,
                        col(table.start_utc) < hi,
                    )
                )
            places = layer_rows(session, AssignmentRow, WORKING, lo, hi)
            for place in places:
                session.add(
                    AssignmentRow(**place.model_dump(exclude={"id", "layer"}), layer=PUBLISHED)
                )
            for state in layer_rows(session, ShiftStateRow, WORKING, lo, hi):
                copy = state.model_dump(exclude={"id", "layer", "published_at_utc"})
                session.add(ShiftStateRow(**copy, layer=PUBLISHED, published_at_utc=at_utc))
            if also is not None:
                published = tuple(
                    Assignment(r.shift_id, r.person_id, Role(r.role), r.pinned) for r in places
                )
                also(session, published)
            session.commit()

    def roster_state(self, period: Period) -> RosterState | None:
        """None: never planned; DRAFT: working differs from published; PUBLISHED otherwise."""
        with Session(self.engine) as session:
            return roster_state(session, *utc_bounds(period, zone(session)))

    def published_at(self, period: Period) -> datetime | None:
        """When the period (any of its shifts) was last published, as an aware datetime."""
        with Session(self.engine) as session:
            tz = zone(session)
            lo, hi = utc_bounds(period, tz)
            rows = layer_rows(session, ShiftStateRow, PUBLISHED, lo, hi)
            stamps = [r.published_at_utc for r in rows if r.published_at_utc is not None]
            return from_db(max(stamps), tz) if stamps else None

    def set_assignment(self, assignment: Assignment) -> None:
        """Add or replace one person's assignment on a shift in the working roster (TUI).

        A shift that was never planned becomes planned ('staffed'); an existing shift status
        is left as it is: whether the shift is now covered is the caller's verdict."""
        with Session(self.engine) as session:
            tz = zone(session)
            if session.get(PersonRow, assignment.person_id) is None:
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
            session.add(row)
            if working_state(session, assignment.shift_id) is None:
                session.add(
                    ShiftStateRow(
                        layer=WORKING,
                        shift_id=assignment.shift_id,
                        activity_id=activity_id,
                        start_utc=as_utc(start),
                        status=ShiftStatus.STAFFED.value,
                    )
                )
            session.commit()

    def remove_assignment(self, shift_id: str, person_id: str) -> None:
        with Session(self.engine) as session:
            row = working_assignment(session, shift_id, person_id)
            if row is None:
                raise PlannerError(
                    msg("'{person}' is not on shift {shift}", person=person_id, shift=shift_id)
                )
            session.delete(row)
            session.commit()


# -- absences ------------------------------------------------------------------------------


def check_absence(absence: Absence) -> None:
    if absence.end <= absence.start:
        raise PlannerError(
            msg(
                "absence of '{person}' ends ({end}) before it starts ({start})",
                person=absence.person_id,
                end=absence.end,
                start=absence.start,
            )
        )


def localised(absence: Absence, tz: ZoneInfo) -> Absence:
    """Naive times are read as the organisation's local time."""
    start = absence.start if absence.start.tzinfo else absence.start.replace(tzinfo=tz)
    end = absence.end if absence.end.tzinfo else absence.end.replace(tzinfo=tz)
    return Absence(absence.person_id, start, end, absence.kind, absence.reason)
