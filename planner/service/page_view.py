"""What a person's own page shows (docs/self-service.md), read for one request, as data: their
published shifts to come, who else is on them as far as the organisation allows, the days and
times they offer, their planned absences (when, never what kind) and their calendar link.
Nothing about anyone else, nothing about clients. Reads only; worded at the edge (web/)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from planner.dates import as_utc
from planner.delivery import ColleaguesShown
from planner.domain import Activity, Slot, TimeWindow
from planner.i18n.language import reader_language
from planner.io.feed_key import FeedKey, token_hash
from planner.report.hours import HoursBy, HoursFigures
from planner.service.feeds import feed_url
from planner.service.reports import hours_report
from planner.storage.connection import reading
from planner.storage.delivery_rows import (
    feeds_from_json,
    self_service_from_json,
    watch_from_json,
)
from planner.storage.feed_tables import FeedStore
from planner.storage.mapping import activity_from_row, person_from_row
from planner.storage.repository import Repository
from planner.storage.request_tables import CANCEL, OPEN, RequestStore
from planner.storage.tables import (
    PUBLISHED,
    AbsenceRow,
    ActivityRow,
    AssignmentRow,
    OrganisationRow,
    PersonRow,
)

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


def page_view(
    repo: Repository, person_id: str, now: datetime, key: FeedKey | None
) -> PageView | None:
    """The page of the person as it is `now`; None when they are gone. Reads only the rows
    the page shows (not the whole organisation: a city's would take half a second)."""
    with reading(repo.engine) as session:
        org_row = session.get(OrganisationRow, 1)
        person_row = session.get(PersonRow, person_id)
        if org_row is None or person_row is None or person_row.left_at_utc is not None:
            return None
        person = person_from_row(person_row)
        tz = ZoneInfo(org_row.timezone)
        now = now.astimezone(UTC)
        until = now + UPCOMING
        settings = self_service_from_json(org_row.self_service)
        org = _Frame(
            name=org_row.name,
            coordinator=org_row.coordinator,
            language=org_row.language,
            base_url=feeds_from_json(org_row.feeds).base_url,
        )
        reminder_default = watch_from_json(org_row.watch).reminder_lead
        mine = session.exec(
            select(AssignmentRow)
            .where(
                col(AssignmentRow.layer) == PUBLISHED,
                col(AssignmentRow.person_id) == person_id,
                col(AssignmentRow.start_utc) >= now - timedelta(days=1),
                col(AssignmentRow.start_utc) < until,
            )
            .order_by(col(AssignmentRow.start_utc))
        ).all()
        shift_ids = [row.shift_id for row in mine]
        others: dict[str, list[str]] = {}
        if shift_ids:
            for row in session.exec(
                select(AssignmentRow).where(
                    col(AssignmentRow.layer) == PUBLISHED,
                    col(AssignmentRow.shift_id).in_(shift_ids),
                    col(AssignmentRow.person_id) != person_id,
                )
            ).all():
                others.setdefault(row.shift_id, []).append(row.person_id)
        absences = session.exec(
            select(AbsenceRow)
            .where(
                col(AbsenceRow.person_id) == person_id,
                col(AbsenceRow.end_utc) > now,
                col(AbsenceRow.start_utc) < until,
            )
            .order_by(col(AbsenceRow.start_utc))
        ).all()
        feed_row = FeedStore.of(session, person_id)
        activity_ids = {row.activity_id for row in mine}
        activities = {
            row.id: activity_from_row(row)
            for row in session.exec(
                select(ActivityRow).where(col(ActivityRow.id).in_(activity_ids))
            ).all()
        }
        colleague_ids = {pid for ids in others.values() for pid in ids}
        first_names = {
            row.id: (row.name.split() or [row.name])[0]
            for row in session.exec(
                select(PersonRow).where(col(PersonRow.id).in_(colleague_ids))
            ).all()
        }
        own_requests = RequestStore.of_person(session, person_id)
        asked = {r.shift_id for r in own_requests if r.kind == CANCEL and r.status == OPEN}
        breaks = {r.shift_id for r in own_requests if r.kind == "breaks" and r.status == OPEN}
    shifts = []
    for row in mine:
        shift = _shift(activities, row, tz)
        if shift is None or shift[1] <= now:
            continue  # over already (a night that started yesterday is still to come)
        start, end, activity, site = shift
        names = [first_names.get(pid, "?") for pid in sorted(others.get(row.shift_id, []))]
        away = any(
            as_utc(a.start_utc) < end.astimezone(UTC) and start.astimezone(UTC) < as_utc(a.end_utc)
            for a in absences
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
            )
        )
    calendar_url = None
    if feed_row is not None and key is not None:
        token = key.token(feed_row.nonce)
        if hmac.compare_digest(token_hash(token), feed_row.token_hash):
            calendar_url = feed_url(org.base_url, token)
    today = now.astimezone(tz).date()
    month, year = _own_hours(repo, person.id, now.astimezone(tz).date(), now)
    return PageView(
        person_id=person.id,
        name=person.name,
        first_name=person.name.split()[0] if person.name.split() else person.name,
        language=reader_language(person.language, org.language),
        volunteer=person.is_volunteer,
        organisation=org.name,
        coordinator=org.coordinator,
        shifts=tuple(shifts),
        offers=person.limits.offers if person.limits else (),
        working_days=tuple(sorted(person.contract.working_days)) if person.contract else (),
        days_off=tuple(sorted(d for d in person.wishes.days_off if d >= today)),
        prefers=person.wishes.prefers,
        avoids=person.wishes.avoids,
        absences=tuple(_days(a, tz) for a in absences),
        calendar_url=calendar_url,
        cancel_before=settings.cancel_before,
        month_hours=month,
        year_hours=year,
        has_email=bool((person.email or "").strip()),
        reminder=person.reminder,
        reminder_default=reminder_default,
        names_colleagues=settings.show_colleagues is ColleaguesShown.FIRST_NAME,
    )


@dataclass(frozen=True)
class _Frame:
    """What the page says of the organisation."""

    name: str
    coordinator: str
    language: str
    base_url: str


def _shift(
    activities: dict[str, Activity], row: AssignmentRow, tz: ZoneInfo
) -> tuple[datetime, datetime, str, str] | None:
    activity = activities.get(row.activity_id)
    if activity is None:
        return None
    start = as_utc(row.start_utc).astimezone(tz)
    end = datetime.combine(start.date(), activity.end, tz)
    if activity.crosses_midnight:
        end = datetime.combine(start.date() + timedelta(days=1), activity.end, tz)
    return start, end, activity.name, activity.site


def _days(absence: AbsenceRow, tz: ZoneInfo) -> tuple[date, date]:
    start = as_utc(absence.start_utc).astimezone(tz)
    end = as_utc(absence.end_utc).astimezone(tz)
    last = (end - timedelta(microseconds=1)).date()
    return start.date(), max(start.date(), last)


def _own_hours(
    repo: Repository, person_id: str, today: date, now: datetime
) -> tuple[tuple[int, float], tuple[int, float]]:
    """(shifts, hours) that happened this month and this year, as the hours report counts
    them (published, ended, corrected)."""
    report = hours_report(
        repo, today.replace(month=1, day=1), today, now=now, by=HoursBy.MONTH, person_id=person_id
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
