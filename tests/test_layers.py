"""Data flows one way: the import graph of scraper/ has no cycle, and a query answer
imports nothing of the crawl, the parsers or the renderers."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

PACKAGE = ROOT / "scraper"
HEAVY = (
    "httpx",
    "bs4",
    "jinja2",
    "markdown",
    "markdown_it",
    "yaml",
    "jsonschema",
    "stamina",
    "tree_sitter",
    "tree_sitter_language_pack",
)
STACK = (
    "scraper.fetch",
    "scraper.crawl",
    "scraper.parse",
    "scraper.render",
    "scraper.pipeline",
    "scraper.scan",
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> Iterator[str]:
    """The scraper modules a module imports (relative imports resolved; `from package
    import module` imports the module, not the package's own code)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("scraper"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            if base.startswith("scraper"):
                for alias in node.names:
                    module = f"{base}.{alias.name}"
                    yield module if module in modules else base


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {t for t in imports(path, set(modules)) if t in modules and t != name}
        for name, path in modules.items()
    }


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the graph, or None."""
    state: dict[str, int] = {}
    trail: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        trail.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*trail[trail.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        state[node] = 2
        trail.pop()
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def unit(module: str) -> str:
    """A module's layer: its subpackage of scraper, or the module itself."""
    parts = module.split(".")
    subpackage = ".".join(parts[:2])
    return subpackage if (PACKAGE / parts[1]).is_dir() else module


def test_no_module_imports_itself_round_about() -> None:
    assert cycle(graph()) is None


def test_no_layer_imports_itself_round_about() -> None:
    layers: dict[str, set[str]] = {}
    for module, targets in graph().items():
        if module == "scraper":
            continue
        layers.setdefault(unit(module), set()).update(
            unit(t) for t in targets if t != "scraper" and unit(t) != unit(module)
        )
    assert cycle(layers) is None


def test_the_runtime_imports_only_itself_and_the_standard_library() -> None:
    for path in (PACKAGE / "runtime").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                assert node.module.split(".")[0] in sys.stdlib_module_names, (
                    path.name,
                    node.module,
                )
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] in sys.stdlib_module_names for a in node.names)


@pytest.mark.parametrize(
    "command",
    [
        ["need", "GET", "/v1/accounts/T12345678/customers/users"],
        ["explain", "read:customers"],
        [
            "check-grant",
            str(FIXTURES / "grant.json"),
            "GET",
            "/v1/accounts/T12345678/customers/users",
        ],
    ],
    ids=["need", "explain", "check-grant"],
)
def test_a_query_imports_no_crawl_parser_renderer_or_their_libraries(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "scraper.cli", *command],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "scraper.runtime.answers" in imported
    loaded = {name for name in imported if name.split(".")[0] in HEAVY or name.startswith(STACK)}
    assert loaded == set()


def test_the_scanner_imports_the_runtime_tree_sitter_and_the_standard_library_only() -> None:
    """It ships in the package as `_scan/`, beside `_runtime/`: nothing else is there."""
    allowed = {"tree_sitter", "tree_sitter_language_pack"}
    for path in (PACKAGE / "scan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                top = node.module.split(".")[0]
                assert top in sys.stdlib_module_names or top in allowed, (path.name, top)
            if isinstance(node, ast.ImportFrom) and node.level and node.module:
                depth = len(path.relative_to(PACKAGE / "scan").parts)
                outside = node.level >= depth + 1
                assert not outside or node.module.split(".")[0] == "runtime", (path, node.module)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    assert top in sys.stdlib_module_names or top in allowed, (path.name, top)
