"""Every rule, hard first, with its parameters and weights taken from the organisation's
settings (organisation.toml [rules.hard] and [rules.weights], planner/settings.py).

Absences, offered days and times, refused activities, qualifications and contract working
days are not rules here: they decide which (person, shift) variables exist at all
(PlanningProblem.why_ineligible).
"""

from __future__ import annotations

from constraints.always_together import AlwaysTogether
from constraints.continuity import Continuity
from constraints.contract_hours import ContractHours
from constraints.fairness_unsocial import FairnessUnsocial
from constraints.fairness_volunteers import FairnessVolunteers
from constraints.forbidden_successions import ForbiddenSuccessions
from constraints.heavy_shifts import HeavyShifts
from constraints.hours_per_day import HoursPerDay
from constraints.hours_per_week import HoursPerWeek
from constraints.max_consecutive_days import MaxConsecutiveDays
from constraints.max_working_weekends import MaxWorkingWeekends
from constraints.min_consecutive_days_off import MinConsecutiveDaysOff
from constraints.min_people import MinPeople
from constraints.mix_wanted import MixWanted
from constraints.never_together import NeverTogether
from constraints.newcomers import Newcomers
from constraints.no_overlap import NoOverlap
from constraints.no_replacement import NoReplacement
from constraints.pinned_assignments import PinnedAssignments
from constraints.preferences import Preferences
from constraints.professional_cover import ProfessionalCover
from constraints.qualification_mix import QualificationMix
from constraints.rest_between_shifts import RestBetweenShifts
from constraints.stability import Stability
from constraints.supervision import Supervision
from constraints.volunteer_left_out import VolunteerLeftOut
from constraints.volunteer_limits import VolunteerLimits
from constraints.volunteers_min import VolunteersMin
from constraints.wishes import Wishes
from planner.settings import RuleSettings
from planner.solver.model import Kind, Rule, SoftRule


def rules_from_settings(settings: RuleSettings | None = None) -> list[Rule]:
    """The rules of one planning run, hard first. Soft rules weighted 0 are left out."""
    s = settings or RuleSettings()
    h, w = s.hard, s.weights
    hard: list[Rule] = [
        ProfessionalCover(unstaffed_weight=w.unstaffed_shift),
        NoReplacement(),
        Supervision(),
        MinPeople(),
        NoOverlap(travel_time=h.travel_time),
        RestBetweenShifts(min_rest=h.min_rest),
        PinnedAssignments(),
        HoursPerDay(),
        HoursPerWeek(tolerance=h.contract_hours_tolerance),
        MaxConsecutiveDays(max_days=h.max_consecutive_days),
        MinConsecutiveDaysOff(min_days_off=h.min_consecutive_days_off),
        MaxWorkingWeekends(max_weekends=h.max_working_weekends),
        ForbiddenSuccessions(pairs=h.forbidden_successions, window=h.succession_window),
        VolunteerLimits(),
        Newcomers(),
        HeavyShifts(rest=h.heavy_rest, min_rest=h.min_rest),
        NeverTogether(),
        QualificationMix(),
    ]
    soft: list[SoftRule] = [
        VolunteersMin(weight=w.volunteers_min),
        VolunteerLeftOut(weight=w.volunteer_left_out),
        Continuity(weight=w.continuity),
        FairnessVolunteers(weight=w.fairness_volunteers),
        FairnessUnsocial(weight=w.fairness_unsocial),
        ContractHours(weight=w.contract_hours),
        Preferences(weight=w.preferences),
        Stability(weight=w.stability),
        AlwaysTogether(weight=w.always_together),
        MixWanted(weight=w.mix_wanted),
        Wishes(weight=w.wishes, days_off=w.days_off),
    ]
    assert all(r.kind is Kind.HARD for r in hard) and all(r.kind is Kind.SOFT for r in soft)
    return hard + [r for r in soft if r.weight]
