"""What a person's feed holds, read as the server reads it (Service.feed): the events of
`roster export ics`, brought up to date by each publication, their own only, in their
language, and nothing for a link that is not (or no longer) theirs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from planner.i18n.changes import entry_text
from planner.i18n.words import Words
from planner.service.calendars import CANCELLED_KEPT
from tests.feeds.world import PUBLISHED, REPUBLISHED, WEEK, organisation, publish, service, shift
from tests.feeds.world import token_of as token

NOW = REPUBLISHED + timedelta(days=1)
MONDAY, TUESDAY = date(2026, 11, 30), date(2026, 12, 1)


def events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def seen(data: bytes) -> list[tuple]:
    """What a calendar client keeps of each event."""
    return sorted(
        (
            str(e["UID"]),
            int(e["SEQUENCE"]),
            str(e["STATUS"]),
            e["DTSTART"].dt,
            e["DTEND"].dt,
            e["DTSTAMP"].dt,
            str(e["SUMMARY"]),
            str(e["LOCATION"]),
            str(e.get("DESCRIPTION", "")),
        )
        for e in events(data)
    )


@pytest.fixture
def world(tmp_path):
    svc, _url = service(tmp_path)
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    publish(svc, [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")], PUBLISHED)
    return svc


def feed_of(svc, person_id: str, now=NOW):
    version = svc.feed(token(svc.issue_feed(person_id).url), now=now)
    assert version is not None
    return version


def test_a_feed_holds_exactly_the_events_of_the_export(world):
    # Moved after a first publication: the cancelled Monday and the new Tuesday, each with
    # the SEQUENCE the export gives them.
    tuesday = shift(world, "inloop", TUESDAY)
    night = shift(world, "nachtopvang", TUESDAY)
    publish(
        world, [(tuesday, "els"), (tuesday, "jan"), (night, "piet"), (night, "mira")], REPUBLISHED
    )

    fed = feed_of(world, "jan").body()
    exported = world.calendars(WEEK, ["jan"], now=NOW)["jan"]

    assert seen(fed) == seen(exported)
    statuses = sorted((str(e["STATUS"]), int(e["SEQUENCE"])) for e in events(fed))
    assert statuses == [("CANCELLED", 1), ("CONFIRMED", 0)]


def test_a_publication_alone_moves_the_event_in_the_feed(world):
    before = feed_of(world, "jan")
    tuesday = shift(world, "inloop", TUESDAY)
    night = shift(world, "nachtopvang", TUESDAY)

    publish(
        world, [(tuesday, "els"), (tuesday, "jan"), (night, "piet"), (night, "mira")], REPUBLISHED
    )
    after = feed_of(world, "jan")

    assert after.etag != before.etag
    assert after.last_modified == REPUBLISHED
    starts = {(e["DTSTART"].dt.date(), str(e["STATUS"])) for e in events(after.body())}
    assert starts == {(MONDAY, "CANCELLED"), (TUESDAY, "CONFIRMED")}


def test_a_publication_that_leaves_a_persons_shifts_leaves_their_etag(world):
    before = feed_of(world, "jan")
    monday = shift(world, "inloop", MONDAY)
    night = shift(world, "nachtopvang", TUESDAY)

    # Piet and Mira swap their night for Tuesday's drop-in; Jan keeps his Monday.
    publish(
        world, [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")], REPUBLISHED
    )
    after = feed_of(world, "jan")

    assert (after.etag, after.body()) == (before.etag, before.body())
    assert after.last_modified == REPUBLISHED  # the latest publication, whoever it touched


def test_the_etag_changes_exactly_when_the_body_does(world):
    bodies: dict[str, bytes] = {}
    versions = [feed_of(world, p) for p in ("els", "jan", "piet", "mira")]
    versions.append(feed_of(world, "jan"))
    for version in versions:
        assert bodies.setdefault(version.etag, version.body()) == version.body()
    assert len(bodies) == 4  # four people, four different calendars


def test_a_feed_reaches_back_only_its_weeks(tmp_path):
    svc, _url = service(tmp_path, organisation(past_weeks=2))
    monday = shift(svc, "inloop", MONDAY)
    publish(svc, [(monday, "els"), (monday, "jan")], PUBLISHED)

    # The feed starts two Mondays before the current week's: on Sunday 20 December that is
    # 30 November, on Monday 21 December it is 7 December.
    two_weeks_on = feed_of(svc, "jan", now=PUBLISHED + timedelta(days=30))
    three_weeks_on = feed_of(svc, "jan", now=PUBLISHED + timedelta(days=31))

    assert len(events(two_weeks_on.body())) == 1
    assert events(three_weeks_on.body()) == []
    assert three_weeks_on.etag != two_weeks_on.etag


def test_a_cancelled_shift_stays_until_28_days_of_publications_later(world):
    tuesday = shift(world, "inloop", TUESDAY)
    publish(world, [(tuesday, "els"), (tuesday, "jan")], REPUBLISHED)
    next_week = replace(WEEK, start=WEEK.start + timedelta(weeks=1))

    publish(world, [], REPUBLISHED + CANCELLED_KEPT - timedelta(minutes=1), next_week)
    kept = [str(e["STATUS"]) for e in events(feed_of(world, "jan").body())]
    publish(world, [], REPUBLISHED + CANCELLED_KEPT, next_week)
    later = [str(e["STATUS"]) for e in events(feed_of(world, "jan").body())]

    assert sorted(kept) == ["CANCELLED", "CONFIRMED"]
    assert later == ["CONFIRMED"]


def test_a_feed_names_nobody_else(world):
    names = {p.id: p.name for p in world.organisation().people}
    for person_id in names:
        text = feed_of(world, person_id).body().decode()
        assert [n for pid, n in names.items() if pid != person_id and n in text] == []
        assert all(f"/{person_id}@" in str(e["UID"]) for e in events(text.encode()))


def test_a_french_volunteers_feed_is_in_french(tmp_path):
    org = organisation()
    people = tuple(replace(p, language="fr") if p.id == "mira" else p for p in org.people)
    svc, _url = service(tmp_path, replace(org, people=people))
    night = shift(svc, "nachtopvang", TUESDAY)
    publish(svc, [(night, "piet"), (night, "mira")], PUBLISHED)
    publish(svc, [], REPUBLISHED)

    body = Calendar.from_ical(feed_of(svc, "mira").body())

    assert str(body["X-WR-CALNAME"]) == "Permanences — Sociaal Huis Testdorp"
    (event,) = body.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("ANNULÉ\u00a0: Nachtopvang — ")


def test_every_miss_is_none(world, tmp_path):
    url = world.issue_feed("jan").url
    good = token(url)
    other = token(world.issue_feed("mira").url)
    assert world.feed(good, now=NOW) is not None

    world.revoke_feed("mira")
    assert world.feed(other, now=NOW) is None  # revoked
    assert world.feed(good[:-1] + ("A" if good[-1] != "A" else "B"), now=NOW) is None  # unknown
    for malformed in ("", "x", good + "A", good[:-1] + "!", "../../etc/passwd", good.upper()):
        assert world.feed(malformed, now=NOW) is None


def test_a_new_link_kills_the_old_one(world):
    old = token(world.issue_feed("jan").url)
    new = token(world.issue_feed("jan", new=True).url)

    assert new != old
    assert world.feed(old, now=NOW) is None
    assert world.feed(new, now=NOW) is not None
    assert token(world.issue_feed("jan").url) == new  # issuing again gives the current link


def test_a_person_who_left_has_no_feed(world):
    url = world.issue_feed("mira").url
    org = world.organisation()
    world.repo.save_organisation(
        replace(org, people=tuple(p for p in org.people if p.id != "mira"))
    )

    assert world.feed(token(url), now=NOW) is None
    assert [link.person_id for link in world.feed_links()] == []


def test_links_given_out_revoked_and_lost_on_leaving_are_in_the_log_without_the_link(
    world, english
):
    first = world.issue_feed("jan").url
    second = world.issue_feed("jan", new=True).url
    world.revoke_feed("jan")
    world.issue_feed("mira")
    org = world.organisation()
    world.repo.save_organisation(
        replace(org, people=tuple(p for p in org.people if p.id != "mira"))
    )

    log = [e for e in world.audit_log() if e.kind == "feed"]
    words = Words.of(world.organisation())
    words = replace(words, people={"mira": "Mira", **words.people})  # as `roster log` names her
    assert [(e.action, entry_text(e.kind, e.subject, e.before, e.after, words)) for e in log] == [
        ("feed.issue", "Jan Peeters got a calendar link"),
        ("feed.issue", "Jan Peeters got a new calendar link; the old one no longer works"),
        ("feed.revoke", "the calendar link of Jan Peeters was revoked"),
        ("feed.issue", "Mira got a calendar link"),
        ("load", "the calendar link of Mira was revoked"),
    ]
    stored = repr([(e.before, e.after) for e in world.audit_log()])
    for url in (first, second):
        assert url is not None and token(url) not in stored
