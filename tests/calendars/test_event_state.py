"""Reconciling what a calendar was told with the published roster: one rule at a time."""

from datetime import UTC, date, datetime, timedelta

from planner.domain import Period
from planner.io.ics import EventContent, EventStatus
from planner.service.calendars import CANCELLED_KEPT, EventState, events_to_send, reconcile

WINDOW = Period(date(2026, 11, 30), 1)
FIRST = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # first publication
SECOND = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a re-plan, published
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def content(uid="u1", site="Markt 1", start=datetime(2026, 11, 30, 8, 0, tzinfo=UTC)):
    return EventContent(uid, "inloop@x", start, start + timedelta(hours=3), "Inloop", site, "")


def run(previous, current, stamp=FIRST, now=NOW):
    return reconcile(
        previous,
        {c.uid: ("els", c) for c in current},
        window=WINDOW,
        stamp_of={WINDOW.start: stamp},
        now=now,
    )


def test_new_event_starts_at_sequence_zero_stamped_with_the_publication():
    (state,) = run({}, [content()]).values()

    assert (state.sequence, state.status, state.stamp) == (0, EventStatus.CONFIRMED, FIRST)


def test_unchanged_event_keeps_sequence_and_stamp_even_after_a_new_publication():
    before = run({}, [content()])
    after = run(before, [content()], stamp=SECOND)

    assert after == before


def test_new_site_raises_sequence_and_takes_the_new_publication_as_stamp():
    before = run({}, [content()])
    (state,) = run(before, [content(site="Kerkstraat 2")], stamp=SECOND).values()

    assert (state.sequence, state.content.location, state.stamp) == (1, "Kerkstraat 2", SECOND)


def test_shift_taken_away_becomes_cancelled_with_a_raised_sequence():
    before = run({}, [content()])
    (state,) = run(before, [], stamp=SECOND).values()

    assert (state.status, state.sequence, state.cancelled_at) == (EventStatus.CANCELLED, 1, SECOND)


def test_cancelled_event_is_not_cancelled_twice():
    cancelled = run(run({}, [content()]), [], stamp=SECOND)

    assert run(cancelled, [], stamp=SECOND) == cancelled


def test_shift_given_back_is_confirmed_again_with_a_higher_sequence():
    cancelled = run(run({}, [content()]), [], stamp=SECOND)
    (state,) = run(cancelled, [content()], stamp=SECOND).values()

    assert (state.status, state.sequence, state.cancelled_at) == (EventStatus.CONFIRMED, 2, None)


def test_event_outside_the_exported_window_is_left_alone():
    outside = content("u9", start=datetime(2026, 12, 8, 8, 0, tzinfo=UTC))  # after the window
    before = {
        "u9": EventState("els", outside, 3, EventStatus.CONFIRMED, FIRST, FIRST),
    }

    assert run(before, []) == before


def test_cancelled_event_is_sent_until_a_publication_four_weeks_after_cancelling():
    (state,) = run(run({}, [content()]), [], stamp=SECOND).values()

    def sent(latest_publication):
        return [e.status for e in events_to_send([state], "els", WINDOW, latest_publication)]

    assert sent(SECOND) == [EventStatus.CANCELLED]
    assert sent(SECOND + CANCELLED_KEPT - timedelta(minutes=1)) == [EventStatus.CANCELLED]
    assert sent(SECOND + CANCELLED_KEPT) == []


def test_another_persons_events_are_never_sent():
    states = run({}, [content()])

    assert events_to_send(states.values(), "jan", WINDOW, NOW) == []
