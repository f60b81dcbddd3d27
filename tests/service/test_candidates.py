"""Manual edits in the terminal app: who may take a shift and why not; assign, unassign, pin.
A change that breaks a hard rule is refused with the reason, and nothing is saved."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.domain import Assignment, Period, Role
from planner.errors import PlannerError
from planner.i18n.errors import error_text
from planner.i18n.explanations import unstaffed_text
from planner.i18n.reasons import phrase, sentence
from planner.i18n.words import Words
from planner.service import Service
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import (
    MONDAY,
    absence,
    activity,
    at,
    org,
    professional,
    shift,
    unstaffed_as_data,
    volunteer,
)

pytestmark = pytest.mark.usefixtures("english")

TUESDAY = MONDAY + timedelta(days=1)
NIGHT = activity(
    "nachtopvang",
    "Nachtopvang",
    start="20:00",
    end="08:00",
    qualifications=("social_worker",),
    volunteers_max=2,
    ratio=1,
)
EVENING = activity("avond", "Avond", start="19:00", end="22:00", site="Wijkhuis")
ELS = professional("els", "Els Vermeulen", qualifications=("social_worker",))
BART = professional("bart", "Bart Claes")
JAN = volunteer("jan", "Jan Peeters", per_week=1)
AN = volunteer("an", "An Dubois")
NIGHT_TUE = shift(NIGHT, TUESDAY)
EVENING_TUE = shift(EVENING, TUESDAY)


@pytest.fixture
def repo() -> Repository:
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org([NIGHT, EVENING], [ELS, BART, JAN, AN]))
    repo.add_absence(absence("an", at(TUESDAY, "00:00"), at(TUESDAY + timedelta(days=1), "12:00")))
    week = Period(MONDAY)
    # The week was planned with every shift unstaffed: nobody free, say.
    shifts = [s for s in generate_shifts(repo.load_organisation(), week) if not s.closed]
    from planner.domain import Roster

    repo.save_roster(
        Roster(week, (), unstaffed_as_data({s.id: "nobody free" for s in shifts})), shifts
    )
    return repo


def _on(repo: Repository, shift_id: str) -> dict[str, Assignment]:
    return {
        a.person_id: a for a in repo.roster(Period(MONDAY)).assignments if a.shift_id == shift_id
    }


def _words(repo: Repository) -> Words:
    return Words.of(repo.load_organisation())


def _verdicts(repo: Repository, shift_id: str) -> dict[str, tuple[bool, str]]:
    """Each candidate's verdict as the shift screen words it."""
    words = _words(repo)
    return {
        c.person.id: (c.allowed, "; ".join(dict.fromkeys(phrase(r, words) for r in c.reasons)))
        for c in Service(repo).candidates(shift_id)
    }


def _said(repo: Repository, refused: pytest.ExceptionInfo) -> str:
    """What the coordinator reads for a refusal."""
    return error_text(refused.value, _words(repo))


def test_the_candidate_list_says_for_each_person_whether_and_why_not(repo):
    found = Service(repo).candidates(NIGHT_TUE.id)
    assert [c.person.id for c in found] == ["els", "bart", "an", "jan"]  # allowed first
    verdicts = _verdicts(repo, NIGHT_TUE.id)
    assert {c.person.id: (c.role, *verdicts[c.person.id]) for c in found} == {
        "els": (Role.PROFESSIONAL, True, ""),
        "bart": (Role.PROFESSIONAL, False, "not qualified: social worker"),
        "an": (
            Role.VOLUNTEER,
            False,
            "on leave; Nachtopvang Tue 1 Dec 20:00 has no professional: "
            "volunteers never run a shift alone",
        ),
        "jan": (
            Role.VOLUNTEER,
            False,
            "Nachtopvang Tue 1 Dec 20:00 has no professional: volunteers never run a shift alone",
        ),
    }


def test_assigning_a_professional_staffs_the_shift_and_opens_it_to_volunteers(repo):
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    assert set(_on(repo, NIGHT_TUE.id)) == {"els"}
    assert NIGHT_TUE.id not in repo.roster(Period(MONDAY)).unstaffed
    verdicts = _verdicts(repo, NIGHT_TUE.id)
    assert verdicts["jan"] == (True, "")
    assert "els" not in verdicts  # already on it: not a candidate


def test_a_professional_already_working_elsewhere_at_the_same_time(repo):
    Service(repo).assign(Assignment(EVENING_TUE.id, "els", Role.PROFESSIONAL))
    allowed, reason = _verdicts(repo, NIGHT_TUE.id)["els"]
    assert not allowed
    assert reason.startswith("works Avond Tue 1 Dec 19:00 at the same time; ")
    with pytest.raises(PlannerError) as refused:
        Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    assert _said(repo, refused).startswith(
        "Els Vermeulen cannot be on Nachtopvang Tue 1 Dec 20:00: "
        "works Avond Tue 1 Dec 19:00 at the same time"
    )
    assert _on(repo, NIGHT_TUE.id) == {}  # nothing saved


def test_an_unqualified_professional_is_refused(repo):
    with pytest.raises(PlannerError) as refused:
        Service(repo).assign(Assignment(NIGHT_TUE.id, "bart", Role.PROFESSIONAL))
    assert "not qualified: social worker" in _said(repo, refused)


