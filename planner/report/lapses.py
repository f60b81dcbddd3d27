"""Qualifications that lapse soon: marked in the app, warned about by `roster check`, listed
in the coordinator's digest. Planning itself needs no warning: a lapsed qualification simply
does not count on shifts from its date (Person.qualifications_on)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain import Organisation

# How far ahead a lapse is worth a mark and a warning: a month to renew a certificate.
WARN_AHEAD = timedelta(days=30)


@dataclass(frozen=True)
class Lapse:
    person_id: str
    qualification: str
    on: date  # the first day it no longer counts


def lapsing(org: Organisation, today: date, until: date | None = None) -> list[Lapse]:
    """Every qualification that lapses from `today` up to `until` (default 30 days ahead),
    soonest first."""
    last = until or today + WARN_AHEAD
    found = [Lapse(p.id, q, day) for p in org.people for q, day in p.lapses if today <= day <= last]
    return sorted(found, key=lambda lapse: (lapse.on, lapse.person_id, lapse.qualification))
