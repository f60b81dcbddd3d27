"""A repair proposed to the coordinator, as data: for each shift the repair would change, who
leaves it, who takes a place on it, or that it stays unstaffed and why. Worded at the edge
(planner/i18n/explanations.py); kept with a request as JSON (planner/service/proposals.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from planner.reasons import UnstaffedReason


@dataclass(frozen=True)
class PlaceChange:
    """One shift of a repair: `leaving` are taken off it, `taking` put on it; `unstaffed`
    when it stays without its professionals (nobody is then on it)."""

    shift_id: str
    leaving: tuple[str, ...] = ()
    taking: tuple[str, ...] = ()
    unstaffed: UnstaffedReason | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"shift": self.shift_id}
        if self.leaving:
            data["leaving"] = list(self.leaving)
        if self.taking:
            data["taking"] = list(self.taking)
        if self.unstaffed is not None:
            data["unstaffed"] = self.unstaffed.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlaceChange:
        unstaffed = data.get("unstaffed")
        return cls(
            data["shift"],
            tuple(data.get("leaving", ())),
            tuple(data.get("taking", ())),
            UnstaffedReason.from_json(unstaffed) if unstaffed is not None else None,
        )


@dataclass(frozen=True)
class Proposal:
    """What a request breaks (`breaks`: the published shifts it takes the person off) and the
    repair proposed for it (`changes`; none: the shifts hold without anyone new). `applied`:
    the repair was already made (a cancellation repaired at once), the proposal only tells."""

    breaks: tuple[str, ...]
    changes: tuple[PlaceChange, ...]
    applied: bool = False
    ends: Mapping[str, datetime] = field(default_factory=dict)  # the shifts' ends, local

    def end(self, shift_id: str) -> datetime | None:
        return self.ends.get(shift_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "breaks": list(self.breaks),
            "changes": [c.to_json() for c in self.changes],
            "applied": self.applied,
            "ends": {sid: end.isoformat() for sid, end in self.ends.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Proposal:
        return cls(
            tuple(data.get("breaks", ())),
            tuple(PlaceChange.from_json(c) for c in data.get("changes", ())),
            bool(data.get("applied", False)),
            {sid: datetime.fromisoformat(end) for sid, end in data.get("ends", {}).items()},
        )


@dataclass(frozen=True)
class HeldBack:
    """Why a cancellation's repair, made at once, stayed in the draft instead of going to the
    published roster (docs/self-service.md): `why` is NEAR (it changes someone else's shift
    that starts within 48 hours: `shifts` are those), RULES (the publication's check finds
    `shifts` breaking a hard rule) or DRAFT (the week had a draft not yet published: approving
    publishes that too)."""

    NEAR: ClassVar[str] = "near"
    RULES: ClassVar[str] = "rules"
    DRAFT: ClassVar[str] = "draft"

    why: str
    shifts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"why": self.why, "shifts": list(self.shifts)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HeldBack:
        return cls(str(data["why"]), tuple(data.get("shifts", ())))
