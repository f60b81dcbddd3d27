"""The repository: what goes in comes out the same, once, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import Session, func, select

from planner.domain import Absence, AbsenceKind, Assignment, Period, Role, RosterState, Season
from planner.errors import NoOrganisation, PlannerError
from planner.reasons import UnstaffedReason, Verdict
from planner.shifts import generate_shifts
from planner.storage.repository import Repository
from planner.storage.tables import AbsenceRow, PersonRow
from tests.builders import (
    MONDAY,
    absence,
    activity,
    assign,
    at,
    org,
    professional,
    roster,
    shift,
    volunteer,
    window,
)

WEEK = Period(MONDAY)


def demo_org():
    shelter = replace(
        activity("nachtopvang", start="20:00", end="08:00", volunteers_max=2, ratio=2),
        season=Season((11, 1), (3, 31)),
        open_on_holidays=True,
    )
    return org(
        [activity("inloop", qualifications=("social_worker",)), shelter],
        [
            professional("els", qualifications=("social_worker", "first_aid")),
            volunteer(
                "jan",
                offers=(window(1, "13:00", "17:00"), window(5, "00:00", "00:00")),
                wants=("inloop",),
                refuses=("nachtopvang",),
                home_activity="inloop",
            ),
        ],
        rules={"hard": {"min_rest_hours": 11}},
    )


def count(repo: Repository, table) -> int:
    with Session(repo.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_no_organisation_until_one_is_saved(repo):
    assert not repo.has_organisation()
    with pytest.raises(NoOrganisation):
        repo.load_organisation()


def test_organisation_comes_back_as_it_was_saved(repo):
    repo.save_organisation(demo_org())

    assert repo.has_organisation()
    assert repo.load_organisation() == demo_org()


def test_saving_twice_makes_no_duplicates(repo):
    repo.save_organisation(demo_org())
    repo.save_organisation(demo_org())

    assert count(repo, PersonRow) == 2
    assert repo.load_organisation() == demo_org()


def test_person_left_out_leaves_their_future_shifts_and_absences_and_keeps_the_past(repo):
    repo.save_organisation(demo_org())
    last_week = MONDAY - timedelta(days=7)
    past = repo.add_absence(absence("jan", at(last_week, "00:00"), at(MONDAY, "00:00")))
    repo.add_absence(absence("jan"))
    inloop = activity("inloop", qualifications=("social_worker",))
    s, earlier = shift(inloop), shift(inloop, last_week)
    repo.save_roster(roster(assign(s, professional("els")), assign(s, volunteer("jan"))), [s])
    repo.save_roster(roster(assign(earlier, volunteer("jan"))), [earlier])

    without_jan = demo_org()
    repo.save_organisation(
        replace(without_jan, people=without_jan.people[:1]), now=at(MONDAY, "00:00")
    )

    assert [p.id for p in repo.load_organisation().people] == ["els"]
    assert [p.id for p in repo.former_people()] == ["jan"]
    assert repo.absences() == [past]
    assert [a.person_id for a in repo.roster(WEEK).assignments] == ["els"]
    assert [a.person_id for a in repo.roster(Period(last_week)).assignments] == ["jan"]


def test_absence_is_stored_in_utc_and_comes_back_in_local_time(repo):
    repo.save_organisation(demo_org())
    summer = Absence("els", at(date(2026, 7, 1), "09:00"), at(date(2026, 7, 1), "17:00"))

    stored = repo.add_absence(summer)

    assert stored.id is not None
    (back,) = repo.absences()
    assert back.start.isoformat() == "2026-07-01T09:00:00+02:00"
    assert back.start.astimezone(UTC).hour == 7
    assert back == replace(summer, id=stored.id)


def test_absences_overlapping_a_window_of_one_person_in_order(repo):
    repo.save_organisation(demo_org())
    late = repo.add_absence(absence("els", at(MONDAY, "13:00"), at(MONDAY, "17:00")))
    early = repo.add_absence(absence("els", at(MONDAY, "08:00"), at(MONDAY, "10:00")))
    repo.add_absence(absence("jan", at(MONDAY, "08:00"), at(MONDAY, "10:00")))
    repo.add_absence(absence("els", at(MONDAY, "17:00"), at(MONDAY, "18:00")))

    found = repo.absences(at(MONDAY, "09:00"), at(MONDAY, "17:00"), person_id="els")

    assert [a.id for a in found] == [early.id, late.id]


def test_absence_of_unknown_person_is_refused(repo):
    repo.save_organisation(demo_org())

    with pytest.raises(PlannerError, match="unknown person 'nobody'"):
        repo.add_absence(absence("nobody"))


def test_absence_ending_before_it_starts_is_refused(repo):
    repo.save_organisation(demo_org())

    with pytest.raises(PlannerError, match="before it starts"):
        repo.add_absence(absence("els", at(MONDAY, "12:00"), at(MONDAY, "09:00")))


def test_removing_an_absence_returns_it_and_unknown_ids_are_refused(repo):
    repo.save_organisation(demo_org())
    stored = repo.add_absence(absence("els"))

    assert repo.remove_absence(stored.id) == stored
    assert repo.absences() == []
    with pytest.raises(PlannerError, match=f"no absence with id {stored.id}"):
        repo.remove_absence(stored.id)


def test_reloading_replaces_file_absences_and_keeps_manual_ones(repo):
    from_file = absence("els", at(MONDAY, "00:00"), at(MONDAY, "12:00"))
    repo.save_folder(demo_org(), [from_file])
    manual = repo.add_absence(absence("jan", kind=AbsenceKind.SICKNESS))

    repo.save_folder(demo_org(), [from_file])

    kept = repo.absences()
    assert [(a.person_id, a.kind) for a in kept] == [
        ("els", AbsenceKind.LEAVE),
        ("jan", AbsenceKind.SICKNESS),
    ]
    assert manual.id in {a.id for a in kept}


def test_a_failing_save_writes_nothing(repo):
    repo.save_folder(demo_org(), [absence("els")])
    renamed = replace(demo_org(), name="Renamed")
    broken = Absence("els", at(MONDAY, "12:00"), at(MONDAY, "09:00"))

    with pytest.raises(PlannerError):
        repo.save_folder(renamed, [absence("jan"), broken])

    assert repo.load_organisation().name == demo_org().name
    assert [a.person_id for a in repo.absences()] == ["els"]
    assert count(repo, AbsenceRow) == 1


# -- rosters ---------------------------------------------------------------------------------


def planned_week(repo):
    """Inloop Monday staffed by Els and Jan; Tuesday unstaffed."""
    repo.save_organisation(demo_org())
    o = repo.load_organisation()
    shifts = [s for s in generate_shifts(o, WEEK) if s.activity_id == "inloop"]
    monday, tuesday = shifts[0], shifts[1]
    els, jan = o.person("els"), o.person("jan")
    saved = roster(
        assign(monday, els), assign(monday, jan), unstaffed={tuesday.id: "nobody qualified"}
    )
    repo.save_roster(saved, [monday, tuesday])
    return shifts, saved


def test_never_planned_period_has_no_state_and_no_roster(repo):
    repo.save_organisation(demo_org())

    assert repo.roster_state(WEEK) is None
    assert repo.roster(WEEK).assignments == ()
    assert repo.roster(WEEK).unstaffed == {}


def test_saved_roster_comes_back_as_a_draft(repo):
    shifts, saved = planned_week(repo)

    back = repo.roster(WEEK)

    assert set(back.assignments) == set(saved.assignments)
    assert back.unstaffed == saved.unstaffed
    assert back.state is RosterState.DRAFT
    assert repo.roster_state(WEEK) is RosterState.DRAFT
    assert repo.published_at(WEEK) is None


def test_saving_the_roster_again_replaces_it(repo):
    shifts, _ = planned_week(repo)
    only_els = roster(assign(shifts[2], professional("els")))

    repo.save_roster(only_els, shifts)

    assert repo.roster(WEEK).assignments == only_els.assignments
    # A shift saved with nobody on it and no reason given is unstaffed all the same.
    assert repo.roster(WEEK).unstaffed == {
        s.id: UnstaffedReason(Verdict.NOBODY_ASSIGNED) for s in shifts if s is not shifts[2]
    }


def test_publish_copies_the_working_roster_and_records_when(repo):
    planned_week(repo)
    at_noon = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

    repo.publish(WEEK, at_noon)

    assert repo.roster_state(WEEK) is RosterState.PUBLISHED
    assert repo.roster(WEEK, published=True).assignments == repo.roster(WEEK).assignments
    assert repo.published_at(WEEK) == at_noon
    assert repo.published_at(WEEK).utcoffset() == timedelta(hours=1)


def test_editing_after_publishing_makes_a_draft_and_leaves_the_published_layer(repo):
    shifts, _ = planned_week(repo)
    repo.publish(WEEK, datetime(2026, 11, 27, 12, 0, tzinfo=UTC))

    repo.remove_assignment(shifts[0].id, "jan")

    assert repo.roster_state(WEEK) is RosterState.DRAFT
    assert {a.person_id for a in repo.roster(WEEK, published=True).assignments} == {"els", "jan"}
    assert {a.person_id for a in repo.roster(WEEK).assignments} == {"els"}


def test_set_assignment_adds_or_replaces_one_person_on_a_shift(repo):
    shifts, _ = planned_week(repo)

    repo.set_assignment(assign(shifts[0], volunteer("jan"), pinned=True))
    repo.set_assignment(assign(shifts[3], professional("els")))

    working = repo.roster(WEEK).assignments
    assert sum(1 for a in working if a.shift_id == shifts[0].id and a.person_id == "jan") == 1
    assert next(a for a in working if a.person_id == "jan").pinned
    assert any(a.shift_id == shifts[3].id and a.role is Role.PROFESSIONAL for a in working)


def test_roster_holds_only_shifts_starting_in_the_period(repo):
    repo.save_organisation(demo_org())
    o = repo.load_organisation()
    # 00:30 local on the Monday after the week is still Sunday in UTC.
    next_monday = MONDAY + timedelta(days=7)
    just_after = replace(
        shift(o.activity("inloop"), next_monday),
        id=f"inloop@{next_monday.isoformat()}T00:30",
        start=at(next_monday, "00:30"),
    )
    last_night = shift(o.activity("nachtopvang"), MONDAY + timedelta(days=6))
    repo.save_roster(
        roster(assign(just_after, o.person("els")), assign(last_night, o.person("els"))),
        [just_after, last_night],
    )

    assert [a.shift_id for a in repo.roster(WEEK).assignments] == [last_night.id]
    next_week = repo.roster(Period(next_monday)).assignments
    assert [a.shift_id for a in next_week] == [just_after.id]


def test_assignment_to_a_shift_not_saved_is_refused(repo):
    shifts, _ = planned_week(repo)

    with pytest.raises(PlannerError, match="not being saved"):
        repo.save_roster(roster(assign(shifts[0], professional("els"))), shifts[1:])


def test_removing_an_activity_removes_its_roster(repo):
    planned_week(repo)
    o = demo_org()

    repo.save_organisation(replace(o, activities=o.activities[1:]))

    assert repo.roster(WEEK).assignments == ()
    assert repo.roster(WEEK).unstaffed == {}


def test_same_person_twice_on_a_shift_is_refused(repo):
    shifts, _ = planned_week(repo)
    els = professional("els")

    with pytest.raises(PlannerError, match="'els' is on shift .* twice"):
        repo.save_roster(roster(assign(shifts[0], els), assign(shifts[0], els)), shifts)

    assert len(repo.roster(WEEK).assignments) == 2  # the earlier roster is still there


@pytest.mark.parametrize(
    ("shift_id", "message"),
    [("zwemmen@2026-11-30T09:00", "unknown activity 'zwemmen'"), ("inloop", "is not a shift id")],
)
def test_set_assignment_on_a_shift_that_cannot_exist_is_refused(repo, shift_id, message):
    repo.save_organisation(demo_org())

    with pytest.raises(PlannerError, match=message):
        repo.set_assignment(Assignment(shift_id, "els", Role.PROFESSIONAL))


def test_rescheduled_activity_drops_its_vanished_shifts_from_the_working_roster(repo):
    shifts, _ = planned_week(repo)
    repo.publish(WEEK, datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    o = demo_org()
    later = replace(o.activities[0], start=time(9, 30))

    repo.save_organisation(replace(o, activities=(later, *o.activities[1:])))

    assert repo.roster(WEEK).assignments == ()
    assert repo.roster(WEEK).unstaffed == {}
    assert len(repo.roster(WEEK, published=True).assignments) == 2
    assert repo.roster_state(WEEK) is RosterState.DRAFT


def test_unchanged_activity_keeps_its_roster_on_reload(repo):
    planned_week(repo)

    repo.save_organisation(replace(demo_org(), name="Renamed"))

    assert len(repo.roster(WEEK).assignments) == 2


def test_folder_with_an_absence_of_someone_unknown_writes_nothing(repo):
    with pytest.raises(PlannerError, match="unknown person 'nobody'"):
        repo.save_folder(demo_org(), [absence("nobody")])

    assert not repo.has_organisation()


def test_reading_once_still_sees_its_own_writes(repo):
    """A use case that reads the week once (a cancellation's repair, check and publication)
    sees every write it makes through the repository at once."""
    shifts, _ = planned_week(repo)
    with repo.reads_once():
        assert repo.roster_state(WEEK) is RosterState.DRAFT
        assert repo.load_organisation() is repo.load_organisation()  # read once
        repo.publish(WEEK, datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
        assert repo.roster_state(WEEK) is RosterState.PUBLISHED
        repo.remove_assignment(shifts[0].id, "jan")
        assert {a.person_id for a in repo.roster(WEEK).assignments} == {"els"}
        assert repo.roster_state(WEEK) is RosterState.DRAFT
        repo.save_organisation(replace(repo.load_organisation(), name="Elders"))
        assert repo.load_organisation().name == "Elders"
    assert repo.load_organisation() is not repo.load_organisation()  # read each time again
