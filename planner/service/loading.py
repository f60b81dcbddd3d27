"""`roster load` as a use case: the folder read and checked, who it takes out of the
organisation and who it brings in, vetted under the load's write lock, then written whole.

A load never quietly loses a person: people left out of people.csv who are on published
shifts still to come, and an arrival whose name or e-mail address is a departure's (an id
changed by a slip: tom.claes -> tkm.claes), stop the load unless the coordinator says what
was meant: they left (`accept_departures`), or the id changed (`renamed`, old -> new, which
keeps the person's history).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from planner.dates import local_start_of, monday_of
from planner.domain import Absence, Organisation, Period, Person
from planner.errors import PlannerError
from planner.io.folder import Folder
from planner.message import Message, msg
from planner.service.departures import shift_holds
from planner.storage.entry_rows import EntryDifference
from planner.storage.repository import Repository
from planner.storage.turnover import Turnover


@dataclass(frozen=True)
class LookAlike:
    """An arrival that may be a departure under a new id: the same name or e-mail address."""

    leaving: Person
    arriving: Person


@dataclass(frozen=True)
class Loaded:
    """What a load did: the folder it read; who left and who arrived (`turnover`, with the
    renamed left out of both); `renamed` old id -> new id; `look_alikes` accepted as a
    departure and an arrival; `emptied` the published shifts still to come that those who
    left leave unstaffed, in time order."""

    folder: Folder
    turnover: Turnover = field(default_factory=Turnover)
    renamed: Mapping[str, str] = field(default_factory=dict)
    look_alikes: tuple[LookAlike, ...] = ()
    emptied: tuple[str, ...] = ()

    @property
    def organisation(self) -> Organisation:
        return self.folder.organisation

    @property
    def absences(self) -> tuple[Absence, ...]:
        return self.folder.absences

    @property
    def warnings(self) -> tuple[Message, ...]:
        return self.folder.warnings

    @property
    def notes(self) -> tuple[Message, ...]:
        return self.folder.notes

    @property
    def replan(self) -> Period | None:
        """The weeks from the first to the last emptied shift's."""
        if not self.emptied:
            return None
        days = sorted(local_start_of(s).date() for s in self.emptied)
        first, last = monday_of(days[0]), monday_of(days[-1])
        return Period(first, (last - first).days // 7 + 1)


class DeparturesUnconfirmed(PlannerError):
    """A load that would take people off published shifts still to come, or that looks like
    an id changed, without the coordinator saying what was meant: nothing was loaded.
    `on_published`: person -> their published shifts to come; `look_alikes`: the pairs. The
    edge words it with names; the message is the plain fallback."""

    def __init__(
        self, on_published: Mapping[Person, tuple[str, ...]], look_alikes: tuple[LookAlike, ...]
    ) -> None:
        self.on_published, self.look_alikes = on_published, look_alikes
        super().__init__(
            msg(
                "nothing was loaded: people.csv leaves out people on published shifts to come "
                "({leaving}) or an id looks changed ({renamed}); load again with "
                "--accept-departures if they left, or --renamed OLD=NEW if the id changed",
                leaving=", ".join(p.id for p in on_published) or "-",
                renamed=", ".join(f"{a.leaving.id}={a.arriving.id}" for a in look_alikes) or "-",
            )
        )


def look_alikes(found: Turnover) -> tuple[LookAlike, ...]:
    """Each arrival whose name or e-mail address (any case, spaces trimmed) is a departure's."""

    def keys(p: Person) -> set[str]:
        return {f"name:{p.name.strip().casefold()}"} | (
            {f"email:{p.email.strip().casefold()}"} if p.email and p.email.strip() else set()
        )

    return tuple(
        LookAlike(gone, new)
        for new in found.arriving
        if new.id not in found.returning
        for gone in found.leaving
        if keys(gone) & keys(new)
    )


def load(
    repo: Repository,
    loaded: Folder,
    now: datetime,
    *,
    accept_departures: bool = False,
    renamed: Mapping[str, str] | None = None,
    overwrite_entries: bool = False,
) -> tuple[Loaded, list[EntryDifference]]:
    """Vet who leaves and who arrives with the folder read and checked (see the module's
    docstring), then write it in one transaction; nothing is written when a rename does not
    fit or departures are not confirmed. Also the differences between the file and what
    people entered on their page (planner/storage/entry_rows.py)."""
    org = loaded.organisation
    renames = dict(renamed or {})
    seen: list[Turnover] = []

    def vet(found: Turnover) -> Mapping[str, str]:
        seen.append(found)
        _check_renames(found, renames)
        if accept_departures:
            return renames
        on = {
            p: found.on_published[p.id]
            for p in found.leaving
            if p.id in found.on_published and p.id not in renames
        }
        alike = _unnamed(look_alikes(found), renames)
        if on or alike:
            raise DeparturesUnconfirmed(on, alike)
        return renames

    differences = repo.save_folder(
        org,
        loaded.absences,
        now=now,
        holds=shift_holds(org),
        overwrite_entries=overwrite_entries,
        vet=vet,
    )
    (found,) = seen
    left = tuple(p for p in found.leaving if p.id not in renames)
    came = tuple(p for p in found.arriving if p.id not in renames.values())
    shown = Turnover(left, came, found.returning, found.on_published, found.first)
    taken = sorted({s for p in left for s in found.on_published.get(p.id, ())})
    done = Loaded(
        loaded, shown, renames, _unnamed(look_alikes(found), renames), _emptied(repo, taken)
    )
    return done, differences


def _unnamed(pairs: tuple[LookAlike, ...], renames: Mapping[str, str]) -> tuple[LookAlike, ...]:
    """The look-alikes no rename accounts for."""
    return tuple(
        a for a in pairs if a.leaving.id not in renames and a.arriving.id not in renames.values()
    )


def _check_renames(found: Turnover, renames: Mapping[str, str]) -> None:
    leaving = {p.id for p in found.leaving}
    arriving = {p.id for p in found.arriving} - found.returning
    for old, new in renames.items():
        if old not in leaving:
            raise PlannerError(
                msg(
                    "--renamed {old}={new}: '{old}' is not someone people.csv leaves out; "
                    "nothing was loaded",
                    old=old,
                    new=new,
                )
            )
        if new not in arriving:
            raise PlannerError(
                msg(
                    "--renamed {old}={new}: '{new}' is not a new id in people.csv; nothing "
                    "was loaded",
                    old=old,
                    new=new,
                )
            )


def _emptied(repo: Repository, shift_ids: list[str]) -> tuple[str, ...]:
    """Which of the published shifts are unstaffed now, in time order."""
    weeks = sorted({monday_of(local_start_of(s).date()) for s in shift_ids})
    unstaffed: set[str] = set()
    for monday in weeks:
        unstaffed |= set(repo.roster(Period(monday), published=True).unstaffed)
    return tuple(sorted((s for s in shift_ids if s in unstaffed), key=local_start_of))
