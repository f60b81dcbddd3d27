"""A coordinator reads one language: the app's screens, the CLI's plan summary and the ratio
report, rendered in Dutch on the demo, hold no English sentence, and in English no Dutch one.

The demo's first week is published, then a day without nurses makes the re-plan leave a shift
unstaffed (its reason, with names), change the roster (the diff) and cost something (the cost
list). A sentence of the other language is any run of three or more words of one of its
catalogue's messages (the parts between the {fields}), unless both languages write it alike.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime, time, timedelta

import pytest
from babel.messages.pofile import read_po
from textual.widgets import Static

from cli import main
from planner.domain import Absence, Period
from planner.i18n.language import DOMAIN, LOCALE_DIR, locales
from planner.service import Service
from tests.tui.support import (
    DEMO_MONDAY,
    SIZE,
    SOLVER_LIMIT_S,
    app_on,
    nurse_shift,
    only_this_nurse_that_day,
    repo_at,
    screen_text,
)
from tui.screens.shift import ShiftScreen
from tui.widgets.week_grid import WeekGrid

WEEK = Period(DEMO_MONDAY)
FIELD = re.compile(r"\{[^}]*\}|\n")
WORDS = 3


@pytest.fixture(scope="module")
def replanned_db(tmp_path_factory, planned_db):
    """The demo, its first week published, then every nurse but one away on a day, and the
    one left away too: a shift nobody can take."""
    path = tmp_path_factory.mktemp("one-language") / "roster.db"
    shutil.copy(planned_db, path)  # the demo and its first week planned (tests/conftest.py)
    repo = repo_at(path)
    service = Service(repo)
    service.publish_period(WEEK, datetime(2026, 11, 25, 10, 0).astimezone())
    found = nurse_shift(repo)
    only_this_nurse_that_day(repo, found)
    day = datetime.combine(found.shift.local_date, time(0), found.shift.start.tzinfo)
    service.add_absence(Absence(found.nurse.id, day, day + timedelta(days=1), reason="x"))
    return path, found.shift.id


@pytest.fixture
def db(replanned_db, tmp_path):
    path, _shift = replanned_db
    target = tmp_path / "roster.db"
    shutil.copy(path, target)
    return target


def fragments(language: str, other: str) -> set[str]:
    """The runs of at least WORDS words of `language`'s messages that `other` does not write
    alike in the same message."""
    found: set[str] = set()
    for message in _catalogue("nl"):
        english = message.id if isinstance(message.id, tuple) else (message.id,)
        dutch = message.string if isinstance(message.string, tuple) else (message.string,)
        texts = {"en": english, "nl": dutch}
        mine, theirs = texts[language], " ".join(texts[other])
        for text in mine:
            for part in FIELD.split(text):
                part = part.strip(" .,:;()'\"-—·")
                if len(re.findall(r"[^\W\d_]+", part)) >= WORDS and part not in theirs:
                    found.add(part)
    return found


def _catalogue(code: str):
    path = LOCALE_DIR / locales()[code] / "LC_MESSAGES" / f"{DOMAIN}.po"
    with open(path, "rb") as handle:
        return [m for m in read_po(handle) if m.id]


def assert_only(language: str, text: str) -> None:
    other = "en" if language == "nl" else "nl"
    # Whitespace made one space: the report's terminal table wraps its sentences to the
    # terminal's width, and a foreign sentence split over two lines is still foreign.
    lowered = " ".join(text.split()).lower()
    foreign = sorted(
        f for f in fragments(other, language) if " ".join(f.split()).lower() in lowered
    )
    assert foreign == [], f"{other} in the {language} output:\n{text}"


async def app_texts(db, shift_id: str, language: str) -> str:
    """Everything the coordinator can read: the week after planning (unstaffed, changes,
    costs), a shift's candidates and why not, the people, the managers' screen, the palette."""
    app = app_on(repo_at(db), lang=language)
    texts = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts += [screen_text(app), str(app.screen.query_one("#results-text", Static).render())]
        texts += [f"{c.title} {c.help}" for c in app.get_system_commands(app.screen)]
        app.screen.query_one(WeekGrid).move_to_shift(shift_id)
        await pilot.press("enter")
        assert isinstance(app.screen, ShiftScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts += [screen_text(app)] + [app.screen.why_not(c) for c in app.screen.candidates]
        await pilot.press("escape", "2")
        await pilot.pause()
        texts.append(screen_text(app))
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts += [screen_text(app), *(str(s.render()) for s in app.screen.query(Static))]
    return "\n".join(texts)


def cli_texts(db, capsys, tmp_path, language: str) -> str:
    url = f"sqlite:///{db}"
    first = ["--db", url, "--lang", language]
    week = ["--from", DEMO_MONDAY.isoformat(), "--weeks", "1"]
    html = tmp_path / f"ratios-{language}.html"
    capsys.readouterr()
    main([*first, "plan", *week, "--time-limit", str(SOLVER_LIMIT_S)])
    main([*first, "report", "ratios", *week, "--working"])
    main([*first, "report", "ratios", *week, "--working", "--format", "html", "-o", str(html)])
    with pytest.raises(SystemExit):
        main([*first, "check", *week, "--published", "--weeks", "2"])  # nothing published then
    captured = capsys.readouterr()
    visible = re.sub(r"<style>.*?</style>|<[^>]+>", " ", html.read_text(encoding="utf-8"))
    return "\n".join((captured.out, captured.err, visible))


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_app_speaks_one_language(db, replanned_db, language):
    text = await app_texts(db, replanned_db[1], language)
    # The re-plan's unstaffed shift, its changes and its costs were all on the screen.
    shown = {
        "nl": ("Onbemande diensten", "Wijzigingen", "kost"),
        "en": ("Unstaffed", "Changes", "cost"),
    }
    assert all(word in text for word in shown[language])
    assert_only(language, text)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_cli_and_the_report_speak_one_language(db, capsys, tmp_path, language):
    text = cli_texts(db, capsys, tmp_path, language)
    shown = {"nl": "Kost per zachte regel", "en": "Cost per soft rule"}
    assert shown[language] in text  # the summary with its costs was printed
    assert_only(language, text)
