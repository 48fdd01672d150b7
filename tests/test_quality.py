"""The project's own code stays ruff- and mypy-clean, and its tests read no fact of the
committed data."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_ruff_check_and_format() -> None:
    check = run(sys.executable, "-m", "ruff", "check", "scraper", "tests", "benchmarks")
    assert check.returncode == 0, check.stdout
    style = run(sys.executable, "-m", "ruff", "format", "--check", "scraper", "tests", "benchmarks")
    assert style.returncode == 0, style.stdout


def test_mypy_strict() -> None:
    typed = run(sys.executable, "-m", "mypy")
    assert typed.returncode == 0, typed.stdout


# What reads the committed data: the real catalogue, the real site, and ROOT / "generated".
COMMITTED = {"real_catalogue", "real_site"}


def committed_facts(source: str) -> list[str]:
    """Where a function that reads the committed data asserts one of its facts: the mirror
    flag (a live refresh writes false), or a count compared with a number (the next
    refresh moves it). Those belong to `dintero-scopes verify` or tests of the shared copy."""
    found: list[str] = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
        names |= {a.arg for a in function.args.args}
        if not COMMITTED & names and not any(map(_committed_path, ast.walk(function))):
            continue
        for node in ast.walk(function):
            where = f"{function.name}, line {getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Attribute) and node.attr == "mirror":
                found.append(f"{where}: reads the mirror flag")
            if isinstance(node, ast.Subscript) and _constant(node.slice) == "mirror":
                found.append(f"{where}: reads the mirror flag")
            if isinstance(node, ast.Compare) and _counts_against_a_number(node):
                found.append(f"{where}: compares a count with a number")
    return found


def _committed_path(node: ast.AST) -> bool:
    """``ROOT / "generated"``: a file of the checkout's committed outputs."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Div)
        and isinstance(node.left, ast.Name)
        and node.left.id == "ROOT"
        and str(_constant(node.right)).startswith("generated")
    )


def _constant(node: ast.AST) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _counts_against_a_number(compare: ast.Compare) -> bool:
    sides = [compare.left, *compare.comparators]
    counted = any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("len", "sum")
        for side in sides
        for n in ast.walk(side)
    )
    numbers = [_constant(side) for side in sides]
    return counted and any(type(n) is int and n > 1 for n in numbers)


def test_no_test_reads_facts_of_the_committed_data() -> None:
    """Main stays green after a real change upstream (tests/clean_clone.py shows it end to
    end): tests of behaviour use catalogues of their own."""
    found = [
        f"{path.name}: {fact}"
        for path in sorted((ROOT / "tests").glob("*.py"))
        for fact in committed_facts(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_finds_what_it_looks_for() -> None:
    source = """
def test_counts(real_site):
    assert len(real_catalogue().scopes) == 85
    assert sum(x for x in y) >= 10
def test_flag():
    data = json.loads((ROOT / "generated" / "catalogue.json").read_text())
    assert data["mirror"] is True and real_catalogue().mirror
def test_own_catalogue(tmp_path):
    assert len(small_catalogue().scopes) == 5 and small.mirror
    data = json.loads((tmp_path / "generated" / "catalogue.json").read_text())
    assert len(data["scopes"]) == 2
def test_relations(real_site):
    assert len(real_catalogue().scopes) == len(pages) and len(pages) >= 1
"""
    assert [fact.split(",")[0] for fact in committed_facts(source)] == [
        "test_counts",
        "test_counts",
        "test_flag",
        "test_flag",
    ]
