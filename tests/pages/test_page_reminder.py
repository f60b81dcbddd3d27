"""A person chooses their reminder on their page, against a real `roster serve`: another lead
or none, one audited write with the optimistic check and the CSRF token; a value the page
does not offer changes nothing; someone without an email address is told why there is no
choice."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.pages.test_page_actions import form
from tests.pages.world import organisation, serving


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    org = organisation()
    people = tuple(
        replace(p, email=f"{p.id}@example.org") if p.id in ("jan", "els") else p for p in org.people
    )
    with serving(tmp_path_factory.mktemp("reminder"), replace(org, people=people)) as world:
        yield world


def reminder(world, person_id: str) -> timedelta | None:
    return world.svc.organisation().person(person_id).reminder


def test_a_person_chooses_another_lead_or_none_and_the_log_says_so(world):
    path = world.link("els")
    page = world.client.get(path).text
    assert "Je krijgt een e-mail 24 u voor elk van je diensten." in page

    two_days = form(world, path, "reminder", {"reminder": "2880"})

    assert two_days.headers["location"].endswith("?done=saved")
    assert reminder(world, "els") == timedelta(hours=48)
    page = world.client.get(path).text
    assert '<option value="2880" selected>' in page
    assert "Je krijgt een e-mail 48 u voor elk van je diensten." in page
    log = [e for e in world.svc.audit_log() if e.actor == "page:els" and e.kind == "person"]
    assert log[-1].before == {"reminder": None} and log[-1].after == {"reminder": 2880}

    form(world, path, "reminder", {"reminder": "0"})
    assert reminder(world, "els") == timedelta(0)
    assert "Je krijgt geen herinneringen voor je diensten." in world.client.get(path).text

    form(world, path, "reminder", {"reminder": ""})
    assert reminder(world, "els") is None  # the organisation's lead again


def test_a_value_not_offered_a_stale_page_or_no_csrf_token_change_nothing(world):
    path = world.link("jan")
    answer = world.client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', answer.text).group(1)  # type: ignore[union-attr]
    stale = re.search(r'name="seen" value="([^"]+)"', answer.text).group(1)  # type: ignore[union-attr]
    before = len(world.svc.audit_log())

    odd = [form(world, path, "reminder", {"reminder": v}) for v in ("5", "-60", "x", "99999")]
    world.client.cookies.set("roster_csrf", answer.cookies["roster_csrf"])
    no_token = world.client.post(f"{path}/reminder", data={"seen": stale, "reminder": "60"})
    world.client.cookies.clear()

    assert [o.headers["location"].rsplit("=", 1)[1] for o in odd] == ["invalid"] * 4
    assert no_token.status_code == 403
    assert len(world.svc.audit_log()) == before and reminder(world, "jan") is None

    form(world, path, "reminder", {"reminder": "120"})  # someone changes it meanwhile
    world.client.cookies.set("roster_csrf", answer.cookies["roster_csrf"])
    late = world.client.post(
        f"{path}/reminder", data={"csrf": csrf, "seen": stale, "reminder": "0"}
    )
    world.client.cookies.clear()

    assert late.headers["location"].endswith("?done=changed")
    assert reminder(world, "jan") == timedelta(hours=2)


def test_without_an_email_address_the_page_says_why_and_offers_no_choice(world):
    page = world.client.get(world.link("mira")).text  # in French

    assert "Les rappels partent par e-mail" in page
    assert 'name="reminder"' not in page
