"""One call to the checker with defaults, so each test states only the facts it is about;
each finding comes back with its sentence and phrase worded in English, as a coordinator
who chose English reads them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.check import Violation, check_roster
from planner.domain import Absence, Assignment, Period, Person, Shift
from planner.i18n.language import use_language
from planner.i18n.reasons import phrase, sentence
from planner.i18n.words import Words
from planner.rule_id import RuleId
from planner.settings import HardSettings
from tests.builders import MONDAY, org, roster


@dataclass(frozen=True)
class Found:
    """A violation with its words: `message` the sentence, `reason` the phrase."""

    rule: RuleId
    person_id: str | None
    shift_id: str | None
    message: str
    reason: str
    data: Violation


def worded(found: Iterable[Violation], words: Words) -> list[Found]:
    with use_language("en"):
        return [
            Found(v.rule, v.person_id, v.shift_id, sentence(v, words), phrase(v, words), v)
            for v in found
        ]


def violations(
    shifts: Sequence[Shift],
    people: Sequence[Person],
    *assignments: Assignment,
    absences: Iterable[Absence] = (),
    unstaffed: dict[str, str] | None = None,
    hard: HardSettings | None = None,
    period: Period | None = None,
    pinned: Iterable[Assignment] = (),
    outside: Iterable[tuple[Shift, Assignment]] = (),
    history: Iterable[Assignment] = (),
) -> list[Found]:
    period = period or Period(MONDAY)
    activities = {s.activity.id: s.activity for s in shifts}
    organisation = org(list(activities.values()), people)
    found = check_roster(
        organisation,
        period,
        list(shifts),
        roster(*assignments, period=period, unstaffed=unstaffed),
        list(absences),
        hard or HardSettings(),
        pinned=pinned,
        outside=outside,
        history=history,
    )
    return worded(found, Words.of(organisation))


def rules(found: Sequence[Found]) -> list[str]:
    return [v.rule for v in found]
