"""The safeguards' fields come back from the database as they were saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.domain import Among, HeavyLimits, Need, Slot, Wishes
from tests.builders import activity, org, professional, volunteer


def test_newcomers_heavy_limits_and_mentoring_come_back(repo):
    shelter = activity("nachtopvang", start="20:00", end="08:00", heavy=True, volunteers_max=1)
    mix = (
        Need(1, frozenset({"nurse"})),
        Need(1, frozenset({"ar", "fr"}), Among.EVERYONE, soft=True),
    )
    inloop = activity(
        "inloop", volunteers_max=2, professionals_mentor=True, newcomers_max=1, needs=mix
    )
    people = [
        replace(
            professional(),
            heavy=HeavyLimits(per_week=2),
            always_with=frozenset({"jan"}),
            wishes=Wishes(
                prefers=(Slot(0, None),),
                avoids=(Slot(None, "night"), Slot(5, "morning")),
                days_off=frozenset({date(2026, 12, 24)}),
            ),
        ),
        replace(volunteer(newcomer=True), never_with=frozenset({"an"})),
        replace(volunteer("an", "An Dubois"), heavy=HeavyLimits(in_row=1, per_month=3)),
    ]
    saved = org([inloop, shelter], people)
    repo.save_folder(saved, [])

    assert repo.load_organisation() == saved
