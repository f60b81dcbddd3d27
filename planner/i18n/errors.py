"""Sentences of errors, in the current language: every PlannerError holds its text as data
(planner/message.py); those that hold reasons are worded with the organisation's names: no
roster is possible (a conflict of rules), a shift cannot be staffed when planning strictly, a
manual change is refused."""

from __future__ import annotations

from planner.errors import ChangedMeanwhile, PlannerError
from planner.explain import Conflict, Unplannable
from planner.i18n.changes import changed_meanwhile_text
from planner.i18n.explanations import unstaffed_sentence
from planner.i18n.format import hours_text, list_text
from planner.i18n.language import N_, _, ngettext
from planner.i18n.names import rule_name
from planner.i18n.reasons import phrase, sentence
from planner.i18n.text import render
from planner.i18n.words import Words
from planner.reasons import ExchangeRefused, Reason, Refused
from planner.rule_id import RuleId

CONFLICT_WORDS = {
    RuleId.PROFESSIONAL_COVER: N_("{shift} needs its qualified professionals"),
    RuleId.NO_REPLACEMENT: N_("{shift}: volunteers are never there without its professionals"),
    RuleId.SUPERVISION: N_("{shift}: volunteers stay within what its professionals can supervise"),
    RuleId.MIN_PEOPLE: N_("{shift}: nobody is alone"),
    RuleId.NO_OVERLAP: N_("{person} cannot be in two places at once"),
    RuleId.REST_BETWEEN_SHIFTS: N_("{person} needs {rest} rest between shifts"),
    RuleId.PINNED_ASSIGNMENTS: N_("{person} is pinned on {shift}"),
    RuleId.HOURS_PER_DAY: N_("{person} works at most their hours a day"),
    RuleId.HOURS_PER_WEEK: N_("{person} works at most their contract hours a week"),
    RuleId.MAX_CONSECUTIVE_DAYS: N_("{person} works at most {most} days in a row"),
    RuleId.MIN_CONSECUTIVE_DAYS_OFF: N_("{person} has at least {least} days off in a row"),
    RuleId.MAX_WORKING_WEEKENDS: N_("{person} works a limited number of weekends"),
    RuleId.FORBIDDEN_SUCCESSIONS: N_(
        "{person} has no forbidden succession (e.g. a morning after a night)"
    ),
    RuleId.VOLUNTEER_LIMITS: N_("{person} keeps to the limits they set"),
}


def conflict_rule_text(reason: Reason, words: Words) -> str:
    """One member of a conflict: 'Els Vermeulen needs 11 h rest between shifts'."""
    values = {
        "person": words.name(reason.person_id),
        "shift": words.shift(reason.shift_id),
        "rest": hours_text(reason.get("rest", 0) / 60),
        "most": reason.get("most"),
        "least": reason.get("least"),
    }
    template = CONFLICT_WORDS.get(reason.rule)
    if template is not None:
        text = _(template, **values)
    elif reason.person_id:
        text = _("{rule} for {person}", rule=rule_name(reason.rule), **values)
    else:
        text = rule_name(reason.rule)
    return text[0].upper() + text[1:]


def conflict_text(conflict: Conflict, words: Words) -> str:
    lines = [_("No roster is possible: these rules cannot all hold together:")]
    lines += [f"- {conflict_rule_text(r, words)}" for r in conflict.rules]
    lines += [f"  {sentence(d, words)}" for d in conflict.details]
    lines += [f"  {unstaffed_sentence(sid, why, words)}" for sid, why in conflict.shifts]
    if conflict.remains:
        lines.append(_("(other conflicts remain once these are lifted)"))
    elif not conflict.verified:
        lines.append(_("(lifting these was not verified within the time limit)"))
    return "\n".join(lines)


def unplannable_text(error: Unplannable, words: Words) -> str:
    if error.conflicts:
        return "\n".join(conflict_text(c, words) for c in error.conflicts)
    lines = "; ".join(unstaffed_sentence(sid, why, words) for sid, why in error.unstaffed)
    return ngettext(
        "{n} shift cannot be staffed ({shifts}); nothing was saved",
        "{n} shifts cannot be staffed ({shifts}); nothing was saved",
        len(error.unstaffed),
        shifts=lines,
    )


def refusal_text(error: Refused, words: Words) -> str:
    name, label = words.name(error.person_id), words.shift(error.shift_id)
    if error.action == "assign" and not error.reasons:
        return _("{name} is a professional and fills a professional's place", name=name)
    if error.action == "assign":
        why = "; ".join(dict.fromkeys(phrase(r, words) for r in error.reasons))
        return _("{name} cannot be on {shift}: {why}", name=name, shift=label, why=why)
    if error.stranded:
        return _(
            "cannot take {name} off {shift}: {names} would be left without a professional "
            "(take the volunteers off first)",
            name=name,
            shift=label,
            names=list_text(words.name(p) for p in error.stranded),
        )
    return _(
        "cannot take {name} off {shift}: {why}",
        name=name,
        shift=label,
        why=" ".join(sentence(r, words) for r in error.reasons),
    )


def exchange_refusal_text(error: ExchangeRefused, words: Words) -> str:
    """'Jan Peeters cannot take over Inloop di 1 dec 09:00 from An Dubois: <the rules'
    sentences>', for a hand-over, a swap or a pick-up."""
    why = " ".join(dict.fromkeys(sentence(r, words) for r in error.reasons))
    shift, giver, taker = error.moves[0]
    if error.kind == "swap" and len(error.moves) == 2:
        other = error.moves[1][0]
        return _(
            "{a} and {b} cannot swap {shift_a} and {shift_b}: {why}",
            a=words.name(giver or ""),
            b=words.name(taker),
            shift_a=words.shift(shift),
            shift_b=words.shift(other),
            why=why,
        )
    if giver is None:
        return _("{name} cannot take a place on {shift}: {why}",
                 name=words.name(taker), shift=words.shift(shift), why=why)  # fmt: skip
    return _(
        "{taker} cannot take over {shift} from {giver}: {why}",
        taker=words.name(taker),
        shift=words.shift(shift),
        giver=words.name(giver),
        why=why,
    )


def error_text(error: PlannerError, words: Words | None) -> str:
    """What a user reads for an error, in the current language: reasons worded with names
    where the error holds them as data, else the error's own message."""
    if words is not None and isinstance(error, Refused):
        return refusal_text(error, words)
    if words is not None and isinstance(error, ExchangeRefused):
        return exchange_refusal_text(error, words)
    if words is not None and isinstance(error, Unplannable):
        return unplannable_text(error, words)
    if isinstance(error, ChangedMeanwhile):
        return changed_meanwhile_text(error, words)
    return render(error.message)
