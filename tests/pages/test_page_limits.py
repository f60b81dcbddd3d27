"""Rate limits of the personal pages, against a real `roster serve` (its own, as a blocked
address stays blocked for the rest of the server's minute): an address that keeps missing is
refused everything, its good link too, while the coordinator's other people are not."""

from __future__ import annotations

import pytest

from tests.pages.world import serving
from web.security import MISSES_PER_ADDRESS


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("limits")) as world:
        yield world


def test_an_address_that_keeps_guessing_is_refused_even_with_a_good_link(world):
    good = world.link("jan")
    allowed = int(MISSES_PER_ADDRESS.split("/")[0])
    guess = "/p/" + "A" * 43

    misses = [world.client.get(guess).status_code for _ in range(allowed)]
    after = world.client.get(guess)
    with_good_link = world.client.get(good)
    # Another address (a proxy forwards it in X-Forwarded-For, trusted from loopback only).
    elsewhere = world.client.get(good, headers={"X-Forwarded-For": "192.0.2.7"})

    assert set(misses) == {404}
    assert after.status_code == 429 and after.headers["retry-after"] == "60"
    assert with_good_link.status_code == 429
    assert elsewhere.status_code == 200
