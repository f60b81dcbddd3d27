"""Sentences of reasons: a Reason (planner/reasons.py) worded for the person who reads it, in
the current language.

Two forms of every finding of the checker:
- `sentence`: a whole sentence, for `roster check` and conflict details
  ("Els Vermeulen has 10 h rest between Inloop Mon 30 Nov 17:00 and Ontbijt Tue 1 Dec 08:00,
  at least 11 h.");
- `phrase`: what follows a person's name in a candidate list or an unstaffed reason
  ("needs rest after Inloop Mon 30 Nov 17:00 (10 h, at least 11 h)"); for a finding about a
  shift rather than a person it stands alone. After the names of several people its verb
  agrees with them ("Els and Bart need rest after ..."): `people` says how many.
A finding filed under a shift names the other shift it involves.
"""

from __future__ import annotations

from datetime import date

from planner.dates import activity_of
from planner.domain import Role
from planner.i18n.contract_reasons import Said, contract_texts, day_text
from planner.i18n.format import (
    day_month,
    gap_text,
    list_text,
    month_year,
    weekday_name,
)
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import person_kind_name, qualification_name
from planner.i18n.safeguard_reasons import safeguard_texts
from planner.i18n.soft_reasons import soft_text
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId

ABSENCE_WORDS = {"leave": N_("on leave"), "sickness": N_("sick"), "unavailable": N_("unavailable")}


def sentence(reason: Reason, words: Words) -> str:
    return _texts(reason, words)[1]


def phrase(reason: Reason, words: Words, people: int = 1) -> str:
    return _texts(reason, words, people)[0]


def with_name(reason: Reason, words: Words) -> str:
    """'Els Vermeulen on leave': the phrase after the name of the person it is about."""
    text = phrase(reason, words)
    return f"{words.name(reason.person_id)} {text}" if reason.person_id else text


def _offers(codes: tuple[str, ...]) -> str:
    parts = []
    for code in codes:
        weekday, start, end = code.split()
        day = weekday_name(int(weekday), "abbreviated")
        parts.append(_("{day} {start}-{end}", day=day, start=start, end=end))
    return "; ".join(parts)


def _texts(r: Reason, w: Words, people: int = 1) -> tuple[str, str]:  # noqa: C901 - flat
    """(phrase, sentence) of a finding; the phrase's verb agrees with `people` people."""
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
            ngettext(
                "does not do {activity} (their own choice)",
                "do not do {activity} (their own choice)",
                people,
                activity=activity,
            ),
            _("{name} is on {shift} but refuses that activity.", name=name, shift=label),
        )
    if rule is RuleId.VOLUNTEER_OFFERS:
        offered = _offers(r.get("offers", ()))
        return (
            ngettext(
                "did not offer this time (offers {offers})",
                "did not offer this time (offer {offers})",
                people,
                offers=offered,
            ),
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
            ngettext(
                "does not work on {day} (contract)",
                "do not work on {day} (contract)",
                people,
                day=day,
            ),
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
    if rule is RuleId.NO_REPLACEMENT and case == "volunteer_place":
        return (
            ngettext(
                "is a professional: a volunteer's place goes only to a volunteer",
                "are professionals: a volunteer's place goes only to a volunteer",
                people,
            ),
            _(
                "{name} is a professional: a volunteer's place on {shift} goes only to a "
                "volunteer.",
                name=name,
                shift=label,
            ),
        )
    if rule is RuleId.NO_REPLACEMENT:
        return (
            ngettext(
                "is a volunteer: a volunteer cannot take a professional's place",
                "are volunteers: a volunteer cannot take a professional's place",
                people,
            ),
            _(
                "{name} is a volunteer but fills a professional's place on {shift}.",
                name=name,
                shift=label,
            ),
        )
    if rule is RuleId.QUALIFICATION:
        return _qualification(r, name, label)
    if rule is RuleId.PROFESSIONAL_COVER and case == "no_open_place":
        text = ngettext(
            "{shift} has its {n} professional: no professional's place is open",
            "{shift} has its {n} professionals: no professional's place is open",
            r.get("needed"),
            shift=label,
        )
        return text, text
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
            ngettext("is on {shift} twice", "are on {shift} twice", people, shift=label),
            _("{name} is on {shift} twice.", name=name, shift=label),
        )
    if rule is RuleId.NO_OVERLAP and case == "overlap":
        return (
            ngettext(
                "works {other} at the same time",
                "work {other} at the same time",
                people,
                other=other,
            ),
            _("{name} works {first} and {second} at once.", name=name, first=first, second=second),
        )
    if rule is RuleId.NO_OVERLAP:
        gap, needs = gap_text(r.get("gap")), gap_text(r.get("needs"))
        return (
            ngettext(
                "has too little travel time to or from {other} ({gap}, needs {needs})",
                "have too little travel time to or from {other} ({gap}, needs {needs})",
                people,
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
    found = contract_texts(r, Said(name, other, first, second, filed_first, people))
    if found is not None:
        return found
    found = safeguard_texts(r, w, name, label, people)
    if found is not None:
        return found
    if rule is RuleId.VOLUNTEER_LIMITS and case == "week":
        most = r.get("most")
        return (
            ngettext(
                "at the limit they set: {n} shift a week",
                "at the limit they set: {n} shifts a week",
                most,
            ),
            ngettext(
                "{name} has {n} shift in the week of {week}, more than the {most} they set.",
                "{name} has {n} shifts in the week of {week}, more than the {most} they set.",
                r.get("count"),
                name=name,
                week=day_text(r.get("week")),
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
            ngettext(
                "{name} has {n} shift in {month}, more than the {most} they set.",
                "{name} has {n} shifts in {month}, more than the {most} they set.",
                r.get("count"),
                name=name,
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


def _qualification(r: Reason, name: str, label: str) -> tuple[str, str]:
    """'not qualified: nurse', 'first aid lapsed on 31 Mar', or both."""
    phrases, sentences = [], []
    missing = r.get("missing", ())
    if missing:
        names = list_text(qualification_name(q) for q in missing)
        phrases.append(_("not qualified: {missing}", missing=names))
        sentences.append(
            _(
                "{name} is on {shift} but is not qualified: {missing}.",
                name=name,
                shift=label,
                missing=names,
            )
        )
    for item in r.get("lapsed", ()):
        code, until = item.split()
        held, day = qualification_name(code), day_month(date.fromisoformat(until))
        phrases.append(_("{qualification} lapsed on {date}", qualification=held, date=day))
        sentences.append(
            _(
                "{name} is on {shift}, but their {qualification} lapsed on {date}.",
                name=name,
                shift=label,
                qualification=held,
                date=day,
            )
        )
    return ", ".join(phrases), " ".join(sentences)
