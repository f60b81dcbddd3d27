"""One secret link per person, issued, listed and revoked the same way whatever it opens: the
calendar feed (planner/service/feeds.py) and the personal page (planner/service/pages.py).

The two kinds differ only in what `LinkKind` holds; the steps are written once here, so a fix
to how one kind of link is given out, checked or audited cannot be forgotten in the other.
Issuing, listing and revoking are written to the audit log, never the token or its hash.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from sqlmodel import Session

from planner.dates import as_utc
from planner.domain import Organisation
from planner.errors import PlannerError
from planner.io.feed_key import FeedKey, is_token, new_nonce, token_hash
from planner.message import Message, msg
from planner.storage.connection import reading
from planner.storage.feed_tables import FeedStore
from planner.storage.link_tables import LinkRow, LinkTable
from planner.storage.repository import Repository
from planner.storage.tables import PersonRow
from planner.storage.writes import Write

R = TypeVar("R", bound=LinkRow)
L = TypeVar("L")
# Done in the write for each person whose link is given out (or, for one person, handed out
# again): (the session, the person's id, when their link was issued). A failure undoes it all.
Also = Callable[[Session, str, datetime], None]


@dataclass(frozen=True)
class LinkKind(Generic[R, L]):
    """What tells one kind of link from another."""

    kind: str  # the audit log's kind, and its actions' prefix ("feed" -> "feed.issue")
    store: LinkTable[R]
    row: Callable[..., R]  # the table's row, made from its fields by name
    link: Callable[[str, str, datetime, str | None], L]  # what the coordinator is shown
    # The token from the nonce: each kind its own label, so a link of one kind never opens
    # what a link of another kind opens.
    token: Callable[[FeedKey, str], str]
    url: Callable[[str, str], str]  # (the [feeds] base URL, the token) -> the link
    # The link was issued under another feed key than this computer's. Each kind words it
    # itself (a data-only core: the sentence is worded at the edge).
    mismatch: Callable[[str], Message]


def issue(
    kind: LinkKind[R, L],
    repo: Repository,
    person_id: str,
    key: FeedKey,
    *,
    new: bool,
    now: datetime | None,
    also: Also | None = None,
) -> L:
    """The person's link: their current one, or a new one when they have none or `new` (which
    kills the old link at once). One write, in the audit log, with `also`."""
    org = repo.load_organisation()
    with repo.write(f"{kind.kind}.issue", now=now) as unit:
        person = _present(unit, person_id)
        row = kind.store.of(unit.session, person_id)
        if row is not None and not new:
            token = kind.token(key, row.nonce)
            if not hmac.compare_digest(token_hash(token), row.token_hash):
                raise PlannerError(kind.mismatch(person_id))
            issued = as_utc(row.issued_at_utc)
            if also is not None:
                also(unit.session, person.id, issued)
            return kind.link(person.id, person.name, issued, _url(kind, org, token))
        given = _give(kind, unit, org, person, row, key)
        if also is not None:
            also(unit.session, person.id, unit.now)
        return given


def issue_many(
    kind: LinkKind[R, L],
    repo: Repository,
    person_ids: Sequence[str],
    key: FeedKey,
    *,
    new: bool,
    now: datetime | None,
    also: Also | None = None,
) -> list[L]:
    """A link for each of the people who has none (with `new`: a new one for each, the old
    ones dead at once), in one write with `also` for each: all are given out or none. The
    links given out, in the order asked; someone who has a link already is left as they are
    (and not returned)."""
    org = repo.load_organisation()
    given = []
    with repo.write(f"{kind.kind}.issue", now=now) as unit:
        for person_id in person_ids:
            person = _present(unit, person_id)
            row = kind.store.of(unit.session, person_id)
            if row is None or new:
                given.append(_give(kind, unit, org, person, row, key))
                if also is not None:
                    also(unit.session, person.id, unit.now)
    return given


def _give(
    kind: LinkKind[R, L],
    unit: Write,
    org: Organisation,
    person: PersonRow,
    row: R | None,
    key: FeedKey,
) -> L:
    """A new link for the person in the write, in place of `row` (their old one) if any."""
    before = _link_record(row)
    nonce = new_nonce()
    token = kind.token(key, nonce)
    row = kind.row(
        person_id=person.id, token_hash=token_hash(token), nonce=nonce, issued_at_utc=unit.now
    )
    kind.store.put(unit.session, row)
    unit.record(kind.kind, person.id, before, _link_record(row), [person.id])
    return kind.link(person.id, person.name, unit.now, _url(kind, org, token))


def revoke(kind: LinkKind[R, L], repo: Repository, person_id: str, *, now: datetime | None) -> bool:
    """Kill the person's link at once; False when they had none. Unknown person: PlannerError.
    One write, in the audit log."""
    with repo.write(f"{kind.kind}.revoke", now=now) as unit:
        _present(unit, person_id)
        row = kind.store.of(unit.session, person_id)
        if row is None:
            return False
        unit.record(kind.kind, person_id, _link_record(row), None, [person_id])
        kind.store.remove(unit.session, [person_id])
    return True


def links(kind: LinkKind[R, L], repo: Repository, key: FeedKey | None) -> list[L]:
    """Everyone with a link, in people.csv's order; their URL where `key` gives it back."""
    org = repo.load_organisation()
    with reading(repo.engine) as session:
        rows = {row.person_id: row for row in kind.store.all(session)}
    found = []
    for person in org.people:
        row = rows.get(person.id)
        if row is None:
            continue
        url = None
        if key is not None:
            token = kind.token(key, row.nonce)
            if hmac.compare_digest(token_hash(token), row.token_hash):
                url = _url(kind, org, token)
        found.append(kind.link(person.id, person.name, as_utc(row.issued_at_utc), url))
    return found


def holder(kind: LinkKind[R, L], session: Session, token: str) -> R | None:
    """The link row whose token is `token`; None for any miss, whatever the miss was, so a
    reply never tells a near guess from a far one. Read at every request: a revoked link stops
    working at once."""
    if not is_token(token):
        return None
    wanted = token_hash(token)
    row = kind.store.by_hash(session, wanted)
    # The lookup went by the hash; compare again in constant time all the same, so no reply
    # ever depends on how much of a guess was right.
    if row is None or not hmac.compare_digest(row.token_hash, wanted):
        return None
    return row


def _present(unit: Write, person_id: str) -> PersonRow:
    """The person's row, read in the write; PlannerError when there is none or they left."""
    person = FeedStore.person(unit.session, person_id)
    if person is None or person.left_at_utc is not None:
        raise PlannerError(msg("unknown person '{person}'", person=person_id))
    return person


def _link_record(row: LinkRow | None) -> dict[str, str] | None:
    """A link as the audit log keeps it: when it was given out, nothing that would rebuild it."""
    return None if row is None else {"issued": as_utc(row.issued_at_utc).isoformat()}


def _url(kind: LinkKind[R, L], org: Organisation, token: str) -> str:
    return kind.url(org.feeds.base_url, token)
