"""A candidate's reason never ends mid-word without a mark: it is cut at a whole word with
'…', and the highlighted candidate's full reason shows under the table."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tests.tui.support import app_on, nurse_shift
from tests.tui.test_shift_workflow import open_shift
from tui.screens.shift import ellipsize


def test_a_reason_that_fits_is_left_alone():
    assert ellipsize("on leave", 20) == "on leave"


def test_a_long_reason_is_cut_at_a_whole_word_with_an_ellipsis():
    assert ellipsize("needs rest after the night shift of Monday", 20) == "needs rest after…"
    assert ellipsize("not qualified: nurse", 16) == "not qualified…"


def test_one_long_word_is_cut_with_an_ellipsis():
    assert ellipsize("onbeschikbaarheid", 8) == "onbesch…"


async def test_on_a_narrow_terminal_long_reasons_end_in_an_ellipsis_and_show_in_full_below(
    planned_repo,
):
    found = nurse_shift(planned_repo)
    app = app_on(planned_repo, lang="en")
    async with app.run_test(size=(80, 40)) as pilot:
        screen = await open_shift(app, pilot, found.shift.id)
        table = screen.query_one("#candidates", DataTable)
        cut = [
            (i, c)
            for i, c in enumerate(screen.candidates)
            if str(table.get_row_at(i)[3]) != screen.why_not(c)
        ]
        assert cut, "no reason was long enough to be cut at 80 columns"
        for i, c in cut:
            shown = str(table.get_row_at(i)[3])
            assert shown.endswith("…")
            kept = shown.removesuffix("…")
            assert screen.why_not(c).startswith(kept)
            assert screen.why_not(c)[len(kept)] in " ,;:"  # the cut falls between words
        i, c = cut[0]
        table.move_cursor(row=i)
        await pilot.pause()
        detail = str(screen.query_one("#candidate-detail", Static).render())
        assert detail == f"✗ {c.person.name}: {screen.why_not(c)}"
