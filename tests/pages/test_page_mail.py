"""The personal pages' mail through the notices outbox, to a real SMTP server on loopback:
the coordinator hears at once of a shift a professional's cancellation left unstaffed, a
person hears the coordinator's decision on their request; each mail exactly once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from planner.delivery import (
    Cancellations,
    MailSettings,
    Security,
    SelfServiceSettings,
    WatchSettings,
)
from planner.domain import Absence, AbsenceKind
from tests.cli.roster_run import roster
from tests.feeds.world import WEEK, shift
from tests.notices.smtp_server import smtp_server
from tests.pages.world import MONDAY, NOW, TUESDAY, WEDNESDAY, organisation, published

COORDINATOR = "sara@testdorp.example"


def test_the_coordinator_and_the_person_are_mailed_once(tmp_path):
    with smtp_server() as (inbox, port):
        org = organisation()
        people = tuple(
            replace(p, email="jan@testdorp.example") if p.id == "jan" else p for p in org.people
        )
        org = replace(
            org,
            people=people,
            mail=MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, port),
            watch=WatchSettings(digest_to=COORDINATOR),
            self_service=SelfServiceSettings(cancellations=Cancellations.REPAIR),
        )
        svc, _url = published(tmp_path, org)
        svc.clock = lambda: datetime.fromisoformat(NOW).astimezone(UTC)
        wednesday = shift(svc, "inloop", WEDNESDAY)
        day = next(s for s in svc.shifts(WEEK) if s.id == wednesday)
        svc.add_absence(Absence("piet", day.start, day.end, AbsenceKind.LEAVE))

        outcome = svc.as_person("els").cannot_come("els", wednesday)
        first = svc.send_page_mail()
        again = svc.send_page_mail()

        assert outcome is not None and outcome.unstaffed
        assert (first, again) == ((1, 0), (0, 0))
        (alert,) = inbox.to(COORDINATOR)
        assert alert.message["Subject"] == "Onbezet: Inloop wo 2 dec 09:00 nadat Els Vermeulen annuleerde"  # fmt: skip

        svc.repo.save_organisation(replace(svc.organisation(), self_service=SelfServiceSettings()))
        monday = shift(svc, "inloop", MONDAY)
        asked = svc.as_person("jan").cannot_come("jan", monday)
        assert asked is not None and asked.requested and asked.request_id is not None
        svc.decide_request(asked.request_id, approve=False)
        assert svc.send_page_mail() == (1, 0)
        assert svc.send_page_mail() == (0, 0)
        (told,) = inbox.to("jan@testdorp.example")
        assert told.message["Subject"] == "Je dienst blijft: Inloop ma 30 nov 09:00"
        assert "<script>" in told.text  # his name, as he wrote it, in plain text


def test_a_change_on_a_page_that_breaks_a_published_shift_mails_the_coordinator_once(
    tmp_path, capsys
):
    with smtp_server() as (inbox, port):
        org = replace(
            organisation(),
            mail=MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, port),
            watch=WatchSettings(digest_to=COORDINATOR),
        )
        svc, url = published(tmp_path, org)
        svc.clock = lambda: datetime.fromisoformat(NOW).astimezone(UTC)

        changed = svc.as_person("mira").add_own_absence("mira", TUESDAY, TUESDAY, seen=svc.seen())
        first = svc.send_page_mail()
        again = svc.send_page_mail()

        assert len(changed.broken) == 1
        assert (first, again) == ((1, 0), (0, 0))
        (alert,) = inbox.to(COORDINATOR)
        assert alert.message["Subject"].startswith("Past niet meer: Nachtopvang di 1 dec")
        listed = roster(capsys, url, "--lang", "en", "requests", "list")
        assert "no longer fits what Mira" in listed.out and changed.broken[0] in listed.out
