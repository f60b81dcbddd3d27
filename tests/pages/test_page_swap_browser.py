"""An offer to one named colleague and a swap in a real Chromium, on a phone: Jan (Dutch) picks
Mira by first name for his Monday; Mira (French) sees that he offers it to her and takes it.
Mira then offers her Tuesday night; Jan proposes a swap for his Wednesday, choosing her night
from the list; Mira sees both shifts and accepts. The roster and both calendars follow."""

from __future__ import annotations

import pytest

from planner.domain import Period
from planner.service.feeds import calendar_of
from tests.feeds.world import WEEK, shift
from tests.pages.world import MONDAY, TUESDAY, WEDNESDAY, serving

PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("swap-browser")) as world:
        yield world


def on(world, activity: str, day) -> set[str]:
    wanted = shift(world.svc, activity, day)
    found = world.svc.repo.roster(WEEK, published=True).assignments
    return {a.person_id for a in found if a.shift_id == wanted}


def test_a_shift_offered_to_a_named_colleague_and_a_swap_proposed_and_accepted(world, browser):
    jan = browser.new_context(viewport=PHONE).new_page()
    jan.goto(world.base + world.link("jan"))
    monday = jan.locator("li.card", has_text="ma 30 nov 2026")
    monday.get_by_role("link", name="Aan één collega, of als ruil").click()
    jan.get_by_label("Aan wie").select_option("Mira")
    jan.get_by_role("button", name="Bied deze dienst aan een collega aan").click()
    assert "Je bood deze dienst aan Mira aan" in jan.locator("main").inner_text()

    mira = browser.new_context(viewport=PHONE).new_page()
    mira.goto(world.base + world.link("mira"))
    mira.get_by_role("link", name="Voir les services que je peux prendre").click()
    offered = mira.locator("li.card", has_text="lun. 30 nov. 2026")
    assert "vous le propose" in offered.inner_text()
    assert "Avec celui-ci vous avez" in offered.inner_text()
    offered.get_by_role("button", name="Je prends ce service").click()
    assert "Il est à vous" in mira.locator("main").inner_text()
    assert on(world, "inloop", MONDAY) == {"els", "mira"}

    mira.goto(world.base + world.link("mira"))
    night = mira.locator("li.card", has_text="mar. 1 déc. 2026")
    night.get_by_role("button", name="Proposer ce service à un·e collègue").click()
    jan.reload()
    wednesday = jan.locator("li.card", has_text="wo 2 dec 2026")
    wednesday.get_by_role("link", name="Aan één collega, of als ruil").click()
    choice = jan.get_by_label("Of ruil hem voor een dienst die een collega aanbiedt")
    assert "Mira: Nachtopvang, di 1 dec 2026, 20:00" in choice.inner_text()
    jan.get_by_role("button", name="Stel deze ruil voor").click()
    assert "Voorgesteld." in jan.locator("main").inner_text()

    mira.get_by_role("link", name="Voir les services que je peux prendre").click()
    proposed = mira.locator("li.card", has_text="mer. 2 déc. 2026")
    text = proposed.inner_text()
    assert "vous propose un échange" in text and "Nachtopvang du mar. 1 déc. 2026" in text
    proposed.get_by_role("button", name="Je prends ce service").click()
    assert "Il est à vous" in mira.locator("main").inner_text()

    assert on(world, "inloop", WEDNESDAY) == {"els", "mira"}
    assert on(world, "nachtopvang", TUESDAY) == {"piet", "jan"}
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []
    jan_calendar = calendar_of(world.svc.repo, "jan").decode()
    mira_calendar = calendar_of(world.svc.repo, "mira").decode()
    assert "STATUS:CANCELLED" in jan_calendar.split("inloop@2026-12-02")[1].split("END:VEVENT")[0]
    assert "nachtopvang@2026-12-01" in jan_calendar and "inloop@2026-12-02" in mira_calendar
