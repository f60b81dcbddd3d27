"""`roster export ics` on a real repository: stable files, own shifts only, clear errors."""

from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar

from cli import main
from planner.domain import Period
from planner.service.calendars import export_calendars

from ..builders import activity
from .world import organisation, publish, repository, shift_at, utc

WEEK = Period(date(2026, 11, 30), 1)
PUBLISHED = utc(2026, 11, 20, 10, 0)


def events(data: bytes):
    return Calendar.from_ical(data).walk("VEVENT")


@pytest.fixture
def repo(tmp_path):
    repo = repository(tmp_path)
    monday = shift_at(repo, "inloop", date(2026, 11, 30), WEEK)
    night = shift_at(repo, "nachtopvang", date(2026, 12, 1), WEEK)
    places = [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")]
    publish(repo, WEEK, places, PUBLISHED)
    return repo


def test_exporting_the_same_roster_twice_gives_the_same_file(repo):
    first = export_calendars(repo, WEEK, ["jan"], now=utc(2026, 11, 21))
    second = export_calendars(repo, WEEK, ["jan"], now=utc(2026, 11, 28))

    assert first == second
    (event,) = events(first["jan"])
    assert event["DTSTAMP"].dt == PUBLISHED


def test_nobody_sees_another_persons_name_or_shift(repo):
    files = export_calendars(repo, WEEK, now=PUBLISHED)
    names = {p.id: p.name for p in organisation().people}

    assert set(files) == set(names)
    for person_id, data in files.items():
        text = data.decode()
        others = [n for pid, n in names.items() if pid != person_id]
        assert not [n for n in others if n in text], person_id
        assert all(str(e["UID"]).endswith(f"/{person_id}@roster-planner") for e in events(data))
    assert len(events(files["jan"])) == 1


def test_new_site_raises_the_sequence_of_the_events_there(repo):
    export_calendars(repo, WEEK, ["jan"], now=PUBLISHED)
    org = repo.load_organisation()
    moved = replace(org.activity("inloop"), site="Kerkstraat 2")
    repo.save_organisation(replace(org, activities=(moved, org.activity("nachtopvang"))))

    (event,) = events(export_calendars(repo, WEEK, ["jan"], now=PUBLISHED)["jan"])

    assert (str(event["LOCATION"]), event["SEQUENCE"]) == ("Kerkstraat 2", 1)


def test_cli_writes_everyone_into_a_directory(repo, tmp_path):
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    main(
        [
            "--db",
            db,
            "export",
            "ics",
            "--from",
            "2026-11-30",
            "--weeks",
            "1",
            "--all",
            "-o",
            str(tmp_path / "out"),
        ]
    )

    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "els.ics",
        "jan.ics",
        "mira.ics",
        "piet.ics",
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--person", "nobody", "-o", "x.ics"], "unknown person 'nobody'"),
        (
            ["--from", "2027-06-07", "--person", "jan", "-o", "x.ics"],
            "nothing published from Mon 7 Jun 2027 to Sun 13 Jun 2027",
        ),
    ],
)
def test_cli_errors_are_one_clear_line(repo, tmp_path, capsys, args, message):
    db = f"sqlite:///{tmp_path / 'roster.db'}"
    base = ["--db", db, "--lang", "en", "export", "ics", "--weeks", "1"]
    if "--from" not in args:
        base += ["--from", "2026-11-30"]
    with pytest.raises(SystemExit) as exit_:
        main(base + [a if a != "x.ics" else str(tmp_path / a) for a in args])

    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_shift_just_after_midnight_on_the_first_day_is_cancelled_too(tmp_path):
    # 00:30 in Brussels on Monday is still Sunday in UTC: the window is in local days.
    early = activity("vroeg", "Vroege ronde", start="00:30", end="02:00", rrule="FREQ=DAILY")
    org = organisation()
    repo = repository(tmp_path, replace(org, activities=(*org.activities, early)))
    first = shift_at(repo, "vroeg", date(2026, 11, 30), WEEK)
    publish(repo, WEEK, [(first, "els")], PUBLISHED)
    export_calendars(repo, WEEK, ["els"], now=PUBLISHED)
    publish(repo, WEEK, [], utc(2026, 11, 21, 10, 0))

    (event,) = events(export_calendars(repo, WEEK, ["els"], now=PUBLISHED)["els"])

    assert (str(event["STATUS"]), event["SEQUENCE"]) == ("CANCELLED", 1)
