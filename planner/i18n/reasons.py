"""Sentences of reasons: a Reason (planner/reasons.py) worded for the person who reads it.

Two forms of every finding of the checker:
- `sentence`: a whole sentence, for `roster check` and conflict details
  ("Els Vermeulen has 10 h rest between Inloop ma 30 nov 17:00 and Ontbijt di 1 dec 08:00,
  at least 11 h.");
- `phrase`: what follows a person's name in a candidate list or an unstaffed reason
  ("needs rest after Inloop ma 30 nov 17:00 (10 h, at least 11 h)"); for a finding about a
  shift rather than a person it stands alone.
A finding filed under a shift names the other shift it involves.
"""

from __future__ import annotations

from datetime import date

from planner.dates import activity_of
from planner.i18n.format import DAY_ABBR, MONTH_ABBR, gap_text, hours_text, short_date
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId

ABSENCE_WORDS = {"leave": "on leave", "sickness": "sick", "unavailable": "unavailable"}


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
        parts.append(f"{DAY_ABBR[int(weekday)]} {start}-{end}")
    return "; ".join(parts)


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
        kind = ABSENCE_WORDS.get(r.get("kind"), "absent")
        return kind, f"{name} is {kind} during {label}."
    if rule is RuleId.VOLUNTEER_OFFERS and case == "refuses":
        activity = w.activity(r.get("activity"))
        return (
            f"does not do {activity} (their own choice)",
            f"{name} is on {label} but refuses that activity.",
        )
    if rule is RuleId.VOLUNTEER_OFFERS:
        offered = _offers(r.get("offers", ()))
        return (
            f"did not offer this time (offers {offered})",
            f"{name} is on {label}, outside the times they offer ({offered}).",
        )
    if rule is RuleId.WORKING_DAYS:
        day = DAY_ABBR[r.get("weekday")]
        return (
            f"does not work on {day} (contract)",
            f"{name} is on {label}, not a contract working day.",
        )
    if rule is RuleId.KNOWN_PEOPLE_AND_SHIFTS and case == "person":
        return (
            "not in the organisation",
            f"{label} names '{r.person_id}', who is not in the organisation.",
        )
    if rule is RuleId.KNOWN_PEOPLE_AND_SHIFTS:
        text = (
            f"An assignment of '{r.person_id}' is on '{r.shift_id}', "
            "which is not a shift of this period."
        )
        return text, text
    if rule is RuleId.CLOSED_SHIFT:
        closure = r.get("closure")
        return (
            f"the shift is closed ({closure})",
            f"{name} is on {label}, which is closed ({closure}).",
        )
    if rule is RuleId.NO_REPLACEMENT and case == "alone":
        return (
            f"{label} has no professional: volunteers never run a shift alone",
            f"{name} is on {label}, which is unstaffed.",
        )
    if rule is RuleId.NO_REPLACEMENT:
        return (
            "is a volunteer: a volunteer cannot take a professional's place",
            f"{name} is a volunteer but fills a professional's place on {label}.",
        )
    if rule is RuleId.QUALIFICATION:
        missing = "not qualified: " + ", ".join(r.get("missing", ()))
        return missing, f"{name} is on {label} but is {missing}."
    if rule is RuleId.PROFESSIONAL_COVER:
        text = (
            f"{label} has {r.get('qualified')} qualified professional(s), needs "
            f"{r.get('needed')}, and is not reported as unstaffed."
        )
        return text, text
    if rule is RuleId.SUPERVISION and case == "no_volunteers":
        activity = w.activity(activity_of(r.shift_id or ""))
        why = f"volunteers do not take part in {activity}"
        return why, f"{label} has volunteers, but {why}."
    if rule is RuleId.SUPERVISION and case == "max":
        most = r.get("most")
        return (
            f"{label} has room for {most} volunteer(s)",
            f"{label} has {r.get('volunteers')} volunteers, at most {most}.",
        )
    if rule is RuleId.SUPERVISION:
        pros, ratio = r.get("professionals"), r.get("ratio")
        return (
            f"{pros} professional(s) on {label} can support at most {ratio * pros} volunteer(s)",
            f"{label} has {r.get('volunteers')} volunteers for {pros} professional(s), "
            f"at most {ratio} per professional.",
        )
    if rule is RuleId.MIN_PEOPLE:
        need = r.get("needed")
        return (
            f"{label} needs at least {need} people",
            f"{label} has {r.get('people')} person(s), needs at least {need} (nobody alone).",
        )
    if rule is RuleId.NO_OVERLAP and case == "twice":
        return f"is on {label} twice", f"{name} is on {label} twice."
    if rule is RuleId.NO_OVERLAP and case == "overlap":
        return f"works {other} at the same time", f"{name} works {first} and {second} at once."
    if rule is RuleId.NO_OVERLAP:
        gap, needs = gap_text(r.get("gap")), gap_text(r.get("needs"))
        return (
            f"has too little travel time to or from {other} ({gap}, needs {needs})",
            f"{name} has {gap} to travel from {first} ({w.site(a or '')}) to {second} "
            f"({w.site(b or '')}), "
            f"needs {needs}.",
        )
    if rule is RuleId.REST_BETWEEN_SHIFTS:
        way = "before" if filed_first else "after"
        gap, rest = gap_text(r.get("gap")), gap_text(r.get("rest"))
        if case == "same_day":
            span, limit = gap_text(r.get("span")), gap_text(r.get("day_limit"))
            why = f"a working day of {span}, at most {limit}; {gap} rest, at least {rest}"
            return (
                f"needs rest {way} {other} ({why})",
                f"{name} works {first} and {second} on one day spanning {span} (at most "
                f"{limit}) with {gap} rest between, at least {rest}.",
            )
        return (
            f"needs rest {way} {other} ({gap}, at least {rest})",
            f"{name} has {gap} rest between {first} and {second}, at least {rest}.",
        )
    if rule is RuleId.FORBIDDEN_SUCCESSIONS:
        before, after = r.get("first"), r.get("second")
        hours = hours_text(r.get("window") / 60)
        if filed_first:
            why = f"no {before} shift {hours} before a {after} shift ({second})"
        else:
            why = f"no {after} shift within {hours} after a {before} shift ({first})"
        return (
            why,
            f"{name} works the {after} shift {second} within {hours} after the {before} "
            f"shift {first}.",
        )
    if rule is RuleId.HOURS_PER_DAY:
        limit, total = hours_text(r.get("most") / 60), hours_text(r.get("total") / 60)
        day = _day(r.get("day"))
        return (
            f"over {limit} a day ({total} on {day})",
            f"{name} works {total} on {day}, at most {limit} a day.",
        )
    if rule is RuleId.HOURS_PER_WEEK:
        limit, total = hours_text(r.get("most") / 60), hours_text(r.get("total") / 60)
        week = _day(r.get("week"))
        return (
            f"reached {limit} a week ({total} in the week of {week})",
            f"{name} works {total} in the week of {week}, at most {limit}.",
        )
    if rule is RuleId.MAX_CONSECUTIVE_DAYS:
        most, days, start = r.get("most"), r.get("days"), _day(r.get("first"))
        return (
            f"over {most} days in a row ({days} days from {start})",
            f"{name} works {days} days in a row from {start}, at most {most}.",
        )
    if rule is RuleId.MIN_CONSECUTIVE_DAYS_OFF:
        off, least = r.get("off"), r.get("least")
        between = f"between {_day(r.get('last'))} and {_day(r.get('next'))}"
        return (
            f"only {off} day(s) off {between} (at least {least})",
            f"{name} has {off} day(s) off {between}, at least {least}.",
        )
    if rule is RuleId.MAX_WORKING_WEEKENDS:
        saturdays, limit = r.get("weekends", ()), r.get("most")
        count = f"{len(saturdays)} weekend{'s' if len(saturdays) != 1 else ''}"
        firsts = ", ".join(_day(d) for d in saturdays)
        return (
            f"would work {count} in this period (max {limit})",
            f"{name} works {len(saturdays)} weekends ({firsts}), at most {limit} in this period.",
        )
    if rule is RuleId.VOLUNTEER_LIMITS and case == "week":
        most = r.get("most")
        return (
            f"at the limit they set: {most} shift(s) a week",
            f"{name} has {r.get('count')} shifts in the week of {_day(r.get('week'))}, "
            f"more than the {most} they set.",
        )
    if rule is RuleId.VOLUNTEER_LIMITS:
        most = r.get("most")
        year, month = (int(x) for x in r.get("month").split("-"))
        return (
            f"at the limit they set: {most} shift(s) a month",
            f"{name} has {r.get('count')} shifts in {MONTH_ABBR[month - 1]} {year}, "
            f"more than the {most} they set.",
        )
    if rule is RuleId.HOURS_PER_DAY and case == "shift":
        text = f"the shift lasts {hours_text(r.get('total') / 60)}, more than their {hours_text(r.get('most') / 60)} a day"
        return text, f"{name}: {text}."
    if rule is RuleId.PINNED_ASSIGNMENTS:
        return (
            f"pinned on {label}",
            f"{name} was pinned on {label} as {r.get('role')} but is not on it.",
        )
    text = _soft(r, w, name, label) or f"{rule.value}: {name}, {label}"
    return text, text + "."


