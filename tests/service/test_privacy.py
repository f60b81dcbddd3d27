"""A person's rights: everything held about them as JSON; forgetting them, after which their
name, id, e-mail and phone are nowhere: not in the database (its file searched byte by byte),
not in any export or report; and retention."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import MetaData, Table, select
from sqlmodel import Session

from planner.delivery import MailSettings, Security
from planner.domain import Absence, AbsenceKind, Period, Roster
from planner.errors import PlannerError
from planner.i18n.changes import entry_text
from planner.i18n.words import Words
from planner.io.report_html import render_html
from planner.io.report_text import render_csv, render_table
from planner.reasons import UnstaffedReason, Verdict
from planner.service import Service
from planner.service.checking import check_period
from planner.service.link_use import LinkUse
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.repository import Repository
from tests.builders import TZ, at, volunteer
from tests.calendars.world import organisation, publish, shift_at, utc
from tests.notices.smtp_server import smtp_server
from tests.storage.conftest import fresh_postgres

WEEK = Period(date(2026, 11, 30))
NEXT = Period(date(2026, 12, 7))
BETWEEN = utc(2026, 12, 5, 12)


def feed_rows(repo: Repository) -> list[FeedTokenRow]:
    with Session(repo.engine) as session:
        return list(session.exec(select(FeedTokenRow)).scalars())


ZEYNEP = replace(
    volunteer("zeynep.celik", "Zeynep Çelik"),
    email="zeynep.celik@mail.example",
    phone="0470 12 34 56",
)
# What must be gone: as written, and as JSON escapes it.
TRACES = ("Zeynep Çelik", "Zeynep \\u00c7elik", "zeynep.celik", "0470 12 34 56", "Çelik")


def shared_world(repo: Repository) -> Service:
    """Zeynep on the night shelter in a past and in a future week, with an absence, calendars
    exported, a colleague's absence naming her, a colleague naming her as his partner and an
    old-style reason naming her."""
    org = organisation()
    # Piet names her as his partner on the night shelter (people.csv always_with).
    people = tuple(
        replace(p, always_with=frozenset({"zeynep.celik"})) if p.id == "piet" else p
        for p in org.people
    )
    repo.save_organisation(replace(org, people=(*people, ZEYNEP)), now=utc(2026, 11, 1))
    for period in (WEEK, NEXT):
        monday = period.start
        places = [
            (shift_at(repo, "nachtopvang", monday, period), "piet"),
            (shift_at(repo, "nachtopvang", monday, period), "zeynep.celik"),
            (shift_at(repo, "inloop", monday, period), "els"),
        ]
        publish(repo, period, places, utc(2026, 11, 27, 12))
    # The world's own day, for what the service dates by its clock (the calendar link).
    service = Service(repo, clock=lambda: utc(2026, 11, 27, 13))
    service.calendars(Period(WEEK.start, 2), now=utc(2026, 11, 27, 13))
    day = date(2026, 12, 9)
    service.add_absence(
        Absence(
            "zeynep.celik", at(day, "00:00"), at(day, "23:59"), AbsenceKind.SICKNESS, "tandarts"
        )
    )
    service.add_absence(
        Absence("mira", at(day, "00:00"), at(day, "23:59"), reason="ruilt met Zeynep Çelik")
    )
    shifts = [s for s in generate_shifts(repo.load_organisation(), WEEK) if not s.closed]
    tuesday = next(s for s in shifts if s.activity_id == "inloop" and s.local_date.day == 1)
    note = UnstaffedReason(Verdict.NOTE, note="Zeynep Çelik on leave (an older release)")
    repo.save_roster(Roster(WEEK, (), {tuesday.id: note}), [tuesday])
    service.issue_feed("zeynep.celik")
    with smtp_server() as (inbox, port):  # her change notice: her address, what she was told
        org = repo.load_organisation()
        mail = MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, port)
        repo.save_organisation(replace(org, mail=mail))
        service.notify(now=utc(2026, 11, 27, 14))
    assert inbox.to(ZEYNEP.email)
    return service


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request, tmp_path):
    if request.param == "sqlite":
        path = tmp_path / "roster.db"
        return Repository(make_engine(f"sqlite:///{path}"), actor="sara"), path
    return Repository(fresh_postgres(), actor="sara"), None


def everything_stored(repo: Repository) -> str:
    """Every value of every row of every table, as text."""
    out = []
    with repo.engine.connect() as connection:
        tables = MetaData()
        tables.reflect(connection)
        for table in tables.sorted_tables:
            for row in connection.execute(
                select(Table(table.name, MetaData(), autoload_with=connection))
            ):
                out.append(json.dumps([str(v) for v in row], ensure_ascii=False))
                out.append(json.dumps([str(v) for v in row]))
    return "\n".join(out)


def everything_exported(service: Service) -> str:
    """Every export and report a coordinator can make of both weeks, and the log."""
    both = Period(WEEK.start, 2)
    texts = [
        json.dumps(service.export_json(p, published=b), ensure_ascii=False)
        for p in (WEEK, NEXT)
        for b in (True, False)
    ]
    texts += [
        data.decode() for data in service.calendars(both, now=BETWEEN + timedelta(hours=1)).values()
    ]
    for published in (True, False):
        report = service.ratio_report(both, published=published)
        texts += [render_table(report), render_csv(report), render_html(report)]
    words = Words.of(service.organisation())
    texts += [
        entry_text(e.kind, e.subject, e.before, e.after, words, TZ) for e in service.audit_log()
    ]
    texts += [e.actor for e in service.audit_log()]
    texts += [
        json.dumps(service.export_person(p.id), ensure_ascii=False)
        for p in service.organisation().people
    ]
    return "\n".join(texts)


def test_a_person_can_see_everything_held_about_them(backend):
    repo, _ = backend
    service = shared_world(repo)

    held = service.export_person("zeynep.celik", now=BETWEEN)

    assert held["format"] == "roster-person/1"
    assert (held["person"]["name"], held["person"]["email"]) == ("Zeynep Çelik", ZEYNEP.email)
    assert [a["reason"] for a in held["absences"]] == ["tandarts"]
    assert {(s["roster"], s["role"]) for s in held["shifts"]} == {
        ("working", "volunteer"),
        ("published", "volunteer"),
    }
    assert len(held["shifts"]) == 4
    assert len(held["calendar_events"]) == 2
    assert {e["kind"] for e in held["log"]} >= {
        "person",
        "roster",
        "published",
        "absence",
        "feed",
        "notice",
    }
    # Not the link; when her calendar last asked is hers to know too (never, yet).
    assert held["calendar_link"] == [
        {"issued_at": held["calendar_link"][0]["issued_at"], "last_asked_at": None}
    ]
    (token_hash,) = [row.token_hash for row in feed_rows(repo)]
    LinkUse().feed_fetched(repo, token_hash, BETWEEN)
    asked = service.export_person("zeynep.celik", now=BETWEEN)["calendar_link"]
    assert [link["last_asked_at"] for link in asked] == [BETWEEN.isoformat()]
    (notice,) = held["notices"]
    assert (notice["channel"], notice["status"], notice["address"]) == (
        "mail",
        "sent",
        ZEYNEP.email,
    )
    assert len(notice["events"]) == 2  # her two shifts, both ahead when she was told
    json.dumps(held)  # plain JSON all through


def test_forgetting_leaves_no_trace_anywhere_and_keeps_the_roster_valid(backend):
    repo, path = backend
    service = shared_world(repo)
    report_before = service.ratio_report(WEEK)

    link = service.feed_links()[0].url
    assert link is not None

    done = service.forget_person("zeynep.celik", now=BETWEEN)

    assert service.feed_links() == []  # her link died with her data
    assert service.feed(link.rpartition("/")[2].removesuffix(".ics"), now=BETWEEN) is None
    stored = everything_stored(repo) + everything_exported(service)
    for trace in TRACES:
        assert trace.lower() not in stored.lower(), trace
    if path is not None:  # the file itself, free pages included, and its journal
        raw = b"".join(p.read_bytes() for p in path.parent.glob(f"{path.name}*"))
        for trace in TRACES:
            assert trace.encode().lower() not in raw.lower(), trace
    assert check_period(repo, NEXT, published=True).violations == []
    night = shift_at(repo, "nachtopvang", NEXT.start, NEXT)
    on_night = {
        a.person_id for a in repo.roster(NEXT, published=True).assignments if a.shift_id == night
    }
    assert on_night == {"piet"}  # her future shift went; the past one stays, as done.pseudonym
    past_night = shift_at(repo, "nachtopvang", WEEK.start, WEEK)
    assert (past_night, done.pseudonym) in {
        (a.shift_id, a.person_id) for a in repo.roster(WEEK, published=True).assignments
    }
    report_after = service.ratio_report(WEEK)
    assert report_after.total == report_before.total  # counts and hours stay
    assert report_after.volunteer_load == report_before.volunteer_load
    assert report_after.contract_hours == report_before.contract_hours


def test_forgetting_sends_their_calendar_the_cancellations_of_their_future_shifts(backend):
    repo, _ = backend
    service = shared_world(repo)

    done = service.forget_person("zeynep.celik", now=BETWEEN)

    assert done.calendar is not None and done.cancelled == 1
    (event,) = Calendar.from_ical(done.calendar).walk("VEVENT")
    night = shift_at(repo, "nachtopvang", NEXT.start, NEXT)
    assert str(event["UID"]) == f"{night}/zeynep.celik@roster-planner"
    assert (str(event["STATUS"]), int(event["SEQUENCE"])) == ("CANCELLED", 1)


def test_forgetting_someone_whose_calendar_holds_shifts_needs_a_place_for_it(backend):
    repo, _ = backend
    service = shared_world(repo)
    seen = repo.seen()

    with pytest.raises(PlannerError, match="holds 1 future shift.*--calendar FILE"):
        service.forget_person("zeynep.celik", now=BETWEEN, calendar_wanted=False)

    assert repo.seen() == seen
    assert "zeynep.celik" in {p.id for p in repo.load_organisation().people}


def test_prune_erases_what_is_older_than_the_retention(backend):
    repo, _ = backend
    service = shared_world(repo)
    org = repo.load_organisation()
    gone = replace(org, people=tuple(p for p in org.people if p.id != "mira"))
    repo.save_organisation(gone, now=utc(2026, 12, 6))

    done = service.prune(months=24, now=utc(2029, 1, 1))

    assert done["people_forgotten"] == 1
    assert done["absence_reasons"] == 1  # Mira's went when she left: it was in the future
    assert all(a.reason == "" for a in repo.absences())
    early = [e for e in service.audit_log() if e.action != "prune"]
    assert all(e.before is None and e.after is None for e in early)
    assert "mira" not in everything_stored(repo)


def test_prune_keeps_what_is_younger_than_the_retention(backend):
    repo, _ = backend
    service = shared_world(repo)

    done = service.prune(months=24, now=utc(2027, 1, 1))

    assert done["absence_reasons"] == done["log_details"] == done["people_forgotten"] == 0
    assert {a.reason for a in repo.absences()} == {"tandarts", "ruilt met Zeynep Çelik"}


def test_a_missing_person_cannot_be_exported_or_forgotten(backend):
    repo, _ = backend
    service = shared_world(repo)

    with pytest.raises(PlannerError, match="unknown person 'nobody'"):
        service.export_person("nobody")
    with pytest.raises(PlannerError, match="unknown person 'nobody'"):
        service.forget_person("nobody", now=BETWEEN)
