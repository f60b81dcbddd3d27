"""One Chromium for all the page tests: starting it costs seconds, and each test opens its
own pages (each in a context of its own, so no cookie passes from one test to another)."""

from __future__ import annotations

import pytest

from tests.pages.browser import chromium


@pytest.fixture(scope="package")
def browser():
    with chromium() as browser:
        yield browser
