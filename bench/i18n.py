"""What the message catalogues cost: reading a .po at a language's first use, and wording the
sentences a screen shows.

Run: .venv/bin/python -m bench.i18n      (targets: a catalogue <= 100 ms, a tenth of the app's
1 s to open; a shift screen's why-nots and a plan's cost terms <= 50 ms, half the 100 ms a key
may take)

Each catalogue is read in a fresh process (its first use there), so the figure is what
`roster` and the app pay once per run. Wording is measured on the planned demo's
first week: every why-not of every candidate of one shift, and every cost term.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import date

from bench.tui_common import load_folder, temp_repo
from cli.tui import demo_folder
from planner.domain import Period
from planner.i18n.language import languages, use_language
from planner.i18n.reasons import cost_text, phrase
from planner.i18n.words import Words
from planner.service import Service

MONDAY = date(2026, 11, 30)
RUNS = 5
# Imports first (the app and the CLI have made them anyway), then the catalogue alone.
FIRST_USE = (
    "import time; from planner.i18n.language import load; t = time.perf_counter(); "
    "load({code!r}); print(time.perf_counter() - t)"
)


def first_use(code: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_USE.format(code=code)], capture_output=True, text=True
    )
    return float(out.stdout)


def line(what: str, times: list[float], target: float) -> str:
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    verdict = "ok" if median <= target * 1000 else "OVER TARGET"
    return (
        f"{what}: median {median:.1f} ms, worst {worst:.1f} ms over {len(times)} runs ({verdict})"
    )


def main() -> None:
    for code in languages():
        print(
            line(
                f"read the {code} catalogue at first use",
                [first_use(code) for _ in range(RUNS)],
                0.1,
            )
        )
    repo, _db = temp_repo()
    load_folder(repo, demo_folder())
    service = Service(repo)
    outcome = service.plan_period(Period(MONDAY), time_limit=5)
    words = Words.of(service.organisation())
    shift_id = next(iter(outcome.roster.unstaffed), outcome.roster.assignments[0].shift_id)
    reasons = [r for c in service.candidates(shift_id) for r in c.reasons]
    costs = [r for c in outcome.costs for r in c.reasons]
    for code in languages():
        with use_language(code):
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                for r in reasons:
                    phrase(r, words)
                for r in costs:
                    cost_text(r, words)
                times.append(time.perf_counter() - started)
        what = f"word {len(reasons)} why-nots and {len(costs)} cost terms in {code}"
        print(line(what, times, 0.05))


if __name__ == "__main__":
    main()
