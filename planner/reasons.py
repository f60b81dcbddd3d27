"""Reasons as data: what a rule found, about whom, on which shifts, with which numbers.

The checker's violations, a candidate's why-not, the cost terms of soft rules, a conflict that
makes planning impossible and the reason a shift stays unstaffed all travel as these values.
They become sentences only at the edge that shows them (planner/i18n/reasons.py), in the
reader's language; the funders' report leaves the people out of the data instead of editing
sentences. Every value is JSON-safe (dates as ISO strings), so a reason can be stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from planner.errors import PlannerError
from planner.message import msg
from planner.rule_id import RuleId

Value = int | float | str | bool | tuple[str, ...] | None


@dataclass(frozen=True)
class Reason:
    """One finding of one rule.

    `shift_id` is the shift it is filed under (for a why-not: the shift weighed);
    `others` the other shifts it involves (the shift needing rest before or after it);
    `case` which case of the rule (e.g. 'travel' rather than 'overlap' for no_overlap);
    `values` its numbers and names (minutes, limits, counts, ISO dates)."""

    rule: RuleId
    person_id: str | None = None
    shift_id: str | None = None
    case: str = ""
    others: tuple[str, ...] = ()
    values: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(
        cls,
        rule: RuleId,
        person_id: str | None = None,
        shift_id: str | None = None,
        case: str = "",
        others: Iterable[str] = (),
        **values: Value,
    ) -> Reason:
        return cls(rule, person_id, shift_id, case, tuple(others), tuple(sorted(values.items())))

    def get(self, key: str, default: Any = None) -> Any:
        for name, value in self.values:
            if name == key:
                return value
        return default

    @property
    def about_person(self) -> bool:
        return self.person_id is not None

    def without_person(self) -> Reason:
        """The same finding with nobody named: what several people share."""
        return replace(self, person_id=None)

    # -- storage -------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule": self.rule.value}
        if self.person_id is not None:
            data["person"] = self.person_id
        if self.shift_id is not None:
            data["shift"] = self.shift_id
        if self.case:
            data["case"] = self.case
        if self.others:
            data["others"] = list(self.others)
        if self.values:
            data["values"] = {k: list(v) if isinstance(v, tuple) else v for k, v in self.values}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reason:
        values = {
            k: tuple(v) if isinstance(v, list) else v for k, v in data.get("values", {}).items()
        }
        return cls.of(
            RuleId(data["rule"]),
            data.get("person"),
            data.get("shift"),
            data.get("case", ""),
            data.get("others", ()),
            **values,
        )


class Verdict(StrEnum):
    """Why a shift is unstaffed, in one word; the details are in UnstaffedReason."""

    NO_PROFESSIONAL_FREE = "no_professional_free"
    TOO_FEW_FREE = "too_few_free"  # some free, fewer than needed
    NO_PROFESSIONALS = "no_professionals"  # nobody in the organisation is a professional
    NOBODY_ALONE = "nobody_alone"  # professionals free, but not min_people people
    SOLVER_STOPPED = "solver_stopped"  # enough people free: the search ended before them
    UNEXPLAINED = "unexplained"  # the planner left it without finding why
    NOBODY_ASSIGNED = "nobody_assigned"  # saved with nobody on it and no reason given
    SHORT_BY_HAND = "short_by_hand"  # planned by hand, professionals still missing
    RAN_SHORT = "ran_short"  # happened without its professionals (`roster correct`)
    TAKEN_OFF = "taken_off"  # its professional was taken off by hand
    UNDER_COVERED = "under_covered"  # on the roster with too few qualified professionals
    LEFT_ORGANISATION = "left_organisation"  # its person (person_id) left the organisation
    MIX_NOT_MET = "mix_not_met"  # professionals free, but too few hold what its mix needs
    NOTE = "note"  # a sentence saved by an older version, shown as it is
    # Started before it was ever planned, nobody recorded on it: history, never filled by a
    # plan; `roster correct` records who worked (planner/report/incidents.py, unrecorded).
    STARTED_UNPLANNED = "started_unplanned"


@dataclass(frozen=True)
class Blocked:
    """People who cannot take the shift for the same reason (the first rule that stops
    each of them); the reason names nobody."""

    reason: Reason
    people: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason.to_json(), "people": list(self.people)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Blocked:
        return cls(Reason.from_json(data["reason"]), tuple(data.get("people", ())))


@dataclass(frozen=True)
class UnstaffedReason:
    """Why a shift has nobody on it. `needed`: the professionals it needs (people, for
    NOBODY_ALONE); `free`: who could take it; `blocked`: who could not, grouped by reason;
    `lacking`: professionals without its qualifications; `person_id`: who was taken off
    (TAKEN_OFF) or left the organisation (LEFT_ORGANISATION); `count`: qualified
    professionals on it (UNDER_COVERED)."""

    verdict: Verdict
    needed: int = 0
    free: tuple[str, ...] = ()
    blocked: tuple[Blocked, ...] = ()
    lacking: int = 0
    qualifications: tuple[str, ...] = ()
    person_id: str | None = None
    count: int = 0
    note: str = ""

    def people(self) -> set[str]:
        """Everyone this reason names."""
        named = set(self.free) | {p for b in self.blocked for p in b.people}
        return named | ({self.person_id} if self.person_id else set())

    def without_absence_kinds(self) -> UnstaffedReason:
        """The same reason with every absence only an absence (not sickness or leave, which
        are between a person and their coordinator): what an export to other programs may
        hold. Groups that then say the same are merged, in their first order."""
        merged: dict[Reason, list[str]] = {}
        for group in self.blocked:
            reason = group.reason
            if reason.rule is RuleId.ABSENCE:
                reason = replace(reason, values=())
            merged.setdefault(reason, []).extend(group.people)
        blocked = tuple(Blocked(reason, tuple(people)) for reason, people in merged.items())
        return replace(self, blocked=blocked)

    def anonymous(self) -> UnstaffedSummary:
        """The same reason with people counted, not named, and absence kinds left out:
        what a funder may read."""
        counts: dict[RuleId, int] = {}
        for group in self.blocked:
            counts[group.reason.rule] = counts.get(group.reason.rule, 0) + len(group.people)
        return UnstaffedSummary(
            self.verdict,
            self.needed,
            len(self.free),
            tuple(counts.items()),
            self.lacking,
            self.qualifications,
            self.count,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"verdict": self.verdict.value}
        for name in ("needed", "lacking", "count"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        if self.free:
            data["free"] = list(self.free)
        if self.blocked:
            data["blocked"] = [b.to_json() for b in self.blocked]
        if self.qualifications:
            data["qualifications"] = list(self.qualifications)
        if self.person_id:
            data["person"] = self.person_id
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UnstaffedReason:
        return cls(
            Verdict(data["verdict"]),
            needed=int(data.get("needed", 0)),
            free=tuple(data.get("free", ())),
            blocked=tuple(Blocked.from_json(b) for b in data.get("blocked", ())),
            lacking=int(data.get("lacking", 0)),
            qualifications=tuple(data.get("qualifications", ())),
            person_id=data.get("person"),
            count=int(data.get("count", 0)),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class UnstaffedSummary:
    """An unstaffed reason without names: how many were free, how many each rule stopped."""

    verdict: Verdict
    needed: int
    free: int
    stopped: tuple[tuple[RuleId, int], ...]
    lacking: int
    qualifications: tuple[str, ...] = ()
    count: int = 0


class Refused(PlannerError):
    """A manual change the hard rules refuse, with the reasons as data. `action`: 'assign'
    or 'unassign'; `stranded`: volunteers who would be left without a professional. The edge
    words it (planner/i18n/reasons.py, refusal_text); str() is a plain fallback."""

    def __init__(
        self,
        action: str,
        person_id: str,
        shift_id: str,
        reasons: tuple[Reason, ...] = (),
        stranded: tuple[str, ...] = (),
    ) -> None:
        self.action, self.person_id, self.shift_id = action, person_id, shift_id
        self.reasons, self.stranded = reasons, stranded
        rules = tuple(dict.fromkeys(r.rule.value for r in reasons)) or ("no_replacement",)
        super().__init__(
            msg(
                "{action} {person} on {shift} refused ({rules})",
                action=action,
                person=person_id,
                shift=shift_id,
                rules=rules,
            )
        )


class ExchangeRefused(PlannerError):
    """A hand-over, swap or pick-up the hard rules refuse, with the reasons as data.
    `kind`: 'handover', 'swap' or 'pickup'; `moves`: (shift, giver or None, taker) of each
    place, as asked. The edge words it in the rules' sentences (planner/i18n/errors.py)."""

    def __init__(
        self,
        kind: str,
        moves: tuple[tuple[str, str | None, str], ...],
        reasons: tuple[Reason, ...],
    ) -> None:
        self.kind, self.moves, self.reasons = kind, moves, reasons
        rules = tuple(dict.fromkeys(r.rule.value for r in reasons))
        super().__init__(
            msg(
                "{kind} of {shifts} refused ({rules})",
                kind=kind,
                shifts=tuple(m[0] for m in moves),
                rules=rules,
            )  # fmt: skip
        )
