"""A hand-over in a real Chromium: Jan (Dutch, on a phone) offers his Monday; Mira (French)
sees it with what it means for her and takes it; Piet, a professional, never sees it; the
coordinator's roster and both calendars change."""

from __future__ import annotations

import pytest

from planner.domain import Period
from planner.service.feeds import calendar_of
from tests.feeds.world import WEEK, shift
from tests.pages.world import MONDAY, serving

PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("exchange-browser")) as world:
        yield world


def test_a_volunteer_offers_a_shift_and_an_eligible_colleague_takes_it(world, browser):
    monday = shift(world.svc, "inloop", MONDAY)
    jan = browser.new_context(viewport=PHONE).new_page()
    jan.goto(world.base + world.link("jan"))
    card = jan.locator("li.card", has_text="ma 30 nov 2026")
    card.get_by_role("button", name="Bied deze dienst aan een collega aan").click()
    assert "Aangeboden." in jan.locator("main").inner_text()

    piet = browser.new_page()
    piet.goto(world.base + world.link("piet"))
    piet.get_by_role("link", name="Bekijk de diensten die ik kan nemen").click()
    assert not piet.locator("li.card", has_text="ma 30 nov 2026, 09:00").count()

    mira = browser.new_page()
    mira.goto(world.base + world.link("mira"))
    mira.get_by_role("link", name="Voir les services que je peux prendre").click()
    offered = mira.locator("li.card", has_text="lun. 30 nov. 2026")
    assert "proposé par" in offered.inner_text()  # by first name (show_colleagues)
    assert "Avec celui-ci vous avez" in offered.inner_text()
    offered.get_by_role("button", name="Je prends ce service").click()
    assert "Il est à vous" in mira.locator("main").inner_text()
    for page in (jan, piet, mira):
        page.context.close()

    places = world.svc.repo.roster(WEEK, published=True).assignments
    assert {a.person_id for a in places if a.shift_id == monday} == {"els", "mira"}
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []
    jan_calendar = calendar_of(world.svc.repo, "jan").decode()
    mira_calendar = calendar_of(world.svc.repo, "mira").decode()
    jan_monday = jan_calendar.split("inloop@2026-11-30")[1].split("END:VEVENT")[0]
    assert "STATUS:CANCELLED" in jan_monday
    assert "inloop@2026-11-30" in mira_calendar
