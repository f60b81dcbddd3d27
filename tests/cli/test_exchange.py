"""`roster handover` and `roster swap`: done in both layers, or refused with the rules'
sentences, exit status 1 and nothing changed."""

from __future__ import annotations

import pytest

from planner.domain import Assignment, Period, Role
from planner.service import Service
from planner.shifts import generate_shifts
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import MONDAY, org, roster
from tests.cli.roster_run import roster as run
from tests.service.test_exchange import (
    AN,
    BART,
    BEFORE,
    ELS,
    INLOOP,
    INLOOP_THU,
    INLOOP_TUE,
    JAN,
    MIA,
    NIGHT,
    NIGHT_TUE,
    PIET,
)


@pytest.fixture
def db(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'roster.db'}"
    repo = Repository(make_engine(url))
    repo.save_organisation(org([INLOOP, NIGHT], [ELS, BART, PIET, JAN, AN, MIA]))
    shifts = [s for s in generate_shifts(repo.load_organisation(), Period(MONDAY)) if not s.closed]
    places = [
        Assignment(INLOOP_TUE, "bart", Role.PROFESSIONAL),
        Assignment(INLOOP_TUE, "jan", Role.VOLUNTEER),
        Assignment(INLOOP_THU, "bart", Role.PROFESSIONAL),
        Assignment(INLOOP_THU, "an", Role.VOLUNTEER),
        Assignment(NIGHT_TUE, "els", Role.PROFESSIONAL),
    ]
    repo.save_roster(roster(*places), shifts)
    Service(repo, BEFORE).publish_period(Period(MONDAY))
    monkeypatch.setenv("ROSTER_NOW", BEFORE().isoformat())
    return url


def published(db: str, shift_id: str) -> set[str]:
    found = Repository(make_engine(db)).roster(Period(MONDAY), published=True).assignments
    return {a.person_id for a in found if a.shift_id == shift_id}


def test_handover_and_swap_from_the_command_line(capsys, db):
    done = run(capsys, db, "handover", INLOOP_TUE, "--from", "jan", "--to", "mia")
    assert done.code == 0, done.err
    assert done.out.strip() == (
        "Inloop Tue 1 Dec 09:00: Jan Peeters handed over to Mia Wouters "
        "(draft and published roster)"
    )
    done = run(capsys, db, "swap", INLOOP_TUE, "mia", INLOOP_THU, "an")
    assert done.code == 0, done.err
    assert published(db, INLOOP_TUE) == {"bart", "an"}
    assert published(db, INLOOP_THU) == {"bart", "mia"}
    log = run(capsys, db, "log").out
    assert " hand-over " in log and " swap " in log
    # The coordinator reads the log's column in their own words, not the planner's ids.
    dutch = run(capsys, db, "--lang", "nl", "log").out
    assert " overdracht " in dutch and " ruil " in dutch
    assert " handover " not in dutch and " swap " not in dutch


def test_a_refused_handover_exits_1_with_the_rules_sentence_and_changes_nothing(capsys, db):
    refused = run(capsys, db, "handover", NIGHT_TUE, "--from", "els", "--to", "bart")
    assert refused.code == 1
    assert "Bart Claes cannot take over Nachtopvang Tue 1 Dec 20:00 from Els Vermeulen" in (
        refused.err
    )
    assert "not qualified: social worker" in refused.err and "Traceback" not in refused.err
    assert published(db, NIGHT_TUE) == {"els"}
    refused = run(capsys, db, "swap", NIGHT_TUE, "els", INLOOP_THU, "an", lang="nl")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert published(db, INLOOP_THU) == {"bart", "an"}
    unknown = run(capsys, db, "handover", INLOOP_TUE, "--from", "nobody", "--to", "mia")
    assert unknown.code == 2 and "nobody" in unknown.err


def test_candidates_prints_who_can_cover_cheapest_first(capsys, db):
    done = run(capsys, db, "candidates", INLOOP_TUE, "--for", "jan")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == "can take it, cheapest first:"
    assert lines[1].startswith("  Mia Wouters  +")
    assert "cannot take it:" in lines
    assert "  An Dubois: " in done.out and "Piet Maes: is a professional" in done.out


def test_offers_from_the_command_line_offered_listed_accepted_once(capsys, db):
    done = run(capsys, db, "offers", "add", INLOOP_TUE, "--from", "jan")
    assert done.code == 0, done.err
    assert "Jan Peeters -> anyone allowed  open until" in done.out
    listed = run(capsys, db, "offers", "list").out
    assert listed.startswith("1  Inloop Tue 1 Dec 09:00  Jan Peeters -> anyone allowed")
    refused = run(capsys, db, "offers", "accept", "1", "--by", "an")
    assert refused.code == 1 and "An Dubois cannot take over" in refused.err
    done = run(capsys, db, "offers", "accept", "1", "--by", "mia")
    assert done.code == 0 and done.out.strip() == "Mia Wouters took Inloop Tue 1 Dec 09:00"
    again = run(capsys, db, "offers", "accept", "1", "--by", "mia", lang="nl")
    assert again.code == 1 and "Traceback" not in again.err
    assert published(db, INLOOP_TUE) == {"bart", "mia"}
    assert run(capsys, db, "offers", "list").out.strip() == "no open offers"


def test_the_log_says_who_offered_and_who_took_it(capsys, db):
    assert run(capsys, db, "offers", "add", INLOOP_TUE, "--from", "jan").code == 0
    assert run(capsys, db, "offers", "accept", "1", "--by", "mia").code == 0
    log = run(capsys, db, "log").out
    assert "Jan Peeters offered Inloop Tue 1 Dec 09:00" in log
    assert "offer of Inloop Tue 1 Dec 09:00: taken by Mia Wouters" in log
