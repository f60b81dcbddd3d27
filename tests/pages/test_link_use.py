"""`roster serve` records when each calendar link was last asked for and each personal page
last shown (at most once an hour per link), and the coordinator's digest names the people
whose calendar stopped asking and those whose page link was never opened."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlmodel import Session

from planner.i18n.language import use_language
from planner.i18n.words import Words
from planner.io.digest_text import digest_lines
from planner.storage.feed_tables import FeedTokenRow
from planner.storage.page_tables import PageTokenRow
from tests.feeds.server import roster_serve
from tests.pages.world import NOW, serving

SERVED_AT = datetime.fromisoformat(NOW).astimezone(UTC)  # the server's clock
MONDAY_MORNING = datetime.fromisoformat("2026-11-30T07:00+01:00")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("use")) as world:
        feeds = {pid: world.svc.issue_feed(pid).url for pid in ("jan", "piet")}
        pages = {pid: world.link(pid) for pid in ("els", "mira")}
        jan_feed = "/feeds/" + str(feeds["jan"]).rsplit("/", 1)[1]
        assert world.client.get(jan_feed).status_code == 200
        assert world.client.get(pages["els"]).status_code == 200
        assert used(world, PageTokenRow, "els", "opened_at_utc") is not None
        yield world, jan_feed


def used(world, table, person_id: str, column: str) -> datetime | None:
    # The record is written just after the answer: wait for it, briefly.
    deadline = datetime.now(UTC) + timedelta(seconds=5)
    while True:
        with Session(world.svc.repo.engine) as session:
            row = session.get(table, person_id)
            value = getattr(row, column)
        if value is not None or datetime.now(UTC) > deadline:
            return value if value is None else value.replace(tzinfo=UTC)
        time.sleep(0.05)


def test_the_server_records_a_fetched_feed_and_an_opened_page_at_most_hourly(world):
    world, jan_feed = world

    assert used(world, FeedTokenRow, "jan", "fetched_at_utc") == SERVED_AT
    assert used(world, PageTokenRow, "els", "opened_at_utc") == SERVED_AT
    with Session(world.svc.repo.engine) as session:
        assert session.get(FeedTokenRow, "piet").fetched_at_utc is None  # type: ignore[union-attr]
        assert session.get(PageTokenRow, "mira").opened_at_utc is None  # type: ignore[union-attr]
        # Half an hour earlier, as if recorded then: the next fetch within the hour writes
        # nothing (not one write per request).
        row = session.get(FeedTokenRow, "jan")
        assert row is not None
        row.fetched_at_utc = SERVED_AT - timedelta(minutes=30)
        session.add(row)
        session.commit()

    assert world.client.get(jan_feed).status_code == 200
    assert world.client.get(jan_feed).status_code == 200
    assert used(world, FeedTokenRow, "jan", "fetched_at_utc") == SERVED_AT - timedelta(minutes=30)


def test_the_digest_names_calendars_that_stopped_asking_and_pages_never_opened(world):
    world, _feed = world
    svc = world.svc

    week = svc.digest(now=MONDAY_MORNING)  # [digest] feeds_stale_days = 7: all recent

    assert week.stale_feeds == ()
    assert "mira" in week.no_link  # her page link was never opened
    assert "els" not in week.no_link and "jan" not in week.no_link and "piet" not in week.no_link

    org = svc.organisation()
    svc.repo.save_organisation(replace(org, watch=replace(org.watch, feed_stale_days=2)))
    two_days = svc.digest(now=MONDAY_MORNING)
    with use_language("en"):
        text = "\n".join(digest_lines(two_days, Words.of(svc.organisation())))

    # In the order of their names; Jan's calendar asked on Friday, Piet's never did.
    assert [(f.person_id, f.last is None) for f in two_days.stale_feeds] == [
        ("jan", False),
        ("piet", True),
    ]
    assert "Calendars that have not asked for their shifts in 2 days" in text
    assert "- Piet Claes: never since the link was given out on Fri 27 Nov" in text
    assert ": last on Fri 27 Nov" in text


def test_a_page_opened_just_before_the_server_stops_is_still_recorded(world):
    """The server writes the records of a second together; stopping it writes what is left."""
    world, _feed = world
    path = world.link("piet")
    with (
        roster_serve(str(world.svc.repo.engine.url)) as base,
        httpx.Client(base_url=base) as client,
    ):
        assert client.get(path).status_code == 200
    with Session(world.svc.repo.engine) as session:
        row = session.get(PageTokenRow, "piet")
        assert row is not None and row.opened_at_utc is not None
