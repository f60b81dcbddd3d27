"""What a person's own page shows (docs/self-service.md), read for one request, as data: their
published shifts to come, who else is on them as far as the organisation allows, the days and
times they offer, their planned absences (when, never what kind) and their calendar link.
Nothing about anyone else, nothing about clients. Reads only; worded at the edge (web/)."""

from __future__ import annotations

import hmac
import threading
import weakref
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session

from planner.dates import as_utc
from planner.delivery import ColleaguesShown, SelfServiceSettings
from planner.domain import Activity, Organisation, Period, Roster, Slot, TimeWindow
from planner.i18n.language import reader_language
from planner.io.feed_key import FeedKey, is_token, token_hash
from planner.report.hours import HoursBy, HoursFigures, compute_hours
from planner.service.colleague_names import name_labels
from planner.service.feeds import feed_url
from planner.service.offers import offer_of
from planner.service.reports import hours_window
from planner.service.results import Offer, OfferStatus
from planner.shifts import generate_shifts
from planner.storage import own_page
from planner.storage.connection import reading
from planner.storage.delivery_rows import (
    feeds_from_json,
    self_service_from_json,
    watch_from_json,
)
from planner.storage.mapping import activity_from_row, person_from_row
from planner.storage.own_work import own_organisation, own_roster
from planner.storage.repository import Repository
from planner.storage.request_tables import CANCEL
from planner.storage.tables import OrganisationRow

UPCOMING = timedelta(weeks=13)  # how far ahead the page lists shifts and absences


@dataclass(frozen=True)
class PageShift:
    shift_id: str
    activity: str
    site: str
    start: datetime  # local, aware
    end: datetime
    colleagues: tuple[str, ...]  # first names, or () when the organisation shows none
    others: int  # how many others are on it
    can_cancel: bool  # "I can't come" is still offered (before the deadline)
    requested: bool = False  # they asked not to come: the coordinator decides
    away: bool = False  # their absence covers it: the coordinator is finding someone
    broken: bool = False  # what they entered on their page no longer fits it (alert open)
    held: bool = False  # cancelled, repaired in the draft: the coordinator confirms (alert open)


@dataclass(frozen=True)
class PageView:
    person_id: str
    name: str
    first_name: str
    language: str
    volunteer: bool
    organisation: str
    coordinator: str  # who to call: organisation.toml's coordinator
    shifts: tuple[PageShift, ...]
    offers: tuple[TimeWindow, ...]  # a volunteer's days and times; () = any
    working_days: tuple[int, ...]  # a professional's
    days_off: tuple[date, ...]  # a professional's requested days off to come
    absences: tuple[tuple[date, date], ...]  # first and last day, to come
    calendar_url: str | None
    cancel_before: timedelta
    # Their own hours that happened (roster report hours --person): (shifts, hours) this
    # calendar month and this calendar year, up to now.
    month_hours: tuple[int, float] = (0, 0.0)
    year_hours: tuple[int, float] = (0, 0.0)
    # Reminders: whether they have an email address to get them at, their own lead (None:
    # the organisation's, zero: none) and the organisation's lead.
    has_email: bool = False
    reminder: timedelta | None = None
    reminder_default: timedelta = timedelta(hours=24)
    names_colleagues: bool = False  # the organisation shows first names: offers may name one
    # A professional's wishes: the days and kinds of shift they prefer and would rather not
    # work (people.csv prefers / avoids).
    prefers: tuple[Slot, ...] = ()
    avoids: tuple[Slot, ...] = ()
    seen: int = 0  # the newest change when the page was read: the forms' optimistic check
    own_offers: tuple[Offer, ...] = ()  # their offers still standing (open, or waiting)


