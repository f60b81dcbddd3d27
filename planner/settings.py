"""Rule parameters, read from organisation.toml `[rules.<name>]`, with units and defaults.

CONTRACT shared by the CP-SAT rules (constraints/) and the independent checker
(planner/check/checker.py): both read these and must give them the SAME meaning, written here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, fields
from datetime import date, time, timedelta
from typing import Any

from planner.domain import Person, Shift, Slot
from planner.errors import InputError
from planner.message import msg


def shift_class(shift: Shift) -> str:
    """'night' (crosses midnight), 'morning' (starts before 12:00), 'afternoon' (before 17:00),
    else 'evening'. Used by forbidden successions and by fairness."""
    if shift.activity.crosses_midnight:
        return "night"
    if shift.start.time() < time(12, 0):
        return "morning"
    if shift.start.time() < time(17, 0):
        return "afternoon"
    return "evening"


def is_weekend(shift: Shift) -> bool:
    """A shift starting on Saturday or Sunday, or a night starting on Friday."""
    wd = shift.start.weekday()
    return wd >= 5 or (wd == 4 and shift.activity.crosses_midnight)


# The working-weekend limit counts in every run of this many consecutive weekends.
WEEKEND_WINDOW = 4
# A newcomer's shifts are counted in this many weeks before the day of a shift.
NEWCOMER_WEEKS = 4


def shifts_within(days: list[date], day: date, weeks: int) -> int:
    """How many of the sorted `days` fall in the `weeks` weeks before `day` (not on it)."""
    return bisect_left(days, day) - bisect_left(days, day - timedelta(weeks=weeks))


def weekend_of(shift: Shift) -> date | None:
    """The Saturday of the weekend a shift belongs to (see is_weekend), else None. A Friday
    night belongs to the weekend that starts the next day."""
    if not is_weekend(shift):
        return None
    day = shift.local_date
    return day + timedelta(days=5 - day.weekday()) if day.weekday() <= 5 else day - timedelta(1)


@dataclass(frozen=True)
class HardSettings:
    """The hard rules' parameters; each field's comment gives its meaning.

    Rest (`min_rest`) is between WORKING DAYS (Belgian practice: 11 consecutive hours in
    every 24 h), not between two parts of one working day. Two shifts of one person that do
    not overlap and are less than `min_rest` apart (end of the first to start of the second,
    in real time) are allowed only when they form one working day: both start on the same
    local day AND the span from the first's start to the second's end is at most
    24 h - min_rest (13 h by default). Otherwise they conflict. A drop-in morning
    09:00-12:30 and afternoon 13:30-17:00 go together; a night 20:00-08:00 after a morning
    shift of the same day spans 23 h and does not; 22:00 one day and 08:00 the next never
    do. Overlap and travel time are the no-overlap rule's; hours per day still bound the
    day's total. Applies to professionals and volunteers alike; published work just outside
    the period counts.
    """

    # Rest between working days: see the docstring.
    min_rest: timedelta = timedelta(hours=11)
    # Nobody in two places at once: two shifts of one person may not overlap; between shifts at
    # different sites there must be at least this much time (end to start).
    travel_time: timedelta = timedelta(minutes=30)
    # A professional's hours in one calendar week (Mon-Sun, by shift start) are at most their
    # contract hours plus this tolerance. Hours per day: at most contract.max_hours_per_day
    # (hours of shifts starting that local day).
    contract_hours_tolerance: timedelta = timedelta(0)
    # A professional works shifts starting on at most this many consecutive local days.
    max_consecutive_days: int = 6
    # Between two working days, a professional's run of days off is at least this long.
    # (1 means no restriction.) Published working days around the period count; a day with
    # nothing published is not a working day.
    min_consecutive_days_off: int = 1
    # A professional works on at most this many weekends (see is_weekend) in any
    # WEEKEND_WINDOW consecutive weekends (a rolling window: the weekends of the Saturdays
    # s, s + 7, s + 14 and s + 21 days, for every Saturday s). The window runs over the
    # period's edges: published weekends before and after the period count, whatever
    # slices the weeks were planned in.
    max_working_weekends: int = 2
    # A professional never works a shift of class B starting within `succession_window` after
    # the END of a shift of class A, for each pair (A, B) listed here.
    forbidden_successions: tuple[tuple[str, str], ...] = (("night", "morning"),)
    succession_window: timedelta = timedelta(hours=36)
    # Professionals only work on the days of their contract (contract.working_days, by the
    # local start day of the shift).
    respect_working_days: bool = True
    # A volunteer is a newcomer on an activity, on a shift's day, when people.csv marks them
    # `newcomer`, or when they did fewer than this many shifts of that activity in the
    # NEWCOMER_WEEKS before that day (0: only the mark counts). Every shift counts, whatever
    # period it was planned in: the weeks before, work published around the period, what
    # happened, and the checked roster's own earlier shifts; so a week planned alone and the
    # same week planned in a block are judged alike. A newcomer is on a shift only when an
    # experienced person of that activity is on it too: a volunteer who is not a newcomer
    # there that day, or any professional where the activity's staffing says
    # `professionals_mentor = true`. (The model, which cannot count shifts it is still
    # choosing, takes as a newcomer whoever would be one on some day of the period by the
    # work fixed before it: stricter, never looser.)
    newcomer_shifts: int = 0
    # Never together: two people of whom either names the other in people.csv `never_with`
    # are never on one shift; and no shift has more newcomers (see newcomer_shifts) than
    # its activity's `newcomers_max`.
    # Heavy shifts: the shifts of activities marked `heavy = true`. A person works heavy
    # shifts starting on at most `heavy_max_in_row` consecutive local days, at most
    # `heavy_max_per_week` in a calendar week and `heavy_max_per_month` in a calendar month
    # (by start), and starts no shift of any kind less than `heavy_rest` after the end of a
    # heavy one. A person's own limits in people.csv replace the first three. Volunteers are
    # always bound; professionals only when `heavy_professionals`. Published work just
    # outside the period counts, as for the other limits.
    heavy_max_in_row: int = 3
    heavy_max_per_week: int = 3
    heavy_max_per_month: int = 10
    heavy_rest: timedelta = timedelta(hours=11)
    heavy_professionals: bool = True


def in_slot(shift: Shift, slot: Slot) -> bool:
    """The shift starts on the slot's day (local) and is of its kind (shift_class)."""
    return (slot.weekday is None or shift.start.weekday() == slot.weekday) and (
        slot.shift_class is None or shift_class(shift) == slot.shift_class
    )


