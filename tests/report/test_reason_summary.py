"""Reasons in the report say why a shift went without its professionals, never who."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain import Absence, AbsenceKind, Period
from planner.explain import why_unstaffed_in
from planner.report.anonymous import anonymous_reason
from planner.settings import settings_from_toml

from .builders import MONDAY, organisation, professional, roster, shifts_of

NAMES = ["Els Vermeulen", "Bart Claes", "An Peeters", "Ann Peeters-Janssens"]


def test_names_and_kinds_of_absence_become_counts_per_rule():
    reason = (
        "no professional free - Els Vermeulen and Ann Peeters-Janssens on leave, An Peeters sick, "
        "Bart Claes needs rest after Inloop di 1 dec 09:00 (9 h, at least 11 h), "
        "3 others lack one of nurse, social_worker"
    )

    assert anonymous_reason(reason, NAMES) == (
        "no qualified professional free (3 absent, 1 need rest, 3 not qualified)"
    )


def test_the_free_but_too_few_lose_their_names_too():
    reason = "only 1 of the 2 professionals free (Bart Claes) - Els Vermeulen reached 38 h a week (38 h in the week of ma 30 nov)"

    assert anonymous_reason(reason, NAMES) == (
        "only 1 of the 2 qualified professionals free (1 at weekly hours)"
    )


def test_a_sentence_of_unknown_shape_keeps_neither_names_nor_absence_kinds():
    text = anonymous_reason("Els Vermeulen is sick", NAMES)

    assert text == "someone is absent"


def test_the_explanations_own_sentence_reads_back_as_counts():
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
    sentence = why_unstaffed_in(org, week, shifts, planned, absences, settings, shifts[0])
    assert "Els Pro" in sentence  # what the planner tells the coordinator

    text = anonymous_reason(sentence, [p.name for p in org.people])

    assert text == "no qualified professional free (2 absent)"