def _soft(r: Reason, w: Words, name: str, label: str) -> str | None:
    """The cost terms of soft rules: what a coordinator reads beside each rule's cost."""
    rule = r.rule
    if rule is RuleId.UNSTAFFED_SHIFT:
        return f"{label} is unstaffed"
    if rule is RuleId.VOLUNTEERS_MIN:
        return f"{label}: fewer volunteers than the {r.get('wanted')} wanted"
    if rule is RuleId.VOLUNTEER_LEFT_OUT:
        return f"{name} offered time but has no shift in the period"
    if rule is RuleId.CONTINUITY and r.case == "spread":
        return f"{name} is spread over several activities"
    if rule is RuleId.CONTINUITY:
        return f"{name} works on activities that are new to them"
    if rule is RuleId.FAIRNESS_VOLUNTEERS:
        return f"{name} carries a large share of what they offered"
    if rule is RuleId.FAIRNESS_UNSOCIAL:
        return f"{name} has many evening, night or weekend shifts"
    if rule is RuleId.CONTRACT_HOURS:
        week = date.fromisoformat(r.get("week"))
        return f"{name} works below their contract hours in the week of {week:%d/%m}"
    if rule is RuleId.PREFERENCES:
        return f"{name} works on activities they did not ask for"
    if rule is RuleId.STABILITY:
        return f"{name}'s shifts change against the published roster"
    return None


def cost_text(reason: Reason, words: Words) -> str:
    """What one cost term of a soft rule says: 'Amélie Lambert offered time but has no
    shift in the period'."""
    return phrase(reason, words)
