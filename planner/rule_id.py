"""One name for every rule: the model (constraints/), the checker (planner/check/), the
explanations (planner/explain/), the report and the sentences all say `RuleId.X`.

Three kinds of rule:
- hard rules, built into the model and verified by the checker;
- eligibility, facts about one person and one shift (absence, qualification, contract days,
  what a volunteer offers): they decide which model variables exist at all, and the checker
  verifies them like hard rules;
- soft rules, the costs the objective weighs.
"""

from __future__ import annotations

from enum import StrEnum


class RuleKind(StrEnum):
    HARD = "hard"
    ELIGIBILITY = "eligibility"
    SOFT = "soft"


class RuleId(StrEnum):
    # Hard rules.
    PROFESSIONAL_COVER = "professional_cover"
    NO_REPLACEMENT = "no_replacement"
    SUPERVISION = "supervision"
    MIN_PEOPLE = "min_people"
    NO_OVERLAP = "no_overlap"
    REST_BETWEEN_SHIFTS = "rest_between_shifts"
    PINNED_ASSIGNMENTS = "pinned_assignments"
    HOURS_PER_DAY = "hours_per_day"
    HOURS_PER_WEEK = "hours_per_week"
    MAX_CONSECUTIVE_DAYS = "max_consecutive_days"
    MIN_CONSECUTIVE_DAYS_OFF = "min_consecutive_days_off"
    MAX_WORKING_WEEKENDS = "max_working_weekends"
    FORBIDDEN_SUCCESSIONS = "forbidden_successions"
    VOLUNTEER_LIMITS = "volunteer_limits"
    NEWCOMERS = "newcomers"
    HEAVY_SHIFTS = "heavy_shifts"
    NEVER_TOGETHER = "never_together"
    QUALIFICATION_MIX = "qualification_mix"
    # Eligibility.
    ABSENCE = "absence"
    QUALIFICATION = "qualification"
    WORKING_DAYS = "working_days"
    VOLUNTEER_OFFERS = "volunteer_offers"
    CLOSED_SHIFT = "closed_shift"
    KNOWN_PEOPLE_AND_SHIFTS = "known_people_and_shifts"
    # Soft rules.
    UNSTAFFED_SHIFT = "unstaffed_shift"
    VOLUNTEERS_MIN = "volunteers_min"
    VOLUNTEER_LEFT_OUT = "volunteer_left_out"
    CONTINUITY = "continuity"
    FAIRNESS_VOLUNTEERS = "fairness_volunteers"
    FAIRNESS_UNSOCIAL = "fairness_unsocial"
    CONTRACT_HOURS = "contract_hours"
    PREFERENCES = "preferences"
    STABILITY = "stability"
    ALWAYS_TOGETHER = "always_together"
    MIX_WANTED = "mix_wanted"
    WISHES = "wishes"

    @property
    def kind(self) -> RuleKind:
        return KINDS[self]


KINDS: dict[RuleId, RuleKind] = {
    **dict.fromkeys(
        (
            RuleId.PROFESSIONAL_COVER,
            RuleId.NO_REPLACEMENT,
            RuleId.SUPERVISION,
            RuleId.MIN_PEOPLE,
            RuleId.NO_OVERLAP,
            RuleId.REST_BETWEEN_SHIFTS,
            RuleId.PINNED_ASSIGNMENTS,
            RuleId.HOURS_PER_DAY,
            RuleId.HOURS_PER_WEEK,
            RuleId.MAX_CONSECUTIVE_DAYS,
            RuleId.MIN_CONSECUTIVE_DAYS_OFF,
            RuleId.MAX_WORKING_WEEKENDS,
            RuleId.FORBIDDEN_SUCCESSIONS,
            RuleId.VOLUNTEER_LIMITS,
            RuleId.NEWCOMERS,
            RuleId.HEAVY_SHIFTS,
            RuleId.NEVER_TOGETHER,
            RuleId.QUALIFICATION_MIX,
        ),
        RuleKind.HARD,
    ),
    **dict.fromkeys(
        (
            RuleId.ABSENCE,
            RuleId.QUALIFICATION,
            RuleId.WORKING_DAYS,
            RuleId.VOLUNTEER_OFFERS,
            RuleId.CLOSED_SHIFT,
            RuleId.KNOWN_PEOPLE_AND_SHIFTS,
        ),
        RuleKind.ELIGIBILITY,
    ),
    **dict.fromkeys(
        (
            RuleId.UNSTAFFED_SHIFT,
            RuleId.VOLUNTEERS_MIN,
            RuleId.VOLUNTEER_LEFT_OUT,
            RuleId.CONTINUITY,
            RuleId.FAIRNESS_VOLUNTEERS,
            RuleId.FAIRNESS_UNSOCIAL,
            RuleId.CONTRACT_HOURS,
            RuleId.PREFERENCES,
            RuleId.STABILITY,
            RuleId.ALWAYS_TOGETHER,
            RuleId.MIX_WANTED,
            RuleId.WISHES,
        ),
        RuleKind.SOFT,
    ),
}