def test_a_volunteer_cannot_take_a_professionals_place(repo):
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    with pytest.raises(PlannerError) as refused:
        Service(repo).assign(Assignment(NIGHT_TUE.id, "jan", Role.PROFESSIONAL))
    assert "a volunteer cannot take a professional's place" in _said(repo, refused)


def test_a_volunteer_at_the_limit_they_set(repo):
    wed_night = shift(NIGHT, TUESDAY + timedelta(days=1))
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    Service(repo).assign(Assignment(NIGHT_TUE.id, "jan", Role.VOLUNTEER))
    verdict = _verdicts(repo, wed_night.id)["jan"]
    assert verdict == (
        False,
        "at the limit they set: 1 shift a week; Nachtopvang Wed 2 Dec 20:00 has no "
        "professional: volunteers never run a shift alone",
    )


def test_the_supervision_ratio_is_kept(repo):
    thu_night = shift(NIGHT, MONDAY + timedelta(days=3))
    Service(repo).assign(Assignment(thu_night.id, "els", Role.PROFESSIONAL))
    assert _verdicts(repo, thu_night.id)["an"] == (True, "")
    Service(repo).assign(Assignment(thu_night.id, "jan", Role.VOLUNTEER))
    # one professional supports one volunteer here (ratio 1)
    assert _verdicts(repo, thu_night.id)["an"] == (
        False,
        "1 professional on Nachtopvang Thu 3 Dec 20:00 can support at most 1 volunteer",
    )


def test_taking_the_professional_off_while_a_volunteer_is_on_is_refused(repo):
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    Service(repo).assign(Assignment(NIGHT_TUE.id, "jan", Role.VOLUNTEER))
    with pytest.raises(PlannerError) as refused:
        Service(repo).unassign(NIGHT_TUE.id, "els")
    assert _said(repo, refused) == (
        "cannot take Els Vermeulen off Nachtopvang Tue 1 Dec 20:00: Jan Peeters would be left "
        "without a professional (take the volunteers off first)"
    )
    assert set(_on(repo, NIGHT_TUE.id)) == {"els", "jan"}
    Service(repo).unassign(NIGHT_TUE.id, "jan")
    Service(repo).unassign(NIGHT_TUE.id, "els")
    assert _on(repo, NIGHT_TUE.id) == {}
    why = repo.roster(Period(MONDAY)).unstaffed[NIGHT_TUE.id]
    assert unstaffed_text(why, _words(repo)) == "no professional: Els Vermeulen taken off by hand"


def test_pinning_someone_already_on_the_shift(repo):
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    Service(repo).assign(Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL, pinned=True))
    assert _on(repo, NIGHT_TUE.id)["els"].pinned


def test_unknown_people_and_shifts_are_named(repo):
    with pytest.raises(PlannerError, match="unknown person 'zoe'"):
        Service(repo).assign(Assignment(NIGHT_TUE.id, "zoe", Role.PROFESSIONAL))
    with pytest.raises(PlannerError, match="no shift 'taalcafe@2026-12-01T09:00'"):
        Service(repo).candidates("taalcafe@2026-12-01T09:00")
    with pytest.raises(PlannerError, match="Bart Claes is not on"):
        Service(repo).unassign(NIGHT_TUE.id, "bart")


def test_a_night_is_built_one_person_at_a_time_and_checked_until_complete(repo):
    from planner.service.checking import check_period

    shelter = activity("nachtopvang", start="20:00", end="08:00", volunteers_max=2, min_people=2)
    repo.save_organisation(org([shelter], [ELS, JAN]))
    night = shift(shelter, TUESDAY)
    Service(repo).assign(Assignment(night.id, "els", Role.PROFESSIONAL))
    found = check_period(repo, Period(MONDAY)).violations
    assert [sentence(v, _words(repo)) for v in found if v.shift_id == night.id] == [
        "Nachtopvang Tue 1 Dec 20:00 has 1 person, needs at least 2 (nobody alone)."
    ]
    Service(repo).assign(Assignment(night.id, "jan", Role.VOLUNTEER))
    assert [
        v for v in check_period(repo, Period(MONDAY)).violations if v.shift_id == night.id
    ] == []


def test_taking_off_a_professional_the_volunteers_need_for_supervision_is_refused(repo):
    lies = professional("lies", "Lies Maes", qualifications=("social_worker",))
    repo.save_organisation(org([NIGHT, EVENING], [ELS, BART, JAN, AN, lies]))
    thu_night = shift(NIGHT, MONDAY + timedelta(days=3))
    for pid, role in (("els", Role.PROFESSIONAL), ("lies", Role.PROFESSIONAL)):
        Service(repo).assign(Assignment(thu_night.id, pid, role))
    for pid in ("jan", "an"):
        Service(repo).assign(Assignment(thu_night.id, pid, Role.VOLUNTEER))
    with pytest.raises(PlannerError) as refused:
        Service(repo).unassign(thu_night.id, "lies")
    assert _said(repo, refused) == (
        "cannot take Lies Maes off Nachtopvang Thu 3 Dec 20:00: Nachtopvang Thu 3 Dec 20:00 has "
        "2 volunteers for 1 professional, at most 1 per professional."
    )
