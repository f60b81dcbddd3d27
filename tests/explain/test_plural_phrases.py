"""Several people stopped by the same rule: the phrase after their names agrees with them
("Nieuw Een en Nieuw Twee zijn nieuw", never "is nieuw"), in each language."""

from __future__ import annotations

import pytest

from planner.i18n.explanations import unstaffed_text
from planner.i18n.language import use_language
from planner.reasons import Blocked, Reason, UnstaffedReason, Verdict
from planner.rule_id import RuleId
from tests.builders import activity, professional, shift, volunteer, words

INLOOP = activity("inloop", "Inloop")
SHIFT = shift(INLOOP)
ANNA, MONA = volunteer("anna", "Anna Ruzie"), volunteer("mona", "Mona Maandag")
EEN, TWEE = volunteer("een", "Nieuw Een"), volunteer("twee", "Nieuw Twee")
ELS = professional("els", "Els Vermeulen")
WORDS = words(ANNA, MONA, EEN, TWEE, ELS, activities=[INLOOP])

REFUSES = Reason.of(RuleId.VOLUNTEER_OFFERS, shift_id=SHIFT.id, case="refuses", activity="inloop")
NEW = Reason.of(RuleId.NEWCOMERS, shift_id=SHIFT.id)


def _text(*groups: tuple[Reason, tuple[str, ...]]) -> str:
    reason = UnstaffedReason(
        Verdict.NO_PROFESSIONAL_FREE,
        needed=1,
        blocked=tuple(Blocked(r, people) for r, people in groups),
    )
    return unstaffed_text(reason, WORDS)


@pytest.mark.parametrize(
    ("lang", "several", "one"),
    [
        ("nl", "Anna Ruzie en Mona Maandag doen geen Inloop (eigen keuze)",
         "Nieuw Een is nieuw in Inloop"),
        ("en", "Anna Ruzie and Mona Maandag do not do Inloop (their own choice)",
         "Nieuw Een is new to Inloop"),
    ],
)  # fmt: skip
def test_the_verb_agrees_with_one_or_several(lang, several, one):
    with use_language(lang):
        text = _text((REFUSES, ("anna", "mona")), (NEW, ("een",)))

    assert several in text
    assert one in text


def test_two_newcomers_are_new_together():
    with use_language("nl"):
        text = _text((NEW, ("een", "twee")))

    assert "Nieuw Een en Nieuw Twee zijn nieuw in Inloop: hebben een ervaren vrijwilliger" in text


def test_one_shift_over_a_limit_of_none_is_one_shift():
    from planner.i18n.reasons import sentence

    over = Reason.of(
        RuleId.VOLUNTEER_LIMITS, "anna", SHIFT.id, "week", count=1, most=0, week="2026-11-30"
    )
    with use_language("nl"):
        text = sentence(over, WORDS)

    assert text.startswith("Anna Ruzie heeft 1 dienst in de week van ")
    assert text.endswith(", meer dan de 0 die die persoon zelf stelde.")
