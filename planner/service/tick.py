"""`roster tick`: everything that is due, run every few minutes from a timer (docs/
operations.md): reminders before shifts, the coordinator's morning digest, and change notices
still waiting in the outbox (a failed or interrupted `roster notify`). Idempotent: a tick
that finds nothing due sends nothing, and each message goes once because it is recorded in
the outbox before it is sent. One tick at a time per database (a run lock, as for notify)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.service import digest, notices, page_mail, reminders
from planner.service.digest import DigestSent
from planner.service.notices import NotifyOutcome
from planner.service.reminders import ReminderOutcome
from planner.storage.notice_tables import NoticeStore
from planner.storage.repository import Repository
from planner.storage.run_lock import only_run


@dataclass(frozen=True)
class TickOutcome:
    reminders: ReminderOutcome
    notices: NotifyOutcome | None  # None: no change notice was waiting
    no_mail: bool  # organisation.toml has no [mail]: nothing could be mailed
    digest: DigestSent | None = None  # None: not due, or nothing to say today

    @property
    def undelivered(self) -> bool:
        waiting = self.notices is not None and (self.notices.failed or self.notices.waiting)
        failed_digest = self.digest is not None and self.digest.error is not None
        return bool(self.reminders.failed or waiting or failed_digest)


def tick(repo: Repository, *, now: datetime) -> TickOutcome:
    with only_run(repo.engine, "tick"):
        org = repo.load_organisation()
        if org.mail is None:
            return TickOutcome(ReminderOutcome(), None, True)
        sent = reminders.remind(repo, now=now)
        retried = notices.notify(repo, now=now) if _waiting(repo) else None
        page_mail.send(repo, now)  # alerts and outcomes of the personal pages still waiting
        return TickOutcome(sent, retried, False, digest.mail_digest(repo, now=now))


def _waiting(repo: Repository) -> bool:
    """Change notices still open in the outbox: failed, or stopped while sending."""
    with repo.write("notify", now=None) as unit:
        return bool(NoticeStore.open_notices(unit.session))


def keep_ticking(
    repo: Repository,
    clock: Callable[[], datetime],
    every: timedelta,
    stop: threading.Event,
    on_error: Callable[[Exception], None],
) -> None:
    """`roster serve --tick`: a tick at once, then one every `every` until `stop` is set.
    A tick that fails (another tick running, the mail server down, a bad setting) is
    reported through `on_error` and the next one goes as planned: the server keeps serving."""
    while not stop.is_set():
        try:
            tick(repo, now=clock())
        except Exception as exc:  # noqa: BLE001 - reported, and the next tick tries again
            on_error(exc)
        stop.wait(every.total_seconds())
