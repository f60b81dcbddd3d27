"""Personal page links as a coordinator gives them out (`roster page issue|revoke|list`) and
as the server looks them up (Service.page_person): only a hash kept, a feed link never opens a
page, every miss alike, revoked at once, lost on leaving, in the log without the link."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from sqlalchemy import text

from planner.i18n.changes import entry_text
from planner.i18n.words import Words
from tests.cli.roster_run import roster
from tests.feeds.world import service


def token(url: str | None) -> str:
    assert url is not None
    return url.rsplit("/", 1)[1]


@pytest.fixture
def world(tmp_path):
    svc, url = service(tmp_path)
    return svc, url


def test_issue_prints_the_link_and_issuing_again_prints_the_same(capsys, world):
    _svc, db = world
    first = roster(capsys, db, "page", "issue", "jan")
    again = roster(capsys, db, "page", "issue", "jan")

    assert first.code == 0, first.err
    person, url = first.out.strip().split("\t")
    assert person == "jan"
    assert url.startswith("http://127.0.0.1:8080/p/")
    assert len(token(url)) == 43  # 256 bits, URL-safe base64
    assert again.out == first.out


def test_issue_all_new_revoke_and_list(capsys, world):
    _svc, db = world
    roster(capsys, db, "page", "issue", "mira")
    old = roster(capsys, db, "page", "issue", "jan").out

    done = roster(capsys, db, "page", "issue", "--all")
    new = roster(capsys, db, "page", "issue", "--new", "jan").out
    listed = roster(capsys, db, "page", "list").out.splitlines()
    with_links = roster(capsys, db, "page", "list", "--links").out.splitlines()

    assert [line.split("\t")[0] for line in done.out.splitlines()] == ["els", "piet"]
    assert new != old
    assert [line.split("\t")[0] for line in listed] == [
        "els",
        "piet",
        "jan",
        "mira",
    ]  # people.csv order
    assert all("/p/" not in line for line in listed)
    assert all("/p/" in line for line in with_links)
    assert roster(capsys, db, "page", "revoke", "jan").out == "revoked the link of jan\n"
    assert roster(capsys, db, "page", "revoke", "jan").out == "jan had no link\n"
    refused = roster(capsys, db, "page", "issue", "nobody")
    assert (refused.code, refused.err) == (2, "error: unknown person 'nobody'\n")


def test_only_the_hash_of_the_token_is_stored(world):
    svc, _db = world
    link = token(svc.issue_page("jan").url)

    with svc.repo.engine.connect() as connection:
        dumped = repr(connection.execute(text("select * from page_token")).all())
        log = repr(connection.execute(text("select * from audit")).all())

    assert link not in dumped and link not in log
    assert hashlib.sha256(link.encode()).hexdigest() in dumped


def test_every_miss_is_none_and_a_feed_link_opens_no_page(world):
    svc, _db = world
    good = token(svc.issue_page("jan").url)
    other = token(svc.issue_page("mira").url)
    feed = token(svc.issue_feed("jan").url).removesuffix(".ics")
    assert svc.page_person(good) == "jan"

    svc.revoke_page("mira")
    assert svc.page_person(other) is None  # revoked
    assert svc.page_person(feed) is None  # the feed's token is another
    assert svc.page_person(good[:-1] + ("A" if good[-1] != "A" else "B")) is None
    for malformed in ("", "x", good + "A", good[:-1] + "!", "../../etc/passwd", good.upper()):
        assert svc.page_person(malformed) is None


def test_a_person_who_leaves_loses_their_link_and_the_log_keeps_no_link(world, english):
    svc, _db = world
    first = svc.issue_page("mira").url
    second = svc.issue_page("mira", new=True).url
    assert svc.page_person(token(first)) is None
    org = svc.organisation()
    svc.repo.save_organisation(replace(org, people=tuple(p for p in org.people if p.id != "mira")))

    assert svc.page_person(token(second)) is None
    assert svc.page_links() == []
    log = [e for e in svc.audit_log() if e.kind == "page"]
    words = Words.of(svc.organisation())
    words = replace(words, people={"mira": "Mira", **words.people})
    assert [(e.action, entry_text(e.kind, e.subject, e.before, e.after, words)) for e in log] == [
        ("page.issue", "Mira got a personal page link"),
        ("page.issue", "Mira got a new personal page link; the old one no longer works"),
        ("load", "the personal page link of Mira was revoked"),
    ]
