"""The facts the planner works with: frozen dataclasses, free of storage and UI.

Nothing here describes a client. A person is a member of staff or a volunteer, and we hold
only what planning needs about them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from planner.delivery import FeedSettings, MailSettings, SelfServiceSettings, WatchSettings
from planner.reasons import Reason, UnstaffedReason
from planner.rule_id import RuleId

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The organisation's language when organisation.toml names none: the coordinator's app, CLI
# and reports, and what people receive unless they chose their own (planner/i18n).
DEFAULT_LANGUAGE = "nl"


class PersonKind(StrEnum):
    PROFESSIONAL = "professional"
    VOLUNTEER = "volunteer"


class Role(StrEnum):
    """The place a person fills on a shift. A volunteer only ever fills a volunteer place."""

    PROFESSIONAL = "professional"
    VOLUNTEER = "volunteer"


class ActivityKind(StrEnum):
    DROP_IN = "drop_in"
    NIGHT_SHELTER = "night_shelter"
    NEIGHBOURHOOD_WORK = "neighbourhood_work"
    OUTREACH_YOUTH_WORK = "outreach_youth_work"
    HOMEWORK_SUPPORT = "homework_support"
    SOCIAL_RESTAURANT = "social_restaurant"
    LANGUAGE_CAFE = "language_cafe"
    CONSULTATION_HOURS = "consultation_hours"
    WORK_CARE = "work_care"
    OTHER = "other"


class AbsenceKind(StrEnum):
    LEAVE = "leave"
    SICKNESS = "sickness"
    UNAVAILABLE = "unavailable"


class RosterState(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class ShiftStatus(StrEnum):
    STAFFED = "staffed"
    UNSTAFFED = "unstaffed"
    CLOSED = "closed"
    NOT_PLANNED = "not_planned"  # in exports only: no roster of the layer holds the shift yet
    # In exports only: it started while no roster of the layer held it (history nobody
    # recorded: planner/report/incidents.py, unrecorded).
    NOT_RECORDED = "not_recorded"


@dataclass(frozen=True)
class TimeWindow:
    """A weekly window a volunteer offers, e.g. Tuesday 13:00-17:00.

    `end <= start` means the window runs past midnight into the next day.
    """

    weekday: int  # 0 = Monday
    start: time
    end: time

    def covers(self, start: datetime, end: datetime) -> bool:
        """True when the local interval [start, end) lies inside this window."""
        if start.weekday() != self.weekday:
            return False
        window_start = datetime.combine(start.date(), self.start, start.tzinfo)
        window_end = datetime.combine(start.date(), self.end, start.tzinfo)
        if self.end <= self.start:
            window_end += timedelta(days=1)
        return window_start <= start and end <= window_end


@dataclass(frozen=True)
class Contract:
    """A professional's contract. Part-time contracts (19 h, 30.4 h) are common."""

    hours_per_week: float
    working_days: frozenset[int] = frozenset(range(5))  # 0 = Monday
    max_hours_per_day: float = 8.0


@dataclass(frozen=True)
class VolunteerLimits:
    """Limits a volunteer set themselves. They are promises: the planner never bends them."""

    max_shifts_per_week: int
    max_shifts_per_month: int
    offers: tuple[TimeWindow, ...] = ()  # empty: any day, any time
    wants: frozenset[str] = frozenset()  # activity ids they want to grow in
    refuses: frozenset[str] = frozenset()  # activity ids they never do

    def offers_time(self, start: datetime, end: datetime) -> bool:
        """The local interval [start, end) lies inside what they offer. Windows that meet
        join: whole Thursdays and Fridays ('thu;fri') cover a night from Thursday 20:00 to
        Friday 08:00, which no single day does."""
        if not self.offers or any(w.covers(start, end) for w in self.offers):
            return True
        spans = []
        day = start.date() - timedelta(days=1)
        while day <= end.date():
            for w in self.offers:
                if w.weekday == day.weekday():
                    lo = datetime.combine(day, w.start, start.tzinfo)
                    hi = datetime.combine(day, w.end, start.tzinfo)
                    spans.append((lo, hi + timedelta(days=1) if w.end <= w.start else hi))
            day += timedelta(days=1)
        reach = None
        for lo, hi in sorted(spans):
            if reach is not None and lo <= reach[1]:
                reach = (reach[0], max(reach[1], hi))
            else:
                reach = (lo, hi)
            if reach[0] <= start and end <= reach[1]:
                return True
        return False


@dataclass(frozen=True)
class Slot:
    """A day, a kind of shift, or both: 'mon', 'evening', 'sat morning'. Kinds of shift are
    planner/settings.py's shift_class: morning, afternoon, evening, night."""

    weekday: int | None = None  # 0 = Monday
    shift_class: str | None = None


