"""What every fuzz example asserts: no traceback and no internal error reach the user, and a
refusal leaves the database exactly as it was."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings

# In CI a couple of minutes for the whole suite; a longer run: bench/fuzz.py (docs/limits.md).
FUZZ = settings(
    max_examples=int(os.environ.get("ROSTER_FUZZ_EXAMPLES", "120")),
    deadline=None,
    derandomize=os.environ.get("ROSTER_FUZZ_RANDOM") is None,  # reproducible in CI
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
EXIT_CODES = {0, 1, 2, 3, 4, 5, 6}  # README; 70 is an internal error: a bug


def fingerprint(db_file: Path) -> str:
    """The database file's bytes (SQLite writes nothing on a refused command)."""
    return hashlib.sha256(db_file.read_bytes()).hexdigest()


def assert_clean(code: int, err: str) -> None:
    assert code in EXIT_CODES, (code, err)
    assert "Traceback" not in err, err
    assert "internal error" not in err, err
