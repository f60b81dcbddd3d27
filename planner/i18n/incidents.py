"""Incidents that happened (planner/report/incidents.py) in the current language: for
`roster check`, the ratio report and the export. No names: the shift, the count."""

from __future__ import annotations

from planner.i18n.format import short_datetime
from planner.i18n.language import _, ngettext
from planner.report.incidents import Incident, IncidentKind


def incident_text(incident: Incident) -> str:
    """'Inloop di 1 dec 09:00: 2 vrijwilligers stonden er zonder hun beroepskracht'."""
    shift = f"{incident.activity} {short_datetime(incident.start)}"
    if incident.kind is IncidentKind.VOLUNTEERS_WITHOUT_PROFESSIONAL:
        return ngettext(
            "{shift}: {n} volunteer was there without their professional",
            "{shift}: {n} volunteers were there without their professional",
            incident.volunteers,
            shift=shift,
        )
    return _("{shift}: ran without its professionals", shift=shift)


def incidents_heading(count: int) -> str:
    return ngettext(
        "{n} incident happened on shifts that have started:",
        "{n} incidents happened on shifts that have started:",
        count,
    )