@dataclass(frozen=True)
class Wishes:
    """A person's wishes (soft): days and shifts they prefer or would rather not work, and
    days they asked off. Professionals and volunteers alike."""

    prefers: tuple[Slot, ...] = ()
    avoids: tuple[Slot, ...] = ()
    days_off: frozenset[date] = frozenset()


@dataclass(frozen=True)
class HeavyLimits:
    """A person's own limits on heavy shifts (people.csv), each None for the organisation's
    (planner/settings.py, heavy_*)."""

    in_row: int | None = None
    per_week: int | None = None
    per_month: int | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    kind: PersonKind
    qualifications: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    contract: Contract | None = None  # professionals
    limits: VolunteerLimits | None = None  # volunteers
    home_activity: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None  # what they receive (calendars) is in it; None: the organisation's
    # A volunteer new to the work: planned only beside an experienced person (constraints/
    # newcomers.py). A volunteer with too few shifts on an activity is new to it too.
    newcomer: bool = False
    heavy: HeavyLimits = HeavyLimits()  # their own limits on heavy shifts, if any
    # People they must never share a shift with, and a partner they work best beside (ids;
    # either side of a pair may name it: constraints/never_together.py, always_together.py).
    never_with: frozenset[str] = frozenset()
    always_with: frozenset[str] = frozenset()
    wishes: Wishes = Wishes()
    # Qualifications that lapse (people.csv `first_aid:2027-03-31`), sorted: each is held
    # only on shifts that start on a local day before its date, whatever today is.
    lapses: tuple[tuple[str, date], ...] = ()
    # How long before each shift they are reminded (people.csv `reminder`): None for the
    # organisation's lead, zero for no reminders.
    reminder: timedelta | None = None

    def __post_init__(self) -> None:
        if self.kind is PersonKind.PROFESSIONAL and self.contract is None:
            raise ValueError(f"professional {self.id} needs a contract")
        if self.kind is PersonKind.VOLUNTEER and self.limits is None:
            raise ValueError(f"volunteer {self.id} needs their own limits")

    @property
    def is_professional(self) -> bool:
        return self.kind is PersonKind.PROFESSIONAL

    def qualifications_on(self, day: date) -> frozenset[str]:
        """What they hold on a shift starting on this local day: a lapsed qualification
        does not count from its date on."""
        if not self.lapses:
            return self.qualifications
        return self.qualifications - {q for q, until in self.lapses if day >= until}

    def unqualified_for(self, shift: Shift) -> Reason | None:
        """The qualification finding about them on this shift, as data, for eligibility and
        the checker alike: what they never held (`missing`) and what lapsed before the
        shift's day (`lapsed`, "first_aid 2027-03-31"); None when they hold it all."""
        needed = shift.activity.staffing.qualifications
        held = self.qualifications_on(shift.local_date)
        if needed <= held:
            return None
        lapsed = tuple(f"{q} {until.isoformat()}" for q, until in self.lapses if q in needed - held)
        missing = tuple(sorted(needed - self.qualifications))
        if not lapsed:
            return Reason.of(RuleId.QUALIFICATION, self.id, shift.id, missing=missing)
        return Reason.of(RuleId.QUALIFICATION, self.id, shift.id, missing=missing, lapsed=lapsed)

    @property
    def is_volunteer(self) -> bool:
        return self.kind is PersonKind.VOLUNTEER

    @property
    def short_name(self) -> str:
        """First name and the initial of the last name, particles kept: 'Els V.',
        'Dirk De M.', 'Febe Van L.' (in Flanders 'De' and 'Van' are part of the name)."""
        parts = self.name.split()
        if len(parts) < 2:
            return self.name
        return " ".join([parts[0], *parts[1:-1], f"{parts[-1][0]}."])


@dataclass(frozen=True)
class Season:
    """Months and days an activity runs, e.g. 1 November to 31 March (may wrap the year)."""

    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]

    def contains(self, day: date) -> bool:
        md = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= md <= self.end
        return md >= self.start or md <= self.end


class Among(StrEnum):
    """Whom a need of a shift's mix counts."""

    PROFESSIONALS = "professionals"
    VOLUNTEERS = "volunteers"
    EVERYONE = "everyone"


@dataclass(frozen=True)
class Need:
    """Part of a shift's mix: at least `at_least` people (of `among`) who each hold one of
    `of` (qualifications or languages: "1 nurse", "1 of arabic, french"). A `soft` need is
    wanted, not required. Each need counts on its own: a nurse who is also a social worker
    counts toward both."""

    at_least: int
    of: frozenset[str]
    among: Among = Among.PROFESSIONALS
    soft: bool = False

    def met_by(self, person: Person, professional_place: bool, day: date) -> bool:
        """Whether this person, in this kind of place, counts toward the need on a shift
        starting on `day` (a lapsed qualification does not count)."""
        if self.among is Among.PROFESSIONALS and not professional_place:
            return False
        if self.among is Among.VOLUNTEERS and professional_place:
            return False
        return bool(self.of & (person.qualifications_on(day) | person.languages))


