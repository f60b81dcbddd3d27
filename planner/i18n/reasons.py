"""Sentences of reasons: a Reason (planner/reasons.py) worded for the person who reads it, in
the current language.

Two forms of every finding of the checker:
- `sentence`: a whole sentence, for `roster check` and conflict details
  ("Els Vermeulen has 10 h rest between Inloop Mon 30 Nov 17:00 and Ontbijt Tue 1 Dec 08:00,
  at least 11 h.");
- `phrase`: what follows a person's name in a candidate list or an unstaffed reason
  ("needs rest after Inloop Mon 30 Nov 17:00 (10 h, at least 11 h)"); for a finding about a
  shift rather than a person it stands alone.
A finding filed under a shift names the other shift it involves.
"""

from __future__ import annotations

from datetime import date

from planner.dates import activity_of
from planner.domain import Role
from planner.i18n.format import (
    gap_text,
    hours_text,
    list_text,
    month_year,
    short_date,
    weekday_name,
)
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import person_kind_name, qualification_name
from planner.i18n.soft_reasons import soft_text
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId

ABSENCE_WORDS = {"leave": N_("on leave"), "sickness": N_("sick"), "unavailable": N_("unavailable")}
# The kinds of shift that forbidden successions name (planner/settings.py, shift_type).
SHIFT_TYPE_WORDS = {
    "morning": N_("morning shift"),
    "afternoon": N_("afternoon shift"),
    "evening": N_("evening shift"),
    "night": N_("night shift"),
}


def sentence(reason: Reason, words: Words) -> str:
    return _texts(reason, words)[1]


def phrase(reason: Reason, words: Words) -> str:
    return _texts(reason, words)[0]


def with_name(reason: Reason, words: Words) -> str:
    """'Els Vermeulen on leave': the phrase after the name of the person it is about."""
    text = phrase(reason, words)
    return f"{words.name(reason.person_id)} {text}" if reason.person_id else text


def _day(iso: str) -> str:
    return short_date(date.fromisoformat(iso))


def _offers(codes: tuple[str, ...]) -> str:
    parts = []
    for code in codes:
        weekday, start, end = code.split()
        day = weekday_name(int(weekday), "abbreviated")
        parts.append(_("{day} {start}-{end}", day=day, start=start, end=end))
    return "; ".join(parts)


def _shift_type(name: str) -> str:
    found = SHIFT_TYPE_WORDS.get(name)
    return _(found) if found else name


