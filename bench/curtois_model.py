"""The Curtois & Qu instances: reading the format (FORMAT.md beside the instances) and the
direct CP-SAT transcription of the model (hard C1-C9, soft cover and requests), used as
they are by the baseline and by the planner's search in bench/curtois.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ortools.sat.python import cp_model


@dataclass
class Staff:
    id: str
    max_shifts: dict[str, int]
    max_minutes: int
    min_minutes: int
    max_consecutive: int
    min_consecutive: int
    min_days_off: int
    max_weekends: int
    days_off: set[int] = field(default_factory=set)


@dataclass
class Instance:
    days: int
    lengths: dict[str, int]
    cannot_follow: dict[str, list[str]]
    staff: list[Staff]
    on: list[tuple[str, int, str, int]]
    off: list[tuple[str, int, str, int]]
    cover: list[tuple[int, str, int, int, int]]


def read(path: Path) -> Instance:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = line
            sections[current] = []
        elif current:
            sections[current].append(line)
    days = int(sections["SECTION_HORIZON"][0])
    lengths, cannot = {}, {}
    for line in sections["SECTION_SHIFTS"]:
        sid, length, follow = (line.split(",") + [""])[:3]
        lengths[sid] = int(length)
        cannot[sid] = [f for f in follow.split("|") if f]
    staff = []
    for line in sections["SECTION_STAFF"]:
        f = line.split(",")
        maxes = dict((k, int(v)) for k, v in (item.split("=") for item in f[1].split("|") if item))
        staff.append(Staff(f[0], maxes, *map(int, f[2:8])))
    by_id = {s.id: s for s in staff}
    for line in sections.get("SECTION_DAYS_OFF", []):
        f = line.split(",")
        by_id[f[0]].days_off = {int(d) for d in f[1:] if d}

    def requests(name: str):
        return [
            (f[0], int(f[1]), f[2], int(f[3]))
            for f in (line.split(",") for line in sections.get(name, []))
        ]

    cover = [
        (int(f[0]), f[1], int(f[2]), int(f[3]), int(f[4]))
        for f in (line.split(",") for line in sections["SECTION_COVER"])
    ]
    return Instance(
        days,
        lengths,
        cannot,
        staff,
        requests("SECTION_SHIFT_ON_REQUESTS"),
        requests("SECTION_SHIFT_OFF_REQUESTS"),
        cover,
    )


@dataclass
class Built:
    model: cp_model.CpModel
    x: dict[tuple[str, int, str], cp_model.IntVar]
    short: dict[tuple[int, str], cp_model.IntVar]  # unmet cover per day and shift type
    extra: dict[tuple[int, str], cp_model.IntVar] = field(default_factory=dict)  # cover above
    weekends: dict[tuple[str, int], cp_model.IntVar] = field(default_factory=dict)  # worked


def add_staff(
    m: cp_model.CpModel, inst: Instance, s: Staff
) -> tuple[dict[tuple[int, str], cp_model.IntVar], list[cp_model.IntVar]]:
    """One employee's variables x[day, type] and hard rules C1-C9 (every hard rule is one
    employee's: only cover, which is soft, ties employees together). Returns the variables
    and the worked-weekend flags."""
    h, types = inst.days, sorted(inst.lengths)
    x: dict[tuple[int, str], cp_model.IntVar] = {}
    days: list[cp_model.LinearExprT] = []
    for d in range(h):
        lits = []
        for t in types:
            if s.max_shifts.get(t, 0) > 0 and d not in s.days_off:
                x[(d, t)] = v = m.new_bool_var(f"x[{s.id},{d},{t}]")
                lits.append(v)
        m.add_at_most_one(lits)  # C1
        days.append(cp_model.LinearExpr.sum(lits))
    # C2: the paper's pairs (t on day d, u on day d+1) written as one at-most-one per day
    # and group of shift types with the same forbidden successors, over the group's day-d
    # variables and the successors' day-(d+1) ones. The same rosters, given C1 (no two of
    # either day anyway); on Instance24 0.35 million constraints instead of 11 million pairs
    # (BENCHMARKS.md).
    groups: dict[tuple[str, ...], list[str]] = {}
    for t in types:
        after = tuple(u for u in sorted(set(inst.cannot_follow[t])) if s.max_shifts.get(u, 0) > 0)
        if after and s.max_shifts.get(t, 0) > 0:
            groups.setdefault(after, []).append(t)
    for after, before in groups.items():
        for d in range(h - 1):
            lits = [v for t in before if (v := x.get((d, t))) is not None]
            nexts = [v for u in after if (v := x.get((d + 1, u))) is not None]
            if lits and nexts:
                m.add_at_most_one(lits + nexts)
    for t in types:  # C3
        lits = [v for d in range(h) if (v := x.get((d, t))) is not None]
        if lits:
            m.add(cp_model.LinearExpr.sum(lits) <= s.max_shifts.get(t, 0))
    minutes = cp_model.LinearExpr.weighted_sum(list(x.values()), [inst.lengths[t] for (_, t) in x])
    m.add(minutes <= s.max_minutes)  # C4
    m.add(minutes >= s.min_minutes)
    for d in range(h - s.max_consecutive):  # C5
        m.add(cp_model.LinearExpr.sum(days[d : d + s.max_consecutive + 1]) <= s.max_consecutive)
    for run in range(1, s.min_consecutive):  # C6: off, run x on, off is forbidden
        for d in range(h - run - 1):
            m.add(
                days[d]
                + (run - cp_model.LinearExpr.sum(days[d + 1 : d + run + 1]))
                + days[d + run + 1]
                >= 1
            )
    for run in range(1, s.min_days_off):  # C7: on, run x off, on is forbidden
        for d in range(h - run - 1):
            m.add(
                (1 - days[d])
                + cp_model.LinearExpr.sum(days[d + 1 : d + run + 1])
                + (1 - days[d + run + 1])
                >= 1
            )
    weekends = []  # C8
    for k in range(h // 7):
        we = m.new_bool_var(f"we[{s.id},{k}]")
        m.add(days[7 * k + 5] <= we)
        m.add(days[7 * k + 6] <= we)
        weekends.append(we)
    m.add(cp_model.LinearExpr.sum(weekends) <= s.max_weekends)
    return x, weekends


def build(inst: Instance) -> Built:
    m = cp_model.CpModel()
    x: dict[tuple[str, int, str], cp_model.IntVar] = {}
    weekends: dict[tuple[str, int], cp_model.IntVar] = {}
    # Each variable indexed once by staff and once by (day, type): looking them up by
    # scanning every variable made building Instance24 quadratic (BENCHMARKS.md).
    cells: dict[tuple[int, str], list[cp_model.IntVar]] = {}
    for s in inst.staff:
        mine, flags = add_staff(m, inst, s)
        for (d, t), v in mine.items():
            x[(s.id, d, t)] = v
            cells.setdefault((d, t), []).append(v)
        weekends.update({(s.id, k): we for k, we in enumerate(flags)})
    terms: list[cp_model.LinearExprT] = []
    weights: list[int] = []
    shorts, extras = {}, {}
    for i, d, t, q in inst.on:
        v = x.get((i, d, t))
        terms.append(1 - v if v is not None else cp_model.LinearExpr.constant(1))
        weights.append(q)
    for i, d, t, p in inst.off:
        v = x.get((i, d, t))
        if v is not None:
            terms.append(v)
            weights.append(p)
    for d, t, need, under, over in inst.cover:
        n = cp_model.LinearExpr.sum(cells.get((d, t), []))
        short = m.new_int_var(0, need, f"under[{d},{t}]")
        extra = m.new_int_var(0, len(inst.staff), f"over[{d},{t}]")
        m.add(n + short - extra == need)
        shorts[(d, t)] = short
        extras[(d, t)] = extra
        terms += [short, extra]
        weights += [under, over]
    m.minimize(cp_model.LinearExpr.weighted_sum(terms, weights))
    return Built(m, x, shorts, extras, weekends)
