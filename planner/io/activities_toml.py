"""activities.toml: one [[activity]] table per recurring activity, with [activity.staffing]."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from dateutil.rrule import rrulestr

from planner.domain import Activity, ActivityKind, Among, Need, Season, Staffing
from planner.errors import InputError
from planner.io import fields
from planner.io.csv_table import too_many
from planner.io.fields import FieldError
from planner.io.toml_source import read_toml
from planner.limits import MAX_ACTIVITIES, MAX_PEOPLE_PER_SHIFT
from planner.message import Message, msg, nmsg

FILE = "activities.toml"
KEYS = (
    "id",
    "name",
    "kind",
    "site",
    "rrule",
    "start",
    "end",
    "season",
    "open_on_holidays",
    "heavy",
)
STAFFING_KEYS = (
    "professionals",
    "qualifications",
    "volunteers",
    "volunteers_min",
    "volunteers_max",
    "volunteers_per_professional",
    "min_people",
    "professionals_mentor",
    "newcomers_max",
    "mix",
)
MIX_KEYS = ("at_least", "of", "among", "wanted")
ARRAY = "activity"
STAFFING_TABLE = "activity.staffing"


class _StaffingError(FieldError):
    """A FieldError inside [activity.staffing], so its line is looked up there."""


def _staffing_error(field: str, problem: Message) -> _StaffingError:
    return _StaffingError(field, msg("staffing: {problem}", problem=problem))


def read_activities(path: Path) -> tuple[list[Activity], list[InputError]]:
    source = read_toml(path)
    unknown = [key for key in source.data if key != ARRAY]
    if unknown:
        raise InputError(
            FILE,
            source.key_line(unknown[0]) or source.table_line(unknown[0]),
            unknown[0],
            msg(
                "unknown table '{table}': write one [[activity]] table per activity",
                table=unknown[0],
            ),
        )
    entries = source.data.get(ARRAY, [])
    if not isinstance(entries, list):
        raise InputError(
            FILE, source.table_line(ARRAY), ARRAY, msg("write [[activity]] (double brackets)")
        )
    if len(entries) > MAX_ACTIVITIES:
        line = source.key_line("id", array=ARRAY, entry=MAX_ACTIVITIES)
        raise too_many(FILE, line, MAX_ACTIVITIES)
    activities: list[Activity] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        label = _label(entry, index)
        try:
            activity = _activity(entry)
        except FieldError as exc:
            table = STAFFING_TABLE if isinstance(exc, _StaffingError) else None
            line = source.key_line(exc.field, array=ARRAY, entry=index, table=table)
            problem = msg("{activity}: {problem}", activity=label, problem=exc.message)
            errors.append(InputError(FILE, line, exc.field, problem))
            continue
        if activity.id in seen:
            line = source.key_line("id", array=ARRAY, entry=index)
            errors.append(
                InputError(
                    FILE,
                    line,
                    "id",
                    msg(
                        "{activity}: id is already used by activity number {number}",
                        activity=label,
                        number=seen[activity.id],
                    ),
                )
            )
            continue
        seen[activity.id] = index + 1
        activities.append(activity)
    return activities, errors


def _label(entry: Any, index: int) -> Message:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return msg("activity '{id}'", id=entry["id"])
    return msg("activity number {number}", number=index + 1)


def _activity(entry: dict[str, Any]) -> Activity:
    for key in entry:
        if key not in (*KEYS, "staffing"):
            known = ", ".join((*KEYS, "staffing"))
            raise FieldError(
                key, msg("unknown field '{key}' (known: {known})", key=key, known=known)
            )
    for key in ("id", "name", "kind", "rrule", "start", "end"):
        if key not in entry:
            raise FieldError(key, msg("field '{key}' is missing", key=key))
    activity_id = fields.identifier("id", entry["id"])
    if "." in activity_id:
        raise FieldError(
            "id", msg("id '{id}': use letters, digits, '-' and '_' only", id=activity_id)
        )
    name = _text("name", entry["name"])
    try:
        kind = ActivityKind(entry["kind"])
    except ValueError:
        known = ", ".join(k.value for k in ActivityKind)
        raise FieldError(
            "kind",
            msg("field 'kind': '{kind}' is not one of {known}", kind=entry["kind"], known=known),
        ) from None
    rrule = _rrule(entry["rrule"])
    start = _field(fields.clock, "start", entry["start"])
    end = _field(fields.clock, "end", entry["end"])
    if start == end:
        raise FieldError("end", msg("field 'end': the shift would last 0 or 24 hours"))
    open_on_holidays = entry.get("open_on_holidays", False)
    if not isinstance(open_on_holidays, bool):
        raise FieldError("open_on_holidays", msg("field 'open_on_holidays' must be true or false"))
    heavy = entry.get("heavy", False)
    if not isinstance(heavy, bool):
        raise FieldError("heavy", msg("field 'heavy' must be true or false"))
    return Activity(
        id=activity_id,
        name=name,
        kind=kind,
        site=_text("site", entry.get("site", ""), allow_empty=True),
        rrule=rrule,
        start=start,
        end=end,
        staffing=_staffing(entry.get("staffing", {})),
        season=_season(entry["season"]) if "season" in entry else None,
        open_on_holidays=open_on_holidays,
        heavy=heavy,
    )


def _staffing(table: Any) -> Staffing:
    if not isinstance(table, dict):
        raise _StaffingError(
            "staffing", msg("field 'staffing' must be a table: [activity.staffing]")
        )
    for key in table:
        if key not in STAFFING_KEYS:
            known = ", ".join(STAFFING_KEYS)
            raise _staffing_error(
                key, msg("unknown field '{key}' (known: {known})", key=key, known=known)
            )
    try:
        professionals = fields.whole(
            "professionals", table.get("professionals", 1), low=1, high=MAX_PEOPLE_PER_SHIFT
        )
        qualifications = table.get("qualifications", [])
        if not isinstance(qualifications, list):
            raise FieldError("qualifications", msg('qualifications must be a list, e.g. ["nurse"]'))
        quals = frozenset(fields.identifier("qualifications", q) for q in qualifications)
        allowed = table.get("volunteers", True)
        if not isinstance(allowed, bool):
            raise FieldError("volunteers", msg("volunteers must be true or false"))
        v_min = fields.whole(
            "volunteers_min", table.get("volunteers_min", 0), high=MAX_PEOPLE_PER_SHIFT
        )
        v_max = fields.whole(
            "volunteers_max", table.get("volunteers_max", 0), high=MAX_PEOPLE_PER_SHIFT
        )
        ratio = table.get("volunteers_per_professional")
        ratio = (
            None
            if ratio is None
            else fields.whole(
                "volunteers_per_professional", ratio, low=1, high=MAX_PEOPLE_PER_SHIFT
            )
        )
        min_people = fields.whole(
            "min_people", table.get("min_people", 1), low=1, high=MAX_PEOPLE_PER_SHIFT
        )
        newcomers_max = table.get("newcomers_max")
        if newcomers_max is not None:
            newcomers_max = fields.whole("newcomers_max", newcomers_max, high=MAX_PEOPLE_PER_SHIFT)
        needs = _mix(table.get("mix", []), professionals, min_people)
        mentor = table.get("professionals_mentor", False)
        if not isinstance(mentor, bool):
            raise FieldError(
                "professionals_mentor", msg("professionals_mentor must be true or false")
            )
    except FieldError as exc:
        raise _staffing_error(exc.field, exc.message) from None
    if v_min > v_max:
        raise _staffing_error(
            "volunteers_min",
            msg("volunteers_min {least} is above volunteers_max {most}", least=v_min, most=v_max),
        )
    if not allowed and v_max:
        raise _staffing_error(
            "volunteers_max", msg("volunteers_max must be 0 where volunteers = false")
        )
    if min_people > professionals + v_max:
        raise _staffing_error(
            "min_people",
            msg(
                "min_people {min_people} can never be reached with {professionals} and at most "
                "{volunteers}",
                min_people=min_people,
                professionals=nmsg("{n} professional", "{n} professionals", professionals),
                volunteers=nmsg("{n} volunteer", "{n} volunteers", v_max),
            ),
        )
    return Staffing(
        professionals=professionals,
        qualifications=quals,
        volunteers_min=v_min,
        volunteers_max=v_max,
        volunteers_per_professional_max=ratio,
        volunteers_allowed=allowed,
        min_people=min_people,
        professionals_mentor=mentor,
        newcomers_max=newcomers_max,
        needs=needs,
    )


def _mix(value: Any, professionals: int, min_people: int) -> tuple[Need, ...]:
    """`mix = [{ at_least = 1, of = ["nurse"] }, ...]`: each need of the shift's mix."""
    example = msg('mix must be a list like [{{ at_least = 1, of = ["nurse"] }}]')
    if not isinstance(value, list):
        raise FieldError("mix", example)
    needs = []
    for item in value:
        if not isinstance(item, dict) or "of" not in item:
            raise FieldError("mix", example)
        unknown = sorted(set(item) - set(MIX_KEYS))
        if unknown:
            known = ", ".join(MIX_KEYS)
            raise FieldError(
                "mix", msg("mix: unknown key '{key}' (known: {known})", key=unknown[0], known=known)
            )
        at_least = fields.whole("mix", item.get("at_least", 1), low=1, high=MAX_PEOPLE_PER_SHIFT)
        codes = item["of"]
        if isinstance(codes, str):
            codes = [codes]
        if not isinstance(codes, list) or not codes:
            raise FieldError("mix", example)
        try:
            among = Among(item.get("among", Among.PROFESSIONALS.value))
        except ValueError:
            raise FieldError(
                "mix",
                msg(
                    "mix: among '{among}' is not professionals, volunteers or everyone",
                    among=item.get("among"),
                ),
            ) from None
        wanted = item.get("wanted", False)
        if not isinstance(wanted, bool):
            raise FieldError("mix", msg("mix: wanted must be true or false"))
        most = max(professionals, min_people)
        if among is Among.PROFESSIONALS and at_least > most:
            raise FieldError(
                "mix",
                msg(
                    "mix: at least {n} professionals can never be on a shift of {most}",
                    n=at_least,
                    most=most,
                ),
            )
        of = frozenset(fields.identifier("mix", c) for c in codes)
        needs.append(Need(at_least, of, among, wanted))
    return tuple(needs)


