"""A volunteer works only in the times they offer, and never an activity they refuse."""

from tests.builders import activity, assign, professional, shift, volunteer, window
from tests.check.support import violations

TAALCAFE = activity("taalcafe", "Taalcafé", start="13:00", end="16:00", volunteers_max=2)
ELS = professional()


def test_outside_the_offered_times():
    jan = volunteer(offers=(window(1, "13:00", "17:00"),))  # Tuesdays only
    s = shift(TAALCAFE)  # a Monday
    found = violations([s], [ELS, jan], assign(s, ELS), assign(s, jan))
    assert [(v.rule, v.person_id) for v in found] == [("volunteer_offers", "jan")]
    assert found[0].message == (
        "Jan Peeters is on Taalcafé Mon 30 Nov 13:00, outside the times they offer (Tue 13:00-17:00)."
    )


def test_inside_the_offered_times():
    jan = volunteer(offers=(window(0, "12:00", "17:00"),))
    s = shift(TAALCAFE)
    assert violations([s], [ELS, jan], assign(s, ELS), assign(s, jan)) == []


def test_no_offers_means_any_time():
    jan = volunteer()
    s = shift(TAALCAFE)
    assert violations([s], [ELS, jan], assign(s, ELS), assign(s, jan)) == []


def test_a_refused_activity():
    jan = volunteer(refuses=("taalcafe",))
    s = shift(TAALCAFE)
    found = violations([s], [ELS, jan], assign(s, ELS), assign(s, jan))
    assert [(v.rule, v.reason) for v in found] == [
        ("volunteer_offers", "does not do Taalcafé (their own choice)")
    ]
