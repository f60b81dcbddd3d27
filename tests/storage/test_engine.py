"""The engine: made from a URL on demand; a database that cannot be opened is a user error."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from planner.errors import PlannerError
from planner.storage import engine as engine_module
from planner.storage.engine import make_engine
from planner.storage.repository import Repository
from tests.builders import activity, org, professional


def test_database_in_a_missing_folder_is_a_clear_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'roster.db'}"

    with pytest.raises(PlannerError, match="cannot open the database sqlite:///.*unable to open"):
        make_engine(url)


def test_error_never_shows_the_password():
    with pytest.raises(PlannerError) as caught:
        make_engine("nosuchdialect://planner:s3cret@db.example/roster")

    assert "s3cret" not in str(caught.value)
    assert "***" in str(caught.value)


def test_url_from_the_environment_beats_the_data_directory(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv(engine_module.ENV_VAR, url)

    assert engine_module.default_url() == url


def test_in_memory_database_is_the_same_from_another_thread():
    # The TUI plans in a worker thread; it must see what the main thread saved.
    repo = Repository(make_engine("sqlite://"))
    repo.save_organisation(org([activity()], [professional()]))
    seen: list[bool] = []

    worker = threading.Thread(target=lambda: seen.append(repo.has_organisation()))
    worker.start()
    worker.join()

    assert seen == [True]


def test_importing_and_asking_for_help_touch_no_database(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop(engine_module.ENV_VAR, None)
    code = "from cli import main; main(['load', '--help'])"

    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)

    assert list(tmp_path.rglob("*.db")) == []
