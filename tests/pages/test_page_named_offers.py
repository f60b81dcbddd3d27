"""An offer to one named colleague and a proposed swap on the personal page, against a real
`roster serve`. Jan offers his Monday to Noor Baert, named on his page by first name made
unique ("Noor B.", beside "Noor A."), among only the colleagues the rules allow; she sees it
with what it means for her and takes it, Mira never sees it. Mira offers her Tuesday night;
Jan proposes her a swap for his Wednesday; she sees both shifts and accepts. Where the
organisation shows no colleagues' names, the page offers to anyone the rules allow only."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from planner.delivery import ColleaguesShown
from planner.domain import Period
from tests.builders import volunteer
from tests.feeds.world import WEEK, shift
from tests.pages.test_page_exchange import opened, post
from tests.pages.world import MONDAY, TUESDAY, WEDNESDAY, organisation, serving


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    org = organisation()
    noors = (
        volunteer("noor", "Noor Aziz", refuses=("inloop",)),  # the drop-in: never hers
        volunteer("nora", "Noor Baert"),
    )
    with serving(tmp_path_factory.mktemp("named"), replace(org, people=org.people + noors)) as w:
        yield w


def on(world, activity: str, day) -> set[str]:
    wanted = shift(world.svc, activity, day)
    found = world.svc.repo.roster(WEEK, published=True).assignments
    return {a.person_id for a in found if a.shift_id == wanted}


def options(page: str, name: str) -> list[str]:
    """The choices of the page's first <select name=...>."""
    found = re.search(rf'<select id="[^"]+" name="{name}">(.*?)</select>', page, re.S)
    return re.findall(r'<option value="([^"]*)">', found.group(1)) if found else []


def test_an_offer_to_one_named_colleague_is_seen_and_taken_by_her_alone(world):
    monday = shift(world.svc, "inloop", MONDAY)
    path, page, csrf, cookie = opened(world, "jan", f"/offer?shift={monday}")
    assert options(page, "to") == ["", "Mira", "Noor B."]  # Noor Aziz refuses the drop-in
    assert "Baert" not in page and "Aziz" not in page  # first names only
    forged = {"shift": monday, "to": "Noor A.", "csrf": csrf}
    assert post(world, path, "give", forged, cookie) == "refused"
    data = {"shift": monday, "to": "Noor B.", "csrf": csrf}
    assert post(world, path, "give", data, cookie) == "offered"
    assert "Je bood deze dienst aan Noor B. aan" in world.client.get(path).text

    mira_places = world.client.get(world.link("mira") + "/take").text
    assert monday not in mira_places  # eligible, but not the one it is for
    nora_path, nora_page, nora_csrf, nora_cookie = opened(world, "nora", "/take")
    assert f'name="shift" value="{monday}"' in nora_page
    assert "biedt hem jou aan" in nora_page  # Noor reads the organisation's Dutch
    assert re.search(r"Hiermee heb je \d+ dienst(en)? deze maand, van de 31", nora_page)
    offer = next(o for o in world.svc.standing_offers() if o.shift_id == monday).id
    took = {"offer": str(offer), "shift": monday, "csrf": nora_csrf}
    assert post(world, nora_path, "take", took, nora_cookie) == "taken"
    assert on(world, "inloop", MONDAY) == {"els", "nora"}
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []


def test_a_swap_for_a_shift_a_colleague_offers_is_proposed_and_accepted(world):
    night = shift(world.svc, "nachtopvang", TUESDAY)
    wednesday = shift(world.svc, "inloop", WEDNESDAY)
    world.svc.offer(night, "mira")  # Mira offers her Tuesday night to anyone
    path, page, csrf, cookie = opened(world, "jan", f"/offer?shift={wednesday}")
    offer = next(o for o in world.svc.standing_offers() if o.shift_id == night).id
    assert str(offer) in options(page, "for")
    assert "Mira: Nachtopvang, di 1 dec 2026, 20:00" in page
    assert post(world, path, "swap", {"shift": wednesday, "for": "999", "csrf": csrf}, cookie) == (
        "refused"
    )
    data = {"shift": wednesday, "for": str(offer), "csrf": csrf}
    assert post(world, path, "swap", data, cookie) == "proposed"
    assert on(world, "inloop", WEDNESDAY) == {"els", "jan"}  # nothing moves until she accepts

    mira_path, mira_page, mira_csrf, mira_cookie = opened(world, "mira", "/take")
    card = mira_page.split(f'name="shift" value="{wednesday}"')[0].rsplit('<li class="card">')[-1]
    assert "vous propose un échange" in card
    assert "Nachtopvang du mar. 1 déc. 2026, 20:00" in card  # both shifts
    swap = next(o for o in world.svc.standing_offers() if o.swap_shift_id == night).id
    took = {"offer": str(swap), "shift": wednesday, "csrf": mira_csrf}
    assert post(world, mira_path, "take", took, mira_cookie) == "taken"
    assert on(world, "inloop", WEDNESDAY) == {"els", "mira"}
    assert on(world, "nachtopvang", TUESDAY) == {"piet", "jan"}
    assert [o for o in world.svc.standing_offers() if o.shift_id == night] == []  # done too
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []
    assert {e.actor for e in world.svc.audit_log() if e.action == "swap"} == {"page:mira"}


def test_without_colleagues_names_a_shift_goes_to_anyone_the_rules_allow(world):
    org = world.svc.organisation()
    hidden = replace(org.self_service, show_colleagues=ColleaguesShown.NONE)
    world.svc.repo.save_organisation(replace(org, self_service=hidden))
    path, page, csrf, cookie = opened(world, "nora")
    assert "/offer?shift=" not in page  # no choosing whom on her page
    monday = shift(world.svc, "inloop", MONDAY)
    chooser = opened(world, "nora", f"/offer?shift={monday}")[1]  # typed in by hand
    assert 'name="to"' not in chooser and 'name="for"' not in chooser
    forged = {"shift": monday, "to": "Mira", "csrf": csrf}
    assert post(world, path, "give", forged, cookie) == "refused"
    assert [o for o in world.svc.standing_offers() if o.person_id == "nora"] == []
