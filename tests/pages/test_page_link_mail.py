"""`roster page issue --mail`: each person who gets a page link is mailed their own link, in
their language, through the notices outbox, to a real SMTP server on loopback; queued in the
write that gives out the links, sent once however often it runs; people without an address
are listed for the coordinator to give their link by hand; the link is in no log and no
outbox row."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from planner.service import page_mail
from tests.cli.roster_run import roster
from tests.feeds.world import service
from tests.notices.smtp_server import smtp_server
from tests.pages.link_mail_world import ADDRESSES, NOEL, link_in, mailed_organisation, token


def test_each_volunteer_gets_their_own_link_once_in_their_language(tmp_path, capsys):
    with smtp_server() as (inbox, port):
        svc, db = service(tmp_path, mailed_organisation(port))

        first = roster(capsys, db, "page", "issue", "--all", "--volunteers", "--mail")
        again = roster(capsys, db, "page", "issue", "--all", "--volunteers", "--mail")
        svc.send_page_mail()  # the usual sending step finds nothing left to send

        assert first.code == 0, first.err
        lines = first.out.splitlines()
        assert lines[0] == "no address: give them their link by hand"
        mira, name, url = lines[1].split("\t")
        assert (mira, name) == ("mira", "Mira Haddad") and svc.page_person(token(url)) == "mira"
        assert lines[2:] == ["2 mails with a personal link queued", "2 mails sent"]
        assert again.out == "everyone has a link already\n"
        assert sorted(m.to for m in inbox.delivered) == [ADDRESSES["jan"], NOEL[2]]  # not els
        for mail in inbox.delivered:
            person = "jan" if mail.to == ADDRESSES["jan"] else "noel"
            assert svc.page_person(token(link_in(mail.text))) == person
            assert mail.text.count("/p/") == 1  # their link, nobody else's
            assert link_in(mail.text) not in first.out  # mailed links are not printed
        (jan,) = inbox.to(ADDRESSES["jan"])
        (noel,) = inbox.to(NOEL[2])
        assert jan.message["Content-Language"] == "fr"
        assert noel.message["Content-Language"] == "nl"
        assert "Bonjour Jan Peeters" in jan.text and "Je ne peux pas venir" in jan.text
        assert "Dag Noël Janssens" in noel.text and "Ik kan niet komen" in noel.text

        with svc.repo.engine.connect() as connection:
            kept = repr(connection.execute(text("select * from notice")).all())
            log = repr(connection.execute(text("select * from audit")).all())
        for mail in inbox.delivered:
            assert token(link_in(mail.text)) not in kept + log


def test_one_person_in_english_and_no_second_mail_while_one_waits(tmp_path, capsys):
    with smtp_server() as (inbox, port):
        org = mailed_organisation(port)
        org = replace(
            org,
            people=tuple(
                replace(p, email="mira@testdorp.example") if p.id == "mira" else p
                for p in org.people
            ),
        )
        svc, db = service(tmp_path, org)
        inbox.refuse["mira@testdorp.example"] = "451 try again later"

        done = roster(capsys, db, "page", "issue", "mira", "--mail")
        roster(capsys, db, "page", "issue", "mira", "--mail")  # the first still waits
        del inbox.refuse["mira@testdorp.example"]
        assert svc.send_page_mail() == (1, 0)
        assert svc.send_page_mail() == (0, 0)

        assert done.code == 0, done.err
        assert "/p/" not in done.out
        assert "1 mail not sent yet: roster tick tries again" in done.out
        (mail,) = inbox.delivered
        assert mail.message["Subject"] == "Your personal page at Sociaal Huis Testdorp"
        assert "I can't come" in mail.text and "days and times you offer" in mail.text
        assert svc.page_person(token(link_in(mail.text))) == "mira"


def test_a_renewed_link_is_mailed_and_a_revoked_one_is_not(tmp_path, capsys):
    with smtp_server() as (inbox, port):
        svc, db = service(tmp_path, mailed_organisation(port))
        inbox.refuse[ADDRESSES["jan"]] = "451 try again later"
        roster(capsys, db, "page", "issue", "jan", "--mail")
        del inbox.refuse[ADDRESSES["jan"]]
        svc.revoke_page("jan")

        assert svc.send_page_mail() == (0, 0)  # the waiting mail's link is dead: not sent

        renewed = roster(capsys, db, "page", "issue", "--all", "--renew", "--mail")
        assert renewed.code == 0, renewed.err
        (mail,) = inbox.to(ADDRESSES["jan"])
        assert svc.page_person(token(link_in(mail.text))) == "jan"


def test_no_mail_server_refuses_before_any_link_is_given(tmp_path, capsys):
    svc, db = service(tmp_path)

    refused = roster(capsys, db, "page", "issue", "--all", "--mail")

    assert refused.code != 0
    assert "no mail server" in refused.err
    assert svc.page_links() == []


class OutboxDown(Exception):
    pass


def test_a_failure_in_queueing_leaves_no_link_issued(tmp_path, monkeypatch):
    with smtp_server() as (inbox, port):
        svc, _db = service(tmp_path, mailed_organisation(port))
        real = page_mail.queue_link
        queued: list[str] = []

        def failing(session, org, person_id, issued):
            if queued:
                raise OutboxDown
            queued.append(person_id)
            return real(session, org, person_id, issued)

        monkeypatch.setattr(page_mail, "queue_link", failing)
        with pytest.raises(OutboxDown):
            svc.issue_pages(mail=True)

        assert queued  # the first was queued, then the second failed: all undone
        assert svc.page_links() == []
        assert svc.send_page_mail() == (0, 0)
        assert inbox.delivered == []


def test_a_computer_without_the_links_key_keeps_the_mail_for_one_that_has_it(
    tmp_path, capsys, monkeypatch, feed_key
):
    with smtp_server() as (inbox, port):
        svc, db = service(tmp_path, mailed_organisation(port))
        inbox.refuse[ADDRESSES["jan"]] = "451 try again later"
        roster(capsys, db, "page", "issue", "jan", "--mail")
        del inbox.refuse[ADDRESSES["jan"]]

        monkeypatch.setenv("ROSTER_FEED_KEY", "ab" * 32)  # another computer's key
        assert svc.send_page_mail() == (0, 1)
        monkeypatch.setenv("ROSTER_FEED_KEY", feed_key)
        assert svc.send_page_mail() == (1, 0)

        (mail,) = inbox.delivered
        assert svc.page_person(token(link_in(mail.text))) == "jan"


def test_the_link_says_where_its_mail_went_as_people_csv_is_at_the_write(tmp_path):
    with smtp_server() as (inbox, port):
        org = mailed_organisation(port)
        svc, _db = service(tmp_path, org)
        read_before = svc.organisation()  # what a caller (the app) holds
        moved = "jan.peeters@elders.example"

        def jan_at(address: str | None) -> None:  # people.csv loaded again
            people = tuple(replace(p, email=address) if p.id == "jan" else p for p in org.people)
            svc.repo.save_organisation(replace(org, people=people))

        jan_at(None)
        gone = svc.issue_page("jan", mail=True)
        assert read_before.person("jan").email == ADDRESSES["jan"]
        assert gone.mailed_to is None  # nothing queued, and said so
        assert svc.send_page_mail() == (0, 0)

        jan_at(moved)
        again = svc.issue_page("jan", mail=True)
        assert again.mailed_to == moved
        assert {link.person_id: link.mailed_to for link in svc.issue_pages(mail=True)} == {
            "els": ADDRESSES["els"],
            "mira": None,
            "noel": NOEL[2],
            "piet": None,
        }  # jan had a link already: left as it was
        assert svc.send_page_mail() == (3, 0)
        assert sorted(m.to for m in inbox.delivered) == sorted([moved, ADDRESSES["els"], NOEL[2]])
