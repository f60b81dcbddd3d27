"""Nobody in two places at once: no overlap; travel time between different sites."""

from datetime import timedelta

from planner.settings import HardSettings
from tests.builders import activity, assign, professional, shift
from tests.check.support import rules, violations

# Rest is switched off here so only the two-places rule speaks.
NO_REST = HardSettings(min_rest=timedelta(0))
ELS = professional()


def test_overlapping_shifts():
    a = shift(activity("inloop", "Inloop", start="09:00", end="12:00"))
    b = shift(activity("buurtwerk", "Buurtwerk", start="11:00", end="13:00"))
    found = violations([a, b], [ELS], assign(a, ELS), assign(b, ELS), hard=NO_REST)
    assert [v.message for v in found] == [
        "Els Vermeulen works Inloop Mon 30 Nov 09:00 and Buurtwerk Mon 30 Nov 11:00 at once."
    ]


def test_back_to_back_at_the_same_site_is_fine():
    a = shift(activity("inloop", start="09:00", end="12:00"))
    b = shift(activity("buurtwerk", start="12:00", end="14:00"))
    assert violations([a, b], [ELS], assign(a, ELS), assign(b, ELS), hard=NO_REST) == []


def test_too_little_travel_time_between_sites():
    a = shift(activity("inloop", "Inloop", start="09:00", end="12:00", site="Sociaal Huis"))
    b = shift(activity("buurtwerk", "Buurtwerk", start="12:20", end="14:00", site="Wijkhuis"))
    found = violations([a, b], [ELS], assign(a, ELS), assign(b, ELS), hard=NO_REST)
    assert [v.message for v in found] == [
        "Els Vermeulen has 20 min to travel from Inloop Mon 30 Nov 09:00 (Sociaal Huis) "
        "to Buurtwerk Mon 30 Nov 12:20 (Wijkhuis), needs 30 min."
    ]


def test_exactly_the_travel_time_is_enough():
    a = shift(activity("inloop", start="09:00", end="12:00", site="Sociaal Huis"))
    b = shift(activity("buurtwerk", start="12:30", end="14:00", site="Wijkhuis"))
    assert violations([a, b], [ELS], assign(a, ELS), assign(b, ELS), hard=NO_REST) == []


def test_overlap_is_not_also_reported_as_missing_rest():
    a = shift(activity("inloop", start="09:00", end="12:00"))
    b = shift(activity("buurtwerk", start="11:00", end="13:00"))
    assert rules(violations([a, b], [ELS], assign(a, ELS), assign(b, ELS))) == ["no_overlap"]
