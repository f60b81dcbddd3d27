"""Exactly once when `roster notify` is killed with SIGKILL in the middle of a run: the demo
week is published, its people are mailed by a process that the mail server kills while a
message is on its way; the next run completes the work. Nobody is skipped, nobody gets a
notice about anyone else, and a person gets a second copy only where the server had taken
the message just before the process died, as the same message (the same Message-ID).

The suite kills once before and once after the server took a message; killing at several
moments of several runs takes half a minute: `pytest -m stress tests/notices`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.delivery import MailSettings, Security
from planner.service import Service
from tests.calendars.demo_world import published_demo
from tests.notices.smtp_server import Inbox, smtp_server

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # a day after the demo week was published

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


class Run:
    """One `roster notify` process; the mail server may kill it."""

    def __init__(self, db_url: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.notices.notify_process", db_url, NOW.isoformat()],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)

    def finish(self) -> tuple[int, str, str]:
        out, err = self.process.communicate(timeout=120)
        return self.process.returncode, out, err


@pytest.fixture
def demo(tmp_path_factory, tmp_path):
    """The published demo week, its mail going to a server on loopback; who is to be told."""
    with smtp_server() as (inbox, port):
        repo, db_url = published_demo(tmp_path_factory, tmp_path)
        org = repo.load_organisation()
        mail = MailSettings(
            host="127.0.0.1", port=port, security=Security.NONE, sender="rooster@gent.example"
        )
        repo.save_organisation(replace(org, mail=mail))
        expected = Service(repo).notify(dry_run=True, now=NOW)
        assert len(expected.mailed) > 20
        yield inbox, db_url, {n.address: n.person_id for n in expected.mailed}


def check_everyone_once(inbox: Inbox, addressed: dict[str, str]) -> Counter:
    """Each person got their own notice, as one message (one Message-ID); how many copies."""
    copies = Counter(d.to for d in inbox.delivered)
    assert set(copies) == set(addressed), "someone was skipped, or mailed who should not be"
    ids: dict[str, set[str]] = {}
    for delivered in inbox.delivered:
        ids.setdefault(delivered.to, set()).add(delivered.message["Message-ID"])
        person_id = addressed[delivered.to]
        uids = [str(e["UID"]) for e in Calendar.from_ical(delivered.calendar).walk("VEVENT")]
        assert uids and all(uid.endswith(f"/{person_id}@roster-planner") for uid in uids)
    assert all(len(found) == 1 for found in ids.values())
    return copies


def killed_at(inbox: Inbox, index: int, run: list[Run], *, accept: bool) -> None:
    """Kill the run when message `index` arrives: before the server takes it (accept=False:
    the message is lost with the connection) or after (accept=True: taken, but the process
    dies before it hears so)."""

    def on_message(i: int, _envelope) -> str | None:
        if i != index:
            return None
        run[0].kill()
        return None if accept else "421 4.3.0 connection lost"

    inbox.on_message = on_message


def test_killed_before_the_server_took_a_message_nobody_gets_two_or_none(demo):
    inbox, db_url, addressed = demo
    run: list[Run] = []
    killed_at(inbox, 7, run, accept=False)
    run.append(Run(db_url))
    code, _out, _err = run[0].finish()
    assert code == -signal.SIGKILL
    assert len(inbox.delivered) == 7
    inbox.on_message = None

    code, out, err = Run(db_url).finish()

    assert code == 0, err
    copies = check_everyone_once(inbox, addressed)
    assert set(copies.values()) == {1}
    assert out.count("(sent again: the previous run stopped while sending it)") == 1
    assert Run(db_url).finish()[1] == "nobody's published shifts changed since their last notice\n"


def test_killed_after_the_server_took_a_message_the_copy_is_the_same_message(demo):
    inbox, db_url, addressed = demo
    run: list[Run] = []
    killed_at(inbox, 12, run, accept=True)
    run.append(Run(db_url))
    assert run[0].finish()[0] == -signal.SIGKILL
    inbox.on_message = None

    code, _out, err = Run(db_url).finish()

    assert code == 0, err
    copies = check_everyone_once(inbox, addressed)
    # The one in the server's hands when the process died comes twice, as the same message.
    assert sorted(copies.values()) == [1] * (len(addressed) - 1) + [2]


@pytest.mark.stress
def test_kills_at_any_moment_of_several_runs_leave_everyone_told_once(demo):
    """Three killed runs before the one that completes (stress only: the two tests above
    kill once before and once after the server took a message, in the suite)."""
    inbox, db_url, addressed = demo
    kills = 0
    for index in (3, 11, 20):  # of the messages the server receives in all
        run: list[Run] = []

        def on_message(i: int, _envelope, index=index, run=run) -> str | None:
            if i == index:
                # A moment later: anywhere between the server's answer and the next message.
                threading.Timer(0.002 * (index % 5), run[0].kill).start()
            return None

        inbox.on_message = on_message
        run.append(Run(db_url))
        code, _out, _err = run[0].finish()
        kills += code == -signal.SIGKILL
    inbox.on_message = None

    code, _out, err = Run(db_url).finish()

    assert code == 0, err
    assert kills == 3
    copies = check_everyone_once(inbox, addressed)
    assert sum(copies.values()) - len(addressed) <= kills  # at most the message in flight
