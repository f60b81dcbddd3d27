"""people.csv and the personal page do not overwrite each other silently: a `roster load` of
a file that would undo what a person entered on their page lists the difference and keeps the
person's entry, unless --overwrite-self-service; once the file says the same, the entry is
settled; `roster export people` gives what people entered."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from planner.domain import Slot, TimeWindow
from planner.service import Service
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(tmp_path, capsys):
    folder = write_folder(
        tmp_path / "org", people=[professional_row(), volunteer_row(offers="tue 13:00-17:00")]
    )
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    assert roster(capsys, db, "load", str(folder)).code == 0
    svc = Service(Repository(make_engine(db)), clock=lambda: NOW)
    return svc, db, folder


def offers(svc) -> list[tuple[int, str, str]]:
    limits = svc.organisation().person("jan").limits
    return [(w.weekday, f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in limits.offers]


def test_a_load_keeps_what_a_person_entered_and_says_so(world, capsys):
    svc, db, folder = world
    jan = svc.as_person("jan")
    jan.set_offers("jan", (TimeWindow(3, time(9, 0), time(12, 0)),), seen=svc.seen())
    els = svc.as_person("els")
    els.add_day_off("els", date(2026, 12, 24), seen=svc.seen())

    again = roster(capsys, db, "--lang", "en", "load", str(folder))

    assert again.code == 0, again.err
    assert (
        "Jan Peeters: kept the days and times they offer they entered on their page "
        "(Thu 09:00-12:00); people.csv says Tue 13:00-17:00 (--overwrite-self-service takes "
        "the file's)" in again.out
    )
    assert "Els Vermeulen: kept the days off they asked for they entered on their page" in again.out
    assert offers(svc) == [(3, "09:00", "12:00")]
    assert date(2026, 12, 24) in svc.organisation().person("els").wishes.days_off
    exported = roster(capsys, db, "export", "people").out
    assert "thu 09:00-12:00" in exported and "2026-12-24" in exported


def test_overwrite_takes_the_file_and_a_file_that_agrees_settles_the_entry(world, capsys):
    svc, db, folder = world
    svc.as_person("jan").set_offers(
        "jan", (TimeWindow(3, time(9, 0), time(12, 0)),), seen=svc.seen()
    )

    forced = roster(capsys, db, "--lang", "en", "load", "--overwrite-self-service", str(folder))

    assert "people.csv replaced the days and times they offer" in forced.out
    assert offers(svc) == [(1, "13:00", "17:00")]
    again = roster(capsys, db, "--lang", "en", "load", str(folder))
    assert "entered on their page" not in again.out  # nothing kept apart any more

    svc.as_person("jan").set_offers(
        "jan", (TimeWindow(3, time(9, 0), time(12, 0)),), seen=svc.seen()
    )
    write_folder(folder, people=[professional_row(), volunteer_row(offers="thu 09:00-12:00")])
    caught_up = roster(capsys, db, "--lang", "en", "load", str(folder))
    write_folder(folder, people=[professional_row(), volunteer_row(offers="tue 13:00-17:00")])
    later = roster(capsys, db, "--lang", "en", "load", str(folder))

    assert "entered on their page" not in caught_up.out
    assert "entered on their page" not in later.out  # settled: the file leads again
    assert offers(svc) == [(1, "13:00", "17:00")]


def test_a_reminder_chosen_on_the_page_survives_a_load_and_is_exported(world, capsys):
    svc, db, folder = world
    svc.as_person("jan").set_reminder("jan", 120, seen=svc.seen())

    again = roster(capsys, db, "--lang", "en", "load", str(folder))

    assert (
        "Jan Peeters: kept their reminder they entered on their page (2 h before); "
        "people.csv says the organisation's (--overwrite-self-service takes the file's)"
        in again.out
    )
    assert svc.organisation().person("jan").reminder == timedelta(hours=2)
    exported = roster(capsys, db, "export", "people").out
    header, jan = (
        exported.splitlines()[0].split(","),
        next(line for line in exported.splitlines() if line.startswith("jan,")).split(","),
    )
    assert jan[header.index("reminder")] == "2"

    forced = roster(capsys, db, "--lang", "en", "load", "--overwrite-self-service", str(folder))

    assert (
        "people.csv replaced their reminder they entered on their page (2 h before)" in forced.out
    )
    assert svc.organisation().person("jan").reminder is None


def test_a_person_who_leaves_and_comes_back_finds_the_file_leading(world, capsys):
    svc, db, folder = world
    svc.as_person("jan").set_offers(
        "jan", (TimeWindow(3, time(9, 0), time(12, 0)),), seen=svc.seen()
    )
    write_folder(folder, people=[professional_row()])
    assert roster(capsys, db, "load", str(folder)).code == 0  # Jan left
    write_folder(folder, people=[professional_row(), volunteer_row(offers="tue 13:00-17:00")])

    back = roster(capsys, db, "--lang", "en", "load", str(folder))

    assert "entered on their page" not in back.out
    assert offers(svc) == [(1, "13:00", "17:00")]


def test_wishes_entered_on_the_page_survive_a_load_and_are_exported(world, capsys):
    """A day and kind together from people.csv (`sat morning`) is kept beside the page's."""
    svc, db, folder = world
    write_folder(
        folder,
        people=[professional_row(prefers="sat morning"), volunteer_row(offers="tue 13:00-17:00")],
    )
    assert roster(capsys, db, "load", str(folder)).code == 0
    svc.as_person("els").set_wishes(
        "els", (Slot(0, None),), (Slot(None, "night"),), seen=svc.seen()
    )

    again = roster(capsys, db, "--lang", "en", "load", str(folder))

    assert again.code == 0, again.err
    assert (
        "Els Vermeulen: kept the days and kinds of shift they would like they entered on their "
        "page (morning shift on Saturday and Monday); people.csv says morning shift on Saturday"
    ) in again.out
    assert "the days and kinds of shift they would rather not work" in again.out
    wishes = svc.organisation().person("els").wishes
    assert set(wishes.prefers) == {Slot(5, "morning"), Slot(0, None)}
    assert wishes.avoids == (Slot(None, "night"),)
    exported = roster(capsys, db, "export", "people").out
    assert "sat morning;mon" in exported and "night" in exported

    forced = roster(capsys, db, "--lang", "en", "load", "--overwrite-self-service", str(folder))
    assert "people.csv replaced the days and kinds of shift they would like" in forced.out
    assert svc.organisation().person("els").wishes.prefers == (Slot(5, "morning"),)
