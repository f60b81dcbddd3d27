"""Maps table rows <-> domain objects. The only place that talks to the database.

CONTRACT (shared by the CLI, the scheduler service, the TUI and the calendar/report code).
Every method that writes does so in ONE transaction: all or nothing.

Rosters have two layers per shift:
- the *working* roster (what `roster plan` or a manual edit last saved: the draft), and
- the *published* roster (a copy of the working roster taken by `publish`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine

from planner.domain import Absence, Assignment, Organisation, Period, Roster, RosterState, Shift


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- organisation ------------------------------------------------------------------
    def has_organisation(self) -> bool:
        raise NotImplementedError

    def load_organisation(self) -> Organisation:
        """The organisation with its activities and people. Raises NoOrganisation if none."""
        raise NotImplementedError

    def save_organisation(self, org: Organisation) -> None:
        """Insert or update everything in one transaction; loading twice makes no duplicates.
        People and activities no longer in `org` are removed (with their absences)."""
        raise NotImplementedError

    # -- absences ----------------------------------------------------------------------
    def absences(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        person_id: str | None = None,
    ) -> list[Absence]:
        """Absences overlapping [start, end), optionally of one person; ordered by start."""
        raise NotImplementedError

    def add_absence(self, absence: Absence) -> Absence:
        """Stores it and returns it with its id. Unknown person -> PlannerError."""
        raise NotImplementedError

    def remove_absence(self, absence_id: int) -> Absence:
        """Removes it and returns what was removed. Unknown id -> PlannerError."""
        raise NotImplementedError

    # -- rosters -----------------------------------------------------------------------
    def save_roster(self, roster: Roster, shifts: list[Shift]) -> None:
        """Replace the working roster of the given shifts (assignments and unstaffed reasons),
        in one transaction. `shifts` are the period's open shifts; `roster.unstaffed` maps
        shift id -> reason. Sets the period's state to DRAFT unless nothing differs from the
        published layer."""
        raise NotImplementedError

    def roster(self, period: Period, *, published: bool = False) -> Roster:
        """The working (or published) roster of the shifts starting in the period.
        Shifts never planned are absent from `assignments` and from `unstaffed`."""
        raise NotImplementedError

    def publish(self, period: Period, at: datetime) -> None:
        """Copy the working roster of the period to the published layer; record `at`."""
        raise NotImplementedError

    def roster_state(self, period: Period) -> RosterState | None:
        """None: never planned; DRAFT: working differs from published; PUBLISHED otherwise."""
        raise NotImplementedError

    def published_at(self, period: Period) -> datetime | None:
        """When the period (any of its shifts) was last published, as an aware datetime."""
        raise NotImplementedError

    def set_assignment(self, assignment: Assignment) -> None:
        """Add or replace one person's assignment on a shift in the working roster (TUI)."""
        raise NotImplementedError

    def remove_assignment(self, shift_id: str, person_id: str) -> None:
        raise NotImplementedError
