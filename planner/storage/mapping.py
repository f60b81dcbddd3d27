"""Table rows <-> domain objects, without a session: conversions only.

Times go into the database in UTC and come back in the organisation's zone; clock times of
activities and offers are kept as "HH:MM" text.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.dates import activity_of, as_utc, local_start_of
from planner.domain import (
    Absence,
    AbsenceKind,
    Activity,
    ActivityKind,
    Among,
    Assignment,
    Contract,
    HeavyLimits,
    Need,
    Person,
    PersonKind,
    Role,
    Season,
    Shift,
    ShiftStatus,
    Slot,
    Staffing,
    TimeWindow,
    VolunteerLimits,
    Wishes,
)
from planner.errors import PlannerError
from planner.message import msg
from planner.reasons import UnstaffedReason, Verdict
from planner.storage.tables import (
    AbsenceRow,
    ActivityRow,
    AssignmentRow,
    PersonRow,
    ShiftStateRow,
    assignment_uid,
)


def activity_row(activity: Activity) -> ActivityRow:
    row = new_activity_row(activity.id, 0)
    fill_activity_row(row, activity, 0)
    return row


def schedule(row: ActivityRow) -> tuple:
    """What decides which shifts an activity has (and so their ids)."""
    return row.rrule, row.start, row.end, row.season_from, row.season_to


def fill_activity_row(row: ActivityRow, a: Activity, position: int) -> None:
    s = a.staffing
    row.position = position
    row.name, row.kind, row.site, row.rrule = a.name, a.kind.value, a.site, a.rrule
    row.start, row.end = hhmm(a.start), hhmm(a.end)
    row.season_from = f"{a.season.start[0]:02d}-{a.season.start[1]:02d}" if a.season else None
    row.season_to = f"{a.season.end[0]:02d}-{a.season.end[1]:02d}" if a.season else None
    row.open_on_holidays = a.open_on_holidays
    row.professionals = s.professionals
    row.qualifications = sorted(s.qualifications)
    row.volunteers_min, row.volunteers_max = s.volunteers_min, s.volunteers_max
    row.volunteers_per_professional_max = s.volunteers_per_professional_max
    row.volunteers_allowed = s.volunteers_allowed
    row.min_people = s.min_people
    row.safeguards = activity_safeguards(a)


def activity_safeguards(a: Activity) -> dict:
    """The activity's safeguards as stored: only what differs from the default, so an
    activity without any stores {}."""
    found: dict = {}
    if a.staffing.professionals_mentor:
        found["professionals_mentor"] = True
    if a.heavy:
        found["heavy"] = True
    if a.staffing.newcomers_max is not None:
        found["newcomers_max"] = a.staffing.newcomers_max
    if a.staffing.needs:
        found["mix"] = [
            {"at_least": n.at_least, "of": sorted(n.of), "among": n.among.value, "wanted": n.soft}
            for n in a.staffing.needs
        ]
    return found


def person_safeguards(p: Person) -> dict:
    found: dict = {}
    if p.newcomer:
        found["newcomer"] = True
    own = {k: v for k, v in asdict(p.heavy).items() if v is not None}
    if own:
        found["heavy"] = own
    for listed in ("never_with", "always_with"):
        if getattr(p, listed):
            found[listed] = sorted(getattr(p, listed))
    if p.reminder is not None:
        found["reminder_minutes"] = int(p.reminder.total_seconds() // 60)
    if p.lapses:
        found["lapses"] = {q: until.isoformat() for q, until in p.lapses}
    w = p.wishes
    if w.prefers or w.avoids or w.days_off:
        found["wishes"] = {
            "prefers": [[s.weekday, s.shift_class] for s in w.prefers],
            "avoids": [[s.weekday, s.shift_class] for s in w.avoids],
            "days_off": sorted(d.isoformat() for d in w.days_off),
        }
    return found


def _reminder(minutes: int | None) -> timedelta | None:
    return None if minutes is None else timedelta(minutes=minutes)


def _wishes(data: dict) -> Wishes:
    return Wishes(
        prefers=tuple(Slot(d, c) for d, c in data.get("prefers", ())),
        avoids=tuple(Slot(d, c) for d, c in data.get("avoids", ())),
        days_off=frozenset(date.fromisoformat(d) for d in data.get("days_off", ())),
    )


def activity_from_row(row: ActivityRow) -> Activity:
    season = None
    if row.season_from and row.season_to:
        season = Season(month_day(row.season_from), month_day(row.season_to))
    return Activity(
        id=row.id,
        name=row.name,
        kind=ActivityKind(row.kind),
        site=row.site,
        rrule=row.rrule,
        start=time.fromisoformat(row.start),
        end=time.fromisoformat(row.end),
        staffing=Staffing(
            professionals=row.professionals,
            qualifications=frozenset(row.qualifications),
            volunteers_min=row.volunteers_min,
            volunteers_max=row.volunteers_max,
            volunteers_per_professional_max=row.volunteers_per_professional_max,
            volunteers_allowed=row.volunteers_allowed,
            min_people=row.min_people,
            professionals_mentor=bool(row.safeguards.get("professionals_mentor", False)),
            newcomers_max=row.safeguards.get("newcomers_max"),
            needs=tuple(
                Need(n["at_least"], frozenset(n["of"]), Among(n["among"]), n["wanted"])
                for n in row.safeguards.get("mix", ())
            ),
        ),
        season=season,
        open_on_holidays=row.open_on_holidays,
        heavy=bool(row.safeguards.get("heavy", False)),
    )


def new_person_row(person_id: str, position: int) -> PersonRow:
    """An empty row, its lists given: a default factory costs pydantic a signature
    inspection per field and row, which a load of 100,000 people feels."""
    return PersonRow(
        id=person_id,
        position=position,
        name="",
        kind="",
        qualifications=[],
        languages=[],
        working_days=[],
        offers=[],
        wants=[],
        refuses=[],
        safeguards={},
    )


def new_activity_row(activity_id: str, position: int) -> ActivityRow:
    return ActivityRow(
        id=activity_id,
        position=position,
        name="",
        kind="",
        rrule="",
        start="",
        end="",
        qualifications=[],
        safeguards={},
    )


def fill_person_row(row: PersonRow, p: Person, position: int) -> None:
    row.position = position
    row.name, row.kind = p.name, p.kind.value
    row.qualifications, row.languages = sorted(p.qualifications), sorted(p.languages)
    row.home_activity, row.email, row.phone = p.home_activity, p.email, p.phone
    row.language = p.language
    c, lim = p.contract, p.limits
    row.hours_per_week = c.hours_per_week if c else None
    row.working_days = sorted(c.working_days) if c else []
    row.max_hours_per_day = c.max_hours_per_day if c else None
    row.max_shifts_per_week = lim.max_shifts_per_week if lim else None
    row.max_shifts_per_month = lim.max_shifts_per_month if lim else None
    row.offers = [[w.weekday, hhmm(w.start), hhmm(w.end)] for w in lim.offers] if lim else []
    row.wants = sorted(lim.wants) if lim else []
    row.refuses = sorted(lim.refuses) if lim else []
    row.safeguards = person_safeguards(p)


def person_from_row(row: PersonRow) -> Person:
    kind = PersonKind(row.kind)
    contract = limits = None
    if kind is PersonKind.PROFESSIONAL:
        contract = Contract(
            hours_per_week=row.hours_per_week or 0.0,
            working_days=frozenset(row.working_days),
            max_hours_per_day=row.max_hours_per_day or 8.0,
        )
    else:
        limits = VolunteerLimits(
            max_shifts_per_week=row.max_shifts_per_week or 0,
            max_shifts_per_month=row.max_shifts_per_month or 0,
            offers=tuple(
                TimeWindow(wd, time.fromisoformat(s), time.fromisoformat(e))
                for wd, s, e in row.offers
            ),
            wants=frozenset(row.wants),
            refuses=frozenset(row.refuses),
        )
    return Person(
        id=row.id,
        name=row.name,
        kind=kind,
        qualifications=frozenset(row.qualifications),
        languages=frozenset(row.languages),
        contract=contract,
        limits=limits,
        home_activity=row.home_activity,
        email=row.email,
        phone=row.phone,
        language=row.language,
        newcomer=bool(row.safeguards.get("newcomer", False)),
        heavy=HeavyLimits(**row.safeguards.get("heavy", {})),
        never_with=frozenset(row.safeguards.get("never_with", ())),
        always_with=frozenset(row.safeguards.get("always_with", ())),
        wishes=_wishes(row.safeguards.get("wishes", {})),
        reminder=_reminder(row.safeguards.get("reminder_minutes")),
        lapses=tuple(
            sorted((q, date.fromisoformat(d)) for q, d in row.safeguards.get("lapses", {}).items())
        ),
    )


def absence_row(absence: Absence, source: str) -> AbsenceRow:
    if absence.start.tzinfo is None or absence.end.tzinfo is None:
        raise PlannerError(msg("absence times must be timezone-aware"))
    return AbsenceRow(
        person_id=absence.person_id,
        start_utc=as_utc(absence.start),
        end_utc=as_utc(absence.end),
        kind=absence.kind.value,
        reason=absence.reason,
        source=source,
    )


def absence_record(row: AbsenceRow) -> dict[str, str]:
    """An absence as the audit log keeps it (times in UTC)."""
    return {
        "person": row.person_id,
        "start": as_utc(row.start_utc).isoformat(),
        "end": as_utc(row.end_utc).isoformat(),
        "kind": row.kind,
        "reason": row.reason,
        "source": row.source,
    }


def absence_from_row(row: AbsenceRow, tz: ZoneInfo) -> Absence:
    return Absence(
        person_id=row.person_id,
        start=from_db(row.start_utc, tz),
        end=from_db(row.end_utc, tz),
        kind=AbsenceKind(row.kind),
        reason=row.reason,
        id=row.id,
    )


def assignment_row(layer: str, a: Assignment, shift: Shift) -> AssignmentRow:
    return AssignmentRow(
        layer=layer,
        shift_id=a.shift_id,
        activity_id=shift.activity_id,
        start_utc=as_utc(shift.start),
        person_id=a.person_id,
        role=Role(a.role).value,
        pinned=a.pinned,
        uid=assignment_uid(a.shift_id, a.person_id),
    )


def state_row(layer: str, shift: Shift, status: ShiftStatus, reason: str) -> ShiftStateRow:
    return ShiftStateRow(
        layer=layer,
        shift_id=shift.id,
        activity_id=shift.activity_id,
        start_utc=as_utc(shift.start),
        status=status.value,
        reason=reason,
    )


def parse_shift_id(shift_id: str, tz: ZoneInfo) -> tuple[str, datetime]:
    """'inloop@2026-11-30T09:00' -> ('inloop', aware local start); see planner.dates.shift_id."""
    try:
        start = local_start_of(shift_id)
    except ValueError:
        raise PlannerError(
            msg("'{shift}' is not a shift id (activity@YYYY-MM-DDTHH:MM)", shift=shift_id)
        ) from None
    return activity_of(shift_id), start.replace(tzinfo=tz)


def from_db(value: datetime, tz: ZoneInfo) -> datetime:
    """Stored as UTC; some backends hand it back without its offset."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(tz)


def hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def reason_text(reason: UnstaffedReason) -> str:
    """How an unstaffed reason is stored: its data as JSON, so any language can word it."""
    return json.dumps(reason.to_json(), ensure_ascii=False, sort_keys=True)


def reason_from_text(text: str) -> UnstaffedReason:
    """A stored reason; a sentence saved by an older version comes back as a note."""
    if text.startswith("{"):
        try:
            return UnstaffedReason.from_json(json.loads(text))
        except (ValueError, KeyError, TypeError):
            pass
    return UnstaffedReason(Verdict.NOTE, note=text)
