"""A tiny organisation whose people are mailed their page link (`roster page issue --mail`,
or m in the app's page-link window), and what to read in a mail received: its link."""

from __future__ import annotations

import re
from dataclasses import replace

from planner.delivery import MailSettings, Security
from planner.domain import Organisation
from tests.feeds.world import organisation

ADDRESSES = {"els": "els@testdorp.example", "jan": "jan@testdorp.example"}
LANGUAGES = {"jan": "fr", "mira": "en", "els": "en"}
NOEL = ("noel", "Noël Janssens", "noel@testdorp.example", "nl")  # a third volunteer, in Dutch


def mailed_organisation(port: int) -> Organisation:
    """Volunteers jan (French, an address), mira (English, none) and noel (Dutch, an
    address); professionals els (an address) and piet (none)."""
    org = organisation()
    jan = org.person("jan")
    noel = replace(jan, id=NOEL[0], name=NOEL[1], email=NOEL[2], language=NOEL[3])
    people = tuple(
        replace(p, email=ADDRESSES.get(p.id), language=LANGUAGES.get(p.id, p.language))
        for p in org.people
    ) + (noel,)
    mail = MailSettings("127.0.0.1", "rooster@testdorp.example", Security.NONE, port)
    return replace(org, people=people, mail=mail)


def link_in(body: str) -> str:
    (url,) = re.findall(r"http://\S+/p/\S+", body)
    return url


def token(url: str) -> str:
    return url.rsplit("/", 1)[1]
