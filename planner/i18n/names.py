"""Display names from the catalogue for what the data holds as ids: rules, qualifications,
activity kinds, kinds of people and of absence. Never an id with underscores on a screen.

Qualifications are the organisation's own codes: the common ones have a name in every
catalogue ("social_worker" reads "sociaal werker"); any other reads as its words
("sign_language" -> "sign language").
"""

from __future__ import annotations

from planner.domain import AbsenceKind, ActivityKind, PersonKind, Role
from planner.i18n.language import N_, _
from planner.rule_id import RuleId

RULE_NAMES: dict[RuleId, str] = {
    RuleId.PROFESSIONAL_COVER: N_("professional cover"),
    RuleId.NO_REPLACEMENT: N_("no volunteer in a professional's place"),
    RuleId.SUPERVISION: N_("supervision of volunteers"),
    RuleId.MIN_PEOPLE: N_("nobody alone"),
    RuleId.NO_OVERLAP: N_("one place at a time"),
    RuleId.REST_BETWEEN_SHIFTS: N_("rest between shifts"),
    RuleId.PINNED_ASSIGNMENTS: N_("pinned assignments"),
    RuleId.HOURS_PER_DAY: N_("hours a day"),
    RuleId.HOURS_PER_WEEK: N_("hours a week"),
    RuleId.MAX_CONSECUTIVE_DAYS: N_("days in a row"),
    RuleId.MIN_CONSECUTIVE_DAYS_OFF: N_("days off in a row"),
    RuleId.MAX_WORKING_WEEKENDS: N_("working weekends"),
    RuleId.FORBIDDEN_SUCCESSIONS: N_("forbidden successions"),
    RuleId.VOLUNTEER_LIMITS: N_("volunteers' own limits"),
    RuleId.NEWCOMERS: N_("newcomers with a mentor"),
    RuleId.HEAVY_SHIFTS: N_("heavy shifts"),
    RuleId.NEVER_TOGETHER: N_("never together"),
    RuleId.QUALIFICATION_MIX: N_("qualification mix"),
    RuleId.ABSENCE: N_("absence"),
    RuleId.QUALIFICATION: N_("qualification"),
    RuleId.WORKING_DAYS: N_("working days"),
    RuleId.VOLUNTEER_OFFERS: N_("what volunteers offer"),
    RuleId.CLOSED_SHIFT: N_("closed shift"),
    RuleId.KNOWN_PEOPLE_AND_SHIFTS: N_("known people and shifts"),
    RuleId.UNSTAFFED_SHIFT: N_("unstaffed shifts"),
    RuleId.VOLUNTEERS_MIN: N_("volunteers wanted"),
    RuleId.VOLUNTEER_LEFT_OUT: N_("volunteers left out"),
    RuleId.CONTINUITY: N_("continuity"),
    RuleId.FAIRNESS_VOLUNTEERS: N_("fairness among volunteers"),
    RuleId.FAIRNESS_UNSOCIAL: N_("fair share of unsocial hours"),
    RuleId.CONTRACT_HOURS: N_("contract hours"),
    RuleId.PREFERENCES: N_("preferences"),
    RuleId.STABILITY: N_("stability"),
    RuleId.ALWAYS_TOGETHER: N_("always together"),
    RuleId.MIX_WANTED: N_("mix wanted"),
    RuleId.WISHES: N_("wishes"),
}

QUALIFICATION_NAMES: dict[str, str] = {
    "social_worker": N_("social worker"),
    "youth_worker": N_("youth worker"),
    "community_worker": N_("community worker"),
    "nurse": N_("nurse"),
    "first_aid": N_("first aid"),
}

ACTIVITY_KIND_NAMES: dict[ActivityKind, str] = {
    ActivityKind.DROP_IN: N_("drop-in centre"),
    ActivityKind.NIGHT_SHELTER: N_("night shelter"),
    ActivityKind.NEIGHBOURHOOD_WORK: N_("neighbourhood work"),
    ActivityKind.OUTREACH_YOUTH_WORK: N_("outreach youth work"),
    ActivityKind.HOMEWORK_SUPPORT: N_("homework support"),
    ActivityKind.SOCIAL_RESTAURANT: N_("social restaurant"),
    ActivityKind.LANGUAGE_CAFE: N_("language café"),
    ActivityKind.CONSULTATION_HOURS: N_("consultation hours"),
    ActivityKind.WORK_CARE: N_("work care"),
    ActivityKind.OTHER: N_("other activity"),
}

# A person's kind and the place they fill on a shift read the same.
PERSON_KIND_NAMES: dict[str, str] = {
    PersonKind.PROFESSIONAL: N_("professional"),
    PersonKind.VOLUNTEER: N_("volunteer"),
}

ABSENCE_KIND_NAMES: dict[AbsenceKind, str] = {
    AbsenceKind.LEAVE: N_("leave"),
    AbsenceKind.SICKNESS: N_("sickness"),
    AbsenceKind.UNAVAILABLE: N_("unavailable"),
}


def rule_name(rule: RuleId) -> str:
    """'volunteers left out', 'vrijwilligers niet ingepland'."""
    return _(RULE_NAMES[rule])


def qualification_name(code: str) -> str:
    """'sociaal werker'; an unknown code as its words."""
    known = QUALIFICATION_NAMES.get(code)
    return _(known) if known else code.replace("_", " ").replace("-", " ")


def qualifications_text(codes: tuple[str, ...] | frozenset[str]) -> str:
    """'sociaal werker, EHBO', sorted by id so the same set always reads the same."""
    return ", ".join(qualification_name(code) for code in sorted(codes))


def activity_kind_name(kind: ActivityKind) -> str:
    return _(ACTIVITY_KIND_NAMES[kind])


def person_kind_name(kind: PersonKind | Role) -> str:
    """'beroepskracht', 'vrijwilliger': a kind of person, or the place one fills."""
    return _(PERSON_KIND_NAMES[kind.value])


def absence_kind_name(kind: AbsenceKind) -> str:
    return _(ABSENCE_KIND_NAMES[kind])
