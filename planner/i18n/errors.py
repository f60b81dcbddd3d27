"""Sentences of errors that hold their reasons as data: no roster is possible (a conflict of
rules), a shift cannot be staffed when planning strictly, a manual change is refused."""

from __future__ import annotations

from planner.errors import ChangedMeanwhile, PlannerError
from planner.explain import Conflict, Unplannable
from planner.i18n.changes import changed_meanwhile_text
from planner.i18n.explanations import unstaffed_sentence
from planner.i18n.format import hours_text
from planner.i18n.reasons import phrase, sentence
from planner.i18n.words import Words
from planner.reasons import Reason, Refused
from planner.rule_id import RuleId

CONFLICT_WORDS = {
    RuleId.PROFESSIONAL_COVER: "{shift} needs its qualified professionals",
    RuleId.NO_REPLACEMENT: "{shift}: volunteers are never there without its professionals",
    RuleId.SUPERVISION: "{shift}: volunteers stay within what its professionals can supervise",
    RuleId.MIN_PEOPLE: "{shift}: nobody is alone",
    RuleId.NO_OVERLAP: "{person} cannot be in two places at once",
    RuleId.REST_BETWEEN_SHIFTS: "{person} needs {rest} rest between shifts",
    RuleId.PINNED_ASSIGNMENTS: "{person} is pinned on {shift}",
    RuleId.HOURS_PER_DAY: "{person} works at most their hours a day",
    RuleId.HOURS_PER_WEEK: "{person} works at most their contract hours a week",
    RuleId.MAX_CONSECUTIVE_DAYS: "{person} works at most {most} days in a row",
    RuleId.MIN_CONSECUTIVE_DAYS_OFF: "{person} has at least {least} days off in a row",
    RuleId.MAX_WORKING_WEEKENDS: "{person} works a limited number of weekends",
    RuleId.FORBIDDEN_SUCCESSIONS: (
        "{person} has no forbidden succession (e.g. a morning after a night)"
    ),
    RuleId.VOLUNTEER_LIMITS: "{person} keeps to the limits they set",
}


def conflict_rule_text(reason: Reason, words: Words) -> str:
    """One member of a conflict: 'Els Vermeulen needs 11 h rest between shifts'."""
    template = CONFLICT_WORDS.get(
        reason.rule, "rule {rule}" + (" for {person}" if reason.person_id else "")
    )
    text = template.format(
        rule=reason.rule.value,
        person=words.name(reason.person_id),
        shift=words.shift(reason.shift_id),
        rest=hours_text(reason.get("rest", 0) / 60),
        most=reason.get("most"),
        least=reason.get("least"),
    )
    return text[0].upper() + text[1:]


def conflict_text(conflict: Conflict, words: Words) -> str:
    lines = ["No roster is possible: these rules cannot all hold together:"]
    lines += [f"- {conflict_rule_text(r, words)}" for r in conflict.rules]
    lines += [f"  {sentence(d, words)}" for d in conflict.details]
    lines += [f"  {unstaffed_sentence(sid, why, words)}" for sid, why in conflict.shifts]
    if conflict.remains:
        lines.append("(other conflicts remain once these are lifted)")
    elif not conflict.verified:
        lines.append("(lifting these was not verified within the time limit)")
    return "\n".join(lines)


def unplannable_text(error: Unplannable, words: Words) -> str:
    if error.conflicts:
        return "\n".join(conflict_text(c, words) for c in error.conflicts)
    lines = "; ".join(unstaffed_sentence(sid, why, words) for sid, why in error.unstaffed)
    return f"{len(error.unstaffed)} shift(s) cannot be staffed ({lines}); nothing was saved"


def refusal_text(error: Refused, words: Words) -> str:
    name, label = words.name(error.person_id), words.shift(error.shift_id)
    if error.action == "assign" and not error.reasons:
        return f"{name} is a professional and fills a professional's place"
    if error.action == "assign":
        why = "; ".join(dict.fromkeys(phrase(r, words) for r in error.reasons))
        return f"{name} cannot be on {label}: {why}"
    if error.stranded:
        names = ", ".join(words.name(p) for p in error.stranded)
        return (
            f"cannot take {name} off {label}: {names} would be left without a professional "
            "(take the volunteers off first)"
        )
    return f"cannot take {name} off {label}: " + " ".join(sentence(r, words) for r in error.reasons)


def error_text(error: PlannerError, words: Words | None) -> str:
    """What a user reads for an error: reasons worded with names where the error holds
    them as data, else the error's own sentence."""
    if words is not None and isinstance(error, Refused):
        return refusal_text(error, words)
    if words is not None and isinstance(error, Unplannable):
        return unplannable_text(error, words)
    if isinstance(error, ChangedMeanwhile):
        return changed_meanwhile_text(error, words)
    return str(error)
