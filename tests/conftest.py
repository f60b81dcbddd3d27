"""Fixtures every test package may use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.i18n.language import use_language


@pytest.fixture
def english() -> Iterator[None]:
    """Word everything the test reads in English (en_BE: Belgian dates and numbers)."""
    with use_language("en"):
        yield


@pytest.fixture
def dutch() -> Iterator[None]:
    """Word everything the test reads in Dutch (nl_BE), the default organisation's."""
    with use_language("nl"):
        yield
