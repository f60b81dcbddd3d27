"""How a personal page names colleagues: by first name, made unique as briefly as it can be."""

from __future__ import annotations

from planner.service.offer_choices import labels
from tests.builders import volunteer


def test_a_first_name_alone_when_it_is_unique():
    assert labels([volunteer("mira", "Mira Haddad")]) == {"mira": "Mira"}


def test_the_fewest_letters_of_the_rest_that_tell_namesakes_apart():
    people = [
        volunteer("a", "Jan Peeters"),
        volunteer("b", "Jan Dubois"),
        volunteer("c", "Noor Aziz"),
        volunteer("d", "Noor Amrani"),
    ]
    assert labels(people) == {"a": "Jan P.", "b": "Jan D.", "c": "Noor Az.", "d": "Noor Am."}


def test_the_same_full_name_twice_is_numbered():
    people = [volunteer("a", "An Maes"), volunteer("b", "An Maes"), volunteer("c", "An")]
    assert labels(people) == {"a": "An Maes", "b": "An Maes (2)", "c": "An"}
