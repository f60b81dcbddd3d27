"""Hand-overs on the personal page, against a real `roster serve`: Jan offers his Monday, Mira
(who may take it) sees it with what it means for her and takes it; Piet, a professional, never
sees a volunteer's place; forms without the CSRF token, a forged open place and a second
acceptance change nothing. The roster after it passes the independent checker."""

from __future__ import annotations

import re

import pytest

from planner.domain import Period
from tests.feeds.world import WEEK, shift
from tests.pages.world import MONDAY, serving


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("exchange")) as world:
        yield world


def opened(world, person_id: str, sub: str = "") -> tuple[str, str, str, str]:
    """The page's path, the text of the page or of its sub-page `sub` ("/take": the shifts
    they may take; "/offer?shift=...": whom to offer one to), its CSRF token and the cookie
    the browser keeps."""
    path = world.link(person_id)
    answer = world.client.get(path + sub)
    csrf = re.search(r'name="csrf" value="([^"]+)"', answer.text)
    assert csrf is not None, answer.text
    return path, answer.text, csrf.group(1), answer.cookies["roster_csrf"]


def post(world, path: str, action: str, data: dict[str, str], cookie: str | None) -> str:
    """The outcome the page is sent back with (303 ?done=...), or the status code."""
    world.client.cookies.clear()
    if cookie:
        world.client.cookies.set("roster_csrf", cookie)
    answer = world.client.post(f"{path}/exchange/{action}", data=data)
    world.client.cookies.clear()
    if answer.status_code != 303:
        return str(answer.status_code)
    return answer.headers["location"].rsplit("done=", 1)[1]


def on_monday(world) -> set[str]:
    monday = shift(world.svc, "inloop", MONDAY)
    found = world.svc.repo.roster(WEEK, published=True).assignments
    return {a.person_id for a in found if a.shift_id == monday}


def test_an_offer_is_taken_on_the_page_by_a_colleague_who_may_and_seen_by_no_one_else(world):
    monday = shift(world.svc, "inloop", MONDAY)
    path, page, csrf, cookie = opened(world, "jan")
    assert "Bied deze dienst aan een collega aan" in page  # Jan reads Dutch, Mira French
    assert post(world, path, "give", {"shift": monday}, None) == "403"  # no CSRF cookie
    assert post(world, path, "give", {"shift": monday, "csrf": csrf}, cookie) == "offered"
    page = world.client.get(path).text
    assert "Je bood deze dienst aan: hij blijft van jou tot een collega hem neemt" in page
    assert on_monday(world) == {"els", "jan"}

    piet_path, piet_page, piet_csrf, piet_cookie = opened(world, "piet", "/take")
    assert monday not in piet_page  # a volunteer's place: never shown to a professional
    offer = world.svc.standing_offers()[0].id
    took = post(world, piet_path, "take", {"offer": str(offer), "csrf": piet_csrf}, piet_cookie)
    assert took == "refused" and on_monday(world) == {"els", "jan"}

    mira_path, mira_page, mira_csrf, mira_cookie = opened(world, "mira", "/take")
    assert f'name="shift" value="{monday}"' in mira_page
    assert re.search(r"Avec celui-ci vous avez \d+ services? ce mois-ci, sur les 31", mira_page)
    data = {"offer": str(offer), "shift": monday, "csrf": mira_csrf}
    assert post(world, mira_path, "take", data, mira_cookie) == "taken"
    assert on_monday(world) == {"els", "mira"}
    assert post(world, mira_path, "take", data, mira_cookie) == "gone"
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []
    taken = [e for e in world.svc.audit_log() if e.action == "handover"]
    assert {e.actor for e in taken} == {"page:mira"}


def test_a_forged_open_place_is_refused_and_changes_nothing(world):
    night = shift(world.svc, "nachtopvang", MONDAY)  # not published: no place to take
    path, _, csrf, cookie = opened(world, "jan")
    before = len(world.svc.audit_log())
    assert post(world, path, "take", {"shift": night, "csrf": csrf}, cookie) == "refused"
    assert post(world, path, "steal", {"shift": night, "csrf": csrf}, cookie) == "404"
    assert len(world.svc.audit_log()) == before


def test_an_activity_closed_to_hand_overs_is_said_so_and_nothing_is_offered(world):
    from dataclasses import replace

    org = world.svc.organisation()
    closed = replace(org.self_service, closed_activities=frozenset({"inloop"}))
    world.svc.repo.save_organisation(replace(org, self_service=closed))
    wednesday = shift(world.svc, "inloop", MONDAY.replace(day=2, month=12))
    path, _, csrf, cookie = opened(world, "jan")
    assert post(world, path, "give", {"shift": wednesday, "csrf": csrf}, cookie) == "closed"
    assert "via de coördinator" in world.client.get(path + "?done=closed").text
    assert world.svc.standing_offers() == []


def test_the_own_page_links_to_what_may_be_taken_and_offers_only_ones_own_shifts(world):
    tuesday_night = shift(world.svc, "nachtopvang", MONDAY.replace(day=1, month=12))
    wednesday = shift(world.svc, "inloop", MONDAY.replace(day=2, month=12))
    page = world.client.get(world.link("jan"))
    assert f'href="{world.link("jan")}/take"' in page.text  # the places: a page of their own
    assert 'name="to"' not in page.text
    for sub in ("/take", f"/offer?shift={wednesday}"):
        answer = world.client.get(world.link("jan") + sub)
        assert answer.status_code == 200, sub
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["content-security-policy"] == page.headers["content-security-policy"]
        assert f'href="{world.link("jan")}"' in answer.text  # back to the page
    # Someone else's shift, no shift, a revoked-looking token: the same 404 as any miss.
    for path in (
        world.link("jan") + f"/offer?shift={tuesday_night}",
        world.link("jan") + "/offer",
        world.link("jan")[:-3] + "xyz/take",
    ):
        assert world.client.get(path).status_code == 404, path
