"""`roster tick` killed with SIGKILL in the middle of its reminders, and two ticks at once,
on the published demo week: afterwards everyone due a reminder has exactly one, as one
message (the one in flight when the process died may come twice, with the same
Message-ID), and nobody else got one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.delivery import MailSettings, Security
from planner.domain import Period
from planner.shifts import generate_shifts
from tests.calendars.demo_world import published_demo
from tests.notices.smtp_server import Inbox, smtp_server

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # Monday 08:00 in Brussels

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def tick(db_url: str) -> subprocess.Popen:
    env = {**os.environ, "ROSTER_NOW": NOW.isoformat()}
    code = "import sys; from cli import main; main(sys.argv[1:])"
    return subprocess.Popen(
        [sys.executable, "-c", code, "--db", db_url, "--lang", "en", "tick"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def demo(tmp_path_factory, tmp_path):
    """The published demo week, its mail going to a server on loopback; the addresses of
    those with a shift in the next 24 hours (the reminders due)."""
    with smtp_server() as (inbox, port):
        repo, db_url = published_demo(tmp_path_factory, tmp_path)
        org = repo.load_organisation()
        mail = MailSettings(
            host="127.0.0.1", port=port, security=Security.NONE, sender="rooster@gent.example"
        )
        repo.save_organisation(replace(org, mail=mail))
        week = Period(NOW.date(), 1)
        soon = {
            s.id
            for s in generate_shifts(org, week)
            if NOW < s.start.astimezone(UTC) <= NOW + timedelta(hours=24)
        }
        email = {p.id: p.email for p in org.people if p.email}
        due = Counter(
            email[a.person_id]
            for a in repo.roster(week, published=True).assignments
            if a.shift_id in soon and a.person_id in email
        )
        assert len(due) > 10
        yield inbox, db_url, due


def check_once(inbox: Inbox, due: Counter) -> Counter:
    copies = Counter(d.to for d in inbox.delivered)
    assert set(copies) == set(due), "someone was skipped, or reminded who should not be"
    ids: dict[str, Counter] = {}
    for d in inbox.delivered:
        ids.setdefault(d.to, Counter())[d.message["Message-ID"]] += 1
    # Each shift's reminder is one message: as many distinct messages as shifts due.
    assert {to: len(found) for to, found in ids.items()} == dict(due)
    return copies


def test_a_tick_killed_while_sending_leaves_each_reminder_sent_once(demo):
    inbox, db_url, due = demo
    first: list[subprocess.Popen] = []

    def on_message(i: int, _envelope) -> str | None:
        if i == 5:
            os.kill(first[0].pid, signal.SIGKILL)
            return "421 4.3.0 connection lost"
        return None

    inbox.on_message = on_message
    first.append(tick(db_url))
    first[0].communicate(timeout=120)
    assert first[0].returncode == -signal.SIGKILL
    assert len(inbox.delivered) == 5
    inbox.on_message = None

    again = tick(db_url)
    out, err = again.communicate(timeout=120)

    assert again.returncode == 0, err
    check_once(inbox, due)
    assert sum(1 for d in inbox.delivered) == sum(due.values())
    assert tick(db_url).communicate(timeout=120)[0] == ""  # nothing more is due


def test_two_ticks_at_once_send_each_reminder_once(demo):
    inbox, db_url, due = demo

    runs = [tick(db_url), tick(db_url)]
    results = [(r.communicate(timeout=120), r.returncode) for r in runs]

    codes = sorted(code for _out, code in results)
    # One did the work; the other either found it busy (2) or nothing left to do (0).
    assert codes in ([0, 0], [0, 2]), results
    check_once(inbox, due)
    assert sum(1 for d in inbox.delivered) == sum(due.values())
