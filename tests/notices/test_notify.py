"""`roster notify` against a real SMTP server on loopback: who gets what, once, in their
language, with a valid calendar; failures tried again; no password kept anywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from icalendar import Calendar

from planner.clock import frozen
from planner.dates import as_utc
from planner.errors import PlannerError
from planner.i18n.changes import entry_text
from planner.i18n.words import Words
from planner.service import Service
from planner.service.feeds import calendar_of
from planner.storage.run_lock import only_run
from tests.feeds.world import token_of
from tests.notices.smtp_server import free_port, smtp_server
from tests.notices.world import (
    ADDRESS,
    LATE,
    MONDAY,
    NOTIFIED,
    PUBLISHED,
    REPUBLISHED,
    TUESDAY,
    first_roster,
    publish,
    service,
    shift,
)

TUESDAY_NIGHT_OVER = PUBLISHED + timedelta(days=13)  # Thursday 3 December: the week is over
NAMES = {"els": "Els Vermeulen", "piet": "Piet Claes", "jan": "Jan Peeters", "mira": "Mira Haddad"}


@pytest.fixture
def world(tmp_path):
    with smtp_server() as (inbox, port):
        svc, _url = service(tmp_path, port)
        publish(svc, first_roster(svc), PUBLISHED)
        yield svc, inbox


def uids(calendar: bytes) -> list[str]:
    return [str(e["UID"]) for e in Calendar.from_ical(calendar).walk("VEVENT")]


def test_everyone_is_told_their_own_shifts_once_and_those_without_email_are_listed(world):
    svc, inbox = world

    outcome = svc.notify(now=NOTIFIED)
    again = svc.notify(now=NOTIFIED + timedelta(hours=1))

    assert sorted(d.to for d in inbox.delivered) == sorted(
        ADDRESS[p] for p in ("els", "jan", "mira")
    )
    assert [n.person_id for n in outcome.to_phone] == ["piet"]
    assert outcome.to_phone[0].phone == "0470 11 22 33"
    assert (outcome.failed, outcome.waiting) == ((), ())
    assert again.mailed == again.to_phone == ()
    assert len(inbox.delivered) == 3
    for delivered in inbox.delivered:
        person_id = next(p for p, a in ADDRESS.items() if a == delivered.to)
        everything = delivered.message.as_string() + delivered.calendar.decode()
        assert [n for p, n in NAMES.items() if p != person_id and n in everything] == []
        assert uids(delivered.calendar)
        assert all(uid.endswith(f"/{person_id}@roster-planner") for uid in uids(delivered.calendar))
        assert delivered.calendar == calendar_of(svc.repo, person_id, now=NOTIFIED)
        assert delivered.message["Auto-Submitted"] == "auto-generated"


def test_a_republication_reaches_exactly_the_people_it_changed(world):
    svc, inbox = world
    svc.notify(now=NOTIFIED)
    inbox.delivered.clear()
    monday, tuesday = shift(svc, "inloop", MONDAY), shift(svc, "inloop", TUESDAY)
    night = shift(svc, "nachtopvang", TUESDAY)
    # Jan moves from Monday's drop-in to Tuesday's; Els takes Tuesday's too.
    moved = [(monday, "els"), (tuesday, "els"), (tuesday, "jan"), (night, "piet"), (night, "mira")]
    publish(svc, moved, REPUBLISHED)

    outcome = svc.notify(now=LATE)

    assert sorted(d.to for d in inbox.delivered) == [ADDRESS["els"], ADDRESS["jan"]]
    assert [(n.person_id, len(n.lines)) for n in outcome.mailed] == [("els", 1), ("jan", 2)]
    (jan,) = inbox.to(ADDRESS["jan"])
    assert jan.message["Subject"] == "Short notice: your shifts at Sociaal Huis Testdorp changed"
    assert "Short notice. Cancelled: Mon 30 Nov 09:00–12:00, Inloop — volunteer" in jan.text
    assert "Short notice. New: Tue 1 Dec 09:00–12:00, Inloop — volunteer" in jan.text
    assert "Els" not in jan.text and "Els" not in jan.calendar.decode()
    statuses = {str(e["STATUS"]) for e in Calendar.from_ical(jan.calendar).walk("VEVENT")}
    assert statuses == {"CANCELLED", "CONFIRMED"}
    assert svc.notify(now=LATE).mailed == ()


def test_a_change_far_ahead_is_not_short_notice(world):
    svc, inbox = world

    svc.notify(now=NOTIFIED)

    (jan,) = inbox.to(ADDRESS["jan"])
    assert jan.message["Subject"] == "Your shifts at Sociaal Huis Testdorp changed"
    assert "- New: Mon 30 Nov 09:00–12:00, Inloop — volunteer, Sociaal Huis, Markt 1" in jan.text
    assert "hort notice" not in jan.text


def test_shifts_already_over_are_not_told(world):
    svc, inbox = world

    outcome = svc.notify(now=TUESDAY_NIGHT_OVER)

    assert (outcome.mailed, outcome.to_phone, inbox.delivered) == ((), (), [])


def test_a_refused_address_is_tried_again_by_the_next_run_with_the_same_message_id(world):
    svc, inbox = world
    inbox.refuse[ADDRESS["jan"]] = "550 5.1.1 mailbox unavailable"

    first = svc.notify(now=NOTIFIED)
    del inbox.refuse[ADDRESS["jan"]]
    second = svc.notify(now=NOTIFIED + timedelta(hours=1))

    assert [f.notice.person_id for f in first.failed] == ["jan"]
    assert "550 5.1.1 mailbox unavailable" in str(first.failed[0].reason)
    assert sorted(n.person_id for n in first.mailed) == ["els", "mira"]
    assert [n.person_id for n in second.mailed] == ["jan"]
    assert second.to_phone == ()  # Piet was listed once, by the first run
    assert len(inbox.to(ADDRESS["jan"])) == 1


def test_an_unreachable_server_leaves_every_notice_for_the_next_run(tmp_path):
    closed = free_port()
    svc, _url = service(tmp_path, closed)
    publish(svc, first_roster(svc), PUBLISHED)

    outcome = svc.notify(now=NOTIFIED)

    assert [f.notice.person_id for f in outcome.failed] == ["els"]  # the first one tried
    assert "cannot reach the mail server 127.0.0.1 port" in str(outcome.failed[0].reason)
    assert [n.person_id for n in outcome.waiting] == ["jan", "mira"]
    with smtp_server() as (inbox, port):
        org = svc.organisation()
        assert org.mail is not None
        svc.repo.save_organisation(replace(org, mail=replace(org.mail, port=port)))
        later = svc.notify(now=NOTIFIED + timedelta(hours=1))
    assert sorted(n.person_id for n in later.mailed) == ["els", "jan", "mira"]
    assert len(inbox.delivered) == 3


def test_a_dry_run_records_and_sends_nothing(world):
    svc, inbox = world

    dry = svc.notify(now=NOTIFIED, dry_run=True)
    real = svc.notify(now=NOTIFIED)

    assert dry.dry_run
    assert [n.person_id for n in dry.mailed] == [n.person_id for n in real.mailed]
    assert [n.person_id for n in dry.to_phone] == ["piet"] == [n.person_id for n in real.to_phone]
    assert len(inbox.delivered) == 3  # all from the real run


def test_a_dry_run_needs_no_mail_server(tmp_path):
    svc, _url = service(tmp_path, 25)
    org = svc.organisation()
    svc.repo.save_organisation(replace(org, mail=None))
    publish(svc, first_roster(svc), PUBLISHED)

    dry = svc.notify(now=NOTIFIED, dry_run=True)

    assert sorted(n.person_id for n in dry.mailed) == ["els", "jan", "mira"]
    with pytest.raises(PlannerError, match=r"no mail server: organisation.toml has no \[mail\]"):
        svc.notify(now=NOTIFIED)


def test_the_feed_link_goes_to_whoever_has_one(world):
    svc, inbox = world
    link = svc.issue_feed("jan").url
    assert link is not None

    svc.notify(now=NOTIFIED)

    (jan,) = inbox.to(ADDRESS["jan"])
    (els,) = inbox.to(ADDRESS["els"])
    assert f"Your calendar link, which keeps itself up to date: {link}" in jan.text
    assert "/feeds/" not in els.text
    assert token_of(link) not in els.message.as_string()


def test_the_password_comes_from_the_environment_and_is_kept_nowhere(tmp_path, monkeypatch):
    with smtp_server(password="s3cret-wachtwoord") as (inbox, port):
        svc, _url = service(tmp_path, port, username="rooster", password_env="TESTDORP_SMTP")
        publish(svc, first_roster(svc), PUBLISHED)
        with pytest.raises(PlannerError, match="TESTDORP_SMTP that holds the password is not set"):
            svc.notify(now=NOTIFIED)
        monkeypatch.setenv("TESTDORP_SMTP", "s3cret-wachtwoord")

        outcome = svc.notify(now=NOTIFIED)

    assert len(outcome.mailed) == 3  # the refused run recorded nothing
    assert set(inbox.logins) == {("rooster", "s3cret-wachtwoord")}
    assert b"s3cret-wachtwoord" not in (tmp_path / "roster.db").read_bytes()


def test_a_wrong_password_is_reported_and_nothing_is_lost(tmp_path, monkeypatch):
    monkeypatch.setenv("TESTDORP_SMTP", "verkeerd")
    with smtp_server(password="s3cret-wachtwoord") as (inbox, port):
        svc, _url = service(tmp_path, port, username="rooster", password_env="TESTDORP_SMTP")
        publish(svc, first_roster(svc), PUBLISHED)

        outcome = svc.notify(now=NOTIFIED)
        monkeypatch.setenv("TESTDORP_SMTP", "s3cret-wachtwoord")
        later = svc.notify(now=NOTIFIED)

    assert "refused the login of rooster" in str(outcome.failed[0].reason)
    assert len(later.mailed) == 3 and len(inbox.delivered) == 3


def test_a_second_run_at_the_same_time_is_refused(world):
    svc, inbox = world

    with only_run(svc.repo.engine, "notify"):
        with pytest.raises(PlannerError, match="another `roster notify` is running"):
            svc.notify(now=NOTIFIED)

    assert inbox.delivered == []
    assert len(svc.notify(now=NOTIFIED).mailed) == 3


def test_someone_who_left_is_told_nothing(world):
    svc, inbox = world
    org = svc.organisation()
    svc.repo.save_organisation(replace(org, people=tuple(p for p in org.people if p.id != "jan")))

    outcome = svc.notify(now=NOTIFIED)

    assert sorted(n.person_id for n in outcome.mailed) == ["els", "mira"]
    assert inbox.to(ADDRESS["jan"]) == []


def test_a_new_email_address_gets_the_notice_that_failed_at_the_old_one(world):
    svc, inbox = world
    inbox.refuse[ADDRESS["jan"]] = "550 no such user"
    svc.notify(now=NOTIFIED)
    org = svc.organisation()
    people = tuple(
        replace(p, email="jan.peeters@mail.example") if p.id == "jan" else p for p in org.people
    )
    svc.repo.save_organisation(replace(org, people=people))

    outcome = svc.notify(now=NOTIFIED)

    assert [n.address for n in outcome.mailed] == ["jan.peeters@mail.example"]
    assert len(inbox.to("jan.peeters@mail.example")) == 1


def test_each_person_reads_their_notice_in_their_own_language(world):
    svc, inbox = world

    svc.notify(now=LATE)

    (mira,) = inbox.to(ADDRESS["mira"])
    (els,) = inbox.to(ADDRESS["els"])
    (jan,) = inbox.to(ADDRESS["jan"])
    # Sunday noon: Els's Monday morning is close, Mira's Tuesday night is not.
    assert mira.message["Subject"] == "Vos permanences chez Sociaal Huis Testdorp ont changé"
    assert mira.text.startswith("Bonjour Mira Haddad,\n")
    assert "- Nouveau\u00a0: mar. 1 déc. 20:00–08:00, Nachtopvang — bénévole" in mira.text
    assert (
        els.message["Subject"] == "Kort dag: je diensten bij Sociaal Huis Testdorp zijn gewijzigd"
    )
    assert "- Kort dag. Nieuw: ma 30 nov 09:00–12:00, Inloop — beroepskracht" in els.text
    assert jan.text.startswith("Hello Jan Peeters,\n")
    assert [m.message.get_body(("plain",))["Content-Language"] for m in (mira, els, jan)] == ["fr", "nl", "en"]  # fmt: skip


def test_the_log_says_who_was_mailed_or_listed_and_a_dry_run_leaves_no_line(world, english):
    svc, _inbox = world

    svc.notify(now=NOTIFIED, dry_run=True)
    assert [e for e in svc.audit_log() if e.action == "notify"] == []
    svc.notify(now=NOTIFIED)

    words = Words.of(svc.organisation())
    told = sorted(
        entry_text(e.kind, e.subject, e.before, e.after, words)
        for e in svc.audit_log()
        if e.action == "notify"
    )
    assert told == [
        "Els Vermeulen was mailed about 1 change",
        "Jan Peeters was mailed about 1 change",
        "Mira Haddad was mailed about 1 change",
        "Piet Claes has no e-mail address: listed to phone about 1 change",
    ]
    notified = [e.after for e in svc.audit_log() if e.action == "notify"]
    assert ADDRESS["els"] not in repr(notified)  # whom, not where


def test_a_notify_run_is_stamped_by_the_planners_clock(world):
    svc, _inbox = world
    at_the_clock = Service(svc.repo, frozen(NOTIFIED))

    at_the_clock.notify()

    stamps = {e.at for e in svc.audit_log() if e.action == "notify"}
    assert stamps == {as_utc(NOTIFIED)}
