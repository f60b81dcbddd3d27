"""The published demo week walked hour by hour by `roster tick` (a frozen clock, a real SMTP
server on loopback): every reminder once, none late and none early, each digest once a day.
It takes minutes (the demo has 195 people): `pytest -m stress tests/notices`; the suite's
cheap version is tests/notices/test_reminders.py and test_digest.py on a tiny organisation."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from planner.delivery import MailSettings, Security, WatchSettings
from planner.service import Service
from planner.storage.calendar_tables import CalendarEventRow
from planner.storage.notice_tables import NoticeKind, NoticeRow, NoticeStatus
from tests.calendars.demo_world import published_demo
from tests.notices.smtp_server import smtp_server

START = datetime(2026, 11, 28, 23, 0, tzinfo=UTC)  # Sunday 29 November 00:00 in Brussels
COORDINATOR = "sara@gent.example"

pytestmark = pytest.mark.stress


def test_the_demo_week_hour_by_hour_reminds_each_shift_once_on_time_and_digests_daily(
    tmp_path_factory, tmp_path
):
    with smtp_server() as (inbox, port):
        repo, _url = published_demo(tmp_path_factory, tmp_path)
        org = repo.load_organisation()
        mail = MailSettings(
            host="127.0.0.1", port=port, security=Security.NONE, sender="rooster@gent.example"
        )
        repo.save_organisation(replace(org, mail=mail, watch=WatchSettings(digest_to=COORDINATOR)))
        svc = Service(repo)
        for hour in range(24 * 8):
            outcome = svc.tick(now=START + timedelta(hours=hour))
            assert not outcome.undelivered

    with Session(repo.engine) as session:
        events = {e.uid: e for e in session.exec(select(CalendarEventRow))}
        reminders = list(
            session.exec(select(NoticeRow).where(NoticeRow.kind == NoticeKind.REMINDER.value))
        )
    sent = [r for r in reminders if r.status == NoticeStatus.SENT.value]
    uids = Counter(r.changes[0][0] for r in sent)
    assert sent and set(uids.values()) == {1}, "a shift was reminded twice"
    email = {p.id for p in org.people if p.email}
    due = {
        uid
        for uid, e in events.items()
        if e.status != "CANCELLED"
        and e.person_id in email
        and e.start_utc.replace(tzinfo=UTC) > START
    }
    assert set(uids) == due, "a shift with an email address to remind was missed"
    for row in sent:
        start = events[row.changes[0][0]].start_utc.replace(tzinfo=UTC)
        done = row.done_at_utc.replace(tzinfo=UTC)
        assert start - timedelta(hours=24) <= done < start, "a reminder too early or late"
    assert len([d for d in inbox.delivered if d.to != COORDINATOR]) == len(sent)
    digests = [d for d in inbox.delivered if d.to == COORDINATOR]
    days = Counter(d.message["Date"][:16] for d in digests)
    assert digests and set(days.values()) == {1}, "a digest went twice in a day"