def heavy_limits(person: Person, hard: HardSettings) -> tuple[int, int, int] | None:
    """(in a row, per week, per month) of heavy shifts for this person; None when the heavy
    shift limits do not bind them (a professional where heavy_professionals is false)."""
    if person.is_professional and not hard.heavy_professionals:
        return None
    own = person.heavy
    return (
        hard.heavy_max_in_row if own.in_row is None else own.in_row,
        hard.heavy_max_per_week if own.per_week is None else own.per_week,
        hard.heavy_max_per_month if own.per_month is None else own.per_month,
    )


@dataclass(frozen=True)
class SoftWeights:
    """Weights of the soft rules; 0 switches a rule off. The objective is their weighted sum."""

    unstaffed_shift: int = 100_000  # a shift left without its professionals (only if unavoidable)
    volunteers_min: int = 200  # each volunteer short of volunteers_min
    # Each volunteer with no shift in the period although they could have one: the places
    # between volunteers_min and volunteers_max go to them first. Keep the order
    # unstaffed_shift >> volunteers_min >> volunteer_left_out > continuity + preferences +
    # what a second shift costs in fairness_volunteers (at most 4 x its weight).
    volunteer_left_out: int = 60
    continuity: int = 10  # each assignment of someone not regular on that activity
    fairness_volunteers: int = 5  # spread of volunteer load relative to their offer
    fairness_unsocial: int = 5  # spread of evenings, nights and weekends among professionals
    contract_hours: int = 1  # per hour a professional is below their contract in a week
    preferences: int = 3  # each volunteer shift on an activity they did not ask for
    stability: int = 50  # each change against the published roster
    # Each shift one of a pair who work as a team (people.csv always_with, either side
    # naming the other) works without the other.
    always_together: int = 20
    # Each person short of a soft need of a shift's mix (e.g. someone speaking Arabic).
    mix_wanted: int = 100
    # A person's wishes (people.csv prefers, avoids, days_off): each shift on a day or kind
    # of shift they avoid, or outside what they prefer when they named something, costs
    # `wishes`; each shift starting on a day they asked off costs `days_off`.
    wishes: int = 4
    days_off: int = 40


@dataclass(frozen=True)
class FairnessSettings:
    """How far back the fairness rules remember (organisation.toml `[rules.fairness]`)."""

    # A professional's evenings, nights and weekends (fairness_unsocial) and a volunteer's
    # shifts (fairness_volunteers) are weighed together with theirs of this many weeks before
    # the period, published or what happened: the k-th of the period costs as the k-th after
    # those. So planning week by week spreads them as planning this many weeks at once would.
    # 0: the period alone.
    horizon_weeks: int = 12


@dataclass(frozen=True)
class RuleSettings:
    hard: HardSettings = field(default_factory=HardSettings)
    weights: SoftWeights = field(default_factory=SoftWeights)
    fairness: FairnessSettings = field(default_factory=FairnessSettings)


SHIFT_CLASSES = ("morning", "afternoon", "evening", "night")  # see shift_class

