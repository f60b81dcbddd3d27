"""Manual edits in the terminal app: who may take a shift and why not; assign, unassign, pin.
A change that breaks a hard rule is refused with the reason, and nothing is saved."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner import service
from planner.domain import Assignment, Period, Role
from planner.errors import PlannerError
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
    volunteer,
)

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

    repo.save_roster(Roster(week, (), {s.id: "nobody free" for s in shifts}), shifts)
    return repo


def _on(repo: Repository, shift_id: str) -> dict[str, Assignment]:
    return {
        a.person_id: a for a in repo.roster(Period(MONDAY)).assignments if a.shift_id == shift_id
    }


def _verdicts(repo: Repository, shift_id: str) -> dict[str, tuple[bool, str]]:
    return {c.person.id: (c.allowed, c.reason) for c in service.candidates(repo, shift_id)}


def test_the_candidate_list_says_for_each_person_whether_and_why_not(repo):
    found = service.candidates(repo, NIGHT_TUE.id)
    assert [c.person.id for c in found] == ["els", "bart", "an", "jan"]  # allowed first
    assert {c.person.id: (c.role, c.allowed, c.reason) for c in found} == {
        "els": (Role.PROFESSIONAL, True, ""),
        "bart": (Role.PROFESSIONAL, False, "not qualified: social_worker"),
        "an": (
            Role.VOLUNTEER,
            False,
            "on leave; Nachtopvang di 1 dec 20:00 has no professional: "
            "volunteers never run a shift alone",
        ),
        "jan": (
            Role.VOLUNTEER,
            False,
            "Nachtopvang di 1 dec 20:00 has no professional: volunteers never run a shift alone",
        ),
    }


def test_assigning_a_professional_staffs_the_shift_and_opens_it_to_volunteers(repo):
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    assert set(_on(repo, NIGHT_TUE.id)) == {"els"}
    assert NIGHT_TUE.id not in repo.roster(Period(MONDAY)).unstaffed
    verdicts = _verdicts(repo, NIGHT_TUE.id)
    assert verdicts["jan"] == (True, "")
    assert "els" not in verdicts  # already on it: not a candidate


def test_a_professional_already_working_elsewhere_at_the_same_time(repo):
    service.assign(repo, Assignment(EVENING_TUE.id, "els", Role.PROFESSIONAL))
    allowed, reason = _verdicts(repo, NIGHT_TUE.id)["els"]
    assert not allowed
    assert reason.startswith("works Avond di 1 dec 19:00 at the same time; ")
    with pytest.raises(PlannerError) as refused:
        service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    assert str(refused.value).startswith(
        "Els Vermeulen cannot be on Nachtopvang di 1 dec 20:00: "
        "works Avond di 1 dec 19:00 at the same time"
    )
    assert _on(repo, NIGHT_TUE.id) == {}  # nothing saved


def test_an_unqualified_professional_is_refused(repo):
    with pytest.raises(PlannerError, match="not qualified: social_worker"):
        service.assign(repo, Assignment(NIGHT_TUE.id, "bart", Role.PROFESSIONAL))


def test_a_volunteer_cannot_take_a_professionals_place(repo):
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    with pytest.raises(PlannerError, match="a volunteer cannot take a professional's place"):
        service.assign(repo, Assignment(NIGHT_TUE.id, "jan", Role.PROFESSIONAL))


def test_a_volunteer_at_the_limit_they_set(repo):
    wed_night = shift(NIGHT, TUESDAY + timedelta(days=1))
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    service.assign(repo, Assignment(NIGHT_TUE.id, "jan", Role.VOLUNTEER))
    verdict = _verdicts(repo, wed_night.id)["jan"]
    assert verdict == (
        False,
        "at the limit they set: 1 shift(s) a week; Nachtopvang wo 2 dec 20:00 has no "
        "professional: volunteers never run a shift alone",
    )


def test_the_supervision_ratio_is_kept(repo):
    thu_night = shift(NIGHT, MONDAY + timedelta(days=3))
    service.assign(repo, Assignment(thu_night.id, "els", Role.PROFESSIONAL))
    assert _verdicts(repo, thu_night.id)["an"] == (True, "")
    service.assign(repo, Assignment(thu_night.id, "jan", Role.VOLUNTEER))
    # one professional supports one volunteer here (ratio 1)
    assert _verdicts(repo, thu_night.id)["an"] == (
        False,
        "1 professional(s) on Nachtopvang do 3 dec 20:00 can support at most 1 volunteer(s)",
    )


def test_taking_the_professional_off_while_a_volunteer_is_on_is_refused(repo):
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    service.assign(repo, Assignment(NIGHT_TUE.id, "jan", Role.VOLUNTEER))
    with pytest.raises(PlannerError) as refused:
        service.unassign(repo, NIGHT_TUE.id, "els")
    assert str(refused.value) == (
        "cannot take Els Vermeulen off Nachtopvang di 1 dec 20:00: Jan Peeters would be left "
        "without a professional (take the volunteers off first)"
    )
    assert set(_on(repo, NIGHT_TUE.id)) == {"els", "jan"}
    service.unassign(repo, NIGHT_TUE.id, "jan")
    service.unassign(repo, NIGHT_TUE.id, "els")
    assert _on(repo, NIGHT_TUE.id) == {}
    assert repo.roster(Period(MONDAY)).unstaffed[NIGHT_TUE.id] == (
        "no professional: Els Vermeulen taken off by hand"
    )


def test_pinning_someone_already_on_the_shift(repo):
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL))
    service.assign(repo, Assignment(NIGHT_TUE.id, "els", Role.PROFESSIONAL, pinned=True))
    assert _on(repo, NIGHT_TUE.id)["els"].pinned


def test_unknown_people_and_shifts_are_named(repo):
    with pytest.raises(PlannerError, match="unknown person 'zoe'"):
        service.assign(repo, Assignment(NIGHT_TUE.id, "zoe", Role.PROFESSIONAL))
    with pytest.raises(PlannerError, match="no shift 'taalcafe@2026-12-01T09:00'"):
        service.candidates(repo, "taalcafe@2026-12-01T09:00")
    with pytest.raises(PlannerError, match="Bart Claes is not on"):
        service.unassign(repo, NIGHT_TUE.id, "bart")


def test_a_night_is_built_one_person_at_a_time_and_checked_until_complete(repo):
    from planner.service.checking import check_period

    shelter = activity("nachtopvang", start="20:00", end="08:00", volunteers_max=2, min_people=2)
    repo.save_organisation(org([shelter], [ELS, JAN]))
    night = shift(shelter, TUESDAY)
    service.assign(repo, Assignment(night.id, "els", Role.PROFESSIONAL))
    found = check_period(repo, Period(MONDAY)).violations
    assert [v.message for v in found if v.shift_id == night.id] == [
        "Nachtopvang di 1 dec 20:00 has 1 person(s), needs at least 2 (nobody alone)."
    ]
    service.assign(repo, Assignment(night.id, "jan", Role.VOLUNTEER))
    assert [
        v for v in check_period(repo, Period(MONDAY)).violations if v.shift_id == night.id
    ] == []


def test_taking_off_a_professional_the_volunteers_need_for_supervision_is_refused(repo):
    lies = professional("lies", "Lies Maes", qualifications=("social_worker",))
    repo.save_organisation(org([NIGHT, EVENING], [ELS, BART, JAN, AN, lies]))
    thu_night = shift(NIGHT, MONDAY + timedelta(days=3))
    for pid, role in (("els", Role.PROFESSIONAL), ("lies", Role.PROFESSIONAL)):
        service.assign(repo, Assignment(thu_night.id, pid, role))
    for pid in ("jan", "an"):
        service.assign(repo, Assignment(thu_night.id, pid, Role.VOLUNTEER))
    with pytest.raises(PlannerError) as refused:
        service.unassign(repo, thu_night.id, "lies")
    assert str(refused.value) == (
        "cannot take Lies Maes off Nachtopvang do 3 dec 20:00: Nachtopvang do 3 dec 20:00 has "
        "2 volunteers for 1 professional(s), at most 1 per professional."
    )
