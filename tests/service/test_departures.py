"""People gone from people.csv on `roster load`: they leave the published roster visibly (a
shift that no longer holds is unstaffed, saying they left), their calendars get the
cancellations, and the past stays as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from icalendar import Calendar

from planner.domain import Period
from planner.reasons import Verdict
from planner.service import Service
from planner.service.checking import check_period
from planner.service.departures import shift_holds
from tests.calendars.world import organisation, publish, repository, shift_at, utc

WEEK = Period(date(2026, 11, 30))
NEXT = Period(date(2026, 12, 7))
BETWEEN = utc(2026, 12, 5, 12)  # Saturday of the first week: its Monday is past


def world(tmp_path):
    """Els and Jan on Monday's and the next Monday's drop-in; Piet and Mira on the nights."""
    repo = repository(tmp_path)
    for period in (WEEK, NEXT):
        monday = period.start
        places = [
            (shift_at(repo, "inloop", monday, period), "els"),
            (shift_at(repo, "inloop", monday, period), "jan"),
            (shift_at(repo, "nachtopvang", monday, period), "piet"),
            (shift_at(repo, "nachtopvang", monday, period), "mira"),
        ]
        publish(repo, period, places, utc(2026, 11, 27, 12))
    Service(repo).calendars(Period(WEEK.start, 2), now=utc(2026, 11, 27, 13))
    return repo


def without(repo, person_id: str):
    org = organisation()
    left = replace(org, people=tuple(p for p in org.people if p.id != person_id))
    repo.save_organisation(left, now=BETWEEN, holds=shift_holds(left))
    return repo


def places(repo, period: Period) -> set[tuple[str, str]]:
    return {(a.shift_id, a.person_id) for a in repo.roster(period, published=True).assignments}


def test_a_professional_who_left_leaves_their_future_shifts_unstaffed_saying_so(tmp_path):
    repo = without(world(tmp_path), "els")
    monday = shift_at(repo, "inloop", NEXT.start, NEXT)

    published = repo.roster(NEXT, published=True)

    assert monday not in {a.shift_id for a in published.assignments}  # Jan too: never alone
    why = published.unstaffed[monday]
    assert (why.verdict, why.person_id) == (Verdict.LEFT_ORGANISATION, "els")
    assert repo.roster(NEXT).unstaffed[monday] == why
    assert check_period(repo, NEXT, published=True).violations == []


def test_a_volunteer_who_left_leaves_a_shift_that_still_holds_staffed(tmp_path):
    repo = without(world(tmp_path), "jan")
    monday = shift_at(repo, "inloop", NEXT.start, NEXT)

    assert (monday, "els") in places(repo, NEXT)
    assert (monday, "jan") not in places(repo, NEXT)
    assert monday not in repo.roster(NEXT, published=True).unstaffed


def test_their_past_shifts_stay_on_the_roster_and_they_are_a_former_person(tmp_path):
    repo = without(world(tmp_path), "els")

    assert (shift_at(repo, "inloop", WEEK.start, WEEK), "els") in places(repo, WEEK)
    assert [p.id for p in repo.former_people()] == ["els"]
    assert "els" not in {p.id for p in repo.load_organisation().people}


def test_their_calendar_and_their_colleagues_get_the_cancellations(tmp_path):
    repo = without(world(tmp_path), "els")

    files = Service(repo).calendars(Period(WEEK.start, 2), now=BETWEEN + timedelta(hours=1))

    def statuses(person_id: str) -> dict[str, str]:
        events = Calendar.from_ical(files[person_id]).walk("VEVENT")
        return {str(e["UID"]).split("/")[0]: str(e.get("STATUS")) for e in events}

    next_monday = shift_at(repo, "inloop", NEXT.start, NEXT)
    this_monday = shift_at(repo, "inloop", WEEK.start, WEEK)
    assert statuses("els") == {this_monday: "CONFIRMED", next_monday: "CANCELLED"}
    assert statuses("jan")[next_monday] == "CANCELLED"  # never alone on a shift without her


def test_loading_the_folder_without_them_is_one_change_in_the_log(tmp_path):
    repo = without(world(tmp_path), "els")

    entries = Service(repo).audit_log(person_id="els")
    last_load = max(e.change for e in entries if e.action == "load")
    from_it = {
        (e.kind, e.subject, e.after == {"left": True}) for e in entries if e.change == last_load
    }

    monday = shift_at(repo, "inloop", NEXT.start, NEXT)
    assert from_it == {
        ("person", "els", True),
        ("roster", monday, False),
        ("published", monday, False),
    }


def test_a_week_they_left_in_the_middle_of_is_checked_and_planned_again(tmp_path):
    repo = world(tmp_path)
    org = organisation()
    left = replace(org, people=tuple(p for p in org.people if p.id != "els"))
    repo.save_organisation(left, now=utc(2026, 11, 30, 20), holds=shift_holds(left))
    monday = shift_at(repo, "inloop", WEEK.start, WEEK)
    assert (monday, "els") in places(repo, WEEK)  # her Monday was over when she left

    assert check_period(repo, WEEK, published=True).violations == []
    outcome = Service(repo).plan_period(WEEK, time_limit=2)

    # The re-plan repairs what her leaving broke and keeps the rest: her Monday stays.
    assert {a.shift_id for a in outcome.roster.assignments if a.person_id == "els"} <= {monday}
    assert check_period(repo, WEEK).violations == []
    assert Service(repo).ratio_report(WEEK).total.covered >= 1  # her worked shift counts