def _texts(r: Reason, w: Words) -> tuple[str, str]:  # noqa: C901 - one case per rule, flat
    """(phrase, sentence) of a finding."""
    name = w.name(r.person_id)
    label = w.shift(r.shift_id)
    other = w.shift(r.others[0]) if r.others else ""
    # Of a pair of shifts, the earlier and the later, and whether the filed one is first.
    a, b = w.in_order(r.shift_id or "", r.others[0]) if r.others else (r.shift_id, r.shift_id)
    first, second = w.shift(a), w.shift(b)
    filed_first = a == r.shift_id
    rule, case = r.rule, r.case
    if rule is RuleId.ABSENCE:
        kind = _(ABSENCE_WORDS.get(r.get("kind"), N_("absent")))
        return kind, _("{name} is {kind} during {shift}.", name=name, kind=kind, shift=label)
    if rule is RuleId.VOLUNTEER_OFFERS and case == "refuses":
        activity = w.activity(r.get("activity"))
        return (
            _("does not do {activity} (their own choice)", activity=activity),
            _("{name} is on {shift} but refuses that activity.", name=name, shift=label),
        )
    if rule is RuleId.VOLUNTEER_OFFERS:
        offered = _offers(r.get("offers", ()))
        return (
            _("did not offer this time (offers {offers})", offers=offered),
            _(
                "{name} is on {shift}, outside the times they offer ({offers}).",
                name=name,
                shift=label,
                offers=offered,
            ),
        )
    if rule is RuleId.WORKING_DAYS:
        day = weekday_name(r.get("weekday"))
        return (
            _("does not work on {day} (contract)", day=day),
            _("{name} is on {shift}, not a contract working day.", name=name, shift=label),
        )
    if rule is RuleId.KNOWN_PEOPLE_AND_SHIFTS and case == "person":
        return (
            _("not in the organisation"),
            _(
                "{shift} names '{person}', who is not in the organisation.",
                shift=label,
                person=r.person_id,
            ),
        )
    if rule is RuleId.KNOWN_PEOPLE_AND_SHIFTS:
        text = _(
            "An assignment of '{person}' is on '{shift}', which is not a shift of this period.",
            person=r.person_id,
            shift=r.shift_id,
        )
        return text, text
    if rule is RuleId.CLOSED_SHIFT:
        begins = w.start(r.shift_id or "")
        closure = w.closure(begins.date(), r.get("closure")) if begins else r.get("closure")
        return (
            _("the shift is closed ({closure})", closure=closure),
            _(
                "{name} is on {shift}, which is closed ({closure}).",
                name=name,
                shift=label,
                closure=closure,
            ),
        )
    if rule is RuleId.NO_REPLACEMENT and case == "alone":
        return (
            _("{shift} has no professional: volunteers never run a shift alone", shift=label),
            _("{name} is on {shift}, which is unstaffed.", name=name, shift=label),
        )
    if rule is RuleId.NO_REPLACEMENT:
        return (
            _("is a volunteer: a volunteer cannot take a professional's place"),
            _(
                "{name} is a volunteer but fills a professional's place on {shift}.",
                name=name,
                shift=label,
            ),
        )
    if rule is RuleId.QUALIFICATION:
        missing = list_text(qualification_name(q) for q in r.get("missing", ()))
        return (
            _("not qualified: {missing}", missing=missing),
            _(
                "{name} is on {shift} but is not qualified: {missing}.",
                name=name,
                shift=label,
                missing=missing,
            ),
        )
    if rule is RuleId.PROFESSIONAL_COVER:
        text = ngettext(
            "{shift} has {n} qualified professional, needs {needed}, and is not reported as unstaffed.",
            "{shift} has {n} qualified professionals, needs {needed}, and is not reported as unstaffed.",
            r.get("qualified"),
            shift=label,
            needed=r.get("needed"),
        )
        return text, text
    if rule is RuleId.SUPERVISION and case == "no_volunteers":
        activity = w.activity(activity_of(r.shift_id or ""))
        return (
            _("volunteers do not take part in {activity}", activity=activity),
            _(
                "{shift} has volunteers, but volunteers do not take part in {activity}.",
                shift=label,
                activity=activity,
            ),
        )
    if rule is RuleId.SUPERVISION and case == "max":
        most = r.get("most")
        return (
            ngettext(
                "{shift} has room for {n} volunteer",
                "{shift} has room for {n} volunteers",
                most,
                shift=label,
            ),
            ngettext(
                "{shift} has {n} volunteer, at most {most}.",
                "{shift} has {n} volunteers, at most {most}.",
                r.get("volunteers"),
                shift=label,
                most=most,
            ),
        )
    if rule is RuleId.SUPERVISION:
        pros, ratio = r.get("professionals"), r.get("ratio")
        room = ngettext("{n} volunteer", "{n} volunteers", ratio * pros)
        return (
            ngettext(
                "{n} professional on {shift} can support at most {volunteers}",
                "{n} professionals on {shift} can support at most {volunteers}",
                pros,
                shift=label,
                volunteers=room,
            ),
            ngettext(
                "{shift} has {volunteers} volunteers for {n} professional, at most {ratio} per professional.",
                "{shift} has {volunteers} volunteers for {n} professionals, at most {ratio} per professional.",
                pros,
                shift=label,
                volunteers=r.get("volunteers"),
                ratio=ratio,
            ),
        )
    if rule is RuleId.MIN_PEOPLE:
        need = r.get("needed")
        return (
            _("{shift} needs at least {needed} people", shift=label, needed=need),
            ngettext(
                "{shift} has {n} person, needs at least {needed} (nobody alone).",
                "{shift} has {n} people, needs at least {needed} (nobody alone).",
                r.get("people"),
                shift=label,
                needed=need,
            ),
        )
    if rule is RuleId.NO_OVERLAP and case == "twice":
        return (
            _("is on {shift} twice", shift=label),
            _("{name} is on {shift} twice.", name=name, shift=label),
        )
    if rule is RuleId.NO_OVERLAP and case == "overlap":
        return (
            _("works {other} at the same time", other=other),
            _("{name} works {first} and {second} at once.", name=name, first=first, second=second),
        )
    if rule is RuleId.NO_OVERLAP:
        gap, needs = gap_text(r.get("gap")), gap_text(r.get("needs"))
        return (
            _(
                "has too little travel time to or from {other} ({gap}, needs {needs})",
                other=other,
                gap=gap,
                needs=needs,
            ),
            _(
                "{name} has {gap} to travel from {first} ({first_site}) to {second} "
                "({second_site}), needs {needs}.",
                name=name,
                gap=gap,
                first=first,
                first_site=w.site(a or ""),
                second=second,
                second_site=w.site(b or ""),
                needs=needs,
            ),
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
                _("needs rest before {other} ({why})", other=other, why=why)
                if filed_first
                else _("needs rest after {other} ({why})", other=other, why=why),
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
            _("needs rest before {other} ({why})", other=other, why=why)
            if filed_first
            else _("needs rest after {other} ({why})", other=other, why=why),
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
        day = _day(r.get("day"))
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
        week = _day(r.get("week"))
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
        most, days, start = r.get("most"), r.get("days"), _day(r.get("first"))
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
        last, following = _day(r.get("last")), _day(r.get("next"))
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
        firsts = list_text(_day(d) for d in saturdays)
        return (
            ngettext(
                "would work {n} weekend in this period (at most {most})",
                "would work {n} weekends in this period (at most {most})",
                len(saturdays),
                most=limit,
            ),
            ngettext(
                "{name} works {n} weekend ({firsts}), at most {most} in this period.",
                "{name} works {n} weekends ({firsts}), at most {most} in this period.",
                len(saturdays),
                name=name,
                firsts=firsts,
                most=limit,
            ),
        )
    if rule is RuleId.VOLUNTEER_LIMITS and case == "week":
        most = r.get("most")
        return (
            ngettext(
                "at the limit they set: {n} shift a week",
                "at the limit they set: {n} shifts a week",
                most,
            ),
            _(
                "{name} has {count} shifts in the week of {week}, more than the {most} they set.",
                name=name,
                count=r.get("count"),
                week=_day(r.get("week")),
                most=most,
            ),
        )
    if rule is RuleId.VOLUNTEER_LIMITS:
        most = r.get("most")
        year, month = (int(x) for x in r.get("month").split("-"))
        return (
            ngettext(
                "at the limit they set: {n} shift a month",
                "at the limit they set: {n} shifts a month",
                most,
            ),
            _(
                "{name} has {count} shifts in {month}, more than the {most} they set.",
                name=name,
                count=r.get("count"),
                month=month_year(year, month),
                most=most,
            ),
        )
    if rule is RuleId.PINNED_ASSIGNMENTS:
        return (
            _("pinned on {shift}", shift=label),
            _(
                "{name} was pinned on {shift} as {role} but is not on it.",
                name=name,
                shift=label,
                role=person_kind_name(Role(r.get("role"))),
            ),
        )
    text = soft_text(r, w, name, label)
    return text, f"{text}."


def cost_text(reason: Reason, words: Words) -> str:
    """What one cost term of a soft rule says: 'Amélie Lambert offered time but has no
    shift in the period'."""
    return phrase(reason, words)