@dataclass(frozen=True)
class Staffing:
    """What one shift of an activity needs."""

    professionals: int = 1
    qualifications: frozenset[str] = frozenset()  # every professional on it holds all of these
    volunteers_min: int = 0  # wanted; a soft target
    volunteers_max: int = 0
    volunteers_per_professional_max: int | None = None  # supervision ratio; None: no ratio
    volunteers_allowed: bool = True  # consultation hours, outreach: False
    min_people: int = 1  # night shelter: 2, nobody alone
    # A professional on the shift may be a newcomer's mentor (else only an experienced
    # volunteer may be: constraints/newcomers.py).
    professionals_mentor: bool = False
    newcomers_max: int | None = None  # 1: never two newcomers on one shift; None: no limit
    needs: tuple[
        Need, ...
    ] = ()  # the mix: "1 nurse and 1 social worker" (constraints/qualification_mix.py)

    def __post_init__(self) -> None:
        if self.professionals < 1:
            raise ValueError("every shift needs at least one professional")
        if self.volunteers_min > self.volunteers_max:
            raise ValueError("volunteers_min is above volunteers_max")
        if not self.volunteers_allowed and self.volunteers_max:
            raise ValueError("volunteers_max must be 0 where volunteers do not take part")


@dataclass(frozen=True)
class Activity:
    id: str
    name: str
    kind: ActivityKind
    site: str
    rrule: str  # RFC 5545 RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO,WE"
    start: time
    end: time  # end <= start: the shift ends the next day
    staffing: Staffing
    season: Season | None = None
    open_on_holidays: bool = False
    heavy: bool = False  # night shelter, outreach, crisis work: limited per person (settings)

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start


@dataclass(frozen=True)
class Shift:
    """One occurrence of an activity. Times are timezone-aware (Europe/Brussels)."""

    id: str  # "<activity id>@<local start, minutes>", stable across regenerations
    activity: Activity
    start: datetime
    end: datetime
    closed_reason: str | None = None  # e.g. "public holiday: Kerstmis"

    @property
    def activity_id(self) -> str:
        return self.activity.id

    @property
    def closed(self) -> bool:
        return self.closed_reason is not None

    @property
    def duration(self) -> timedelta:
        # Aware datetimes in the same zone subtract wall-clock; go through UTC for real hours.
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    @property
    def hours(self) -> float:
        return self.duration.total_seconds() / 3600

    @property
    def local_date(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class Absence:
    person_id: str
    start: datetime
    end: datetime
    kind: AbsenceKind = AbsenceKind.LEAVE
    reason: str = ""
    id: int | None = None

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Assignment:
    shift_id: str
    person_id: str
    role: Role
    pinned: bool = False


@dataclass(frozen=True)
class Period:
    """A planning period: whole weeks from a Monday (or any start date)."""

    start: date
    weeks: int = 1

    @property
    def end(self) -> date:
        """Exclusive end date."""
        return self.start + timedelta(weeks=self.weeks)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.weeks * 7)]


@dataclass(frozen=True)
class Roster:
    period: Period
    assignments: tuple[Assignment, ...]
    unstaffed: dict[str, UnstaffedReason] = field(default_factory=dict)  # shift id -> why
    state: RosterState = RosterState.DRAFT


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"


@dataclass(frozen=True)
class Change:
    """One line of the diff of a working roster against the published one."""

    kind: ChangeKind
    person_id: str
    shift_id: str  # the shift added to / removed from / moved to
    from_shift_id: str | None = None  # for MOVED


@dataclass(frozen=True)
class Organisation:
    name: str
    timezone: str = "Europe/Brussels"
    holiday_country: str = "BE"
    extra_closures: tuple[date, ...] = ()  # e.g. 11 July, the Flemish community day
    coordinator: str = ""  # contact shown in calendars, e.g. "Sara De Smet, 09 123 45 67"
    language: str = DEFAULT_LANGUAGE  # of the coordinator's app, the CLI and the reports
    rules: dict = field(default_factory=dict)  # rule name -> {parameter: value}
    feeds: FeedSettings = FeedSettings()  # calendar feeds: `roster serve`
    mail: MailSettings | None = None  # change notices: `roster notify`; None: no mail server
    watch: WatchSettings = WatchSettings()  # reminders and the digest: `roster tick`
    self_service: SelfServiceSettings = SelfServiceSettings()  # personal pages: `roster serve`
    activities: tuple[Activity, ...] = ()
    people: tuple[Person, ...] = ()

    def person(self, person_id: str) -> Person:
        for p in self.people:
            if p.id == person_id:
                return p
        raise KeyError(person_id)

    def activity(self, activity_id: str) -> Activity:
        for a in self.activities:
            if a.id == activity_id:
                return a
        raise KeyError(activity_id)
