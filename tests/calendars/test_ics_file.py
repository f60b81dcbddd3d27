"""The .ics file of one person: what each event says, in which time, and nothing more."""

from datetime import UTC, datetime

from icalendar import Calendar

from planner.domain import Role
from planner.io.ics import CalendarEvent, EventStatus, build_calendar, event_content

from ..builders import activity, shift

STAMP = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
NIGHT = activity("nachtopvang", "Nachtopvang", start="20:00", end="08:00", site="De Vaart 3")


def night_event(status=EventStatus.CONFIRMED, sequence=0) -> CalendarEvent:
    from datetime import date

    content = event_content(
        "uid-1@test", shift(NIGHT, date(2026, 10, 24)), Role.VOLUNTEER, "Sara, 053 12 34 56"
    )
    return CalendarEvent(content, sequence, status, STAMP)


def only_event(data: bytes):
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_night_across_the_clock_change_is_written_in_utc_with_its_real_length():
    event = only_event(build_calendar([night_event()], name="Diensten"))

    # 20:00 summer time is 18:00 UTC; 08:00 winter time is 07:00 UTC: a 13-hour night.
    assert event["DTSTART"].to_ical() == b"20261024T180000Z"
    assert event["DTEND"].to_ical() == b"20261025T070000Z"


def test_event_says_activity_role_site_and_coordinator():
    event = only_event(build_calendar([night_event()], name="Diensten"))

    assert str(event["SUMMARY"]) == "Nachtopvang — vrijwilliger"
    assert str(event["LOCATION"]) == "De Vaart 3"
    assert str(event["DESCRIPTION"]) == "Coördinator: Sara, 053 12 34 56"
    assert str(event["UID"]) == "uid-1@test"
    assert event["DTSTAMP"].to_ical() == b"20261001T120000Z"


def test_cancelled_event_carries_status_and_its_raised_sequence():
    event = only_event(build_calendar([night_event(EventStatus.CANCELLED, 1)], name="Diensten"))

    assert str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] == 1


def test_same_events_give_the_same_bytes_whatever_their_order():
    a = night_event()
    b = CalendarEvent(
        event_content("uid-2@test", shift(NIGHT), Role.VOLUNTEER, ""),
        0,
        EventStatus.CONFIRMED,
        STAMP,
    )
    assert build_calendar([a, b], name="x") == build_calendar([b, a], name="x")
