"""Each person's calendar in their own language (people.csv `language`), whatever language the
coordinator runs the export in; the organisation's for everyone else."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from icalendar import Calendar

from planner.domain import Period
from planner.i18n.language import use_language
from planner.service.calendars import export_calendars

from .world import organisation, publish, repository, shift_at, utc

WEEK = Period(date(2026, 11, 30), 1)


def with_languages(**languages: str | None):
    org = organisation()
    people = tuple(replace(p, language=languages.get(p.id)) for p in org.people)
    return replace(org, people=people)


def texts(data: bytes) -> list[tuple[str, str, str]]:
    calendar = Calendar.from_ical(data)
    return [
        (str(calendar["X-WR-CALNAME"]), str(e["SUMMARY"]), str(e.get("DESCRIPTION", "")))
        for e in calendar.walk("VEVENT")
    ]


def planned(tmp_path, org):
    repo = repository(tmp_path, org)
    monday = shift_at(repo, "inloop", date(2026, 11, 30), WEEK)
    night = shift_at(repo, "nachtopvang", date(2026, 12, 1), WEEK)
    places = [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")]
    publish(repo, WEEK, places, utc(2026, 11, 20, 10, 0))
    return repo, night


def test_a_volunteer_who_reads_french_gets_a_french_calendar(tmp_path):
    repo, _night = planned(tmp_path, with_languages(mira="fr", piet="en"))
    with use_language("nl"):  # the coordinator's run decides nothing of what people receive
        files = export_calendars(repo, WEEK, now=utc(2026, 11, 21))

    assert texts(files["mira"]) == [
        (
            "Permanences — Sociaal Huis Testdorp",
            "Nachtopvang — bénévole",
            "Coordination\u00a0: Sara De Smet, coördinator, 053 12 34 56",
        )
    ]
    assert texts(files["piet"]) == [
        (
            "Shifts — Sociaal Huis Testdorp",
            "Nachtopvang — professional",
            "Coordinator: Sara De Smet, coördinator, 053 12 34 56",
        )
    ]
    # Without a language of their own: the organisation's, Dutch.
    assert texts(files["jan"]) == [
        (
            "Diensten — Sociaal Huis Testdorp",
            "Inloop — vrijwilliger",
            "Coördinator: Sara De Smet, coördinator, 053 12 34 56",
        )
    ]


def test_a_shift_taken_away_is_cancelled_in_the_persons_language(tmp_path):
    repo, night = planned(tmp_path, with_languages(mira="fr"))
    export_calendars(repo, WEEK, ["mira"], now=utc(2026, 11, 21))
    monday = shift_at(repo, "inloop", date(2026, 11, 30), WEEK)
    publish(repo, WEEK, [(monday, "els"), (night, "piet")], utc(2026, 11, 22, 10, 0))

    (cancelled,) = texts(export_calendars(repo, WEEK, ["mira"], now=utc(2026, 11, 23))["mira"])

    assert cancelled[1] == "ANNULÉ\u00a0: Nachtopvang — bénévole"


def test_a_language_without_a_catalogue_falls_back_to_the_organisations(tmp_path):
    org = replace(with_languages(mira="ar"), language="en")
    repo, _night = planned(tmp_path, org)

    files = export_calendars(repo, WEEK, ["mira"], now=utc(2026, 11, 21))

    assert texts(files["mira"])[0][1] == "Nachtopvang — volunteer"
