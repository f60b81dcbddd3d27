"""Exported calendars imported into khal, a real calendar client: right local times on both
sides of a clock change, and a re-export after a re-plan updates events in place."""

from datetime import date

import pytest

from cli import main
from planner.domain import Period

from .khal import Khal, khal_executable
from .world import publish, repository, shift_at, utc

pytestmark = pytest.mark.skipif(khal_executable() is None, reason="khal is not installed")

AUTUMN = Period(date(2026, 10, 19), 2)  # clocks go back on Sunday 25 October 2026
SPRING = Period(date(2027, 3, 22), 2)  # clocks go forward on Sunday 28 March 2027


def export(db, period: Period, person: str, path) -> None:
    main(
        [
            "--db",
            db,
            "export",
            "ics",
            "--from",
            period.start.isoformat(),
            "--weeks",
            str(period.weeks),
            "--person",
            person,
            "-o",
            str(path),
        ]
    )


@pytest.fixture
def world(tmp_path):
    repo = repository(tmp_path)
    return repo, f"sqlite:///{tmp_path / 'roster.db'}", Khal(tmp_path / "khal")


def times(listed):
    return [(e.start, e.end, e.title, e.status) for e in listed]


def test_autumn_clock_change_shows_local_times_in_khal(world, tmp_path):
    repo, db, khal = world
    places = [
        (shift_at(repo, "inloop", date(2026, 10, 23), AUTUMN), "jan"),  # Friday, summer time
        (shift_at(repo, "nachtopvang", date(2026, 10, 24), AUTUMN), "jan"),  # the long night
        (shift_at(repo, "inloop", date(2026, 10, 26), AUTUMN), "jan"),  # Monday, winter time
    ]
    publish(repo, AUTUMN, places, utc(2026, 10, 10, 9, 0))
    export(db, AUTUMN, "jan", tmp_path / "jan.ics")
    khal.import_file(tmp_path / "jan.ics")

    assert times(khal.events(AUTUMN.start, 14)) == [
        ("2026-10-23 09:00", "2026-10-23 12:00", "Inloop — vrijwilliger", "CONFIRMED"),
        ("2026-10-24 20:00", "2026-10-25 08:00", "Nachtopvang — vrijwilliger", "CONFIRMED"),
        ("2026-10-26 09:00", "2026-10-26 12:00", "Inloop — vrijwilliger", "CONFIRMED"),
    ]


def test_spring_clock_change_shows_local_times_in_khal(world, tmp_path):
    repo, db, khal = world
    places = [
        (shift_at(repo, "inloop", date(2027, 3, 26), SPRING), "els"),
        (shift_at(repo, "nachtopvang", date(2027, 3, 27), SPRING), "els"),  # the short night
        (shift_at(repo, "nachtopvang", date(2027, 3, 29), SPRING), "els"),  # Monday 29 March
    ]
    publish(repo, SPRING, places, utc(2027, 3, 1, 9, 0))
    export(db, SPRING, "els", tmp_path / "els.ics")
    khal.import_file(tmp_path / "els.ics")

    assert times(khal.events(SPRING.start, 14)) == [
        ("2027-03-26 09:00", "2027-03-26 12:00", "Inloop — beroepskracht", "CONFIRMED"),
        ("2027-03-27 20:00", "2027-03-28 08:00", "Nachtopvang — beroepskracht", "CONFIRMED"),
        ("2027-03-29 20:00", "2027-03-30 08:00", "Nachtopvang — beroepskracht", "CONFIRMED"),
    ]


def test_reexport_after_a_replan_updates_in_place_and_cancels_the_removed_shift(world, tmp_path):
    repo, db, khal = world
    friday = shift_at(repo, "inloop", date(2026, 10, 23), AUTUMN)
    night = shift_at(repo, "nachtopvang", date(2026, 10, 24), AUTUMN)
    tuesday = shift_at(repo, "inloop", date(2026, 10, 27), AUTUMN)
    publish(repo, AUTUMN, [(friday, "jan"), (night, "jan")], utc(2026, 10, 10, 9, 0))
    export(db, AUTUMN, "jan", tmp_path / "first.ics")
    khal.import_file(tmp_path / "first.ics")

    # Re-plan: Mira takes Friday; Jan gets Tuesday instead.
    publish(
        repo, AUTUMN, [(friday, "mira"), (night, "jan"), (tuesday, "jan")], utc(2026, 10, 12, 9, 0)
    )
    export(db, AUTUMN, "jan", tmp_path / "second.ics")
    khal.import_file(tmp_path / "second.ics")

    assert times(khal.events(AUTUMN.start, 14)) == [
        ("2026-10-23 09:00", "2026-10-23 12:00", "GESCHRAPT: Inloop — vrijwilliger", "CANCELLED"),
        ("2026-10-24 20:00", "2026-10-25 08:00", "Nachtopvang — vrijwilliger", "CONFIRMED"),
        ("2026-10-27 09:00", "2026-10-27 12:00", "Inloop — vrijwilliger", "CONFIRMED"),
    ]
    assert len(khal.stored_files()) == 3  # one per UID: nothing duplicated