def page_view(repo: Repository, token: str, now: datetime, key: FeedKey | None) -> PageView | None:
    """The page behind the page link `token` as it is `now`; None for any miss (no such link,
    a person who left). Reads only the person's own rows, in one transaction, and the
    organisation's frame once per change (not the whole organisation: a city's takes half a
    second, and a page is asked for at every visit)."""
    if not is_token(token):
        return None
    wanted = token_hash(token)
    now = now.astimezone(UTC)
    until = now + UPCOMING
    with reading(repo.engine) as session:
        held = own_page.holder(session, wanted)
        # The lookup went by the hash; compare again in constant time all the same, so no
        # reply ever depends on how much of a guess was right.
        if held is None or not hmac.compare_digest(held.token_hash, wanted):
            return None
        if held.person.left_at_utc is not None:
            return None
        frame = _frame(repo.engine, session, held.seen)
        if frame is None:
            return None
        person_id = held.person.id
        connection = session.connection()
        on = own_page.on_their_shifts(connection, person_id, now - timedelta(days=1), until)
        absences = own_page.absences(connection, person_id, now, until)
        requests = own_page.open_requests(connection, person_id)
        offers = own_page.standing_offers(connection, person_id)
        today = now.astimezone(frame.tz).date()
        first = today.replace(month=1, day=1)
        window = hours_window(first, today)
        worked, worked_in = own_roster(connection, person_id, window, frame.tz)
    person = person_from_row(held.person)
    settings = frame.settings
    asked = {sid for kind, sid in requests if kind == CANCEL}
    breaks = {sid for kind, sid in requests if kind == "breaks"}
    in_draft = {sid for kind, sid in requests if kind == "draft"}
    mine = [row for row in on if row.person_id == person_id]
    others: dict[str, list[str]] = {}
    for row in on:
        if row.person_id != person_id:
            others.setdefault(row.shift_id, []).append(row.person_id)
    full_names = {row.person_id: row.name for row in on}
    shifts = []
    for row in mine:
        shift = _shift(frame.activities, row.activity_id, row.start_utc, frame.tz)
        if shift is None or shift[1] <= now:
            continue  # over already (a night that started yesterday is still to come)
        start, end, activity, site = shift
        with_me = sorted(others.get(row.shift_id, []))
        # First names, made unique on the shift: two colleagues called Dirk are 'Dirk D.' and
        # 'Dirk S.', as the offer's page names them.
        shown = name_labels({pid: full_names.get(pid, "?") for pid in with_me})
        names = [shown[pid] for pid in with_me]
        away = any(
            as_utc(a_start) < end.astimezone(UTC) and start.astimezone(UTC) < as_utc(a_end)
            for a_start, a_end in absences
        )
        shifts.append(
            PageShift(
                shift_id=row.shift_id,
                activity=activity,
                site=site,
                start=start,
                end=end,
                colleagues=tuple(names)
                if settings.show_colleagues is ColleaguesShown.FIRST_NAME
                else (),
                others=len(names),
                can_cancel=now <= start.astimezone(UTC) - settings.cancel_before
                and not away
                and row.shift_id not in asked,
                requested=row.shift_id in asked,
                away=away,
                broken=row.shift_id in breaks,
                held=row.shift_id in in_draft,
            )
        )
    calendar_url = None
    if held.feed_nonce is not None and held.feed_hash is not None and key is not None:
        feed_token = key.token(held.feed_nonce)
        if hmac.compare_digest(token_hash(feed_token), held.feed_hash):
            calendar_url = feed_url(frame.base_url, feed_token)
    month, year = _own_hours(
        own_organisation(frame.row, [a for a in frame.ordered if a.id in worked_in], person),
        worked,
        window,
        today,
        now,
        person.id,
    )
    return PageView(
        person_id=person.id,
        name=person.name,
        first_name=person.name.split()[0] if person.name.split() else person.name,
        language=reader_language(person.language, frame.language),
        volunteer=person.is_volunteer,
        organisation=frame.name,
        coordinator=frame.coordinator,
        shifts=tuple(shifts),
        offers=person.limits.offers if person.limits else (),
        working_days=tuple(sorted(person.contract.working_days)) if person.contract else (),
        days_off=tuple(sorted(d for d in person.wishes.days_off if d >= today)),
        prefers=person.wishes.prefers,
        avoids=person.wishes.avoids,
        absences=tuple(_days(a_start, a_end, frame.tz) for a_start, a_end in absences),
        calendar_url=calendar_url,
        cancel_before=settings.cancel_before,
        month_hours=month,
        year_hours=year,
        has_email=bool((person.email or "").strip()),
        reminder=person.reminder,
        reminder_default=frame.reminder_default,
        names_colleagues=settings.show_colleagues is ColleaguesShown.FIRST_NAME,
        seen=held.seen,
        own_offers=tuple(
            offer_of(row)
            for row in offers
            if row.status == OfferStatus.WAITING.value or as_utc(row.expires_at_utc) > now
        ),
    )


