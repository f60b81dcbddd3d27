"""Every demo person's calendar: only their own shifts, never another person's name, and
khal shows their shifts at the local times of the published roster."""

from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from cli import main
from planner.domain import PersonKind
from planner.shifts import generate_shifts

from .demo_world import DEMO_WEEK, published_demo
from .khal import Khal, khal_executable

BRUSSELS = ZoneInfo("Europe/Brussels")


def test_no_demo_calendar_names_anyone_else(tmp_path_factory, tmp_path):
    repo, db = published_demo(tmp_path_factory, tmp_path)
    main(["--db", db, "export", "ics", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--all", "-o", str(tmp_path / "cals")])  # fmt: skip
    org = repo.load_organisation()
    roster = repo.roster(DEMO_WEEK, published=True)

    for person in org.people:
        text = (tmp_path / "cals" / f"{person.id}.ics").read_text(encoding="utf-8")
        unfolded = text.replace("\r\n ", "")  # iCalendar folds long lines
        others = [p.name for p in org.people if p.id != person.id and p.name in unfolded]
        assert others == [], f"{person.id}'s calendar names {others}"
        own = sum(1 for a in roster.assignments if a.person_id == person.id)
        assert len(Calendar.from_ical(text).walk("VEVENT")) == own, person.id


def test_demo_calendars_show_the_published_local_times_in_khal(tmp_path_factory, tmp_path):
    if khal_executable() is None:
        pytest.skip("khal is not installed")
    repo, db = published_demo(tmp_path_factory, tmp_path)
    org = repo.load_organisation()
    shifts = {s.id: s for s in generate_shifts(org, DEMO_WEEK)}
    roster = repo.roster(DEMO_WEEK, published=True)
    # khal starts slowly, so a sample: the busiest professional and volunteer, and someone
    # on the night shelter (a shift across midnight).
    count = Counter(a.person_id for a in roster.assignments)
    busiest = {
        max((p for p in org.people if p.kind is kind), key=lambda p: count[p.id]).id
        for kind in PersonKind
    }
    nights = [
        a.person_id for a in roster.assignments if shifts[a.shift_id].activity.crosses_midnight
    ]
    sample = sorted(busiest | set(nights[:1]))

    for person_id in sample:
        khal = Khal(tmp_path / f"khal-{person_id}")
        path = tmp_path / f"{person_id}.ics"
        main(["--db", db, "export", "ics", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--person", person_id, "-o", str(path)])  # fmt: skip
        khal.import_file(path)

        expected = sorted(
            (
                shifts[a.shift_id].start.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M"),
                shifts[a.shift_id].end.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M"),
                shifts[a.shift_id].activity.site,
            )
            for a in roster.assignments
            if a.person_id == person_id
        )
        shown = sorted((e.start, e.end, e.location) for e in khal.events(DEMO_WEEK.start, 8))
        assert shown == expected, person_id


def test_a_demo_volunteer_who_reads_french_sees_french_in_khal(tmp_path_factory, tmp_path):
    """The coordinator exports in English; the volunteer's calendar is in their French."""
    if khal_executable() is None:
        pytest.skip("khal is not installed")
    repo, db = published_demo(tmp_path_factory, tmp_path)
    org = repo.load_organisation()
    on_shift = {a.person_id for a in repo.roster(DEMO_WEEK, published=True).assignments}
    french = next(p for p in org.people if p.language == "fr" and p.id in on_shift)
    path = tmp_path / f"{french.id}.ics"
    main(["--db", db, "--lang", "en", "export", "ics", "--from", DEMO_WEEK.start.isoformat(), "--weeks", "1", "--person", french.id, "-o", str(path)])  # fmt: skip
    khal = Khal(tmp_path / "khal-fr")
    khal.import_file(path)

    titles = [e.title for e in khal.events(DEMO_WEEK.start, 8)]
    assert titles and all(t.endswith(" — bénévole") for t in titles), titles
