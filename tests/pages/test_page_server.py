"""The personal page as `roster serve` answers it to a real HTTP client: a person's own
published shifts to come with who to call, their calendar link, what they offer and when they
are away, in their language; nothing of anyone else; hostile names shown as text; the security
headers; one 404 for every miss, and a revoked link dead at once."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from planner.domain import Absence, AbsenceKind
from tests.pages.world import HOSTILE, serving

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("pages")) as world:
        world.svc.add_absence(
            Absence(
                "jan",
                datetime(2026, 12, 14, 0, 0, tzinfo=BRUSSELS),
                datetime(2026, 12, 19, 0, 0, tzinfo=BRUSSELS),
                AbsenceKind.SICKNESS,
                reason="griep",
            )
        )
        yield world


def text(html: str) -> str:
    """What a reader sees, roughly: the tags gone, the entities kept."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_page_shows_the_persons_shifts_to_come_with_who_to_call(world):
    answer = world.client.get(world.link("els"))

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    seen = text(answer.text)
    assert "Hallo Els" in seen  # her language: the organisation's, Dutch
    assert "ma 30 nov 2026, 09:00 tot 12:00" in seen
    assert "Inloop" in seen and "Sociaal Huis, Markt 1" in seen
    assert "Sara De Smet, coördinator, 053 12 34 56" in seen
    mine = seen.split("Diensten die ik kan nemen")[0]  # after it: places open to her
    assert "Nachtopvang" not in mine  # Piet's and Mira's night: not hers


def test_a_hostile_name_is_shown_as_text(world):
    own = world.client.get(world.link("jan")).text
    colleague = world.client.get(world.link("els")).text

    assert "<script>" not in own and "<script>" not in colleague
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in own
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in colleague
    )  # his first name, as Els's colleague
    assert HOSTILE not in own


def test_a_page_is_in_the_persons_own_language(world):
    seen = text(world.client.get(world.link("mira")).text)

    assert "Bonjour Mira" in seen
    assert "mar. 1 déc. 2026" in seen


def test_absences_show_when_but_never_what_kind_or_why(world):
    seen = text(world.client.get(world.link("jan")).text)

    assert "van ma 14 dec 2026 tot vr 18 dec 2026" in seen
    assert "ziek" not in seen.lower() and "griep" not in seen and "sick" not in seen.lower()


def test_a_shift_closer_than_the_deadline_gives_the_coordinators_number(world):
    seen = text(world.client.get(world.link("mira")).text)

    assert "appelez Sara De Smet, coördinator, 053 12 34 56" in seen


def test_the_calendar_link_is_on_the_page_when_the_person_has_one(world):
    feed = world.svc.issue_feed("piet").url
    seen = world.client.get(world.link("piet")).text

    assert feed is not None and feed in seen


def test_every_response_carries_the_security_headers(world):
    for path in (world.link("els"), "/p/nothing", "/assets/page.css", "/"):
        headers = world.client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src" not in csp  # no script at all, inline or not
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"


def test_every_miss_is_the_same_404_and_a_revoked_link_dies_at_once(world):
    good = world.link("piet")
    token = good.rsplit("/", 1)[1]
    feed_token = world.svc.issue_feed("piet").url.rsplit("/", 1)[1].removesuffix(".ics")
    assert world.client.get(good).status_code == 200

    misses = [
        world.client.get(p)
        for p in (
            "/p/" + token[:-1] + ("A" if token[-1] != "A" else "B"),
            "/p/" + feed_token,
            "/p/short",
            "/p/",
            good + "/",
            "/p/../feeds/x.ics",
        )
    ]
    misses.append(world.client.post(good))
    world.svc.revoke_page("piet")
    misses.append(world.client.get(good))

    assert {m.status_code for m in misses} == {404}
    assert {m.text for m in misses} == {"Not Found"}
    assert len({tuple(sorted((k, v) for k, v in m.headers.items() if k not in ("date", "content-length"))) for m in misses}) == 1  # fmt: skip
