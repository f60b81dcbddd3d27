"""The one entry point the CLI and the terminal app share: every use case, typed.

A Service wraps a Repository (the database) and returns plain data: domain objects, the
results of planner/service/results.py, reasons as data. Each method that writes does so in
one transaction (the repository's contract). Tests hand the app a subclass that plans
without the solver (tests/tui/fake_service.py); mypy holds it to these signatures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.dates import local_midnight
from planner.domain import Absence, Assignment, Change, Organisation, Period, Shift
from planner.io.feed_key import load_key
from planner.io.folder import Folder, read_folder
from planner.report.ratios import RatioReport
from planner.service import (
    calendars,
    checking,
    diff,
    editing,
    feeds,
    notices,
    planning,
    reports,
)
from planner.service.checking import CheckOutcome
from planner.service.feeds import FeedLink, FeedVersion
from planner.service.notices import NotifyOutcome
from planner.service.results import Candidate, PeriodRoster, PlanOutcome, Progress, Published
from planner.shifts import generate_shifts
from planner.storage.repository import Repository
from planner.storage.tables import SOURCE_FILE


class Service:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    # -- the organisation ----------------------------------------------------------------
    def has_organisation(self) -> bool:
        return self.repo.has_organisation()

    def organisation(self) -> Organisation:
        """The organisation; NoOrganisation when none was loaded yet."""
        return self.repo.load_organisation()

    def load_folder(self, folder: Path) -> Folder:
        """Validate an organisation folder completely, then write it in one transaction
        (nothing is written when any file has an error)."""
        loaded = read_folder(folder)
        self.repo.save_folder(loaded.organisation, loaded.absences)
        return loaded

    def shifts(self, period: Period) -> list[Shift]:
        """Every shift of the period, closed ones included."""
        return generate_shifts(self.organisation(), period)

    # -- rosters -------------------------------------------------------------------------
    def roster(self, period: Period, *, published: bool = False) -> PeriodRoster:
        """The working (or published) roster of the period, with its state."""
        state = self.repo.roster_state(period)
        return PeriodRoster(
            period,
            self.repo.roster(period, published=published),
            state,
            self.repo.published_at(period) if state is not None else None,
        )

    def plan_period(
        self,
        period: Period,
        *,
        time_limit: float = 20.0,
        seed: int = 0,
        strict: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        stop: threading.Event | None = None,
    ) -> PlanOutcome:
        """Plan the period and save it as the working roster (a draft); see
        planner.service.planning.plan."""
        return planning.plan(
            self.repo,
            period,
            time_limit=time_limit,
            seed=seed,
            strict=strict,
            on_progress=on_progress,
            stop=stop,
        )

    def publish_period(self, period: Period, now: datetime | None = None) -> Published:
        """Copy the period's working roster to the published layer."""
        return planning.publish(self.repo, period, now)

    def diff_against_published(self, period: Period) -> list[Change]:
        """Who moves where, who is added or removed; empty when never published."""
        return diff.diff(self.repo, period)

    def check_period(self, period: Period, *, published: bool = False) -> CheckOutcome:
        """The independent checker on the period's working (or published) roster."""
        return checking.check_period(self.repo, period, published=published)

    # -- manual edits --------------------------------------------------------------------
    def candidates(self, shift_id: str) -> list[Candidate]:
        """Everyone who could be put on the shift, each with the hard rules' verdict."""
        return editing.candidates(self.repo, shift_id)

    def assign(self, assignment: Assignment) -> None:
        """A manual assignment (or re-pin); Refused, with reasons, when it breaks a hard rule."""
        editing.assign(self.repo, assignment)

    def unassign(self, shift_id: str, person_id: str) -> None:
        """Take a person off a shift; Refused, with reasons, when it breaks a hard rule."""
        editing.unassign(self.repo, shift_id, person_id)

    # -- absences ------------------------------------------------------------------------
    def absences(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        person_id: str | None = None,
    ) -> list[Absence]:
        return self.repo.absences(start, end, person_id)

    def absences_from_file(self) -> set[int]:
        """Ids of the absences that came from absences.csv (replaced on every load)."""
        return {i for i, source in self.repo.absence_sources().items() if source == SOURCE_FILE}

    def add_absence(self, absence: Absence) -> Absence:
        return self.repo.add_absence(absence)

    def remove_absence(self, absence_id: int) -> Absence:
        return self.repo.remove_absence(absence_id)

    # -- what leaves the planner ---------------------------------------------------------
    def calendars(
        self,
        window: Period,
        person_ids: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> dict[str, bytes]:
        """Person id -> .ics of their published shifts in the window."""
        return calendars.export_calendars(self.repo, window, person_ids, now=now)

    # -- calendar feeds (docs/feeds.md) ---------------------------------------------------
    def issue_feed(self, person_id: str, *, new: bool = False) -> FeedLink:
        """The person's feed link: the one they have, or a new one (when they have none, or
        `new`: the old link then stops working). Makes this computer's feed key on first use."""
        key = load_key(create=True)
        assert key is not None
        return feeds.issue(self.repo, person_id, key, new=new)

    def revoke_feed(self, person_id: str) -> bool:
        """Kill the person's link at once; False when they had none."""
        return feeds.revoke(self.repo, person_id)

    def feed_links(self) -> list[FeedLink]:
        """Everyone with a link; each URL where this computer's feed key gives it back."""
        return feeds.links(self.repo, load_key(create=False))

    def feed(self, token: str, *, now: datetime | None = None) -> FeedVersion | None:
        """The feed behind a token, as it is now; None for any miss (the server's 404)."""
        return feeds.feed(self.repo, token, now=now)

    # -- change notices (docs/notices.md) --------------------------------------------------
    def notify(self, *, dry_run: bool = False, now: datetime | None = None) -> NotifyOutcome:
        """Mail everyone whose published shifts changed since they were last told, once;
        list those without an email address to phone. `dry_run`: say what would go, only."""
        return notices.notify(self.repo, dry_run=dry_run, now=now)

    def ratio_report(self, window: Period, *, published: bool = True) -> RatioReport:
        return reports.ratio_report(self.repo, window, published=published)

    def export_json(self, period: Period, *, published: bool = False) -> dict[str, Any]:
        """The period as a `roster-export/1` document (docs/export-json.md)."""
        from planner.io.export_json import export_document

        org = self.organisation()
        roster = self.roster(period, published=published)
        tz = ZoneInfo(org.timezone)
        absences = self.repo.absences(
            local_midnight(period.start, tz), local_midnight(period.end, tz)
        )
        return export_document(
            org,
            period,
            generate_shifts(org, period),
            roster.roster,
            absences,
            layer="published" if published else "working",
            state=roster.state,
            published_at=roster.published_at,
        )
