"""Shared by the TUI benchmarks: a throwaway database with the demo or the generated city."""

from __future__ import annotations

import atexit
import shutil
import statistics
import tempfile
from pathlib import Path

from planner.io.folder import read_folder
from planner.storage.engine import make_engine
from planner.storage.repository import Repository


def temp_repo() -> tuple[Repository, Path]:
    folder = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "roster.db"
    return Repository(make_engine(f"sqlite:///{path}")), path


def load_folder(repo: Repository, folder: Path) -> None:
    loaded = read_folder(folder)
    repo.save_folder(loaded.organisation, loaded.absences)


def summary(label: str, seconds: list[float], target_s: float) -> str:
    worst = max(seconds)
    verdict = "ok" if worst <= target_s else "OVER TARGET"
    return (
        f"{label}: median {statistics.median(seconds) * 1000:.0f} ms, "
        f"worst {worst * 1000:.0f} ms over {len(seconds)} runs "
        f"(target <= {target_s * 1000:.0f} ms: {verdict})"
    )
