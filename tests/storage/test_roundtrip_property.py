"""Whatever organisation goes into the database comes back equal: every field of every
person and activity survives the mapping to rows (lists in JSON, times as text)."""

from __future__ import annotations

from datetime import time

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import (
    Activity,
    ActivityKind,
    Contract,
    Organisation,
    Person,
    PersonKind,
    Season,
    Staffing,
    TimeWindow,
    VolunteerLimits,
)
from planner.storage.engine import make_engine
from planner.storage.repository import Repository

codes = st.frozensets(st.sampled_from(["social_worker", "nurse", "first_aid", "youth_worker"]))
clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
ids = st.text("abcdefghij.-_", min_size=1, max_size=8)

contracts = st.builds(
    Contract,
    hours_per_week=st.sampled_from([19.0, 30.4, 38.0]),
    working_days=st.frozensets(st.integers(0, 6), min_size=1),
    max_hours_per_day=st.sampled_from([8.0, 10.0, 12.0]),
)
limits = st.builds(
    VolunteerLimits,
    max_shifts_per_week=st.integers(0, 7),
    max_shifts_per_month=st.integers(0, 31),
    offers=st.lists(st.builds(TimeWindow, st.integers(0, 6), clock, clock), max_size=3).map(tuple),
    wants=st.frozensets(st.sampled_from(["inloop", "taalcafe"])),
    refuses=st.frozensets(st.sampled_from(["nachtopvang"])),
)


@st.composite
def people(draw, person_id: str) -> Person:
    kind = draw(st.sampled_from(list(PersonKind)))
    return Person(
        id=person_id,
        name=draw(st.text(min_size=1, max_size=20)),
        kind=kind,
        qualifications=draw(codes),
        languages=draw(st.frozensets(st.sampled_from(["nl", "fr", "ar", "en"]))),
        contract=draw(contracts) if kind is PersonKind.PROFESSIONAL else None,
        limits=draw(limits) if kind is PersonKind.VOLUNTEER else None,
        home_activity=draw(st.none() | st.just("inloop")),
        email=draw(st.none() | st.just("someone@example.org")),
        phone=draw(st.none() | st.just("09 123 45 67")),
    )


@st.composite
def activities(draw, activity_id: str) -> Activity:
    v_max = draw(st.integers(0, 4))
    start, end = draw(clock), draw(clock)
    return Activity(
        id=activity_id,
        name=draw(st.text(min_size=1, max_size=20)),
        kind=draw(st.sampled_from(list(ActivityKind))),
        site=draw(st.text(max_size=20)),
        rrule=draw(st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY"])),
        start=start,
        end=end if end != start else time(23, 59),
        staffing=Staffing(
            professionals=draw(st.integers(1, 3)),
            qualifications=draw(codes),
            volunteers_min=draw(st.integers(0, v_max)),
            volunteers_max=v_max,
            volunteers_per_professional_max=draw(st.none() | st.integers(1, 4)),
            volunteers_allowed=True,
            min_people=draw(st.integers(1, 2)),
        ),
        season=draw(st.none() | st.just(Season((11, 1), (3, 31)))),
        open_on_holidays=draw(st.booleans()),
    )


@st.composite
def organisations(draw) -> Organisation:
    person_ids = draw(st.lists(ids, unique=True, max_size=5))
    activity_ids = draw(st.lists(ids, unique=True, max_size=3))
    return Organisation(
        name=draw(st.text(min_size=1, max_size=30)),
        coordinator=draw(st.text(max_size=30)),
        rules=draw(st.just({}) | st.just({"weights": {"continuity": 0}})),
        activities=tuple(draw(activities(a)) for a in activity_ids),
        people=tuple(draw(people(p)) for p in person_ids),
    )


@settings(max_examples=25, deadline=None)
@given(first=organisations(), second=organisations())
def test_saved_organisation_comes_back_equal_even_over_another(first, second):
    repo = Repository(make_engine("sqlite://"))

    repo.save_organisation(first)
    repo.save_organisation(second)

    assert repo.load_organisation() == second
