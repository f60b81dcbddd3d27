"""`roster publish` on a week with an unstaffed shift: it publishes, and says which shift."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from cli import main
from planner.domain import Absence, Period, RosterState
from planner.service import Service
from tests.tui.support import DEMO_MONDAY, SOLVER_LIMIT_S, nurse_shift, only_this_nurse_that_day


def test_publish_warns_on_stderr_about_each_unstaffed_shift_and_still_publishes(
    planned_repo, capsys
):
    found = nurse_shift(planned_repo)
    only_this_nurse_that_day(planned_repo, found)
    planned_repo.add_absence(_day_off(found.nurse.id, found.shift))
    Service(planned_repo).plan_period(Period(DEMO_MONDAY), time_limit=SOLVER_LIMIT_S)
    unstaffed = planned_repo.roster(Period(DEMO_MONDAY)).unstaffed
    assert found.shift.id in unstaffed
    url = str(planned_repo.engine.url)
    main(["--db", url, "--lang", "nl", "publish", "--from", str(DEMO_MONDAY), "--weeks", "1"])
    out, err = capsys.readouterr()
    assert "Gepubliceerd: ma 30 nov - zo 6 dec 2026 (1 week)." in out
    noun = "dienst is" if len(unstaffed) == 1 else "diensten zijn"
    assert f"Let op: {len(unstaffed)} {noun} onbemand:" in err
    day = "ma di wo do vr za zo".split()[found.shift.local_date.weekday()]
    label = f"{found.shift.activity.name} {day} {found.shift.local_date.day} "
    assert f"  {label}" in err
    assert planned_repo.roster_state(Period(DEMO_MONDAY)) is RosterState.PUBLISHED


def test_publish_of_a_fully_staffed_week_prints_no_warning(planned_repo, capsys):
    assert not planned_repo.roster(Period(DEMO_MONDAY)).unstaffed
    url = str(planned_repo.engine.url)
    main(["--db", url, "--lang", "en", "publish", "--from", str(DEMO_MONDAY), "--weeks", "1"])
    out, err = capsys.readouterr()
    assert "Published" in out
    assert "unstaffed" not in err


def _day_off(person_id: str, shift) -> Absence:
    day = datetime.combine(shift.local_date, time(0, 0), shift.start.tzinfo)
    return Absence(person_id, day, day + timedelta(days=1), reason="test")
