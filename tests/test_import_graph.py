"""No import cycles: no module imports another that, directly or through others, imports it back.

The graph holds every import statement, those inside functions too: a lazy import still ties
the two modules together, and only puts the cycle off until the function first runs.
"""

from __future__ import annotations

from itertools import pairwise

import grimp

PACKAGES = ("planner", "constraints", "cli", "tui", "fixtures", "web")


def knots(graph: grimp.ImportGraph) -> list[list[str]]:
    """The groups of modules that all import each other, directly or through others."""
    found = []
    knotted: set[str] = set()
    for module in sorted(graph.modules):
        if module in knotted:
            continue
        knot = {
            other
            for other in graph.find_upstream_modules(module)
            if other != module and graph.chain_exists(importer=other, imported=module)
        }
        if knot:
            knotted |= knot | {module}
            found.append(sorted(knot | {module}))
    return found


def shortest_cycle(graph: grimp.ImportGraph, module: str, knot: list[str]) -> tuple[str, ...]:
    """The shortest chain of imports from `module` back to itself."""
    back = [
        chain
        for imported in sorted(graph.find_modules_directly_imported_by(module) & set(knot))
        if (chain := graph.find_shortest_chain(importer=imported, imported=module))
    ]
    return (module, *min(back, key=len))


def cycles(graph: grimp.ImportGraph, knot: list[str]) -> list[tuple[str, ...]]:
    """A shortest cycle through each module of the knot, each cycle once."""
    found: list[tuple[str, ...]] = []
    for module in knot:
        cycle = shortest_cycle(graph, module, knot)
        if not any(same_cycle(cycle, seen) for seen in found):
            found.append(cycle)
    return found


def same_cycle(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two cycles are one, started at different modules."""
    one, other = one[:-1], other[:-1]
    return len(one) == len(other) and any(other == one[i:] + one[:i] for i in range(len(one)))


def describe(graph: grimp.ImportGraph, cycle: tuple[str, ...]) -> str:
    steps = []
    for importer, imported in pairwise(cycle):
        details = graph.get_import_details(importer=importer, imported=imported)
        lines = ", ".join(f"l.{d['line_number']}" for d in details)
        steps.append(f"    {importer} -> {imported} ({lines})")
    return " -> ".join(cycle) + "\n" + "\n".join(steps)


def report(graph: grimp.ImportGraph) -> str:
    parts = []
    for knot in knots(graph):
        parts.append(f"{', '.join(knot)} import each other:")
        parts += [describe(graph, cycle) for cycle in cycles(graph, knot)]
    return "\n".join(parts)


def test_no_module_imports_itself_back():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    assert not knots(graph), "import cycles:\n" + report(graph)


def test_the_cycle_finder_names_each_cycle_once():
    graph = grimp.ImportGraph()
    for importer, imported in [
        ("p.a", "p.b"),
        ("p.b", "p.c"),
        ("p.c", "p.a"),  # p.a -> p.b -> p.c -> p.a
        ("p.c", "p.b"),  # p.b -> p.c -> p.b, in the same knot
        ("p.d", "p.a"),  # p.d imports the knot but is not in it
        ("p.e", "p.f"),
        ("p.f", "p.e"),  # a second knot
        ("p.g", "p.h"),  # no cycle
    ]:
        graph.add_import(importer=importer, imported=imported, line_number=1, line_contents="")
    assert knots(graph) == [["p.a", "p.b", "p.c"], ["p.e", "p.f"]]
    assert report(graph).splitlines() == [
        "p.a, p.b, p.c import each other:",
        "p.a -> p.b -> p.c -> p.a",
        "    p.a -> p.b (l.1)",
        "    p.b -> p.c (l.1)",
        "    p.c -> p.a (l.1)",
        "p.b -> p.c -> p.b",
        "    p.b -> p.c (l.1)",
        "    p.c -> p.b (l.1)",
        "p.e, p.f import each other:",
        "p.e -> p.f -> p.e",
        "    p.e -> p.f (l.1)",
        "    p.f -> p.e (l.1)",
    ]
