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

import hmac
from dataclasses import dataclass
from datetime import datetime

from planner.dates import as_utc
from planner.domain import Organisation
from planner.errors import PlannerError
from planner.io.feed_key import FeedKey, is_token, new_nonce, token_hash
from planner.message import msg
from planner.service.feeds import LOCAL_SERVER
from planner.storage.connection import reading
from planner.storage.feed_tables import FeedStore
from planner.storage.page_tables import PageStore, PageTokenRow
from planner.storage.repository import Repository
from planner.storage.tables import PersonRow
from planner.storage.writes import Write


@dataclass(frozen=True)
class PageLink:
    """A person's page link as the coordinator sees it."""

    person_id: str
    name: str
    issued_at: datetime  # aware UTC
    url: str | None  # None when this computer's feed key does not give the link back


def page_url(base_url: str, token: str) -> str:
    return f"{base_url or LOCAL_SERVER}/p/{token}"


def issue(
    repo: Repository,
    person_id: str,
    key: FeedKey,
    *,
    new: bool = False,
    now: datetime | None = None,
) -> PageLink:
    """The person's page link: their current one, or a new one when they have none or `new`
    (which kills the old link at once). One write, in the audit log."""
    org = repo.load_organisation()
    with repo.write("page.issue", now=now) as unit:
        person = _present(unit, person_id)
        row = PageStore.of(unit.session, person_id)
        if row is not None and not new:
            token = key.page_token(row.nonce)
            if not hmac.compare_digest(token_hash(token), row.token_hash):
                raise PlannerError(
                    msg(
                        "the page link of '{person}' was issued with another feed key than "
                        "this computer's: use that key (docs/feeds.md), or give out a new link "
                        "with --new",
                        person=person_id,
                    )
                )
            return PageLink(person.id, person.name, as_utc(row.issued_at_utc), _url(org, token))
        before = _link_record(row)
        nonce = new_nonce()
        token = key.page_token(nonce)
        row = PageTokenRow(
            person_id=person_id, token_hash=token_hash(token), nonce=nonce, issued_at_utc=unit.now
        )
        PageStore.put(unit.session, row)
        unit.record("page", person_id, before, _link_record(row), [person_id])
    return PageLink(person.id, person.name, unit.now, _url(org, token))


def revoke(repo: Repository, person_id: str, *, now: datetime | None = None) -> bool:
    """Kill the person's page link at once; False when they had none. One write, audited."""
    with repo.write("page.revoke", now=now) as unit:
        _present(unit, person_id)
        row = PageStore.of(unit.session, person_id)
        if row is None:
            return False
        unit.record("page", person_id, _link_record(row), None, [person_id])
        PageStore.remove(unit.session, [person_id])
    return True


def links(repo: Repository, key: FeedKey | None) -> list[PageLink]:
    """Everyone with a page link, in people.csv's order; their URL where `key` gives it back."""
    org = repo.load_organisation()
    with reading(repo.engine) as session:
        rows = {row.person_id: row for row in PageStore.all(session)}
    found = []
    for person in org.people:
        row = rows.get(person.id)
        if row is None:
            continue
        url = None
        if key is not None:
            token = key.page_token(row.nonce)
            if hmac.compare_digest(token_hash(token), row.token_hash):
                url = _url(org, token)
        found.append(PageLink(person.id, person.name, as_utc(row.issued_at_utc), url))
    return found


def person_of(repo: Repository, token: str) -> str | None:
    """The id of the person whose page link holds `token`; None for any miss. Reads only,
    and is asked again at every request, so a revoked link stops working at once."""
    if not is_token(token):
        return None
    wanted = token_hash(token)
    with reading(repo.engine) as session:
        row = PageStore.by_hash(session, wanted)
        # The lookup went by the hash; compare again in constant time all the same, so no
        # reply ever depends on how much of a guess was right.
        if row is None or not hmac.compare_digest(row.token_hash, wanted):
            return None
        person = FeedStore.person(session, row.person_id)
        if person is None or person.left_at_utc is not None:
            return None
        return person.id


def _present(unit: Write, person_id: str) -> PersonRow:
    person = FeedStore.person(unit.session, person_id)
    if person is None or person.left_at_utc is not None:
        raise PlannerError(msg("unknown person '{person}'", person=person_id))
    return person


def _link_record(row: PageTokenRow | None) -> dict[str, str] | None:
    """A link as the audit log keeps it: when it was given out, nothing that would rebuild it."""
    return None if row is None else {"issued": as_utc(row.issued_at_utc).isoformat()}


def _url(org: Organisation, token: str) -> str:
    return page_url(org.feeds.base_url, token)
