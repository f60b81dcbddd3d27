"""`roster feed issue|revoke|list` and `roster serve` as a coordinator types them."""

from __future__ import annotations

import socket
import stat

import pytest

from tests.cli.roster_run import roster
from tests.feeds.world import service, token_of


@pytest.fixture
def db(tmp_path):
    _svc, url = service(tmp_path)
    return url


def test_issue_prints_the_link_and_issuing_again_prints_the_same(capsys, db):
    first = roster(capsys, db, "feed", "issue", "jan")
    again = roster(capsys, db, "feed", "issue", "jan")

    assert first.code == 0, first.err
    person, url = first.out.strip().split("\t")
    assert person == "jan"
    assert url.startswith("http://127.0.0.1:8080/feeds/") and url.endswith(".ics")
    assert len(token_of(url)) == 43  # 256 bits, URL-safe base64
    assert again.out == first.out


def test_issue_all_gives_a_link_to_everyone_without_one(capsys, db):
    roster(capsys, db, "feed", "issue", "jan")

    done = roster(capsys, db, "feed", "issue", "--all")
    again = roster(capsys, db, "feed", "issue", "--all")

    assert [line.split("\t")[0] for line in done.out.splitlines()] == ["els", "piet", "mira"]
    assert again.out == "everyone has a link already\n"


def test_new_replaces_the_link_and_revoke_kills_it(capsys, db):
    old = roster(capsys, db, "feed", "issue", "jan").out
    new = roster(capsys, db, "feed", "issue", "--new", "jan").out

    assert new != old
    assert roster(capsys, db, "feed", "revoke", "jan").out == "revoked the link of jan\n"
    assert roster(capsys, db, "feed", "revoke", "jan").out == "jan had no link\n"
    assert roster(capsys, db, "feed", "list").out == "nobody has a link yet: roster feed issue PERSON\n"  # fmt: skip


def test_list_shows_who_has_a_link_and_since_when(capsys, db):
    roster(capsys, db, "feed", "issue", "mira", "jan")

    listed = roster(capsys, db, "feed", "list").out.splitlines()
    with_links = roster(capsys, db, "feed", "list", "--links").out.splitlines()

    # people.csv's order, not the order of issuing
    assert [line.split("\t")[:2] for line in listed] == [["jan", "Jan Peeters"], ["mira", "Mira Haddad"]]  # fmt: skip
    assert all(line.split("\t")[2].startswith("since ") for line in listed)
    assert all("/feeds/" not in line for line in listed)
    assert all(
        line.split("\t")[3].startswith("http://127.0.0.1:8080/feeds/") for line in with_links
    )


def test_an_unknown_person_is_refused(capsys, db):
    done = roster(capsys, db, "feed", "issue", "nobody")

    assert (done.code, done.err) == (2, "error: unknown person 'nobody'\n")
    assert roster(capsys, db, "feed", "revoke", "nobody").err == "error: unknown person 'nobody'\n"


def test_without_a_key_in_the_environment_a_key_file_is_made_for_its_owner_only(
    capsys, db, tmp_path, monkeypatch
):
    monkeypatch.delenv("ROSTER_FEED_KEY")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    first = roster(capsys, db, "feed", "issue", "jan")
    again = roster(capsys, db, "feed", "issue", "jan")

    key = tmp_path / "config" / "roster-planner" / "feed-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert again.out == first.out  # the same key gives the same link back


def test_a_link_made_with_another_key_is_not_printed_as_if_it_were_this_ones(
    capsys, db, monkeypatch
):
    roster(capsys, db, "feed", "issue", "jan")
    monkeypatch.setenv("ROSTER_FEED_KEY", "17" * 32)

    done = roster(capsys, db, "feed", "issue", "jan")
    listed = roster(capsys, db, "feed", "list", "--links")

    assert done.code == 2
    assert "was issued with another feed key than this computer's" in done.err
    assert listed.out.rstrip().endswith("(issued with another feed key)")
    assert roster(capsys, db, "feed", "issue", "--new", "jan").code == 0


def test_a_key_that_is_not_one_is_refused(capsys, db, monkeypatch):
    monkeypatch.setenv("ROSTER_FEED_KEY", "geheim")

    done = roster(capsys, db, "feed", "issue", "jan")

    assert done.code == 2
    assert done.err.startswith("error: ROSTER_FEED_KEY must be 64 hexadecimal digits")


def test_serve_on_a_busy_port_says_so_in_one_line(capsys, db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]

        done = roster(capsys, db, "serve", "--port", str(port))

    assert done.code == 2
    assert done.err.startswith(f"error: cannot listen on 127.0.0.1 port {port}: ")
    assert "Traceback" not in done.err


def test_serve_without_an_organisation_stops_at_once(capsys, tmp_path):
    done = roster(capsys, f"sqlite:///{tmp_path / 'empty.db'}", "serve", "--port", "0")

    assert (done.code, done.err) == (
        2,
        "error: no organisation loaded yet: run `roster load DIR` first\n",
    )


def test_a_link_is_dated_by_the_planners_clock(capsys, db, monkeypatch):
    # The clock the planner plans by (a frozen one here) also dates links and revocations, so
    # a coordinator's "since" agrees with the rest of what the planner says about that day.
    monkeypatch.setenv("ROSTER_NOW", "2026-11-28T10:00+01:00")
    roster(capsys, db, "feed", "issue", "jan")

    listed = roster(capsys, db, "feed", "list").out.splitlines()

    assert listed[0].split("\t")[2] == "since Sat 28 Nov 2026"
