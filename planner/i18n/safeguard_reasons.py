"""Sentences of the safeguards' findings (docs/rules.md, "Safeguards"): newcomers with a
mentor, heavy shifts, pairs, qualification mixes. planner/i18n/reasons.py hands these here."""

from __future__ import annotations

from planner.dates import activity_of
from planner.i18n.contract_reasons import day_text
from planner.i18n.format import choice_text, gap_text, month_year
from planner.i18n.language import _, ngettext
from planner.i18n.names import qualification_name
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId


def safeguard_texts(
    r: Reason, w: Words, name: str, label: str, people: int = 1
) -> tuple[str, str] | None:
    """(phrase, sentence) of a safeguard's finding, the phrase's verb agreeing with `people`
    people; None for any other rule."""
    rule = r.rule
    if rule is RuleId.NEWCOMERS:
        activity = w.activity(activity_of(r.shift_id or ""))
        if r.get("professionals"):
            return (
                ngettext(
                    "is new to {activity}: needs an experienced volunteer or a professional "
                    "on {shift}",
                    "are new to {activity}: need an experienced volunteer or a professional "
                    "on {shift}",
                    people,
                    activity=activity,
                    shift=label,
                ),
                _(
                    "{name} is new to {activity} and has no experienced volunteer or "
                    "professional beside them on {shift}.",
                    name=name,
                    activity=activity,
                    shift=label,
                ),
            )
        return (
            ngettext(
                "is new to {activity}: needs an experienced volunteer on {shift}",
                "are new to {activity}: need an experienced volunteer on {shift}",
                people,
                activity=activity,
                shift=label,
            ),
            _(
                "{name} is new to {activity} and has no experienced volunteer beside them "
                "on {shift}.",
                name=name,
                activity=activity,
                shift=label,
            ),
        )
    if rule is RuleId.HEAVY_SHIFTS:
        return _heavy(r, w, name, people)
    if rule is RuleId.NEVER_TOGETHER and r.case == "newcomers":
        most = r.get("most")
        return (
            ngettext(
                "{shift} already has {n} newcomer",
                "{shift} already has {n} newcomers",
                most,
                shift=label,
            ),
            ngettext(
                "{shift} has {count} newcomers, at most {n}.",
                "{shift} has {count} newcomers, at most {n}.",
                most,
                shift=label,
                count=r.get("count"),
            ),
        )
    if rule is RuleId.NEVER_TOGETHER:
        partner = w.name(r.get("partner"))
        return (
            ngettext(
                "must never share a shift with {partner}",
                "must never share a shift with {partner}",
                people,
                partner=partner,
            ),
            _(
                "{name} is on {shift} with {partner}, with whom they must never share a shift.",
                name=name,
                shift=label,
                partner=partner,
            ),
        )
    if rule is RuleId.QUALIFICATION_MIX:
        return _mix(r, label)
    if rule is RuleId.MIX_WANTED:
        text = ngettext(
            "{shift}: fewer than the {n} wanted with {of}",
            "{shift}: fewer than the {n} wanted with {of}",
            r.get("wanted"),
            shift=label,
            of=_of(r.get("of", ())),
        )
        return text, f"{text}."
    if rule is RuleId.WISHES and r.case == "day_off":
        text = _("{name} works on a day they asked off", name=name)
        return text, f"{text}."
    if rule is RuleId.WISHES:
        text = _("{name} works shifts against their wishes (days or times)", name=name)
        return text, f"{text}."
    if rule is RuleId.ALWAYS_TOGETHER:
        text = _(
            "{name} works shifts without {partner}, with whom they work as a team",
            name=name,
            partner=w.name(r.get("partner")),
        )
        return text, f"{text}."
    return None


def _of(codes: tuple[str, ...]) -> str:
    """'nurse', 'ar or fr': what one person of a need holds (one of them is enough)."""
    return choice_text(qualification_name(c) for c in codes)


def _mix(r: Reason, label: str) -> tuple[str, str]:
    n, found, of = r.get("needed"), r.get("found"), _of(r.get("of", ()))
    if r.case == "volunteers":
        phrase = ngettext(
            "{shift} needs {n} volunteer with {of}",
            "{shift} needs {n} volunteers with {of}",
            n,
            shift=label,
            of=of,
        )
    elif r.case == "everyone":
        phrase = ngettext(
            "{shift} needs {n} person with {of}",
            "{shift} needs {n} people with {of}",
            n,
            shift=label,
            of=of,
        )
    else:
        phrase = ngettext(
            "{shift} needs {n} professional with {of}",
            "{shift} needs {n} professionals with {of}",
            n,
            shift=label,
            of=of,
        )
    return phrase, _("{needs}; it has {found}.", needs=phrase, found=found)


def _heavy(r: Reason, w: Words, name: str, people: int) -> tuple[str, str]:
    most = r.get("most")
    if r.case == "row":
        return (
            ngettext(
                "at the limit of heavy shifts in a row: {n}",
                "at the limit of heavy shifts in a row: {n}",
                most,
            ),
            _(
                "{name} works {days} heavy shifts in a row from {first}, at most {most}.",
                name=name,
                days=r.get("days"),
                first=day_text(r.get("first")),
                most=most,
            ),
        )
    if r.case == "week":
        return (
            ngettext(
                "at the limit of heavy shifts: {n} a week",
                "at the limit of heavy shifts: {n} a week",
                most,
            ),
            ngettext(
                "{name} has {n} heavy shift in the week of {week}, at most {most}.",
                "{name} has {n} heavy shifts in the week of {week}, at most {most}.",
                r.get("count"),
                name=name,
                week=day_text(r.get("week")),
                most=most,
            ),
        )
    if r.case == "month":
        year, month = (int(x) for x in r.get("month").split("-"))
        return (
            ngettext(
                "at the limit of heavy shifts: {n} a month",
                "at the limit of heavy shifts: {n} a month",
                most,
            ),
            ngettext(
                "{name} has {n} heavy shift in {month}, at most {most}.",
                "{name} has {n} heavy shifts in {month}, at most {most}.",
                r.get("count"),
                name=name,
                month=month_year(year, month),
                most=most,
            ),
        )
    gap, rest = gap_text(r.get("gap")), gap_text(r.get("rest"))
    other = w.shift(r.others[0]) if r.others else ""
    a, b = w.in_order(r.shift_id or "", r.others[0]) if r.others else (r.shift_id, r.shift_id)
    if a == r.shift_id:  # the shift weighed is the heavy one: the other comes too soon after
        short = _(
            "heavy shift: too little rest before {other} ({gap}, at least {rest})",
            other=other,
            gap=gap,
            rest=rest,
        )
    else:
        short = ngettext(
            "needs rest after the heavy shift {other} ({gap}, at least {rest})",
            "need rest after the heavy shift {other} ({gap}, at least {rest})",
            people,
            other=other,
            gap=gap,
            rest=rest,
        )
    return (
        short,
        _(
            "{name} has {gap} rest between {first} and {second}, at least {rest} after a "
            "heavy shift.",
            name=name,
            gap=gap,
            first=w.shift(a),
            second=w.shift(b),
            rest=rest,
        ),
    )
