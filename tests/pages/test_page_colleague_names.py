"""A shift's "With" line on a personal page names colleagues by first name as the offer's
page does: made unique among those on the shift, so two colleagues called Mira are
'Mira D.' and 'Mira P.', never 'Mira, Mira'."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from planner.service.colleague_names import name_labels
from tests.builders import volunteer
from tests.conftest import TEST_FEED_KEY
from tests.feeds.world import PUBLISHED, publish, service, shift
from tests.pages.world import MONDAY, NOW, organisation


def test_two_colleagues_with_one_first_name_are_told_apart_on_the_shift(tmp_path, monkeypatch):
    monkeypatch.setenv("ROSTER_FEED_KEY", TEST_FEED_KEY)
    org = organisation()
    second = volunteer("mira2", "Mira Peeters")
    two = {"volunteers_max": 2, "volunteers_per_professional_max": 2}
    roomier = tuple(
        replace(a, staffing=replace(a.staffing, **two)) if a.id == "inloop" else a
        for a in org.activities
    )
    svc, _ = service(tmp_path, replace(org, people=org.people + (second,), activities=roomier))
    monday = shift(svc, "inloop", MONDAY)
    publish(svc, [(monday, "els"), (monday, "mira"), (monday, "mira2")], PUBLISHED)
    svc.clock = lambda: datetime.fromisoformat(NOW)
    first = org.person("mira").name.split()[0]
    assert first == "Mira"  # the test's point: the same first name as Mira Peeters

    page = svc.page(svc.issue_page("els").url.rsplit("/", 1)[1])  # type: ignore[union-attr]

    assert page is not None
    (on_monday,) = page.shifts
    assert len(set(on_monday.colleagues)) == 2
    assert all(n.startswith("Mira ") and n.endswith(".") for n in on_monday.colleagues)


def test_a_first_name_alone_is_kept_where_it_is_unique():
    assert name_labels({"a": "Jan Peeters", "b": "Mira Peeters"}) == {"a": "Jan", "b": "Mira"}
    assert name_labels({"a": "Noor Aziz", "b": "Noor Amrani"}) == {"a": "Noor Az.", "b": "Noor Am."}
