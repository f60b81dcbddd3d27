"""The cost terms of soft rules, worded: what a coordinator reads beside each rule's cost
("Amélie Lambert offered time but has no shift in the period")."""

from __future__ import annotations

from datetime import date

from planner.i18n.format import list_text, short_date
from planner.i18n.language import _, ngettext
from planner.i18n.names import rule_name
from planner.i18n.words import Words
from planner.reasons import Reason
from planner.rule_id import RuleId


def soft_text(r: Reason, w: Words, name: str, label: str) -> str:  # noqa: C901 - one case per rule
    """The phrase of a soft rule's finding; for any other rule without words of its own, the
    rule's name with whom and which shift it is about."""
    rule = r.rule
    if rule is RuleId.UNSTAFFED_SHIFT:
        return _("{shift} is unstaffed", shift=label)
    if rule is RuleId.VOLUNTEERS_MIN:
        return _(
            "{shift}: fewer volunteers than the {wanted} wanted",
            shift=label,
            wanted=r.get("wanted"),
        )
    if rule is RuleId.VOLUNTEER_LEFT_OUT:
        return _("{name} offered time but has no shift in the period", name=name)
    if rule is RuleId.CONTINUITY and r.case == "spread":
        return _("{name} is spread over several activities", name=name)
    if rule is RuleId.CONTINUITY:
        return _("{name} works on activities that are new to them", name=name)
    if rule is RuleId.FAIRNESS_VOLUNTEERS:
        return _("{name} carries a large share of what they offered", name=name)
    if rule is RuleId.FAIRNESS_UNSOCIAL:
        return _("{name} has many evening, night or weekend shifts", name=name)
    if rule is RuleId.CONTRACT_HOURS:
        week = short_date(date.fromisoformat(r.get("week")))
        return _(
            "{name} works below their contract hours in the week of {week}", name=name, week=week
        )
    if rule is RuleId.PREFERENCES:
        return _("{name} works on activities they did not ask for", name=name)
    if rule is RuleId.STABILITY:
        return _("{name}'s shifts change against the published roster", name=name)
    return _("{rule}: {name}, {shift}", rule=rule_name(rule), name=name, shift=label)


def never_fit_text(person_ids: tuple[str, ...], w: Words) -> str:
    """Beside the cost of volunteers left out: those left out whatever the plan, whom no
    cost counts ("" when none)."""
    if not person_ids:
        return ""
    return ngettext(
        "Also left out: {n} volunteer whose offered days and times meet no shift: {names}",
        "Also left out: {n} volunteers whose offered days and times meet no shift: {names}",
        len(person_ids),
        names=list_text(w.name(pid) for pid in person_ids),
    )
