"""The check before a publication and the publication itself cannot be split: an absence that
another coordinator adds between the two stops the publication (ChangedMeanwhile), and nothing
is published; the next attempt is refused as breaking a hard rule."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain import Absence, AbsenceKind, Period
from planner.errors import ChangedMeanwhile
from planner.service import Service, Unpublishable
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY
from tests.cli.roster_run import roster
from tests.io.folder_builder import professional_row, volunteer_row, write_folder

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)
WEDNESDAY = "inloop@2026-12-02T09:00"


class AbsenceSlipsIn(Repository):
    """A repository whose publish lets another coordinator add an absence first: just after
    the draft was checked, before the publication's own transaction starts."""

    def __init__(self, engine, absence: Absence) -> None:
        super().__init__(engine, actor="sara")
        self.absence = absence

    def publish(self, *args, **kwargs):
        Repository(self.engine, actor="tom").add_absence(self.absence)
        return super().publish(*args, **kwargs)


def test_an_absence_between_the_check_and_the_publication_stops_it(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    people = [professional_row(), professional_row("piet", "Piet Claes"), volunteer_row()]
    assert roster(capsys, url, "load", str(write_folder(tmp_path / "org", people=people))).code == 0
    week = ("--from", "2026-11-30", "--weeks", "1", "--time-limit", "5")
    assert roster(capsys, url, "plan", *week).code == 0
    engine = make_engine(url)
    draft = Repository(engine).roster(Period(MONDAY)).assignments
    who = next(
        a.person_id for a in draft if a.shift_id == WEDNESDAY and a.role.value == "professional"
    )
    tz = Repository(engine).load_organisation().timezone
    day = datetime.combine(MONDAY + timedelta(days=2), time(0), ZoneInfo(tz))
    sick = Absence(who, day, day + timedelta(days=1), AbsenceKind.SICKNESS)
    service = Service(AbsenceSlipsIn(engine, sick), clock=lambda: NOW)

    with pytest.raises(ChangedMeanwhile):
        service.publish_period(Period(MONDAY))
    assert service.repo.published_at(Period(MONDAY)) is None  # nothing published

    with pytest.raises(Unpublishable) as refused:  # looked at again: the draft breaks a rule
        Service(Repository(engine), clock=lambda: NOW).publish_period(Period(MONDAY))
    assert [b.shift_id for b in refused.value.holding.broken] == [WEDNESDAY]
    assert Repository(engine).published_at(Period(MONDAY)) is None
