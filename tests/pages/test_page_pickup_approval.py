"""With `exchanges = "approve"`, taking an open place on the page waits for the coordinator, as
hand-overs and swaps do: against a real `roster serve`, Piet and Els both ask for Friday's
open professional's place; nothing changes, the page says it waits, `roster offers list`
shows both; approving Piet's places him (calendars follow), approving Els's after it is
refused by the rules checked again, since the place is filled."""

from __future__ import annotations

from datetime import date

import pytest

from planner.delivery import Exchanges
from planner.domain import Period
from planner.errors import PlannerError
from planner.service.feeds import calendar_of
from tests.cli.roster_run import roster
from tests.feeds.world import WEEK, shift
from tests.pages.test_page_exchange import opened, post
from tests.pages.world import MONDAY, organisation, serving

FRIDAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    org = organisation(exchanges=Exchanges.APPROVE)
    with serving(tmp_path_factory.mktemp("pickup"), org) as world:
        yield world


def on_friday(world) -> set[str]:
    friday = shift(world.svc, "inloop", FRIDAY)
    found = world.svc.repo.roster(WEEK, published=True).assignments
    return {a.person_id for a in found if a.shift_id == friday}


def test_a_pick_up_waits_for_the_coordinator_who_approves_it_with_the_rules_checked_again(
    world, capsys
):
    friday = shift(world.svc, "inloop", FRIDAY)
    for person in ("piet", "els"):
        path, page, csrf, cookie = opened(world, person, "/take")
        assert f'name="shift" value="{friday}"' in page  # an open place they may take
        assert post(world, path, "take", {"shift": friday, "csrf": csrf}, cookie) == "waiting"
        page = world.client.get(path + "/take").text
        assert "Je vroeg om deze plaats te nemen: de coördinator beslist." in page
        assert f'name="shift" value="{friday}"' not in page  # no second request
    assert on_friday(world) == set()

    url = str(world.svc.repo.engine.url.render_as_string(hide_password=False))
    listed = roster(capsys, url, "offers", "list").out.splitlines()
    assert [line.split("  ", 1)[1] for line in listed] == [
        "Inloop Fri 4 Dec 09:00  Piet Claes takes an open place, waits for approval",
        "Inloop Fri 4 Dec 09:00  Els Vermeulen takes an open place, waits for approval",
    ]
    piet, els = (int(line.split()[0]) for line in listed)
    world.svc.decide_offer(piet, approve=True)
    assert on_friday(world) == {"piet"}
    assert f"inloop@{FRIDAY.isoformat()}" in calendar_of(world.svc.repo, "piet").decode()
    with pytest.raises(PlannerError):
        world.svc.decide_offer(els, approve=True)  # the place is no longer open
    assert on_friday(world) == {"piet"}
    assert world.svc.check_period(Period(MONDAY), published=True).violations == []
    refused = roster(capsys, url, "offers", "refuse", str(els))
    assert refused.code == 0 and roster(capsys, url, "offers", "list").out.strip() == (
        "no open offers"
    )
