"""Reasons in the report say why a shift went without its professionals, never who: the
report leaves the people out of the data, it does not edit sentences."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain import Absence, AbsenceKind, Period
from planner.explain import why_unstaffed_in
from planner.i18n.explanations import summary_text
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from planner.settings import settings_from_toml

from .builders import MONDAY, organisation, professional, roster, shifts_of

pytestmark = pytest.mark.usefixtures("english")

SHIFT = "inloop@2026-12-01T09:00"


def _absent(kind: str) -> Reason:
    return Reason.of(RuleId.ABSENCE, shift_id=SHIFT, kind=kind)


def test_names_and_kinds_of_absence_become_counts_per_rule():
    reason = UnstaffedReason(
        Verdict.NO_PROFESSIONAL_FREE,
        needed=1,
        blocked=(
            Blocked(_absent("leave"), ("els", "ann")),
            Blocked(_absent("sickness"), ("an",)),
            Blocked(
                Reason.of(RuleId.REST_BETWEEN_SHIFTS, None, SHIFT, others=["x@1"], gap=540),
                ("bart",),
            ),
        ),
        lacking=3,
        qualifications=("nurse", "social_worker"),
    )

    assert summary_text(reason.anonymous()) == (
        "no qualified professional free (3 absent, 1 needs rest, 3 not qualified)"
    )


def test_the_free_but_too_few_lose_their_names_too():
    weekly = Reason.of(RuleId.HOURS_PER_WEEK, None, SHIFT, week="2026-11-30", total=2280, most=2280)
    reason = UnstaffedReason(
        Verdict.TOO_FEW_FREE, needed=2, free=("bart",), blocked=(Blocked(weekly, ("els",)),)
    )

    assert summary_text(reason.anonymous()) == (
        "only 1 of the 2 qualified professionals free (1 at their weekly hours)"
    )


def test_a_sentence_saved_by_an_older_version_is_not_shown_to_funders():
    reason = UnstaffedReason(Verdict.NOTE, note="Els Vermeulen is sick")

    text = summary_text(reason.anonymous())

    assert "Els" not in text and "sick" not in text


def test_the_explanations_own_reason_reads_back_as_counts():
    org = organisation(people=[professional("els"), professional("bart")])
    week = Period(MONDAY, 1)
    shifts = shifts_of(org)
    start = datetime.combine(MONDAY, datetime.min.time(), ZoneInfo("Europe/Brussels"))
    absences = [
        Absence("els", start, start + timedelta(days=1), AbsenceKind.SICKNESS),
        Absence("bart", start, start + timedelta(days=1), AbsenceKind.LEAVE),
    ]
    planned = roster(week, unstaffed={shifts[0].id: ""})
    settings = settings_from_toml(org.rules)
    reason = why_unstaffed_in(org, week, shifts, planned, absences, settings, shifts[0])
    assert reason.people() == {"els", "bart"}  # what the planner tells the coordinator

    assert summary_text(reason.anonymous()) == "no qualified professional free (2 absent)"
