"""Personal page links (docs/self-service.md): each person's own page, served by
`roster serve` beside the feeds, where they see their shifts to come and act for themselves.

A page link is made as a feed link is (planner/io/feed_key.py): a 128-bit random nonce in the
database, the token HMAC-SHA256 of it under the feed key (with another label than the feed's,
so a feed link never opens a page), and only the token's SHA-256 kept. Issuing, listing and
revoking are written to the audit log, never the token or its hash.

A miss of any kind (a malformed, unknown or revoked token, a person who is gone) is None:
the server answers all of them alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from planner.io.feed_key import FeedKey
from planner.message import Message, msg
from planner.service import person_links
from planner.service.feeds import LOCAL_SERVER
from planner.storage.connection import reading
from planner.storage.feed_tables import FeedStore
from planner.storage.page_tables import PageStore, PageTokenRow
from planner.storage.repository import Repository


@dataclass(frozen=True)
class PageLink:
    """A person's page link as the coordinator sees it."""

    person_id: str
    name: str
    issued_at: datetime  # aware UTC
    url: str | None  # None when this computer's feed key does not give the link back
    # Where a mail with this link was queued, in the write that gave it out (issue_page and
    # issue_pages with `mail`): people.csv's address as it was then; None when none was.
    mailed_to: str | None = None


def page_url(base_url: str, token: str) -> str:
    return f"{base_url or LOCAL_SERVER}/p/{token}"


def _mismatch(person_id: str) -> Message:
    return msg(
        "the page link of '{person}' was issued with another feed key than "
        "this computer's: use that key (docs/feeds.md), or give out a new link "
        "with --new",
        person=person_id,
    )


# The feed links' steps (planner/service/person_links.py), with the page's own token label.
_PAGE_LINKS: person_links.LinkKind[PageTokenRow, PageLink] = person_links.LinkKind(
    kind="page",
    store=PageStore,
    row=PageTokenRow,
    link=PageLink,
    token=FeedKey.page_token,
    url=page_url,
    mismatch=_mismatch,
)


def issue(
    repo: Repository,
    person_id: str,
    key: FeedKey,
    *,
    new: bool = False,
    now: datetime | None = None,
    also: person_links.Also | None = None,
) -> PageLink:
    """The person's page link: their current one, or a new one when they have none or `new`
    (which kills the old link at once). One write, in the audit log, with `also`."""
    return person_links.issue(_PAGE_LINKS, repo, person_id, key, new=new, now=now, also=also)


def issue_many(
    repo: Repository,
    person_ids: Sequence[str],
    key: FeedKey,
    *,
    new: bool = False,
    now: datetime | None = None,
    also: person_links.Also | None = None,
) -> list[PageLink]:
    """A link for each of the people who has none (with `new`: a new one for each), in one
    write with `also` for each; the links given out."""
    return person_links.issue_many(_PAGE_LINKS, repo, person_ids, key, new=new, now=now, also=also)


def revoke(repo: Repository, person_id: str, *, now: datetime | None = None) -> bool:
    """Kill the person's page link at once; False when they had none. One write, audited."""
    return person_links.revoke(_PAGE_LINKS, repo, person_id, now=now)


def links(repo: Repository, key: FeedKey | None) -> list[PageLink]:
    """Everyone with a page link, in people.csv's order; their URL where `key` gives it back."""
    return person_links.links(_PAGE_LINKS, repo, key)


def person_of(repo: Repository, token: str) -> str | None:
    """The id of the person whose page link holds `token`; None for any miss. Reads only,
    and is asked again at every request, so a revoked link stops working at once."""
    with reading(repo.engine) as session:
        row = person_links.holder(_PAGE_LINKS, session, token)
        if row is None:
            return None
        person = FeedStore.person(session, row.person_id)
        if person is None or person.left_at_utc is not None:
            return None
        return person.id
