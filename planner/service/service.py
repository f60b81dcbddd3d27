"""The one entry point the CLI and the terminal app share: every use case, typed.

A Service wraps a Repository (the database) and returns plain data: domain objects, the
results of planner/service/results.py, reasons as data. Each method that writes does so in
one transaction (the repository's contract), recorded under the repository's actor (the
coordinator). A write that takes `seen` (from `seen()` or a PeriodRoster, read before what
the coordinator looked at) raises ChangedMeanwhile, writing nothing, when another coordinator
changed the same week or person since. Tests hand the app a subclass that plans without the solver
(tests/tui/fake_service.py); mypy holds it to these signatures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.check.exchange import Cover
from planner.clock import Clock, default_clock, has_started
from planner.dates import local_midnight
from planner.domain import (
    Absence,
    Assignment,
    Change,
    Organisation,
    Period,
    Person,
    PersonKind,
    Shift,
    Slot,
    TimeWindow,
)
from planner.io.feed_key import load_key, token_hash
from planner.io.folder import Folder, read_folder
from planner.limits import MAX_PERIOD_WEEKS, bound_period
from planner.report.digest import Digest
from planner.report.hours import HoursBy, HoursReport
from planner.report.lapses import Lapse, lapsing
from planner.report.ratios import RatioReport
from planner.service import (
    audit,
    availability,
    calendars,
    checking,
    covering,
    diff,
    digest,
    editing,
    exchange,
    feeds,
    loading,
    notices,
    offer_choices,
    offers,
    page_mail,
    pages,
    planning,
    privacy,
    reports,
    self_service,
    tick,
)
from planner.service.availability import Changed
from planner.service.checking import CheckOutcome, Holding
from planner.service.departures import shift_holds
from planner.service.editing import Correction
from planner.service.exchange import Exchange
from planner.service.feeds import FeedLink, FeedVersion
from planner.service.link_use import SERVER_BATCH_S, LinkUse
from planner.service.loading import Loaded
from planner.service.names_kept import keep_names
from planner.service.notices import NotifyOutcome
from planner.service.offer_choices import OfferChoices
from planner.service.page_view import PageView, page_view
from planner.service.pages import PageLink
from planner.service.privacy import Forgotten
from planner.service.results import (
    Candidate,
    Offer,
    PeriodRoster,
    PlanOutcome,
    Progress,
    Published,
    Takeable,
)
from planner.service.self_service import Cancellation, Request
from planner.service.tick import TickOutcome
from planner.shifts import generate_shifts
from planner.storage.audit_log import LogEntry
from planner.storage.entry_rows import EntryDifference
from planner.storage.repository import Repository
from planner.storage.tables import SOURCE_FILE


class Service:
    def __init__(self, repo: Repository, clock: Clock | None = None) -> None:
        """`clock`: what "now" is (planner/clock.py); shifts started by it are what happened,
        fixed in every re-plan and edit. Default: the machine's, or ROSTER_NOW."""
        self.repo = repo
        # `roster serve`: when links were last used, written a second later in one write
        self.link_use = LinkUse(SERVER_BATCH_S)
        self.clock = clock or default_clock()
        repo.clock = self.clock  # every write the service makes is stamped by the same clock

    def now(self) -> datetime:
        return self.clock()

    @property
    def actor(self) -> str:
        """The coordinator every change is recorded under."""
        return self.repo.actor

    def seen(self) -> int:
        """The newest change: read it before what a later write will be based on."""
        return self.repo.seen()

    # -- the organisation ----------------------------------------------------------------
    def has_organisation(self) -> bool:
        return self.repo.has_organisation()

    def organisation(self) -> Organisation:
        """The organisation; NoOrganisation when none was loaded yet."""
        return self.repo.load_organisation()

    def load_folder(
        self,
        folder: Path,
        *,
        now: datetime | None = None,
        accept_departures: bool = False,
        renamed: Mapping[str, str] | None = None,
    ) -> Loaded:
        """Validate an organisation folder completely, then write it in one transaction
        (nothing is written when any file has an error). People gone from people.csv leave
        the organisation: their future shifts come off the rosters, published ones too, and a
        shift that no longer holds without them becomes unstaffed with that reason. A load
        that leaves out people on published shifts to come, or whose arrival looks like a
        departure under a new id, is refused (DeparturesUnconfirmed) unless
        `accept_departures`, or `renamed` (old id -> new id) says which ids changed: the person
        keeps their history (planner.service.loading). A name a spreadsheet wrote with '?'
        for letters Windows-1252 lacks keeps the held one."""
        return self.load_folder_keeping(
            folder, now=now, accept_departures=accept_departures, renamed=renamed
        )[0]

    def load_folder_keeping(
        self,
        folder: Path,
        *,
        now: datetime | None = None,
        overwrite_self_service: bool = False,
        accept_departures: bool = False,
        renamed: Mapping[str, str] | None = None,
    ) -> tuple[Loaded, list[EntryDifference]]:
        """`load_folder`, keeping what people entered on their page that the file would undo
        (unless `overwrite_self_service`); the differences, to list (docs/self-service.md)."""
        held = self.repo.load_organisation() if self.repo.has_organisation() else None
        return loading.load(
            self.repo,
            keep_names(read_folder(folder), held),
            now or self.now(),
            accept_departures=accept_departures,
            renamed=renamed,
            overwrite_entries=overwrite_self_service,
        )

    def save_folder(
        self, loaded: Folder, *, now: datetime | None = None, overwrite_self_service: bool = False
    ) -> list[EntryDifference]:
        """Write an organisation folder already read (and perhaps adapted: the demo's dates
        moved to the present) as `load_folder` does, without asking who leaves."""
        org = loaded.organisation
        return self.repo.save_folder(
            org,
            loaded.absences,
            now=now or self.now(),
            holds=shift_holds(org),
            overwrite_entries=overwrite_self_service,
        )

    def lapsing(self, until: date | None = None) -> list[Lapse]:
        """Qualifications that lapse from today up to `until` (default: the next 30 days)."""
        return lapsing(self.organisation(), self.today(), until)

    def today(self) -> date:
        """Today in the organisation's time zone."""
        return self.now().astimezone(ZoneInfo(self.organisation().timezone)).date()

    def shifts(self, period: Period) -> list[Shift]:
        """Every shift of the period, closed ones included."""
        return generate_shifts(self.organisation(), period)

    # -- rosters -------------------------------------------------------------------------
    def roster(self, period: Period, *, published: bool = False) -> PeriodRoster:
        """The working (or published) roster of the period, with its state and the change
        it was read at."""
        bound_period(period, MAX_PERIOD_WEEKS)
        seen = self.repo.seen()
        state = self.repo.roster_state(period)
        at, by = self.repo.published_by(period) if state is not None else (None, "")
        return PeriodRoster(
            period, self.repo.roster(period, published=published), state, at, seen, by
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
        fresh: bool = False,
        keep_stopped: Callable[[float], bool] | None = None,
    ) -> PlanOutcome:
        """Plan the period and save it as the working roster (a draft): a published period
        is repaired (only what the disruption needs) unless `fresh`; a stopped search saves
        its best roster only when `keep_stopped(its cost)` says so (default yes). See
        planner.service.planning.plan."""
        return planning.plan(
            self.repo,
            period,
            time_limit=time_limit,
            seed=seed,
            strict=strict,
            on_progress=on_progress,
            stop=stop,
            now=self.now(),
            fresh=fresh,
            keep_stopped=keep_stopped,
        )

    def publish_period(
        self, period: Period, now: datetime | None = None, *, seen: int | None = None
    ) -> Published:
        """Copy the period's working roster to the published layer; Unpublishable, publishing
        nothing, when it breaks a hard rule on a shift still to come; ChangedMeanwhile when the
        period or the organisation changed after `seen` (what the coordinator reviewed)."""
        return planning.publish(self.repo, period, now or self.now(), seen=seen)

    def diff_against_published(self, period: Period) -> list[Change]:
        """Who moves where, who is added or removed; empty when never published."""
        return diff.diff(self.repo, period)

    def check_period(self, period: Period, *, published: bool = False) -> CheckOutcome:
        """The independent checker on the period's working (or published) roster; what
        happened by the service's clock is history (CheckOutcome.history, .incidents)."""
        return checking.check_period(self.repo, period, published=published, now=self.now())

    def published_holding(self, period: Period | None = None, *, draft: bool = False) -> Holding:
        """The published shifts still to come of `period` (default: every published week
        from now on) that break a hard rule now, with the reasons, and the weeks to re-plan.
        `draft`: as the working roster holds them after manual edits (what publishing the
        draft would break)."""
        return checking.published_holding(self.repo, period, self.now(), draft=draft)

    def draft_holding(self, period: Period | None = None) -> Holding:
        """The draft's shifts still to come of `period` (default: every planned week from now
        on) that break a hard rule now, with the reasons, and the weeks to re-plan: what
        `publish_period` refuses."""
        return checking.draft_holding(self.repo, period, self.now())

    # -- manual edits --------------------------------------------------------------------
    def candidates(self, shift_id: str) -> list[Candidate]:
        """Everyone who could be put on the shift, each with the hard rules' verdict."""
        return editing.candidates(self.repo, shift_id)

    def assign(self, assignment: Assignment, *, seen: int | None = None) -> None:
        """A manual assignment (or re-pin); Refused, with reasons, when it breaks a hard rule;
        ChangedMeanwhile when the shift's week or the person changed after `seen`."""
        editing.assign(self.repo, assignment, seen=seen, now=self.now())

    def place(
        self, shift_id: str, person_id: str, *, pinned: bool = False, seen: int | None = None
    ) -> Assignment:
        """A manual assignment in the person's kind's place (`roster assign`), checked as
        `assign` checks it."""
        return editing.place(
            self.repo, shift_id, person_id, pinned=pinned, seen=seen, now=self.now()
        )

    def pin(
        self, shift_id: str, person_id: str, pinned: bool = True, *, seen: int | None = None
    ) -> None:
        """Pin (or unpin) someone already on the shift (`roster pin`)."""
        editing.pin(self.repo, shift_id, person_id, pinned, seen=seen, now=self.now())

    def unassign(self, shift_id: str, person_id: str, *, seen: int | None = None) -> None:
        """Take a person off a shift; Refused, with reasons, when it breaks a hard rule;
        ChangedMeanwhile as for assign."""
        editing.unassign(self.repo, shift_id, person_id, seen=seen, now=self.now())

    def correct(
        self,
        shift_id: str,
        came: Iterable[str] = (),
        missing: Iterable[str] = (),
        *,
        seen: int | None = None,
    ) -> Correction:
        """Record who actually worked a shift that has started (`roster correct`): `missing`
        did not come, `came` did; recorded in the audit log as a correction, refused for a
        shift not yet started."""
        return editing.correct(self.repo, shift_id, came, missing, now=self.now(), seen=seen)

    # -- hand-overs, swaps and open places (docs/self-service.md) -------------------------
    def handover(self, shift_id: str, giver: str, taker: str) -> Exchange:
        """`giver` hands their place on the shift to `taker`; ExchangeRefused, with the
        rules' reasons, when a hard rule would break; nothing is written then."""
        return exchange.handover(self.repo, shift_id, giver, taker, now=self.now())

    def swap(self, shift_a: str, person_a: str, shift_b: str, person_b: str) -> Exchange:
        """`person_a` takes `shift_b` and `person_b` takes `shift_a`, checked as one change."""
        return exchange.swap(self.repo, shift_a, person_a, shift_b, person_b, now=self.now())

    def offer(
        self,
        shift_id: str,
        person_id: str,
        *,
        to: str | None = None,
        swap_for: str | None = None,
    ) -> Offer:
        """`person_id` offers their published shift to anyone eligible, or to `to` (with
        `swap_for`: as a swap for `to`'s shift); it stays theirs until accepted."""
        return offers.make_offer(
            self.repo, shift_id, person_id, to=to, swap_for=swap_for, now=self.now()
        )

    def standing_offers(self) -> list[Offer]:
        """Open offers not expired, and those waiting for approval."""
        return offers.standing(self.repo, self.now())

    def offer_choices(self, person_id: str, shift_ids: Sequence[str]) -> dict[str, OfferChoices]:
        """Whom the person may offer each of these shifts to, and the swaps they may propose
        for it (only where the organisation shows colleagues' first names)."""
        return offer_choices.offer_choices(
            self.repo, person_id, shift_ids, self.standing_offers(), self.now()
        )

    def colleague_labels(self, person_id: str) -> dict[str, str]:
        """How the person's page may name colleagues of their kind; {} when it names none."""
        return offer_choices.colleague_labels(self.repo, person_id)

    def takeable(self, person_id: str) -> list[Takeable]:
        """The offers and open places the person may take now, by every hard rule."""
        return offers.takeable(self.repo, person_id, self.now())

    def accept_offer(
        self, offer_id: int, taker: str, *, seen: int | None = None
    ) -> Exchange | Offer:
        """`taker` accepts: checked and written at once (an Exchange), or waiting for the
        coordinator's approval (the Offer); OfferGone when someone was first,
        ChangedMeanwhile when the weeks or people changed after `seen`."""
        return offers.accept(self.repo, offer_id, taker, now=self.now(), seen=seen)

    def decide_offer(self, offer_id: int, *, approve: bool) -> Exchange | None:
        """The coordinator approves (checked again now) or refuses an accepted offer."""
        return offers.decide(self.repo, offer_id, approve, now=self.now())

    def withdraw_offer(self, offer_id: int, person_id: str) -> None:
        offers.withdraw(self.repo, offer_id, person_id, now=self.now())

    def contract_minutes(self, person_id: str) -> int | None:
        """A professional's contract hours a week, in minutes (None: a volunteer)."""
        person = self.organisation().person(person_id)
        return round(person.contract.hours_per_week * 60) if person.contract else None

    def who_can_cover(self, shift_id: str, giver: str | None = None) -> list[Cover]:
        """Who may take `giver`'s place on the shift (None: an open place of their kind),
        cheapest in the objective first, then everyone else with the rules' reasons."""
        return covering.who_can_cover(self.repo, shift_id, giver, now=self.now())

    def pickup(self, shift_id: str, taker: str) -> Exchange | Offer:
        """`taker` fills an open place of their kind on the shift: at once (an Exchange), or
        waiting for the coordinator's approval (the Offer) with `exchanges = "approve"`."""
        return offers.pickup(self.repo, shift_id, taker, now=self.now())

    def has_started(self, shift: Shift) -> bool:
        """The shift has started by the service's clock: it is fixed (what happened)."""
        return has_started(shift.start, self.now())

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

    def add_absence(self, absence: Absence, *, seen: int | None = None) -> Absence:
        """ChangedMeanwhile when the person changed after `seen` (their absences as shown)."""
        return self.repo.add_absence(absence, seen=seen)

    def remove_absence(self, absence_id: int, *, seen: int | None = None) -> Absence:
        return self.repo.remove_absence(absence_id, seen=seen)

    # -- who changed what, and people's data ---------------------------------------------
    def audit_log(
        self,
        *,
        person_id: str | None = None,
        since: date | None = None,
        last: int | None = None,
    ) -> list[LogEntry]:
        """The audit log, oldest first: only entries about `person_id`, only changes from the
        organisation's local midnight of `since` on, only the `last` so many."""
        return audit.log(self.repo, person_id=person_id, since=since, last=last)

    def former_people(self) -> list[Person]:
        """People who left the organisation, or were forgotten (under their pseudonym)."""
        return self.repo.former_people()

    def export_person(self, person_id: str, *, now: datetime | None = None) -> dict[str, Any]:
        """Everything the database holds about the person (`roster-person/1`,
        docs/privacy.md)."""
        return privacy.export_person(self.repo, person_id, now=now or self.now())

    def forget_person(
        self, person_id: str, *, now: datetime | None = None, calendar_wanted: bool = True
    ) -> Forgotten:
        """Pseudonymise the person everywhere; see planner.service.privacy."""
        return privacy.forget_person(
            self.repo, person_id, now=now or self.now(), calendar_wanted=calendar_wanted
        )

    def prune(
        self, *, months: int = privacy.RETENTION_MONTHS, now: datetime | None = None
    ) -> dict[str, Any]:
        """Erase what is older than the retention; see planner.service.privacy."""
        return privacy.prune(self.repo, months=months, now=now or self.now())

    # -- what leaves the planner ---------------------------------------------------------
    def calendars(
        self,
        window: Period,
        person_ids: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> dict[str, bytes]:
        """Person id -> .ics of their published shifts in the window."""
        bound_period(window, MAX_PERIOD_WEEKS)
        return calendars.export_calendars(self.repo, window, person_ids, now=now or self.now())

    # -- calendar feeds (docs/feeds.md) ---------------------------------------------------
    def issue_feed(self, person_id: str, *, new: bool = False) -> FeedLink:
        """The person's feed link: the one they have, or a new one (when they have none, or
        `new`: the old link then stops working). Makes this computer's feed key on first use."""
        key = load_key(create=True)
        assert key is not None
        return feeds.issue(self.repo, person_id, key, new=new, now=self.now())

    def issue_feeds(self, kind: PersonKind | None = None, *, new: bool = False) -> list[FeedLink]:
        """A feed link for everyone (of `kind`) who has none, or with `new` a new one for
        each, in one write; the links given out, in people.csv's order."""
        key = load_key(create=True)
        assert key is not None
        wanted = [p.id for p in self.organisation().people if kind is None or p.kind is kind]
        return feeds.issue_many(self.repo, wanted, key, new=new, now=self.now())

    def revoke_feed(self, person_id: str) -> bool:
        """Kill the person's link at once; False when they had none."""
        return feeds.revoke(self.repo, person_id, now=self.now())

    def feed_links(self) -> list[FeedLink]:
        """Everyone with a link; each URL where this computer's feed key gives it back."""
        return feeds.links(self.repo, load_key(create=False))

    def feed(self, token: str, *, now: datetime | None = None) -> FeedVersion | None:
        """The feed behind a token, as it is now; None for any miss (the server's 404)."""
        return feeds.feed(self.repo, token, now=now or self.now())

    # -- change notices (docs/notices.md) --------------------------------------------------
    # -- personal pages (docs/self-service.md) --------------------------------------------
    def issue_page(self, person_id: str, *, new: bool = False, mail: bool = False) -> PageLink:
        """The person's page link: the one they have, or a new one (when they have none, or
        `new`: the old link then stops working). Makes this computer's feed key on first use.
        With `mail`, a mail with the link is queued in the same write for a person with an
        address (send_page_mail sends it): the link's `mailed_to` says for which address, or
        None when people.csv gives them none (as it is now, not as a caller last saw it)."""
        key = load_key(create=True)
        assert key is not None
        if not mail:
            return pages.issue(self.repo, person_id, key, new=new, now=self.now())
        mailer = page_mail.link_mailer(self.organisation())
        link = pages.issue(self.repo, person_id, key, new=new, now=self.now(), also=mailer)
        return replace(link, mailed_to=mailer.queued.get(link.person_id))

    def issue_pages(
        self, kind: PersonKind | None = None, *, new: bool = False, mail: bool = False
    ) -> list[PageLink]:
        """A page link for everyone (of `kind`) who has none, or with `new` a new one for
        each, in one write; the links given out, in people.csv's order. With `mail`, a mail
        with their link for each who has an address, queued in that same write; each link's
        `mailed_to` says for which address (None: not mailed)."""
        key = load_key(create=True)
        assert key is not None
        wanted = [p.id for p in self.organisation().people if kind is None or p.kind is kind]
        if not mail:
            return pages.issue_many(self.repo, wanted, key, new=new, now=self.now())
        mailer = page_mail.link_mailer(self.organisation())
        given = pages.issue_many(self.repo, wanted, key, new=new, now=self.now(), also=mailer)
        return [replace(link, mailed_to=mailer.queued.get(link.person_id)) for link in given]

    def revoke_page(self, person_id: str) -> bool:
        """Kill the person's page link at once; False when they had none."""
        return pages.revoke(self.repo, person_id, now=self.now())

    def page_links(self) -> list[PageLink]:
        """Everyone with a page link; each URL where this computer's feed key gives it back."""
        return pages.links(self.repo, load_key(create=False))

    def feed_fetched(self, token: str) -> None:
        """`roster serve` answered this calendar link: recorded at most hourly."""
        self.link_use.feed_fetched(self.repo, token_hash(token), self.now())

    def page_opened(self, token: str) -> None:
        """`roster serve` showed this personal page: recorded at most hourly."""
        self.link_use.page_opened(self.repo, token_hash(token), self.now())

    def page_person(self, token: str) -> str | None:
        """The person a page token belongs to; None for any miss (the server's 404)."""
        return pages.person_of(self.repo, token)

    def page(self, token: str, *, now: datetime | None = None) -> PageView | None:
        """The page behind a page token, as it is now; None for any miss (the server's 404).
        Its calendar link is shown where this computer's feed key gives it back."""
        return page_view(self.repo, token, now or self.now(), load_key(create=False))

    # -- what people do on their page (docs/self-service.md) -------------------------------
    def as_person(self, person_id: str) -> Service:
        """The same planner acting for a person on their own page: the audit log names them."""
        return Service(Repository(self.repo.engine, actor=f"page:{person_id}"), self.clock)

    def cannot_come(self, person_id: str, shift_id: str) -> Cancellation | None:
        """The person cannot come to their published shift: a request, or the absence and the
        repair ([self_service] cancellations). None when the shift is not theirs to cancel."""
        return self_service.cannot_come(self.repo, person_id, shift_id, self.now())

    def set_offers(self, person_id: str, offers: tuple[TimeWindow, ...], *, seen: int) -> Changed:
        """A volunteer's offered days and times, from their page."""
        return availability.set_offers(self.repo, person_id, offers, self.now(), seen)

    def set_reminder(self, person_id: str, minutes: int | None, *, seen: int) -> Changed:
        """How long before each shift a person is reminded (None: the organisation's lead,
        0: none), from their page."""
        return availability.set_reminder(self.repo, person_id, minutes, self.now(), seen)

    def add_day_off(self, person_id: str, day: date, *, seen: int) -> Changed:
        """A professional asks for a day off, from their page."""
        return availability.add_day_off(self.repo, person_id, day, self.now(), seen)

    def set_wishes(
        self, person_id: str, prefers: tuple[Slot, ...], avoids: tuple[Slot, ...], *, seen: int
    ) -> Changed:
        """A professional's preferred and avoided days and kinds of shift, from their page."""
        return availability.set_wishes(self.repo, person_id, prefers, avoids, self.now(), seen)

    def add_own_absence(self, person_id: str, first: date, last: date, *, seen: int) -> Changed:
        """A person is away from `first` to `last` (whole days), from their page."""
        return availability.add_absence(self.repo, person_id, first, last, self.now(), seen)

    def send_page_mail(self) -> tuple[int, int]:
        """Send the alerts and outcomes waiting in the outbox; (sent, failed)."""
        return page_mail.send(self.repo, self.now())

    def requests(self, *, only_open: bool = True) -> list[Request]:
        """What people asked on their page and the alerts, oldest first."""
        return self_service.requests(self.repo, only_open=only_open)

    def decide_request(
        self, request_id: int, *, approve: bool
    ) -> tuple[Request, Cancellation | None]:
        """Approve (applied as a repair) or refuse an open request; an alert is marked seen."""
        return self_service.decide(self.repo, request_id, approve, self.now())

    def notify(self, *, dry_run: bool = False, now: datetime | None = None) -> NotifyOutcome:
        """Mail everyone whose published shifts changed since they were last told, once;
        list those without an email address to phone. `dry_run`: say what would go, only."""
        return notices.notify(self.repo, dry_run=dry_run, now=now or self.now())

    def digest(self, *, days: int | None = None, now: datetime | None = None) -> Digest:
        """What needs doing in the next `days` days (default: [digest] days, 7)."""
        return digest.digest(self.repo, now=now or self.now(), days=days)

    def tick(self, *, now: datetime | None = None) -> TickOutcome:
        """Everything that is due: reminders, the digest, change notices waiting in the
        outbox (planner/service/tick.py). Each message once, however often it runs."""
        return tick.tick(self.repo, now=now or self.now())

    def ratio_report(self, window: Period, *, published: bool = True) -> RatioReport:
        bound_period(window, MAX_PERIOD_WEEKS)
        return reports.ratio_report(self.repo, window, published=published, now=self.now())

    def hours_report(
        self,
        first: date,
        last: date,
        *,
        by: HoursBy = HoursBy.ACTIVITY,
        person_id: str | None = None,
    ) -> HoursReport:
        """Hours that happened from `first` to `last` (planner/report/hours.py)."""
        return reports.hours_report(
            self.repo, first, last, now=self.now(), by=by, person_id=person_id
        )

    def export_json(self, period: Period, *, published: bool = False) -> dict[str, Any]:
        """The period as a `roster-export/2` document (docs/export-json.md)."""
        from planner.io.export_json import export_document

        roster = self.roster(period, published=published)
        people = [a.person_id for a in roster.roster.assignments]
        org = reports.with_former(self.repo, self.organisation(), people)
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
            now=self.now(),
        )

    def export_people(self, *, xlsx: bool) -> tuple[bytes, int]:
        """The current people list as people.csv or people.xlsx (columns of
        docs/folder-format.md) that loads again unchanged, and how many people it holds."""
        from planner.io.people_table import people_csv_bytes, people_xlsx_bytes

        people = self.organisation().people
        data = people_xlsx_bytes(people) if xlsx else people_csv_bytes(people)
        return data, len(people)
