"""Volunteers wanted on a shift (volunteers_min), reached where possible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ortools.sat.python import cp_model

from planner.i18n.format import shift_label
from planner.solver.model import BuildContext, Kind, Penalty


@dataclass(frozen=True)
class VolunteersMin:
    """Each volunteer short of a staffed shift's volunteers_min costs `weight`."""

    name: ClassVar[str] = "volunteers_min"
    kind: ClassVar[Kind] = Kind.SOFT
    weight: int = 200

    def build(self, ctx: BuildContext) -> Iterable[Penalty]:
        for shift in ctx.problem.shifts:
            wanted = shift.activity.staffing.volunteers_min
            if wanted == 0:
                continue
            short = ctx.model.new_int_var(0, wanted, f"short[{shift.id}]")
            vols = cp_model.LinearExpr.sum(ctx.on_shift(shift, professionals=False))
            ctx.model.add(short >= wanted * ctx.staffed[shift.id] - vols)
            yield Penalty(
                self.name,
                short,
                self.weight,
                f"{shift_label(shift)}: fewer volunteers than the {wanted} wanted",
            )
