"""The personal page in a real Chromium: on a 360 px phone nothing scrolls sideways, at a
desktop width neither; with the keyboard alone the skip link leads to the shifts."""

from __future__ import annotations

import pytest

from tests.pages.world import serving

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("browser")) as world:
        yield world


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_scrolls_sideways(world, browser, size):
    page = browser.new_page(viewport=size)
    for person in ("jan", "mira", "els"):
        page.goto(world.base + world.link(person))
        assert page.locator("h1").is_visible()
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{person}'s page scrolls {overflow} px sideways at {size}"
    page.close()


def test_the_keyboard_reaches_the_shifts_by_the_skip_link(world, browser):
    page = browser.new_page(viewport=PHONE)
    page.goto(world.base + world.link("els"))

    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")

    assert first == "Naar mijn diensten"
    assert focused == "shifts"
    page.close()


def test_no_script_runs_from_a_hostile_name(world, browser):
    page = browser.new_page(viewport=PHONE)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(world.base + world.link("jan"))

    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert dialogs == []
    page.close()


def test_a_volunteer_cancels_adds_a_holiday_changes_days_and_a_revoked_link_dies(world, browser):
    """Mira, in French, on a phone: "I can't come" (the organisation approves cancellations:
    a request), a holiday, another day offered; then her link is revoked while a second tab
    is open: the next click there is the plain 404."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    link = world.base + world.link("mira")
    page.goto(link)

    page.get_by_role("button", name="Je ne peux pas venir").first.click()
    assert "Le coordinateur a votre message" in page.locator("main").inner_text()
    (request,) = [r for r in world.svc.requests() if r.person_id == "mira"]
    assert request.kind == "cancel"

    page.get_by_label("Premier jour").fill("2026-12-21")
    page.get_by_label("Dernier jour").fill("2026-12-23")
    page.get_by_role("button", name="Ajouter l'absence").click()
    assert "du lun. 21 déc. 2026 au mer. 23 déc. 2026" in page.locator("main").inner_text()

    page.locator("#day5").check()
    page.locator("#start5").fill("10:00")
    page.locator("#end5").fill("16:00")
    page.get_by_role("button", name="Enregistrer mes jours et heures").click()
    assert "Enregistré" in page.locator("main").inner_text()
    offers = world.svc.organisation().person("mira").limits.offers
    assert [(w.weekday, f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in offers] == [(5, "10:00", "16:00")]  # fmt: skip

    second = context.new_page()
    second.goto(link)
    world.svc.revoke_page("mira")
    second.reload()
    assert second.locator("body").inner_text().strip() == "Not Found"
    page.get_by_label("Premier jour").fill("2026-12-28")  # the form of the open tab
    page.get_by_label("Dernier jour").fill("2026-12-28")
    page.get_by_role("button", name="Ajouter l'absence").click()
    assert page.locator("body").inner_text().strip() == "Not Found"
    context.close()


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_no_serious_or_critical_violation(world, browser, size):
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:  # pragma: no cover - a test extra
        pytest.skip("axe-playwright-python is missing: pip install -e '.[test]'")
    # axe is a script put into the page: the page's own policy allows none, so this one
    # browser context lets the test's script in (the server's headers are unchanged).
    context = browser.new_context(viewport=size, bypass_csp=True)
    page = context.new_page()
    axe = Axe()
    for person in ("jan", "els", "piet"):
        page.goto(world.base + world.link(person))
        found = axe.run(page).response["violations"]
        grave = [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")]
        assert grave == [], f"{person}'s page at {size}: {grave}"
    context.close()