def _season(value: Any) -> Season:
    if not isinstance(value, dict) or set(value) != {"from", "to"}:
        raise FieldError(
            "season", msg('field \'season\' must be {{ from = "MM-DD", to = "MM-DD" }}')
        )
    return Season(
        _field(fields.month_day, "season", value["from"]),
        _field(fields.month_day, "season", value["to"]),
    )


def _rrule(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else value
    if not isinstance(text, str) or not text or "DTSTART" in text.upper():
        raise FieldError(
            "rrule", msg("field 'rrule': {value} is not a recurrence rule", value=repr(value))
        )
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    parts = dict(
        part.partition("=")[::2] for part in text.upper().replace(" ", "").split(";") if part
    )
    if parts.get("FREQ") in ("SECONDLY", "MINUTELY", "HOURLY") or any(
        key in parts for key in ("BYHOUR", "BYMINUTE", "BYSECOND")
    ):
        # `start` and `end` give the shift's times: a rule that repeats within a day would
        # make thousands of shifts a week (docs/limits.md: at most one shift a day).
        raise FieldError(
            "rrule",
            msg(
                "field 'rrule': an activity has at most one shift a day (FREQ=DAILY, WEEKLY, "
                "MONTHLY or YEARLY, without BYHOUR or BYMINUTE); its times are start and end"
            ),
        )
    if "COUNT=" in text.upper():
        # Shifts are counted from an internal anchor date, so COUNT would end at a surprise.
        raise FieldError("rrule", msg("field 'rrule': use UNTIL=YYYYMMDD instead of COUNT"))
    try:
        rule = rrulestr(text, dtstart=datetime(2024, 1, 1))
        if rule.after(datetime(2024, 1, 1), inc=True) is None:
            raise ValueError
    except (ValueError, TypeError):
        raise FieldError(
            "rrule",
            msg(
                "field 'rrule': '{value}' is not a recurrence rule (e.g. FREQ=WEEKLY;BYDAY=MO)",
                value=value,
            ),
        ) from None
    return text


def _field(parse, key: str, value: Any) -> Any:
    """Prefix the parser's message with the field, as activities.toml errors read."""
    try:
        return parse(key, value)
    except FieldError as exc:
        raise FieldError(
            key, msg("field '{key}': {problem}", key=key, problem=exc.problem)
        ) from None


def _text(key: str, value: Any, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise FieldError(key, msg("field '{key}' must be text", key=key))
    return value.strip()
