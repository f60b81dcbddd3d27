"""The working roster against the published one: who moves where, who is added or removed."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from planner.domain import Change, ChangeKind, Period
from planner.shifts import generate_shifts
from planner.storage.repository import Repository


def diff(repo: Repository, period: Period) -> list[Change]:
    """Who moves where, who is added or removed, in time order. A person who lost one shift
    and gained another is one move, paired by time. Empty when never published."""
    if repo.published_at(period) is None:
        return []
    org = repo.load_organisation()
    shifts = {s.id: s for s in generate_shifts(org, period)}
    working = {(a.person_id, a.shift_id) for a in repo.roster(period).assignments}
    published = {(a.person_id, a.shift_id) for a in repo.roster(period, published=True).assignments}

    def start(sid: str) -> datetime:
        s = shifts.get(sid)
        return s.start.astimezone(UTC) if s else datetime.max.replace(tzinfo=UTC)

    def nearest(candidates: list[str], sid: str) -> str:
        """The first of the candidate shifts whose start is nearest the start of `sid`."""
        return min(candidates, key=lambda c: abs(start(c) - start(sid)))

    gained: dict[str, list[str]] = defaultdict(list)
    lost: dict[str, list[str]] = defaultdict(list)
    for pid, sid in sorted(working - published):
        gained[pid].append(sid)
    for pid, sid in sorted(published - working):
        lost[pid].append(sid)
    changes = []
    for pid in sorted(set(gained) | set(lost)):
        to_place = sorted(gained.get(pid, []), key=start)
        for old in sorted(lost.get(pid, []), key=start):
            if to_place:
                new = nearest(to_place, old)
                to_place.remove(new)
                changes.append(Change(ChangeKind.MOVED, pid, new, old))
            else:
                changes.append(Change(ChangeKind.REMOVED, pid, old))
        for new in to_place:
            changes.append(Change(ChangeKind.ADDED, pid, new))
    changes.sort(key=lambda c: (start(c.shift_id), c.person_id))
    return changes
