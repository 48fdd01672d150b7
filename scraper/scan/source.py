"""The source files a scan reads: every file of a known language under the paths given,
less dependencies, build output, tests and mocks, each parsed by its tree-sitter grammar.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import ir
from .lang import LANGUAGES

# Folders that hold other people's code, build output or tests.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "vendor",
        "bower_components",
        "dist",
        "build",
        "out",
        "target",
        "coverage",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        "site-packages",
        "test",
        "tests",
        "__tests__",
        "__mocks__",
        "spec",
        "specs",
        "mocks",
        "fixtures",
        "testdata",
        "e2e",
        "cypress",
    }
)
# .NET build output, beside a project file; elsewhere (`bin/` of a Node package) scripts.
BUILD_OUTPUT_DIRS = frozenset({"bin", "obj"})
_PROJECT_FILES = (".csproj", ".fsproj", ".vbproj", ".sln")
# `Foo.Tests`, `api-tests`, `UnitTests`, `client_test`, `client.spec`: test code by name.
_TESTS = re.compile(r"(?:[._-](?i:tests?|specs?|mocks?)|[a-z0-9]Tests?)$")
# A file larger than this is generated or bundled code, not an integration's.
MAX_FILE_BYTES = 1_000_000


class SourceError(ValueError):
    """A path that cannot be scanned: the message names it."""


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read: ``name`` is its path relative to the folder scanned."""

    path: Path
    name: str
    grammar: str


def sources(roots: Sequence[Path]) -> Iterator[Source]:
    """The files to read under each root, in a stable order."""
    for root in roots:
        if not root.exists():
            raise SourceError(f"{root}: no such file or folder")
        if root.is_file():
            found = _source(root, root.name)
            if found is not None:
                yield found
            continue
        for folder, dirs, files in os.walk(root):
            project = any(f.lower().endswith(_PROJECT_FILES) for f in files)
            dirs[:] = sorted(
                d
                for d in dirs
                if not _skipped_dir(d) and not (project and d.lower() in BUILD_OUTPUT_DIRS)
            )
            for file in sorted(files):
                path = Path(folder) / file
                found = _source(path, path.relative_to(root).as_posix())
                if found is not None:
                    yield found


def _skipped_dir(name: str) -> bool:
    return name.lower() in SKIPPED_DIRS or name.startswith(".") or bool(_TESTS.search(name))


def _source(path: Path, name: str) -> Source | None:
    language = LANGUAGES.get(path.suffix.lower())
    if language is None or _test_file(path.name):
        return None
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
    except OSError:
        return None
    return Source(path, name, language[0])


def _test_file(name: str) -> bool:
    stem = name.rsplit(".", 1)[0]
    lowered = stem.lower()
    return (
        bool(_TESTS.search(stem))
        or lowered.startswith("test_")
        or lowered.endswith((".d", ".min", ".stories"))
        or lowered in ("conftest", "setuptests", "jest.setup", "jest.config")
    )


def read(source: Source) -> ir.Module:
    """A file read into ``ir`` by its language's front-end."""
    from tree_sitter_language_pack import get_parser

    data = source.path.read_bytes()
    grammar, reader = LANGUAGES[source.path.suffix.lower()]
    tree = get_parser(grammar).parse(data)  # type: ignore[arg-type]
    return reader(source.name, data).read(tree.root_node)
