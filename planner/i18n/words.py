"""The names a sentence needs: people by id, activities by id, shifts by id, closing days.

A reason holds ids (planner/reasons.py); the edge that words it looks the names up here. A
shift id carries its activity and local start, so any shift can be named, even one outside
the period a screen has generated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

import holidays

from planner.dates import activity_of, local_start_of
from planner.domain import Activity, Organisation
from planner.i18n.format import short_datetime
from planner.i18n.language import _, current


@dataclass(frozen=True)
class Words:
    people: Mapping[str, str] = field(default_factory=dict)  # person id -> full name
    activities: Mapping[str, Activity] = field(default_factory=dict)
    holiday_country: str = "BE"
    extra_closures: frozenset[date] = frozenset()

    @classmethod
    def of(cls, org: Organisation) -> Words:
        return cls(
            {p.id: p.name for p in org.people},
            {a.id: a for a in org.activities},
            org.holiday_country,
            frozenset(org.extra_closures),
        )

    def name(self, person_id: str | None) -> str:
        if person_id is None:
            return _("everyone")
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
            return _("every shift")
        start = self.start(shift_id)
        if start is None:
            return shift_id
        return f"{self.activity(activity_of(shift_id))} {short_datetime(start)}"

    def in_order(self, *shift_ids: str) -> list[str]:
        """Shift ids by start (local start, then id)."""
        return sorted(shift_ids, key=lambda s: (self.start(s) or datetime.max, s))

    def closure(self, day: date, saved: str | None = None) -> str:
        """Why the shifts of a closed day are closed: 'feestdag: Kerstmis', the holiday named
        in the current language where the holidays package knows it in that language; else
        the reason `saved` with the shift (planner/shifts.py), else 'closed'."""
        name = holiday_name(self.holiday_country, day, current().code)
        if name:
            return _("public holiday: {name}", name=name)
        if day in self.extra_closures:
            return _("closed: organisation closing day")
        return saved or _("closed")


@lru_cache(maxsize=64)
def _holidays(country: str, year: int, code: str) -> Mapping[date, str]:
    try:
        found = holidays.country_holidays(country, years=year)
    except (NotImplementedError, KeyError):
        return {}
    language = next((x for x in found.supported_languages if x.split("_")[0] == code), None)
    if language is not None:
        found = holidays.country_holidays(country, years=year, language=language)
    return dict(found.items())


def holiday_name(country: str, day: date, code: str) -> str | None:
    return _holidays(country, day.year, code).get(day)
