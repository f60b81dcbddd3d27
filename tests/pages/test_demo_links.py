"""Page links for many at once: the demo gives each of its volunteers a page link when it is
set up (written beside its database), and a link from that file opens the volunteer's page on
a real `roster serve`; `roster page issue --all` gives links to everyone (or the volunteers,
or the professionals) who has none in one write, prints or writes them for a mail merge, and
gives nobody a second link when run again."""

from __future__ import annotations

import csv
import shutil

import httpx
import pytest

from cli.tui import DEMO_LINKS
from planner.domain import PersonKind
from planner.service import Service
from tests.cli.roster_run import roster
from tests.feeds.server import roster_serve
from tests.tui.support import repo_at


def rows(path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def page_changes(svc: Service) -> list[int]:
    return [e.change for e in svc.audit_log() if e.kind == "page"]


@pytest.fixture
def demo(demo_db, tmp_path):
    """A copy of the demo as `roster demo` sets it up, with the links file beside it."""
    shutil.copy(demo_db, tmp_path / "roster.db")
    shutil.copy(demo_db.parent / DEMO_LINKS, tmp_path / DEMO_LINKS)
    return tmp_path


def test_the_demos_volunteers_each_have_a_live_link_written_beside_the_database(demo_db):
    svc = Service(repo_at(demo_db))
    people = svc.organisation().people
    volunteers = [p.id for p in people if p.kind is PersonKind.VOLUNTEER]
    written = rows(demo_db.parent / DEMO_LINKS)

    assert [link.person_id for link in svc.page_links()] == volunteers
    assert [row["person"] for row in written] == volunteers
    assert all(svc.page_person(row["link"].rsplit("/", 1)[1]) == row["person"] for row in written)
    assert len(set(page_changes(svc))) == 1  # given out in one write


def test_a_link_from_the_demos_file_opens_that_volunteers_page(demo):
    svc = Service(repo_at(demo / "roster.db"))
    first = rows(demo / DEMO_LINKS)[0]
    name = svc.organisation().person(first["person"]).name
    path = "/p/" + first["link"].rsplit("/", 1)[1]

    with roster_serve(f"sqlite:///{demo / 'roster.db'}") as base:
        answer = httpx.get(base + path, timeout=10)

    assert answer.status_code == 200
    assert name.split()[0] in answer.text
    # Their own calendar to subscribe to, the link `roster feed list` gives the coordinator.
    (feed,) = [f for f in svc.feed_links() if f.person_id == first["person"]]
    assert feed.url is not None and feed.url in answer.text


def test_issue_all_gives_the_others_links_in_one_write_and_never_twice(demo, capsys):
    db = f"sqlite:///{demo / 'roster.db'}"
    svc = Service(repo_at(demo / "roster.db"))
    professionals = [p.id for p in svc.organisation().people if p.kind is PersonKind.PROFESSIONAL]
    before = set(page_changes(svc))

    again = roster(capsys, db, "page", "issue", "--all", "--volunteers")
    printed = roster(capsys, db, "page", "issue", "--all", "--professionals")
    once_more = roster(capsys, db, "page", "issue", "--all")

    assert again.out == "everyone has a link already\n"
    lines = [line.split("\t") for line in printed.out.splitlines()]
    assert [line[0] for line in lines] == professionals
    assert all(svc.page_person(line[2].rsplit("/", 1)[1]) == line[0] for line in lines)
    assert once_more.out == "everyone has a link already\n"
    assert len(set(page_changes(svc)) - before) == 1  # the professionals', in one write


def test_renew_all_to_a_file_kills_the_old_links_and_writes_the_new_ones(demo, capsys):
    db = f"sqlite:///{demo / 'roster.db'}"
    svc = Service(repo_at(demo / "roster.db"))
    old = rows(demo / DEMO_LINKS)
    out = demo / "links.csv"

    done = roster(
        capsys, db, "page", "issue", "--all", "--volunteers", "--renew", "--out", str(out)
    )

    assert done.code == 0, done.err
    assert done.out == f"{len(old)} links written to {out} (keep it secret)\n"
    new = rows(out)
    assert [r["person"] for r in new] == [r["person"] for r in old]
    assert all(svc.page_person(r["link"].rsplit("/", 1)[1]) is None for r in old)
    assert all(svc.page_person(r["link"].rsplit("/", 1)[1]) == r["person"] for r in new)
    assert (out.stat().st_mode & 0o077) == 0  # secret links: the owner's only


def test_a_file_that_cannot_be_written_gives_out_no_link(demo, capsys):
    db = f"sqlite:///{demo / 'roster.db'}"
    svc = Service(repo_at(demo / "roster.db"))
    before = len(svc.audit_log())

    done = roster(
        capsys, db, "page", "issue", "--all", "--professionals", "--out", str(demo / "no" / "x.csv")
    )

    assert done.code != 0 and "x.csv" in done.err
    assert len(svc.audit_log()) == before
