"""The independent checker: every hard rule, verified on a finished roster without CP-SAT.

It is the second opinion on the solver, so it shares none of the model's code: only the
domain types and the rule parameters (planner/settings.py, whose docstrings fix what each
parameter means). Each rule is a small named function; `check_roster` runs them all, and
`why_not` runs the same functions to say why one person cannot take one place on one shift.

A violation carries two texts: `message`, a full sentence for `roster check`, and `reason`,
the phrase that follows a person's name ("Els Vermeulen" + " on leave") for candidate lists
and explanations.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from planner.dates import DAY_ABBR, hours_text, shift_label, short_date
from planner.domain import (
    Absence,
    AbsenceKind,
    Assignment,
    Organisation,
    Period,
    Person,
    Role,
    Roster,
    Shift,
)
from planner.settings import HardSettings, RuleSettings, is_weekend, shift_class


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str  # a sentence: "Els Vermeulen is on leave during Nachtopvang di 1 dec 20:00."
    shift_id: str | None = None
    person_id: str | None = None
    reason: str = ""  # follows the person's name: "on leave"; for a shift rule, stands alone


@dataclass(frozen=True)
class Work:
    """One shift a person works. `inside`: in the checked roster; otherwise already published
    work outside the period, which only counts toward limits that straddle the period edge."""

    shift: Shift
    role: Role
    inside: bool = True

    @property
    def start(self) -> int:
        return _minutes(self.shift.start)

    @property
    def end(self) -> int:
        return _minutes(self.shift.end)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _minutes(moment: datetime) -> int:
    # Real elapsed minutes, so rest and hours come out right across DST changes.
    return int((moment.astimezone(UTC) - _EPOCH).total_seconds() // 60)


def _td_minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def _gap_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


@dataclass
class Facts:
    """What the rules look things up in: the period, people, absences, outside work."""

    org: Organisation
    period: Period
    hard: HardSettings
    people: dict[str, Person]
    absences: dict[str, list[Absence]]
    outside: dict[str, list[Work]]  # person id -> published work outside the period
    focus: str | None = None  # the shift a candidate is weighed for (phrases name the other)

    @classmethod
    def build(
        cls,
        org: Organisation,
        period: Period,
        absences: Iterable[Absence],
        settings: RuleSettings | HardSettings,
        outside: Iterable[tuple[Shift, Assignment]] = (),
    ) -> Facts:
        by_person: dict[str, list[Absence]] = defaultdict(list)
        for a in absences:
            by_person[a.person_id].append(a)
        out: dict[str, list[Work]] = defaultdict(list)
        for s, a in outside:
            out[a.person_id].append(Work(s, a.role, inside=False))
        hard = settings.hard if isinstance(settings, RuleSettings) else settings
        return cls(org, period, hard, {p.id: p for p in org.people}, by_person, out)

    def label_other(self, a: Shift, b: Shift) -> str:
        """Of two shifts, the label of the one that is not the focus (or both)."""
        if self.focus == a.id:
            return shift_label(b)
        if self.focus == b.id:
            return shift_label(a)
        return f"{shift_label(a)} and {shift_label(b)}"


# -- shift rules: one shift and everyone on it -------------------------------------------

ShiftRule = Callable[[Facts, Shift, Sequence[Assignment], bool], Iterator[Violation]]


def _v(rule: str, who: Person | None, reason: str, shift: Shift | None, sentence: str = ""):
    """A violation whose message is '<full name> <reason>' unless a sentence is given."""
    message = sentence or (f"{who.name} {reason}" if who else reason)
    return Violation(rule, message, shift.id if shift else None, who.id if who else None, reason)


def rule_closed(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Nobody works a closed shift (public holiday, closing day)."""
    if shift.closed:
        for a in on:
            who = facts.people.get(a.person_id)
            reason = f"the shift is closed ({shift.closed_reason})"
            sentence = f"{_name(facts, a)} is on {shift_label(shift)}, which is closed ({shift.closed_reason})."
            yield _v("closed_shift", who, reason, shift, sentence)


