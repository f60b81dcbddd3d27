"""A personal page reads the person's own rows in a handful of statements, and the
organisation's frame (its name, settings and activities) once per change: a coordinator's
change shows on the next page all the same, and no page reads anyone else's rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import event

from planner.delivery import ColleaguesShown
from planner.service import Service
from planner.storage.repository import Repository
from tests.pages.world import NOW, organisation, published, published_on
from tests.storage.conftest import fresh_postgres

PAGE_STATEMENTS = 6  # the link with the person, their shifts, hours, absences, requests, offers


@pytest.fixture(params=["sqlite", "postgres"])
def svc(request, tmp_path) -> Iterator[Service]:
    if request.param == "sqlite":
        yield published(tmp_path)[0]
        return
    engine = fresh_postgres()
    repo = Repository(engine)
    repo.save_organisation(organisation())
    yield published_on(Service(repo))
    engine.dispose()


def test_a_page_reads_its_own_rows_and_shows_a_settings_change_at_once(svc):
    svc.clock = lambda: datetime.fromisoformat(NOW)
    tokens = {p: svc.issue_page(p).url.rsplit("/", 1)[1] for p in ("els", "piet")}  # type: ignore[union-attr]
    statements: list[str] = []
    event.listen(
        svc.repo.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_rest: statements.append(statement),
    )
    assert svc.page(tokens["els"]) is not None  # the first page reads the frame too
    statements.clear()

    piet = svc.page(tokens["piet"])

    assert piet is not None
    assert [s.colleagues for s in piet.shifts] == [("Mira",), ("Mira",)]  # two nights
    assert len(statements) <= PAGE_STATEMENTS
    read = " ".join(statements).lower()
    assert "from organisation" not in read and "from activity" not in read
    assert "from audit" not in read

    org = svc.organisation()
    hidden = replace(org.self_service, show_colleagues=ColleaguesShown.NONE)
    svc.repo.save_organisation(replace(org, self_service=hidden))

    again = svc.page(tokens["piet"])
    assert again is not None
    assert [(s.colleagues, s.others) for s in again.shifts] == [((), 1), ((), 1)]
    assert again.seen > piet.seen  # the forms rest on the newer change