# The range of each setting, in the unit of its key (docs/limits.md): wider than any
# organisation needs, narrow enough that every sum the rules make stays small.
RANGES: dict[str, tuple[float, float]] = {
    "min_rest_hours": (0, 24),
    "travel_time_minutes": (0, 240),
    "contract_hours_tolerance_hours": (0, 40),
    "max_consecutive_days": (1, 14),
    "min_consecutive_days_off": (1, 7),
    "max_working_weekends": (0, 4),
    "succession_window_hours": (0, 168),
    "horizon_weeks": (0, 52),
}
WEIGHT_RANGE = (0, 1_000_000)  # planner.limits.MAX_WEIGHT


def _error(where: str, name: str, problem) -> InputError:
    return InputError("organisation.toml", None, f"{where}.{name}", problem)


def _coerce(name: str, value: Any, default: Any, where: str) -> Any:
    low, high = RANGES.get(name, WEIGHT_RANGE)
    if isinstance(default, timedelta):
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not low <= value <= high  # NaN fails too
        ):
            raise _error(
                where,
                name,
                msg(
                    "'{name}' must be a number from {low} to {high}",
                    name=name,
                    low=low,
                    high=high,
                ),
            )
        unit = "minutes" if name.endswith("_minutes") else "hours"
        return timedelta(**{unit: value})
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise _error(where, name, msg("'{name}' must be true or false", name=name))
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _error(
                where,
                name,
                msg(
                    "'{name}' must be a whole number from {low} to {high}",
                    name=name,
                    low=int(low),
                    high=int(high),
                ),
            )
        return value
    if isinstance(default, tuple):
        return _successions(name, value, where)
    return value


def _successions(name: str, value: Any, where: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for pair in value if isinstance(value, list) else [None]:
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(c, str) for c in pair)
        ):
            raise _error(
                where,
                name,
                msg(
                    "'{name}' must be a list of [first, second] pairs, e.g. "
                    '[["night", "morning"]]',
                    name=name,
                ),
            )
        for shift_class_name in pair:
            if shift_class_name not in SHIFT_CLASSES:
                raise _error(
                    where,
                    name,
                    msg(
                        "'{name}': '{value}' is not a kind of shift (known: {known})",
                        name=name,
                        value=shift_class_name,
                        known=", ".join(SHIFT_CLASSES),
                    ),
                )
        pairs.append((pair[0], pair[1]))
    return tuple(pairs)


# organisation.toml keys carry their unit: min_rest_hours, travel_time_minutes, ...
_KEY_UNITS = {
    "min_rest": "min_rest_hours",
    "travel_time": "travel_time_minutes",
    "contract_hours_tolerance": "contract_hours_tolerance_hours",
    "succession_window": "succession_window_hours",
    "heavy_rest": "heavy_rest_hours",
}


def settings_from_toml(rules: dict[str, Any]) -> RuleSettings:
    """`[rules.hard]`, `[rules.weights]` and `[rules.fairness]` of organisation.toml ->
    RuleSettings.
    Unknown keys are refused, so a typo never silently does nothing."""
    hard = HardSettings(**_section_values(rules, "hard", HardSettings))
    weights = SoftWeights(**_section_values(rules, "weights", SoftWeights))
    fairness = FairnessSettings(**_section_values(rules, "fairness", FairnessSettings))
    unknown = set(rules) - {"hard", "weights", "fairness"}
    if unknown:
        raise InputError(
            "organisation.toml",
            None,
            "rules",
            msg(
                "unknown table 'rules.{table}' (use rules.hard, rules.weights and rules.fairness)",
                table=unknown.pop(),
            ),
        )
    return RuleSettings(hard=hard, weights=weights, fairness=fairness)


def _section_values(
    rules: dict[str, Any],
    section: str,
    cls: type[HardSettings] | type[SoftWeights] | type[FairnessSettings],
) -> dict[str, Any]:
    """The fields that table `[rules.<section>]` sets, by field name, coerced to their types."""
    found = rules.get(section, {})
    if not isinstance(found, dict):
        raise InputError(
            "organisation.toml",
            None,
            "rules",
            msg("'rules.{table}' must be a table: [rules.{table}]", table=section),
        )
    table = dict(found)
    defaults = cls()
    values = {}
    for f in fields(cls):
        key = _KEY_UNITS.get(f.name, f.name)
        if key in table:
            values[f.name] = _coerce(
                key, table.pop(key), getattr(defaults, f.name), f"rules.{section}"
            )
    if table:
        known = ", ".join(_KEY_UNITS.get(f.name, f.name) for f in fields(cls))
        raise InputError(
            "organisation.toml",
            None,
            f"rules.{section}",
            msg("unknown setting '{key}' (known: {known})", key=next(iter(table)), known=known),
        )
    return values
