"""`roster notify` in a process of its own, with its clock frozen at the moment given: the
kill -9 tests kill this process in the middle of its run.

    python -m tests.notices.notify_process DB_URL 2026-11-24T09:00:00+00:00
"""

from __future__ import annotations

import sys
from datetime import datetime

import planner.service.notices as notices


def main() -> None:
    db_url, moment = sys.argv[1], sys.argv[2]
    frozen = datetime.fromisoformat(moment)
    notices.clock = lambda: frozen  # a frozen clock: the tests' dates, whatever today is
    from cli import main as roster

    roster(["--db", db_url, "--lang", "en", "notify"])


if __name__ == "__main__":
    main()
