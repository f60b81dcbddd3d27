"""The page of someone whose cancellation was repaired in the draft but not published tells
the truth: the cancellation is received and the coordinator confirms the new roster (the
shift stays on the page until then), in each of the page's languages."""

from __future__ import annotations

from dataclasses import replace

from tests.cli.requests_world import held_in_draft
from tests.notices.smtp_server import free_port
from web.page_words import page_words

SAID = {
    "en": (
        "Thank you, we have your cancellation. The coordinator confirms the new roster; until "
        "then this shift stays on your page.",
        "We have your cancellation: the coordinator confirms the new roster.",
    ),
    "nl": (
        "Bedankt, we hebben je afmelding. De coördinator bevestigt het nieuwe rooster; tot dan "
        "blijft deze dienst op je pagina staan.",
        "We hebben je afmelding: de coördinator bevestigt het nieuwe rooster.",
    ),
    "fr": (
        "Merci, nous avons bien votre annulation. Le coordinateur confirme le nouvel horaire ; "
        "d'ici là, ce service reste sur votre page.",
        "Nous avons bien votre annulation : le coordinateur confirme le nouvel horaire.",
    ),
}


def test_the_page_says_the_cancellation_is_received_and_the_coordinator_confirms(
    tmp_path, monkeypatch
):
    world = held_in_draft(tmp_path, monkeypatch, free_port())
    link = world.svc.issue_page(world.canceller).url
    assert link is not None
    view = world.svc.page(link.rsplit("/", 1)[1])
    assert view is not None
    (shift,) = [s for s in view.shifts if s.shift_id == world.shift_id]
    assert shift.held and shift.away and not shift.can_cancel

    for language, (notice, on_card) in SAID.items():
        words = page_words(replace(view, language=language), "repaired")
        (card,) = [s for s in words["shifts"] if s["id"] == world.shift_id]
        assert words["notice"] == notice
        assert card["away_text"] == on_card
