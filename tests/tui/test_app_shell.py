"""The frame around the workflows: screens by key, the command palette, quitting, languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from textual.widgets import DataTable, Static

from planner.clock import frozen
from planner.domain import Period
from planner.service import Service
from tests.tui.support import DEMO_MONDAY, SIZE, app_on, screen_text, wait_for
from tui.app import choose_language
from tui.screens.people import PeopleScreen
from tui.screens.week import WeekScreen

NURSES = "zorgspreekuur@2026-12-03T13:30"  # the only nurse free that Thursday (docs/demo.md)


async def test_number_keys_switch_between_week_people_and_managers(demo_repo):
    from tui.screens.managers import ManagersScreen

    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("3")
        assert isinstance(app.screen, ManagersScreen)
        await pilot.press("1")
        assert isinstance(app.screen, WeekScreen)


async def test_other_screens_follow_the_week_chosen_on_one(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "right_square_bracket")
        title = str(app.screen.query_one("#people-title", Static).render())
        assert "Week 50" in title
        await pilot.press("1")
        assert "Week 50" in str(app.screen.query_one("#week-title", Static).render())


async def test_the_command_palette_holds_every_action_of_the_screen(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {
            "Plannen",
            "Publiceren",
            "Volgende week",
            "Naar datum",
            "Mensen",
            "Stoppen",
        } <= titles
        await pilot.press("ctrl+p")
        await pilot.press(*"publ")
        await pilot.pause(0.3)
        assert "Publiceren" in screen_text(app)


async def test_a_palette_command_runs_its_action(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Mensen")
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)


async def test_ctrl_q_quits(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


def test_language_chosen_then_environment_then_the_organisations(demo_repo, monkeypatch):
    service = Service(demo_repo)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the terminal's locale does not decide
    monkeypatch.delenv("ROSTER_LANG", raising=False)
    assert choose_language(service, None) == "nl"  # the demo's organisation.toml
    monkeypatch.setenv("ROSTER_LANG", "fr_BE")
    assert choose_language(service, None) == "fr"
    assert choose_language(service, "en") == "en"
    monkeypatch.delenv("ROSTER_LANG")
    org = demo_repo.load_organisation()
    demo_repo.save_organisation(replace(org, language="en"))
    assert choose_language(service, None) == "en"


async def test_the_palette_lists_each_command_once_in_the_coordinators_language(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert len(titles) == len(set(titles))
        english = {"Focus Next", "Copy selected text", "Cursor up", "Quit", "Theme", "palette"}
        assert not english & set(titles)
        assert {"Kleurenthema", "Schermafdruk", "Toetsen"} <= set(titles)
        assert all(c.help and c.help != c.title for c in commands)  # a title is not repeated


async def test_the_palettes_own_words_are_the_coordinators_too(demo_repo):
    app = app_on(demo_repo)
    async with app.run_test(size=SIZE) as pilot:
        # The footer's key for the palette, once the week has loaded (slow on a busy machine).
        await wait_for(lambda: "^p opdrachten" in screen_text(app))
        await pilot.press("ctrl+p")
        await wait_for(lambda: "Zoek een opdracht…" in screen_text(app))
        await pilot.press(*"xyzzy")
        # The palette searches in a worker and says so only once it found nothing.
        await wait_for(lambda: "Niets gevonden" in screen_text(app))


async def test_the_managers_screen_counts_what_happened(planned_repo):
    week = Period(DEMO_MONDAY)
    Service(planned_repo).publish_period(week)
    thursday = Service(planned_repo, frozen(datetime(2026, 12, 3, 18, 0, tzinfo=UTC)))
    nurses = planned_repo.roster(week, published=True).assignments
    nurse = next(a.person_id for a in nurses if a.shift_id == NURSES)
    thursday.correct(NURSES, missing=[nurse])

    app = app_on(planned_repo, service=thursday)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await wait_for(lambda: getattr(app.screen, "report", None) is not None)
        said = str(app.screen.query_one("#exceptions", Static).render())
        columns = [
            str(c.label) for c in app.screen.query_one("#ratios", DataTable).columns.values()
        ]
        total = app.screen.report.total
    assert "1 incident gebeurde op diensten die al begonnen zijn" in said
    assert "Verpleegkundig spreekuur do 3 dec 13:30: verliep zonder de beroepskrachten" in said
    assert "Onbemand verlopen" in columns and total.ran_unstaffed == 1