def rule_no_replacement(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """A volunteer never fills a professional's place; volunteers fill volunteer places."""
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or not who.is_volunteer or a.role is Role.VOLUNTEER:
            continue
        yield _v(
            "no_replacement",
            who,
            "is a volunteer: a volunteer cannot take a professional's place",
            shift,
            f"{who.name} is a volunteer but fills a professional's place on {shift_label(shift)}.",
        )


def rule_qualified(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Every professional on the shift holds all its qualifications."""
    needed = shift.activity.staffing.qualifications
    for a in on:
        who = facts.people.get(a.person_id)
        if who is None or a.role is not Role.PROFESSIONAL or not who.is_professional:
            continue
        missing = sorted(needed - who.qualifications)
        if missing:
            reason = "not qualified: " + ", ".join(missing)
            sentence = f"{who.name} is on {shift_label(shift)} but is {reason}."
            yield _v("professional_cover", who, reason, shift, sentence)


def rule_cover(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """A staffed open shift has its professionals, each qualified."""
    if shift.closed or unstaffed:
        return
    staffing = shift.activity.staffing
    qualified = sum(1 for a in on if _is_qualified_professional(facts, shift, a))
    if qualified < staffing.professionals:
        yield _v(
            "professional_cover",
            None,
            f"{shift_label(shift)} has {qualified} qualified professional(s), needs "
            f"{staffing.professionals}, and is not reported as unstaffed.",
            shift,
        )


def rule_unstaffed_alone(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """An unstaffed shift has no volunteers: volunteers never run a shift alone."""
    if not unstaffed:
        return
    for a in on:
        who = facts.people.get(a.person_id)
        if a.role is Role.VOLUNTEER or (who is not None and who.is_volunteer):
            reason = f"{shift_label(shift)} has no professional: volunteers never run a shift alone"
            sentence = f"{_name(facts, a)} is on {shift_label(shift)}, which is unstaffed."
            yield _v("no_replacement", who, reason, shift, sentence)


def rule_supervision(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Volunteers: none where not allowed; at most volunteers_max; at most the ratio per
    professional on the shift."""
    staffing = shift.activity.staffing
    volunteers = sum(1 for a in on if a.role is Role.VOLUNTEER)
    pros = sum(1 for a in on if a.role is Role.PROFESSIONAL)
    label = shift_label(shift)
    if not volunteers:
        return
    if not staffing.volunteers_allowed:
        reason = f"volunteers do not take part in {shift.activity.name}"
        yield _v("supervision", None, reason, shift, f"{label} has volunteers, but {reason}.")
    elif volunteers > staffing.volunteers_max:
        yield _v(
            "supervision",
            None,
            f"{label} has room for {staffing.volunteers_max} volunteer(s)",
            shift,
            f"{label} has {volunteers} volunteers, at most {staffing.volunteers_max}.",
        )
    ratio = staffing.volunteers_per_professional_max
    if ratio is not None and volunteers > ratio * pros and not unstaffed:  # else: no_replacement
        yield _v(
            "supervision",
            None,
            f"{pros} professional(s) on {label} can support at most {ratio * pros} volunteer(s)",
            shift,
            f"{label} has {volunteers} volunteers for {pros} professional(s), "
            f"at most {ratio} per professional.",
        )


def rule_min_people(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    """Nobody alone: a staffed shift has at least min_people people."""
    need = shift.activity.staffing.min_people
    if shift.closed or unstaffed or len(on) >= need:
        return
    qualified = sum(1 for a in on if _is_qualified_professional(facts, shift, a))
    if qualified < shift.activity.staffing.professionals:
        return  # the cover rule already says the shift is short
    yield _v(
        "min_people",
        None,
        f"{shift_label(shift)} needs at least {need} people",
        shift,
        f"{shift_label(shift)} has {len(on)} person(s), needs at least {need} (nobody alone).",
    )


def rule_once_per_shift(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    seen: set[str] = set()
    for a in on:
        if a.person_id in seen:
            who = facts.people.get(a.person_id)
            reason = f"is on {shift_label(shift)} twice"
            yield _v("two_places", who, reason, shift, f"{_name(facts, a)} {reason}.")
        seen.add(a.person_id)


def rule_known_person(facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool):
    for a in on:
        if a.person_id not in facts.people:
            sentence = (
                f"{shift_label(shift)} names '{a.person_id}', who is not in the organisation."
            )
            yield Violation("unknown", sentence, shift.id, a.person_id, "not in the organisation")


SHIFT_RULES: tuple[ShiftRule, ...] = (
    rule_known_person,
    rule_closed,
    rule_no_replacement,
    rule_qualified,
    rule_cover,
    rule_unstaffed_alone,
    rule_supervision,
    rule_min_people,
    rule_once_per_shift,
)


def _name(facts: Facts, a: Assignment) -> str:
    who = facts.people.get(a.person_id)
    return who.name if who else a.person_id


def _is_qualified_professional(facts: Facts, shift: Shift, a: Assignment) -> bool:
    who = facts.people.get(a.person_id)
    return (
        who is not None
        and who.is_professional
        and a.role is Role.PROFESSIONAL
        and shift.activity.staffing.qualifications <= who.qualifications
    )


# -- person rules: one person and all they work ------------------------------------------

PersonRule = Callable[[Facts, Person, Sequence[Work]], Iterator[Violation]]

_ABSENCE_WORDS = {
    AbsenceKind.LEAVE: "on leave",
    AbsenceKind.SICKNESS: "sick",
    AbsenceKind.UNAVAILABLE: "unavailable",
}


def rule_absence(facts: Facts, person: Person, work: Sequence[Work]):
    """Nobody works while on leave, sick or unavailable."""
    for w in work:
        if not w.inside:
            continue
        for absence in facts.absences.get(person.id, ()):
            if absence.overlaps(w.shift.start, w.shift.end):
                reason = _ABSENCE_WORDS.get(absence.kind, "absent")
                sentence = f"{person.name} is {reason} during {shift_label(w.shift)}."
                yield _v("absence", person, reason, w.shift, sentence)
                break


def rule_offers(facts: Facts, person: Person, work: Sequence[Work]):
    """A volunteer works only in the times they offered, never an activity they refuse."""
    limits = person.limits
    if limits is None:
        return
    for w in work:
        if not w.inside:
            continue
        if w.shift.activity_id in limits.refuses:
            reason = f"does not do {w.shift.activity.name} (their own choice)"
            sentence = f"{person.name} is on {shift_label(w.shift)} but refuses that activity."
            yield _v("volunteer_offers", person, reason, w.shift, sentence)
        if not limits.offers_time(w.shift.start, w.shift.end):
            offered = "; ".join(
                f"{DAY_ABBR[o.weekday]} {o.start:%H:%M}-{o.end:%H:%M}" for o in limits.offers
            )
            reason = f"did not offer this time (offers {offered})"
            sentence = (
                f"{person.name} is on {shift_label(w.shift)}, outside the times they offer "
                f"({offered})."
            )
            yield _v("volunteer_offers", person, reason, w.shift, sentence)


def _pairs(work: Sequence[Work], horizon: int) -> Iterator[tuple[Work, Work]]:
    """Pairs (a, b), a starting no later than b, with b starting before a's end + horizon
    minutes, at least one of them inside the period."""
    ordered = sorted(work, key=lambda w: (w.start, w.shift.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start >= a.end + horizon:
                break  # later ones start later still
            if a.inside or b.inside:
                yield a, b


def _focus_shift(facts: Facts, a: Work, b: Work) -> Shift:
    """The shift a pair's violation is filed under: the focus if set, else an inside one."""
    if facts.focus in (a.shift.id, b.shift.id):
        return a.shift if facts.focus == a.shift.id else b.shift
    return b.shift if b.inside else a.shift


def rule_two_places(facts: Facts, person: Person, work: Sequence[Work]):
    """Nobody in two places at once: no overlap, and travel time between different sites."""
    travel = _td_minutes(facts.hard.travel_time)
    for a, b in _pairs(work, travel):
        sa, sb = a.shift, b.shift
        if b.start < a.end:
            reason = f"works {facts.label_other(sa, sb)} at the same time"
            sentence = f"{person.name} works {shift_label(sa)} and {shift_label(sb)} at once."
            yield _v("two_places", person, reason, _focus_shift(facts, a, b), sentence)
        elif sa.activity.site != sb.activity.site and b.start - a.end < travel:
            gap = _gap_text(b.start - a.end)
            reason = (
                f"cannot travel between {facts.label_other(sa, sb)} in time "
                f"({gap}, needs {_gap_text(travel)})"
            )
            sentence = (
                f"{person.name} has {gap} to travel from {shift_label(sa)} ({sa.activity.site}) "
                f"to {shift_label(sb)} ({sb.activity.site}), needs {_gap_text(travel)}."
            )
            yield _v("two_places", person, reason, _focus_shift(facts, a, b), sentence)


def rule_rest(facts: Facts, person: Person, work: Sequence[Work]):
    """At least min_rest between the end of one shift and the start of the next."""
    rest = _td_minutes(facts.hard.min_rest)
    for a, b in _pairs(work, rest):
        if b.start < a.end:
            continue  # overlapping: the two-places rule says so
        gap = _gap_text(b.start - a.end)
        if facts.focus == a.shift.id:
            reason = f"needs rest before {shift_label(b.shift)} ({gap}, at least {_gap_text(rest)})"
        else:
            reason = f"needs rest after {shift_label(a.shift)} ({gap}, at least {_gap_text(rest)})"
        sentence = (
            f"{person.name} has {gap} rest between {shift_label(a.shift)} and "
            f"{shift_label(b.shift)}, at least {_gap_text(rest)}."
        )
        yield _v("rest", person, reason, _focus_shift(facts, a, b), sentence)


def rule_working_days(facts: Facts, person: Person, work: Sequence[Work]):
    """Professionals work only on their contract's days (by local start day)."""
    if person.contract is None or not facts.hard.respect_working_days:
        return
    for w in work:
        if w.inside and w.shift.start.weekday() not in person.contract.working_days:
            day = DAY_ABBR[w.shift.start.weekday()]
            reason = f"does not work on {day} (contract)"
            sentence = f"{person.name} is on {shift_label(w.shift)}, not a contract working day."
            yield _v("contract", person, reason, w.shift, sentence)


def _groups(work: Sequence[Work], key: Callable[[Work], object]) -> dict[object, list[Work]]:
    result: dict[object, list[Work]] = defaultdict(list)
    for w in work:
        result[key(w)].append(w)
    return result


def _filed_under(facts: Facts, group: Sequence[Work]) -> Shift | None:
    """The shift a group violation is filed under: the focus if in it, else the last inside
    one; None if nothing of the group is inside the period (not ours to report)."""
    inside = [w.shift for w in group if w.inside]
    if not inside:
        return None
    for s in inside:
        if s.id == facts.focus:
            return s
    return max(inside, key=lambda s: s.start)


def _minutes_of(group: Sequence[Work]) -> int:
    return sum(w.end - w.start for w in group)


def rule_hours_per_day(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional's hours of shifts starting on one local day <= max_hours_per_day."""
    if person.contract is None:
        return
    cap = round(person.contract.max_hours_per_day * 60)
    for day, group in sorted(_groups(work, lambda w: w.shift.local_date).items()):
        total = _minutes_of(group)
        shift = _filed_under(facts, group)
        if total > cap and shift is not None:
            limit = hours_text(cap / 60)
            reason = f"over {limit} a day ({hours_text(total / 60)} on {short_date(day)})"
            sentence = (
                f"{person.name} works {hours_text(total / 60)} on {short_date(day)}, "
                f"at most {limit} a day."
            )
            yield _v("contract", person, reason, shift, sentence)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def rule_hours_per_week(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional's hours in a calendar week <= contract hours + tolerance."""
    if person.contract is None:
        return
    cap = round(person.contract.hours_per_week * 60) + _td_minutes(
        facts.hard.contract_hours_tolerance
    )
    for monday, group in sorted(_groups(work, lambda w: _monday(w.shift.local_date)).items()):
        total = _minutes_of(group)
        shift = _filed_under(facts, group)
        if total > cap and shift is not None:
            limit = hours_text(cap / 60)
            reason = (
                f"reached {limit} a week ({hours_text(total / 60)} in the week of "
                f"{short_date(monday)})"
            )
            sentence = (
                f"{person.name} works {hours_text(total / 60)} in the week of "
                f"{short_date(monday)}, at most {limit}."
            )
            yield _v("contract", person, reason, shift, sentence)


def _runs(days: Iterable[date]) -> list[list[date]]:
    """Runs of consecutive days, in order."""
    runs: list[list[date]] = []
    for d in sorted(set(days)):
        if runs and d - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def rule_consecutive_days(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional works on at most max_consecutive_days days in a row."""
    if person.contract is None:
        return
    most = facts.hard.max_consecutive_days
    for run in _runs(w.shift.local_date for w in work):
        group = [w for w in work if run[0] <= w.shift.local_date <= run[-1]]
        shift = _filed_under(facts, group)
        if len(run) > most and shift is not None:
            reason = f"over {most} days in a row ({len(run)} days from {short_date(run[0])})"
            sentence = (
                f"{person.name} works {len(run)} days in a row from {short_date(run[0])}, "
                f"at most {most}."
            )
            yield _v("contract", person, reason, shift, sentence)


def rule_days_off(facts: Facts, person: Person, work: Sequence[Work]):
    """Between two working days in the period, at least min_consecutive_days_off days off."""
    if person.contract is None or facts.hard.min_consecutive_days_off <= 1:
        return
    least = facts.hard.min_consecutive_days_off
    # Only gaps between two working days of the period: days outside it are unknown.
    runs = _runs(w.shift.local_date for w in work if w.inside)
    for before, after in zip(runs, runs[1:], strict=False):
        off = (after[0] - before[-1]).days - 1
        if off < least:
            group = [w for w in work if w.inside and before[-1] <= w.shift.local_date <= after[0]]
            shift = _filed_under(facts, group)
            between = f"between {short_date(before[-1])} and {short_date(after[0])}"
            reason = f"only {off} day(s) off {between} (at least {least})"
            sentence = f"{person.name} has {off} day(s) off {between}, at least {least}."
            yield _v("contract", person, reason, shift, sentence)


def weekend_limit(hard: HardSettings, period: Period) -> int:
    """Working weekends allowed in a period: ceil(max_working_weekends * weeks / 4)."""
    return math.ceil(hard.max_working_weekends * period.weeks / 4)


def _weekend(shift: Shift) -> date:
    """The Monday of the weekend's calendar week: Friday night, Saturday and Sunday share it."""
    return _monday(shift.local_date)


def rule_weekends(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional works at most ceil(max_working_weekends * weeks / 4) weekends."""
    if person.contract is None:
        return
    limit = weekend_limit(facts.hard, facts.period)
    weekend_work = [w for w in work if w.inside and is_weekend(w.shift)]
    weekends = _groups(weekend_work, lambda w: _weekend(w.shift))
    if len(weekends) > limit:
        shift = _filed_under(facts, weekend_work)
        firsts = ", ".join(short_date(k + timedelta(days=5)) for k in sorted(weekends))
        reason = f"already works {limit} weekend(s) in this period (max {limit})"
        sentence = (
            f"{person.name} works {len(weekends)} weekends ({firsts}), at most {limit} "
            f"in this period."
        )
        yield _v("contract", person, reason, shift, sentence)


def rule_successions(facts: Facts, person: Person, work: Sequence[Work]):
    """A professional never starts a class-B shift within succession_window after the end of
    a class-A shift, for each forbidden (A, B)."""
    if person.contract is None or not facts.hard.forbidden_successions:
        return
    forbidden = set(facts.hard.forbidden_successions)
    window = _td_minutes(facts.hard.succession_window)
    for a, b in _pairs(work, window):
        if b.start < a.end:
            continue
        first, second = shift_class(a.shift), shift_class(b.shift)
        if (first, second) in forbidden:
            hours = hours_text(window / 60)
            if facts.focus == a.shift.id:
                reason = (
                    f"no {first} shift {hours} before a {second} shift ({shift_label(b.shift)})"
                )
            else:
                reason = f"no {second} shift within {hours} after a {first} shift ({shift_label(a.shift)})"
            sentence = (
                f"{person.name} works the {second} shift {shift_label(b.shift)} within {hours} "
                f"after the {first} shift {shift_label(a.shift)}."
            )
            yield _v("succession", person, reason, _focus_shift(facts, a, b), sentence)


def rule_volunteer_limits(facts: Facts, person: Person, work: Sequence[Work]):
    """A volunteer's own limits: shifts per calendar week and per calendar month (by start),
    counting published work outside the period that falls in the same week or month."""
    limits = person.limits
    if limits is None:
        return
    for monday, group in sorted(_groups(work, lambda w: _monday(w.shift.local_date)).items()):
        shift = _filed_under(facts, group)
        if len(group) > limits.max_shifts_per_week and shift is not None:
            most = limits.max_shifts_per_week
            reason = f"at the limit they set: {most} shift(s) a week"
            sentence = (
                f"{person.name} has {len(group)} shifts in the week of {short_date(monday)}, "
                f"more than the {most} they set."
            )
            yield _v("volunteer_limits", person, reason, shift, sentence)
    by_month = _groups(work, lambda w: (w.shift.local_date.year, w.shift.local_date.month))
    for (year, month), group in sorted(by_month.items()):
        shift = _filed_under(facts, group)
        if len(group) > limits.max_shifts_per_month and shift is not None:
            most = limits.max_shifts_per_month
            month_name = short_date(date(year, month, 1)).split()[-1]
            reason = f"at the limit they set: {most} shift(s) a month"
            sentence = (
                f"{person.name} has {len(group)} shifts in {month_name} {year}, "
                f"more than the {most} they set."
            )
            yield _v("volunteer_limits", person, reason, shift, sentence)


PERSON_RULES: tuple[PersonRule, ...] = (
    rule_absence,
    rule_offers,
    rule_working_days,
    rule_two_places,
    rule_rest,
    rule_hours_per_day,
    rule_hours_per_week,
    rule_consecutive_days,
    rule_days_off,
    rule_weekends,
    rule_successions,
    rule_volunteer_limits,
)


# -- running the rules --------------------------------------------------------------------


def shift_violations(
    facts: Facts, shift: Shift, on: Sequence[Assignment], unstaffed: bool
) -> list[Violation]:
    return [v for rule in SHIFT_RULES for v in rule(facts, shift, on, unstaffed)]


def person_violations(facts: Facts, person: Person, inside: Sequence[Work]) -> list[Violation]:
    work = [*inside, *facts.outside.get(person.id, ())]
    return [v for rule in PERSON_RULES for v in rule(facts, person, work)]


def check_roster(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    pinned: Iterable[Assignment] = (),
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> list[Violation]:
    """Every hard-rule violation of the roster, in sentences. `shifts` are the period's
    shifts (closed ones too); `pinned` the assignments the roster had to keep; `outside`
    published (shift, assignment) pairs around the period, which count toward limits that
    straddle its edges (weeks, months, rest) but are not themselves reported."""
    facts = Facts.build(org, period, absences, settings, outside)
    by_id = {s.id: s for s in shifts}
    on_shift: dict[str, list[Assignment]] = defaultdict(list)
    work: dict[str, list[Work]] = defaultdict(list)
    violations: list[Violation] = []
    for a in roster.assignments:
        shift = by_id.get(a.shift_id)
        if shift is None:
            violations.append(
                Violation(
                    "unknown",
                    f"An assignment of '{a.person_id}' is on '{a.shift_id}', "
                    "which is not a shift of this period.",
                    a.shift_id,
                    a.person_id,
                )
            )
            continue
        twice = any(b.person_id == a.person_id for b in on_shift[a.shift_id])
        on_shift[a.shift_id].append(a)
        if not twice:  # the same shift twice is the shift rule's to report, once
            work[a.person_id].append(Work(shift, a.role))
    for shift in sorted(shifts, key=lambda s: (s.start, s.id)):
        violations += shift_violations(
            facts, shift, on_shift.get(shift.id, []), shift.id in roster.unstaffed
        )
    for person in org.people:
        violations += person_violations(facts, person, work.get(person.id, []))
    kept = {(a.shift_id, a.person_id, a.role) for a in roster.assignments}
    for pin in pinned:
        if (pin.shift_id, pin.person_id, pin.role) not in kept:
            shift = by_id.get(pin.shift_id)
            where = shift_label(shift) if shift else pin.shift_id
            who = facts.people.get(pin.person_id)
            name = who.name if who else pin.person_id
            violations.append(
                Violation(
                    "pinned",
                    f"{name} was pinned on {where} as {pin.role.value} but is not on it.",
                    pin.shift_id,
                    pin.person_id,
                    f"pinned on {where}",
                )
            )
    return violations


@dataclass(frozen=True)
class RosterView:
    """A roster with its period's shifts and facts, for weighing one change at a time
    (candidate lists, manual edits, explanations) without rebuilding the indexes."""

    facts: Facts
    shifts: dict[str, Shift]
    assignments: tuple[Assignment, ...]
    unstaffed: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def build(
        cls,
        org: Organisation,
        period: Period,
        shifts: Sequence[Shift],
        roster: Roster,
        absences: Iterable[Absence],
        settings: RuleSettings | HardSettings,
        outside: Iterable[tuple[Shift, Assignment]] = (),
    ) -> RosterView:
        facts = Facts.build(org, period, absences, settings, outside)
        return cls(
            facts,
            {s.id: s for s in shifts},
            tuple(roster.assignments),
            frozenset(roster.unstaffed),
        )

    def on(self, shift_id: str) -> list[Assignment]:
        return [a for a in self.assignments if a.shift_id == shift_id]

    def work_of(self, person_id: str) -> list[Work]:
        found = {
            a.shift_id: Work(self.shifts[a.shift_id], a.role)
            for a in self.assignments
            if a.person_id == person_id and a.shift_id in self.shifts
        }
        return list(found.values())

    def violations_around(
        self, shift_id: str, person_ids: Iterable[str], unstaffed: bool | None = None
    ) -> list[Violation]:
        """Violations of the given people's rules, then of the shift's rules (what is about
        the person reads first in a candidate list)."""
        shift = self.shifts[shift_id]
        if unstaffed is None:
            unstaffed = shift_id in self.unstaffed
        found: list[Violation] = []
        for pid in person_ids:
            person = self.facts.people.get(pid)
            if person is not None:
                found += person_violations(self.facts, person, self.work_of(pid))
        return found + shift_violations(self.facts, shift, self.on(shift_id), unstaffed)

    def with_assignments(self, assignments: Iterable[Assignment]) -> RosterView:
        return replace(self, assignments=tuple(assignments))

    def focused(self, shift_id: str | None) -> RosterView:
        return replace(self, facts=replace(self.facts, focus=shift_id))


def new_violations(before: Sequence[Violation], after: Sequence[Violation]) -> list[Violation]:
    """What a change breaks: violations after it that were not there before (a limit already
    broken and broken further reads differently, so it counts as new)."""
    seen = {(v.rule, v.message) for v in before}
    return [v for v in after if (v.rule, v.message) not in seen]


def is_shortage(v: Violation) -> bool:
    """A shift short of professionals or people: adding someone never causes it, and taking
    someone off leaves a gap to fill rather than a broken promise (the shift is then
    unstaffed, or `roster check` lists it until it is filled)."""
    return v.person_id is None and v.rule in ("professional_cover", "min_people")


def why_not_in(view: RosterView, shift_id: str, person_id: str, role: Role) -> list[Violation]:
    """The violations putting this person in this role on this shift would add."""
    view = view.focused(shift_id)
    base = view.with_assignments(
        a for a in view.assignments if not (a.shift_id == shift_id and a.person_id == person_id)
    )
    after = base.with_assignments([*base.assignments, Assignment(shift_id, person_id, role)])
    added = new_violations(
        base.violations_around(shift_id, [person_id]),
        after.violations_around(shift_id, [person_id]),
    )
    return [v for v in added if not is_shortage(v)]


def why_not(
    org: Organisation,
    period: Period,
    shifts: Sequence[Shift],
    roster: Roster,
    absences: Iterable[Absence],
    settings: RuleSettings | HardSettings,
    shift: Shift,
    person: Person,
    role: Role,
    outside: Iterable[tuple[Shift, Assignment]] = (),
) -> list[str]:
    """Why this person cannot take this role on this shift, given the rest of the roster:
    the reasons in rule order (the first is the most telling); empty when they can."""
    view = RosterView.build(org, period, shifts, roster, absences, settings, outside)
    return [v.reason for v in why_not_in(view, shift.id, person.id, role)]
