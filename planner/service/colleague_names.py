"""How a person's page names a colleague when the organisation shows first names: the first
name, made unique among the others named beside it, so two colleagues called Dirk are never
one "Dirk, Dirk" on a page (the shift's "With" line, whom to offer a shift to)."""

from __future__ import annotations

from collections.abc import Mapping


def name_labels(names: Mapping[str, str]) -> dict[str, str]:
    """Person id -> their first name, made unique among `names` (id -> full name) as briefly
    as possible: 'Jan', or 'Jan P.' and 'Jan D.', or 'Jan Pe.' and 'Jan Pi.'; the same full
    name twice gets '(2)'."""
    firsts: dict[str, list[str]] = {}
    for pid, name in names.items():
        firsts.setdefault(_first(name), []).append(pid)
    found: dict[str, str] = {}
    for first, same in firsts.items():
        if len(same) == 1:
            found[same[0]] = first
            continue
        rests = {pid: names[pid][len(first) :].strip() for pid in same}
        longest = max((len(r) for r in rests.values()), default=0)
        cut = rests
        for n in range(1, longest + 1):
            cut = {pid: r[:n] for pid, r in rests.items()}
            if len(set(cut.values())) == len(cut):
                break
        seen: dict[str, int] = {}
        for pid in sorted(same):
            rest = cut[pid]
            label = f"{first} {rest}." if rest and rest != rests[pid] else names[pid]
            seen[label] = seen.get(label, 0) + 1
            found[pid] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    return found


def _first(name: str) -> str:
    return (name.split() or [name])[0]
