"""Sentences of the findings about a professional's contract and rest: rest between shifts,
forbidden successions, hours a day and a week, days in a row, days off, working weekends. The
other findings are worded in planner/i18n/reasons.py, which hands these here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.i18n.format import gap_text, hours_text, list_text, short_date, weekday_name
from planner.i18n.language import N_, _, ngettext
from planner.reasons import Reason
from planner.rule_id import RuleId

# The kinds of shift that forbidden successions name (planner/settings.py, shift_type).
SHIFT_TYPE_WORDS = {
    "morning": N_("morning shift"),
    "afternoon": N_("afternoon shift"),
    "evening": N_("evening shift"),
    "night": N_("night shift"),
}


def slot_text(weekday: int | None, kind: str | None) -> str:
    """A wish's day, kind of shift or both (planner/domain.py Slot): 'Saturday', 'evening
    shift', 'morning shift on Saturday'."""
    if kind is None:
        return weekday_name(weekday or 0)
    shift = _(SHIFT_TYPE_WORDS.get(kind, kind))
    if weekday is None:
        return shift
    return _("{kind} on {day}", kind=shift, day=weekday_name(weekday))


@dataclass(frozen=True)
class Said:
    """The words of the person and the shifts a finding is about: the person's name, the
    other shift, the earlier and the later of the two, whether the filed one is first, and how
    many people the phrase follows (its verb agrees with them)."""

    name: str
    other: str
    first: str
    second: str
    filed_first: bool
    people: int = 1


def day_text(iso: str) -> str:
    return short_date(date.fromisoformat(iso))


def _shift_type(name: str) -> str:
    found = SHIFT_TYPE_WORDS.get(name)
    return _(found) if found else name


def _rest_phrase(filed_first: bool, other: str, why: str, people: int) -> str:
    if filed_first:
        return ngettext(
            "needs rest before {other} ({why})",
            "need rest before {other} ({why})",
            people,
            other=other,
            why=why,
        )
    return ngettext(
        "needs rest after {other} ({why})",
        "need rest after {other} ({why})",
        people,
        other=other,
        why=why,
    )


def contract_texts(r: Reason, said: Said) -> tuple[str, str] | None:  # noqa: C901 - a case a rule
    """(phrase, sentence) of a finding about contract and rest; None for any other rule."""
    rule, case = r.rule, r.case
    name, other, first, second, filed_first = (
        said.name,
        said.other,
        said.first,
        said.second,
        said.filed_first,
    )
    if rule is RuleId.REST_BETWEEN_SHIFTS:
        gap, rest = gap_text(r.get("gap")), gap_text(r.get("rest"))
        if case == "same_day":
            span, limit = gap_text(r.get("span")), gap_text(r.get("day_limit"))
            why = _(
                "a working day of {span}, at most {limit}; {gap} rest, at least {rest}",
                span=span,
                limit=limit,
                gap=gap,
                rest=rest,
            )
            return (
                _rest_phrase(filed_first, other, why, said.people),
                _(
                    "{name} works {first} and {second} on one day spanning {span} (at most "
                    "{limit}) with {gap} rest between, at least {rest}.",
                    name=name,
                    first=first,
                    second=second,
                    span=span,
                    limit=limit,
                    gap=gap,
                    rest=rest,
                ),
            )
        why = _("{gap}, at least {rest}", gap=gap, rest=rest)
        return (
            _rest_phrase(filed_first, other, why, said.people),
            _(
                "{name} has {gap} rest between {first} and {second}, at least {rest}.",
                name=name,
                gap=gap,
                first=first,
                second=second,
                rest=rest,
            ),
        )
    if rule is RuleId.FORBIDDEN_SUCCESSIONS:
        before, after = _shift_type(r.get("first")), _shift_type(r.get("second"))
        hours = hours_text(r.get("window") / 60)
        if filed_first:
            why = _(
                "no {before} {hours} before a {after} ({second})",
                before=before,
                hours=hours,
                after=after,
                second=second,
            )
        else:
            why = _(
                "no {after} within {hours} after a {before} ({first})",
                after=after,
                hours=hours,
                before=before,
                first=first,
            )
        return (
            why,
            _(
                "{name} works the {after} {second} within {hours} after the {before} {first}.",
                name=name,
                after=after,
                second=second,
                hours=hours,
                before=before,
                first=first,
            ),
        )
    if rule is RuleId.HOURS_PER_DAY and case == "shift":
        text = _(
            "the shift lasts {total}, more than their {most} a day",
            total=hours_text(r.get("total") / 60),
            most=hours_text(r.get("most") / 60),
        )
        return text, _("{name}: {problem}.", name=name, problem=text)
    if rule is RuleId.HOURS_PER_DAY:
        limit, total = hours_text(r.get("most") / 60), hours_text(r.get("total") / 60)
        day = day_text(r.get("day"))
        return (
            _("over {limit} a day ({total} on {day})", limit=limit, total=total, day=day),
            _(
                "{name} works {total} on {day}, at most {limit} a day.",
                name=name,
                total=total,
                day=day,
                limit=limit,
            ),
        )
    if rule is RuleId.HOURS_PER_WEEK:
        limit, total = hours_text(r.get("most") / 60), hours_text(r.get("total") / 60)
        week = day_text(r.get("week"))
        return (
            _(
                "reached {limit} a week ({total} in the week of {week})",
                limit=limit,
                total=total,
                week=week,
            ),
            _(
                "{name} works {total} in the week of {week}, at most {limit}.",
                name=name,
                total=total,
                week=week,
                limit=limit,
            ),
        )
    if rule is RuleId.MAX_CONSECUTIVE_DAYS:
        most, days, start = r.get("most"), r.get("days"), day_text(r.get("first"))
        return (
            _(
                "over {most} days in a row ({days} days from {start})",
                most=most,
                days=days,
                start=start,
            ),
            _(
                "{name} works {days} days in a row from {start}, at most {most}.",
                name=name,
                days=days,
                start=start,
                most=most,
            ),
        )
    if rule is RuleId.MIN_CONSECUTIVE_DAYS_OFF:
        off, least = r.get("off"), r.get("least")
        last, following = day_text(r.get("last")), day_text(r.get("next"))
        return (
            ngettext(
                "only {n} day off between {last} and {next} (at least {least})",
                "only {n} days off between {last} and {next} (at least {least})",
                off,
                last=last,
                next=following,
                least=least,
            ),
            ngettext(
                "{name} has {n} day off between {last} and {next}, at least {least}.",
                "{name} has {n} days off between {last} and {next}, at least {least}.",
                off,
                name=name,
                last=last,
                next=following,
                least=least,
            ),
        )
    if rule is RuleId.MAX_WORKING_WEEKENDS:
        saturdays, limit = r.get("weekends", ()), r.get("most")
        firsts = list_text(day_text(d) for d in saturdays)
        return (
            ngettext(
                "would work {n} weekend in 4 weeks (at most {most})",
                "would work {n} weekends in 4 weeks (at most {most})",
                len(saturdays),
                most=limit,
            ),
            ngettext(
                "{name} works {n} weekend in 4 weeks ({firsts}), at most {most}.",
                "{name} works {n} weekends in 4 weeks ({firsts}), at most {most}.",
                len(saturdays),
                name=name,
                firsts=firsts,
                most=limit,
            ),
        )
    return None
