"""The sub-problem of one search step: which constraints read which variables, so a step
loads only the constraints that touch what it frees, and fixes the rest by their domains.
Used by the large-neighbourhood search (planner/solver/lns.py)."""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Collection, Sequence

from ortools.sat import cp_model_pb2
from ortools.sat.python import cp_model


class Structure:
    """Which variables each constraint reads, and the constraints of each variable: what a
    step needs to load only the constraints that touch what it frees. Read once from the
    serialised model (the C++ proto's own reader is fast; walking it from Python is not)."""

    def __init__(self, model: cp_model.CpModel, decisions: Collection[int]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.pb")
            model.export_to_file(path)
            with open(path, "rb") as f:
                proto = cp_model_pb2.CpModelProto.FromString(f.read())
        n = len(proto.variables)
        self.decision = bytearray(n)
        for i in decisions:
            self.decision[i] = 1
        self.reads: list[array] = []
        self.always: list[int] = []  # constraints of a kind not read here: always loaded
        of_var: list[list[int]] = [[] for _ in range(n)]
        for k, c in enumerate(proto.constraints):
            found = _variables_of(c)
            if found is None:
                self.always.append(k)
                found = []
            refs = array("i", sorted({r if r >= 0 else -r - 1 for r in found}))
            self.reads.append(refs)
            for v in refs:
                of_var[v].append(k)
        self.constraints_of = [array("i", cs) for cs in of_var]

    def close(self, free: set[int]) -> tuple[set[int], list[int]]:
        """The variables a step opens (the freed decisions and every helper variable tied
        to them through helpers: works-on-day, fairness levels, ...; never another
        decision) and the constraints to load (every one that reads an open variable)."""
        open_ = set(free)
        todo = list(free)
        constraints: set[int] = set(self.always)
        while todo:
            v = todo.pop()
            for k in self.constraints_of[v]:
                if k in constraints:
                    continue
                constraints.add(k)
                for w in self.reads[k]:
                    if w not in open_ and not self.decision[w]:
                        open_.add(w)
                        todo.append(w)
        return open_, sorted(constraints)


def _variables_of(c) -> list[int] | None:
    """The variable references a constraint reads; None for kinds the planner never makes."""
    kind = c.WhichOneof("constraint")
    found = list(c.enforcement_literal)
    if kind in ("bool_or", "bool_and", "at_most_one", "exactly_one", "bool_xor"):
        found += getattr(c, kind).literals
    elif kind == "linear":
        found += c.linear.vars
    elif kind in ("lin_max", "int_prod", "int_div", "int_mod"):
        arg = getattr(c, kind)
        found += arg.target.vars
        for e in arg.exprs:
            found += e.vars
    else:
        return None
    return found


def fix(
    proto,
    domains: dict[int, tuple[int, int]],
    free: set[int],
    values: Sequence[int],
    touched: Collection[int],
) -> None:
    """Decisions in `free` reopened, the other ones of `touched` fixed to their value in
    `values`. Only the decisions freed last time can have changed, so only those and the
    newly freed ones need touching: a city has 50,000 decisions and a step frees hundreds."""
    variables = proto.variables
    for i in touched:
        d = variables[i].domain
        if i in free:
            d[0], d[1] = domains[i]
        else:
            v = values[i]
            d[0], d[1] = v, v


def bounds(domain) -> tuple[int, int]:
    # The proto's repeated field does not take negative indices.
    return domain[0], domain[len(domain) - 1]
