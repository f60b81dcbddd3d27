"""A hand-over reaches both people's notices, each once: the giver's shift cancelled, the
taker's new, against a real SMTP server on loopback."""

from __future__ import annotations

from datetime import timedelta

from planner.clock import frozen
from planner.service import Service
from tests.notices.smtp_server import smtp_server
from tests.notices.world import (
    ADDRESS,
    MONDAY,
    NOTIFIED,
    PUBLISHED,
    first_roster,
    publish,
    service,
    shift,
)


def test_a_handover_is_told_to_both_people_exactly_once(tmp_path):
    with smtp_server() as (inbox, port):
        svc, _url = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)
        svc.notify(now=NOTIFIED)
        inbox.delivered.clear()
        later = NOTIFIED + timedelta(hours=1)

        Service(svc.repo, frozen(later)).handover(shift(svc, "inloop", MONDAY), "jan", "mira")
        outcome = svc.notify(now=later + timedelta(minutes=5))
        again = svc.notify(now=later + timedelta(minutes=10))

    assert sorted(d.to for d in inbox.delivered) == [ADDRESS["jan"], ADDRESS["mira"]]
    assert [(n.person_id, [line.kind.value for line in n.lines]) for n in outcome.mailed] == [
        ("jan", ["cancelled"]),
        ("mira", ["new"]),
    ]
    assert again.mailed == again.to_phone == ()
