"""The import graph keeps its layers: no package imports one above it, and no two packages import each other.

Layers, lowest first (a package imports only packages of its own layer or lower ones, and never one that
imports it back, directly or round about):

1. ``rules``    the domain: statuses and reasons (vocabulary), rulebooks, Thai text, URL forms, the engine (pages in,
                findings out), scoring. Pure: no database, no network, no crawler.
2. ``storage``  the store: every query, by name.
3. ``crawler``  Scrapy: pages fetched and stored; the crawl back-ends (a child process, Dramatiq workers).
4. ``service``  the application: judging a stored run, the run service over a crawl back-end, a run's scores.
5. ``reports``  what people are handed (labels, the one export writer, the assessors' report).
6. ``alerts``, ``itas``, ``farm``   alerts to agencies; the ITAS assessment; the sample sites.
7. ``web``      the web interface.
8. ``oit``      the command line, the nightly cycle (oit/scheduler.py), the demo.
9. ``scheduler`` (the shim of ``python scheduler.py``), ``benchmarks``.

Every ``import`` counts, inside functions too (read with ``ast`` from the source, not by importing).
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [{"rules"}, {"storage"}, {"crawler"}, {"service"}, {"reports"}, {"alerts", "itas", "farm"}, {"web"}, {"oit"},
          {"scheduler", "benchmarks"}]
LEVEL = {package: level for level, packages in enumerate(LAYERS) for package in packages}
# Imports against the layers that other work in progress removes (issue 20), each with where it is: the test
# fails when one is added, and when one listed here is gone (then strike it from the list).
NOT_YET: dict[tuple[str, str], str] = {}  # upward imports not yet removed: none left


def imports_of(path: Path) -> set[str]:
    """The top-level names every absolute import of a source file names, at any depth of the file."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def package_graph() -> dict[tuple[str, str], list[str]]:
    """(importer, imported) package -> the files that import so."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for package in LEVEL:
        files = [ROOT / f"{package}.py"] if (ROOT / f"{package}.py").is_file() else sorted((ROOT / package).rglob("*.py"))
        for path in files:
            for name in imports_of(path):
                if name in LEVEL and name != package:
                    edges[(package, name)].append(str(path.relative_to(ROOT)))
    return edges


def test_every_package_is_in_a_layer():
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file() and p.name != "tests"}
    assert packages <= set(LEVEL), f"packages in no layer: {sorted(packages - set(LEVEL))}"


def test_no_package_imports_a_higher_one():
    upward = {edge: files for edge, files in package_graph().items() if LEVEL[edge[0]] < LEVEL[edge[1]]}
    new = {f"{a} -> {b}": files for (a, b), files in upward.items() if (a, b) not in NOT_YET}
    assert not new, f"imports from a lower layer to a higher one: {new}"
    gone = sorted(f"{a} -> {b}" for a, b in NOT_YET if (a, b) not in upward)
    assert not gone, f"fixed, strike from NOT_YET: {gone}"


def test_no_package_cycle():
    edges = {edge for edge in package_graph() if edge not in NOT_YET}
    graph: dict[str, set[str]] = defaultdict(set)
    for importer, imported in edges:
        graph[importer].add(imported)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})) for nxt in graph[start])

    cycles = sorted(f"{a} <-> {b}" for a, b in edges if reaches(b, a, {b}))
    assert not cycles, f"package cycles: {cycles}"


def test_the_engine_is_pure():
    """rules/ imports nothing of the project's but rules/ itself: pages in, findings out."""
    outside = {f"rules -> {b}": files for (a, b), files in package_graph().items() if a == "rules"}
    assert not outside, outside