@dataclass(frozen=True)
class _Frame:
    """What the page says of the organisation, and what it counts hours with: it changes only
    at a write, so it is read once per change (`_frame`)."""

    row: OrganisationRow
    name: str
    coordinator: str
    language: str
    base_url: str
    tz: ZoneInfo
    settings: SelfServiceSettings
    reminder_default: timedelta
    ordered: tuple[Activity, ...]  # every activity, in the organisation's order
    activities: dict[str, Activity]


# The organisation's frame of each database, with the change it was read at. A change read
# before the frame: a frame kept under an older change than it was read at is only ever
# newer than its key, never older.
_FRAMES: weakref.WeakKeyDictionary[Engine, tuple[int, _Frame]] = weakref.WeakKeyDictionary()
_FRAMES_LOCK = threading.Lock()


def _frame(engine: Engine, session: Session, seen: int) -> _Frame | None:
    with _FRAMES_LOCK:
        kept = _FRAMES.get(engine)
    if kept is not None and kept[0] == seen:
        return kept[1]
    read = own_page.organisation_frame(session)
    if read is None:
        return None
    row, activity_rows = read
    ordered = tuple(activity_from_row(a) for a in activity_rows)
    frame = _Frame(
        row=row,
        name=row.name,
        coordinator=row.coordinator,
        language=row.language,
        base_url=feeds_from_json(row.feeds).base_url,
        tz=ZoneInfo(row.timezone),
        settings=self_service_from_json(row.self_service),
        reminder_default=watch_from_json(row.watch).reminder_lead,
        ordered=ordered,
        activities={a.id: a for a in ordered},
    )
    with _FRAMES_LOCK:
        _FRAMES[engine] = (seen, frame)
    return frame


def _shift(
    activities: dict[str, Activity], activity_id: str, start_utc: datetime, tz: ZoneInfo
) -> tuple[datetime, datetime, str, str] | None:
    activity = activities.get(activity_id)
    if activity is None:
        return None
    start = as_utc(start_utc).astimezone(tz)
    end = datetime.combine(start.date(), activity.end, tz)
    if activity.crosses_midnight:
        end = datetime.combine(start.date() + timedelta(days=1), activity.end, tz)
    return start, end, activity.name, activity.site


def _days(start_utc: datetime, end_utc: datetime, tz: ZoneInfo) -> tuple[date, date]:
    start = as_utc(start_utc).astimezone(tz)
    end = as_utc(end_utc).astimezone(tz)
    last = (end - timedelta(microseconds=1)).date()
    return start.date(), max(start.date(), last)


def _own_hours(
    org: Organisation, worked: Roster, window: Period, today: date, now: datetime, person_id: str
) -> tuple[tuple[int, float], tuple[int, float]]:
    """(shifts, hours) that happened this month and this year, as the hours report counts
    them (`roster report hours --person`: published, ended, corrected)."""
    report = compute_hours(
        org,
        generate_shifts(org, window),
        worked,
        first=window.start,
        last=today,
        now=now,
        by=HoursBy.MONTH,
        person_id=person_id,
    )
    this_month = today.replace(day=1)
    month = next(
        (line.figures for line in report.lines if line.is_total and line.month == this_month),
        None,
    )

    def pair(f: HoursFigures | None) -> tuple[int, float]:
        if f is None:
            return 0, 0.0
        return f.professional_shifts + f.volunteer_shifts, f.hours

    return pair(month), pair(report.total)
