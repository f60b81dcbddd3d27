"""Professionals' hours close to their contract."""

from datetime import timedelta

from constraints.contract_hours import ContractHours
from tests.builders import MONDAY, absence, activity, at, professional, shift
from tests.scheduler.support import alone, plan, problem

MON_TO_FRI = frozenset(range(5))


def test_each_hour_short_of_the_contract_costs_the_weight():
    # 10 h a week over five days; one 3 h shift: 7 h short.
    els = professional(hours_per_week=10, working_days=MON_TO_FRI)
    planned = plan(problem([shift(activity())], [els]), alone(ContractHours(weight=1)))
    assert planned.cost("contract_hours") == 7


def test_days_of_absence_lower_the_target():
    # Absent Tuesday to Friday: the week's target is one day of 2 h, met by the shift.
    els = professional(hours_per_week=10, working_days=MON_TO_FRI)
    away = absence(
        "els", at(MONDAY + timedelta(days=1), "00:00"), at(MONDAY + timedelta(days=5), "00:00")
    )
    planned = plan(problem([shift(activity())], [els], absences=[away]), alone(ContractHours()))
    assert planned.cost("contract_hours") == 0
