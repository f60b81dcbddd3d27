"""The long fuzz run: the suite of tests/fuzz with many random examples instead of the CI's
120 reproducible ones. Prints the machine, the load, each test's examples, time and outcome,
for docs/limits.md.

`python bench/fuzz.py --examples 3000` (about 2 minutes per 1,000 examples of both tests on
2 cores). A failure prints hypothesis's smallest failing example; add it to the suite as an
explicit example or a test of its own once fixed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TESTS = ("tests/fuzz/test_fuzz_folders.py", "tests/fuzz/test_fuzz_commands.py")


def run(test: str, examples: int) -> dict:
    env = os.environ | {"ROSTER_FUZZ_EXAMPLES": str(examples), "ROSTER_FUZZ_RANDOM": "1"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", test,
         "--hypothesis-show-statistics"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - started
    passing = re.search(r"(\d+) passing, (\d+) failing", done.stdout)
    return {
        "test": test,
        "examples": int(passing.group(1)) + int(passing.group(2)) if passing else None,
        "failing": int(passing.group(2)) if passing else None,
        "seconds": round(seconds, 1),
        "ok": done.returncode == 0,
        "output": done.stdout[-4000:] if done.returncode else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=3000, help="per test")
    args = parser.parse_args()
    print(f"machine: {machine()}, {os.cpu_count()} cores")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load {os.getloadavg()[0]:.2f}")
    failed = False
    for test in TESTS:
        result = run(test, args.examples)
        print(
            f"{result['test']}: {result['examples']} examples, {result['failing']} failing, "
            f"{result['seconds']} s, {'ok' if result['ok'] else 'FAILED'}"
        )
        if not result["ok"]:
            failed = True
            print(result["output"])
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
