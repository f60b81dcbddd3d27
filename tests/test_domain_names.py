"""Short names as the week view shows them."""

from tests.builders import person


def test_short_name_keeps_flemish_particles():
    assert person(name="Els Vermeulen").short_name == "Els V."
    assert person(name="Dirk De Meyer").short_name == "Dirk De M."
    assert person(name="Febe Van Landeghem").short_name == "Febe Van L."
    assert person(name="Madonna").short_name == "Madonna"
