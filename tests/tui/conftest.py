"""The demo databases (demo_db, planned_db) are built once per session in tests/conftest.py:
other packages start from them too."""

from __future__ import annotations

import pytest

from tests.tui.support import copy_db


@pytest.fixture(autouse=True)
def _errors_surface(monkeypatch):
    # The app turns unexpected errors into a message for the coordinator; in tests they must
    # fail loudly instead.
    monkeypatch.setenv("ROSTER_DEBUG", "1")


@pytest.fixture
def demo_repo(demo_db, tmp_path):
    return copy_db(demo_db, tmp_path)


@pytest.fixture
def planned_repo(planned_db, tmp_path):
    return copy_db(planned_db, tmp_path)
