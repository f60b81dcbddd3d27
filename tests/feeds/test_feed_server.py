"""`roster serve` in its own process, asked by a real HTTP client (httpx) over loopback: the
feed, its validators and 304s, and one identical 404 for every kind of miss."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from icalendar import Calendar

from tests.feeds.server import roster_serve
from tests.feeds.world import PUBLISHED, REPUBLISHED, publish, service, shift, token_of
from web.app import http_date

MONDAY, TUESDAY = date(2026, 11, 30), date(2026, 12, 1)


@pytest.fixture
def world(tmp_path):
    svc, url = service(tmp_path)
    monday, night = shift(svc, "inloop", MONDAY), shift(svc, "nachtopvang", TUESDAY)
    publish(svc, [(monday, "els"), (monday, "jan"), (night, "piet"), (night, "mira")], PUBLISHED)
    with roster_serve(url) as base, httpx.Client(base_url=base, timeout=10) as client:
        yield svc, client


def path(svc, person_id: str) -> str:
    return f"/feeds/{token_of(svc.issue_feed(person_id).url)}.ics"


def test_a_feed_is_served_with_its_validators(world):
    svc, client = world

    answer = client.get(path(svc, "jan"))

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["cache-control"] == "private, max-age=1800"
    assert answer.headers["last-modified"] == "Fri, 20 Nov 2026 10:00:00 GMT"
    assert answer.headers["etag"].startswith('"')
    assert "server" not in answer.headers
    (event,) = Calendar.from_ical(answer.content).walk("VEVENT")
    assert str(event["UID"]) == f"{shift(svc, 'inloop', MONDAY)}/jan@roster-planner"


def test_asking_again_with_a_validator_gets_a_304_until_a_publication_changes_the_feed(world):
    svc, client = world
    feed = path(svc, "jan")
    first = client.get(feed)
    etag = first.headers["etag"]

    by_etag = client.get(feed, headers={"If-None-Match": etag})
    weak = client.get(feed, headers={"If-None-Match": f'"other", W/{etag}'})
    by_date = client.get(feed, headers={"If-Modified-Since": first.headers["last-modified"]})
    stale_date = client.get(feed, headers={"If-Modified-Since": http_date(PUBLISHED - timedelta(seconds=1))})  # fmt: skip
    # If-None-Match decides when both are given (RFC 9110).
    etag_wins = client.get(feed, headers={"If-None-Match": '"other"', "If-Modified-Since": first.headers["last-modified"]})  # fmt: skip

    assert [by_etag.status_code, weak.status_code, by_date.status_code] == [304, 304, 304]
    assert by_etag.content == b""
    assert by_etag.headers["etag"] == etag
    assert by_etag.headers["cache-control"] == first.headers["cache-control"]
    assert [stale_date.status_code, etag_wins.status_code] == [200, 200]

    tuesday = shift(svc, "inloop", TUESDAY)
    publish(svc, [(tuesday, "els"), (tuesday, "jan")], REPUBLISHED)
    moved = client.get(feed, headers={"If-None-Match": etag})

    assert moved.status_code == 200
    assert moved.headers["etag"] != etag
    assert moved.headers["last-modified"] == "Fri, 27 Nov 2026 10:00:00 GMT"
    statuses = {str(e["STATUS"]) for e in Calendar.from_ical(moved.content).walk("VEVENT")}
    assert statuses == {"CANCELLED", "CONFIRMED"}


def test_head_gives_the_headers_alone(world):
    svc, client = world

    answer = client.head(path(svc, "jan"))

    assert answer.status_code == 200
    assert answer.content == b""
    assert answer.headers["etag"] == client.get(path(svc, "jan")).headers["etag"]


def shown(answer: httpx.Response) -> tuple:
    """Everything a client sees of an answer but the moment it was made."""
    headers = tuple(sorted((k, v) for k, v in answer.headers.items() if k != "date"))
    return answer.status_code, headers, answer.content


def test_every_miss_gets_the_same_plain_404(world):
    svc, client = world
    good = token_of(svc.issue_feed("jan").url)
    revoked = token_of(svc.issue_feed("mira").url)
    assert client.get(f"/feeds/{revoked}.ics").status_code == 200
    svc.revoke_feed("mira")
    unknown = ("B" if good[0] == "A" else "A") + good[1:]

    misses = [
        client.get(f"/feeds/{revoked}.ics"),  # revoked while the server runs
        client.get(f"/feeds/{unknown}.ics"),  # well-formed, nobody's
        client.get(f"/feeds/{good[:-1]}.ics"),  # malformed
        client.get(f"/feeds/{good}"),  # no .ics
        client.get(f"/feeds/{good}.ics/"),
        client.get(f"/feeds/{good}.ics/x"),
        client.get(f"/feeds/{good.upper()}.ics"),
        client.get("/feeds/%2e%2e/%2e%2e/etc/passwd"),
        client.get("/"),
        client.get("/feeds/"),
        client.get("/feeds"),
        client.get("/docs"),
        client.get("/favicon.ico"),
        client.post(f"/feeds/{good}.ics"),
        client.put(f"/feeds/{good}.ics", content=b"BEGIN:VCALENDAR"),
        client.delete(f"/feeds/{good}.ics"),
        client.request("OPTIONS", f"/feeds/{good}.ics"),
    ]

    assert {shown(m) for m in misses} == {shown(misses[0])}
    status, headers, body = shown(misses[0])
    assert (status, body) == (404, b"Not Found")
    assert dict(headers)["content-type"] == "text/plain; charset=utf-8"
    assert client.get(f"/feeds/{good}.ics").status_code == 200


def test_a_revoked_link_is_dead_at_once_and_a_new_one_works(world):
    svc, client = world
    old = path(svc, "jan")
    assert client.get(old).status_code == 200

    new = f"/feeds/{token_of(svc.issue_feed('jan', new=True).url)}.ics"

    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    svc.revoke_feed("jan")
    assert client.get(new).status_code == 404
