"""When people leave (gone from people.csv, or forgotten), which of their future shifts still
hold without them: the independent checker's shift rules decide (cover, supervision, nobody
alone, no volunteer in a professional's place). planner/storage/departures.py does the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.check import shift_violations
from planner.check.facts import Facts
from planner.dates import local_start_of, monday_of
from planner.domain import Assignment, Organisation, Period, Shift
from planner.settings import settings_from_toml
from planner.shifts import generate_shifts
from planner.storage.departures import Holds


def shift_holds(org: Organisation) -> Holds:
    """A shift holds when the people staying on it break none of the shift rules of `org`
    (the organisation as it is after they left)."""
    settings = settings_from_toml(org.rules)
    weeks: dict[date, dict[str, Shift]] = {}

    def holds(shift_id: str, staying: Sequence[Assignment]) -> bool:
        monday = monday_of(local_start_of(shift_id).date())
        if monday not in weeks:
            weeks[monday] = {s.id: s for s in generate_shifts(org, Period(monday))}
        shift = weeks[monday].get(shift_id)
        if shift is None or shift.closed:
            return True  # no longer a shift to staff: there is nothing to leave unstaffed
        facts = Facts.build(org, Period(monday), [], settings)
        return not shift_violations(facts, shift, staying, False)

    return holds
