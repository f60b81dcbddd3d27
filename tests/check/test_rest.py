"""Rest between working days (planner/settings.py HardSettings.min_rest)."""

from datetime import timedelta
from itertools import combinations

from planner.domain import Period
from planner.settings import HardSettings
from planner.solver.problem import PlanningProblem
from tests.builders import MONDAY, activity, assign, org, professional, shift, volunteer
from tests.check.support import rules, violations

LATE = activity("inloop", "Inloop", start="17:00", end="22:00")
EARLY = activity("ontbijt", "Ontbijt", start="08:00", end="10:00")
TUESDAY = MONDAY + timedelta(days=1)


def test_ten_hours_between_a_late_and_an_early_shift_is_too_little():
    els = professional()
    a, b = shift(LATE), shift(EARLY, TUESDAY)
    found = violations([a, b], [els], assign(a, els), assign(b, els))
    assert [(v.rule, v.person_id, v.shift_id) for v in found] == [
        ("rest_between_shifts", "els", b.id)
    ]
    assert found[0].message == (
        "Els Vermeulen has 10 h rest between Inloop Mon 30 Nov 17:00 and Ontbijt Tue 1 Dec 08:00, "
        "at least 11 h."
    )


def test_exactly_eleven_hours_is_enough():
    els = professional()
    a, b = shift(LATE), shift(activity("ontbijt", start="09:00", end="10:00"), TUESDAY)
    assert violations([a, b], [els], assign(a, els), assign(b, els)) == []


def test_rest_applies_to_volunteers_too():
    jan = volunteer()
    late = activity("taalcafe", start="17:00", end="22:00", volunteers_max=1)
    early = activity("ontbijt", start="08:00", end="10:00", volunteers_max=1)
    a, b = shift(late), shift(early, TUESDAY)
    found = violations(
        [a, b], [jan], assign(a, jan), assign(b, jan), unstaffed={a.id: "x", b.id: "x"}
    )
    assert ("rest_between_shifts", "jan") in [(v.rule, v.person_id) for v in found]


def test_a_shorter_rest_setting_allows_it():
    els = professional()
    a, b = shift(LATE), shift(EARLY, TUESDAY)
    hard = HardSettings(min_rest=timedelta(hours=10))
    assert violations([a, b], [els], assign(a, els), assign(b, els), hard=hard) == []


def test_rest_is_measured_in_real_hours_across_the_dst_change():
    # Sunday 29 March 2026 clocks go forward at 02:00: 22:00 -> 08:00 is 9 real hours.
    from datetime import date

    els = professional()
    sat, sun = date(2026, 3, 28), date(2026, 3, 29)
    a = shift(activity("inloop", start="20:00", end="22:00"), sat)
    b = shift(activity("ontbijt", start="08:00", end="10:00"), sun)
    hard = HardSettings(min_rest=timedelta(hours=10))
    found = violations(
        [a, b], [els], assign(a, els), assign(b, els), hard=hard, period=Period(date(2026, 3, 23))
    )
    assert [v.rule for v in found] == ["rest_between_shifts"]
    assert "has 9 h rest" in found[0].message


MORNING = activity("inloop-vm", "Inloop VM", start="09:00", end="12:30")
AFTERNOON = activity("inloop-nm", "Inloop NM", start="13:30", end="17:00")


def test_a_morning_and_an_afternoon_of_one_day_are_one_working_day():
    els = professional()
    a, b = shift(MORNING), shift(AFTERNOON)
    assert violations([a, b], [els], assign(a, els), assign(b, els)) == []


def test_a_night_after_a_morning_of_the_same_day_is_too_long_a_working_day():
    els = professional(max_hours_per_day=16)  # the hours alone would do
    a, b = shift(MORNING), shift(activity("nacht", "Nacht", start="20:00", end="08:00"))
    found = violations([a, b], [els], assign(a, els), assign(b, els))
    assert [(v.rule, v.shift_id) for v in found] == [("rest_between_shifts", b.id)]
    assert found[0].message == (
        "Els Vermeulen works Inloop VM Mon 30 Nov 09:00 and Nacht Mon 30 Nov 20:00 on one day "
        "spanning 23 h (at most 13 h) with 7 h 30 min rest between, at least 11 h."
    )


def test_one_working_day_spans_at_most_24_hours_minus_the_rest():
    els = professional()
    a = shift(activity("ontbijt", start="08:00", end="10:00"))
    b = shift(activity("avond", start="19:00", end="21:00"))
    assert violations([a, b], [els], assign(a, els), assign(b, els)) == []
    c = shift(activity("avond", start="19:00", end="21:30"))
    assert rules(violations([a, c], [els], assign(a, els), assign(c, els))) == [
        "rest_between_shifts"
    ]
    # With 10 h rest a working day may span 14 h.
    hard = HardSettings(min_rest=timedelta(hours=10))
    assert violations([a, c], [els], assign(a, els), assign(c, els), hard=hard) == []


def test_the_checker_and_the_planner_agree_on_rest_between_any_two_shifts():
    # Starts every 90 min over two days, 1-9 h long: every case of same day, next day,
    # one working day or not, across midnight.
    candidates = []
    for day in (MONDAY, TUESDAY):
        for minute in range(0, 24 * 60, 90):
            for hours in (1, 4, 9):
                end = (minute + hours * 60) % (24 * 60)
                act = activity(
                    f"a{minute}-{hours}",
                    start=f"{minute // 60:02d}:{minute % 60:02d}",
                    end=f"{end // 60:02d}:{end % 60:02d}",
                )
                candidates.append(shift(act, day))
    els = professional(max_hours_per_day=24)
    hard = HardSettings(travel_time=timedelta(0))
    p = PlanningProblem.build(org([], [els]), Period(MONDAY), candidates)
    disagree = []
    for a, b in combinations(candidates, 2):
        if a.start < b.end and b.start < a.end:
            continue  # overlap: another rule
        found = violations([a, b], [els], assign(a, els), assign(b, els), hard=hard)
        if ("rest_between_shifts" in rules(found)) != p.rest_conflict(a, b, hard.min_rest):
            disagree.append((a.id, b.id))
    assert disagree == []
