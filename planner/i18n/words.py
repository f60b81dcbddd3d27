"""The names a sentence needs: people by id, activities by id, shifts by id.

A reason holds ids (planner/reasons.py); the edge that words it looks the names up here. A
shift id carries its activity and local start, so any shift can be named, even one outside
the period a screen has generated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from planner.dates import activity_of, local_start_of
from planner.domain import Activity, Organisation
from planner.i18n.format import short_datetime


@dataclass(frozen=True)
class Words:
    people: Mapping[str, str] = field(default_factory=dict)  # person id -> full name
    activities: Mapping[str, Activity] = field(default_factory=dict)

    @classmethod
    def of(cls, org: Organisation) -> Words:
        return cls({p.id: p.name for p in org.people}, {a.id: a for a in org.activities})

    def name(self, person_id: str | None) -> str:
        if person_id is None:
            return "everyone"
        return self.people.get(person_id, person_id)

    def activity(self, activity_id: str) -> str:
        found = self.activities.get(activity_id)
        return found.name if found else activity_id

    def site(self, shift_id: str) -> str:
        found = self.activities.get(activity_of(shift_id))
        return found.site if found else ""

    def start(self, shift_id: str) -> datetime | None:
        try:
            return local_start_of(shift_id)
        except ValueError:
            return None

    def shift(self, shift_id: str | None) -> str:
        """'Nachtopvang di 1 dec 20:00'; the id itself when it is not a shift id."""
        if shift_id is None:
            return "every shift"
        start = self.start(shift_id)
        if start is None:
            return shift_id
        return f"{self.activity(activity_of(shift_id))} {short_datetime(start)}"

    def in_order(self, *shift_ids: str) -> list[str]:
        """Shift ids by start (local start, then id)."""
        return sorted(shift_ids, key=lambda s: (self.start(s) or datetime.max, s))
