"""`roster notify` as a coordinator types it: what it prints, and its exit status."""

from __future__ import annotations

import pytest

import planner.service.notices as notices
from tests.cli.roster_run import roster
from tests.notices.smtp_server import free_port, smtp_server
from tests.notices.world import NOTIFIED, PUBLISHED, first_roster, publish, service


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(notices, "clock", lambda: NOTIFIED)


def test_a_run_lists_who_was_mailed_and_who_to_phone(capsys, tmp_path):
    with smtp_server() as (inbox, port):
        svc, db = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)

        done = roster(capsys, db, "notify")
        again = roster(capsys, db, "notify")

    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "mailed 3 people:",
        "  els <els@testdorp.example>: 1 change",
        "  jan <jan@testdorp.example>: 1 change",
        "  mira <mira@testdorp.example>: 1 change",
        "to phone (1 person without an email address):",
        "  piet\tPiet Claes\t0470 11 22 33",
        "    New: Tue 1 Dec 20:00–08:00, Nachtopvang — beroepskracht, Nachtopvang De Vaart, Vaartstraat 3",
    ]
    assert again.out == "nobody's published shifts changed since their last notice\n"
    assert len(inbox.delivered) == 3


def test_a_dry_run_prints_each_change_and_sends_nothing(capsys, tmp_path):
    with smtp_server() as (inbox, port):
        svc, db = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)

        done = roster(capsys, db, "notify", "--dry-run")

    assert done.out.splitlines()[:3] == [
        "would mail 3 people:",
        "  els <els@testdorp.example>",
        # Els reads the organisation's Dutch: her notice is shown as she will read it.
        "    Nieuw: ma 30 nov 09:00–12:00, Inloop — beroepskracht, Sociaal Huis, Markt 1",
    ]
    assert done.out.splitlines()[-1] == "nothing was recorded or sent (--dry-run)"
    assert inbox.delivered == []


def test_notices_that_did_not_go_make_the_exit_status_1(capsys, tmp_path):
    svc, db = service(tmp_path, free_port())
    publish(svc, first_roster(svc), PUBLISHED)

    done = roster(capsys, db, "notify")

    assert done.code == 1
    lines = done.out.splitlines()
    assert lines[0] == "1 notice did not go; the next run tries again:"
    assert lines[1].startswith(
        "  els <els@testdorp.example>: cannot reach the mail server 127.0.0.1"
    )
    assert lines[2:4] == ["2 more notices wait for the next run:", "  jan, mira"]


def test_a_dry_run_shows_each_notice_in_its_persons_language(capsys, tmp_path):
    # The coordinator reads Dutch; Jan reads English and Mira French: each would-be notice
    # reads as its person will receive it, its words around the shift included.
    svc, db = service(tmp_path, free_port())
    publish(svc, first_roster(svc), PUBLISHED)

    done = roster(capsys, db, "notify", "--dry-run", lang="nl")

    lines = done.out.splitlines()
    assert lines[0] == "zou 3 personen mailen:"
    told = {lines[i].split()[0]: lines[i + 1].strip() for i in (1, 3, 5)}
    assert told["els"].startswith("Nieuw: ma 30 nov 09:00–12:00, Inloop — beroepskracht")
    assert told["jan"].startswith("New: ")
    assert told["mira"].startswith("Nouveau\u00a0: mar. 1 déc. 20:00–08:00, Nachtopvang — bénévole")
    assert lines[-1] == "niets genoteerd of verstuurd (--dry-run)"
