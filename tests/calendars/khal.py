"""Import calendars into khal, a real calendar client, and read back what it shows.

khal runs in its own temporary config (Europe/Brussels, fixed formats), so results do not
depend on the machine's locale or zone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

CONFIG = """\
[calendars]
[[roster]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = Europe/Brussels
local_timezone = Europe/Brussels
firstweekday = 0
[default]
default_calendar = roster
[sqlite]
path = {db}
"""

SEP = "\x1f"  # a separator no summary contains


def khal_executable() -> str | None:
    beside = Path(sys.executable).with_name("khal")
    return str(beside) if beside.exists() else shutil.which("khal")


@dataclass(frozen=True)
class Listed:
    start: str  # "2026-10-24 20:00", local
    end: str
    title: str
    location: str
    status: str  # "" or "CANCELLED"


class Khal:
    def __init__(self, home: Path) -> None:
        self.home = home
        vdir = home / "vdir"
        vdir.mkdir(parents=True)
        self.config = home / "khal.conf"
        self.config.write_text(CONFIG.format(vdir=vdir, db=home / "khal.db"))
        self.exe = khal_executable()
        self.vdir = vdir

    def _run(self, *args: str) -> str:
        env = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8"}  # khal must use its config's zone
        done = subprocess.run(
            [self.exe, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_file(self, path: Path) -> None:
        self._run("import", "--batch", str(path))

    def events(self, first: date, days: int) -> list[Listed]:
        fmt = SEP.join(
            (
                "{start-date} {start-time}",
                "{end-date} {end-time}",
                "{title}",
                "{location}",
                "{status}",
            )
        )
        out = self._run(
            "list", "--once", "--format", fmt, "--day-format", "", first.isoformat(), f"{days}d"
        )
        listed = []
        for line in out.splitlines():
            if SEP not in line:
                continue
            start, end, title, location, status = line.split(SEP)
            listed.append(Listed(start, end, title, location, status.strip()))
        return listed

    def stored_files(self) -> list[Path]:
        return sorted(self.vdir.glob("*.ics"))
