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


NIGHT = activity(
    "nachtopvang", "Nachtopvang", start="20:00", end="08:00", volunteers_min=1, volunteers_max=1
)
WHOLE_DAYS = tuple(window(d, "00:00", "00:00") for d in (3, 4, 5, 6))  # 'thu;fri;sat;sun'


def test_whole_days_in_a_row_cover_the_nights_between_them():
    from datetime import timedelta

    from planner.domain import Period
    from planner.service import Service
    from planner.storage.engine import make_engine
    from planner.storage.repository import Repository
    from tests.builders import MONDAY, org

    jan = volunteer(offers=WHOLE_DAYS)
    thursday = shift(NIGHT, MONDAY + timedelta(days=3))
    assert violations([thursday], [ELS, jan], assign(thursday, ELS), assign(thursday, jan)) == []
    sunday = shift(NIGHT, MONDAY + timedelta(days=6))  # into Monday, which is not offered
    found = violations([sunday], [ELS, jan], assign(sunday, ELS), assign(sunday, jan))
    assert [v.rule for v in found] == ["volunteer_offers"]

    # And the planner puts them on those nights (the model shares the meaning).
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org([NIGHT], [ELS, jan]))
    outcome = Service(repo).plan_period(Period(MONDAY), time_limit=5)
    nights = sorted(a.shift_id[-16:-6] for a in outcome.roster.assignments if a.person_id == "jan")
    assert nights == ["2026-12-03", "2026-12-04", "2026-12-05"]
