"""The language front-ends: each reads one grammar's trees into ``ir`` records."""

from __future__ import annotations

from .common import Reader
from .csharp import CSharpReader
from .golang import GoReader
from .javascript import ScriptReader, TypeScriptReader
from .php import PhpReader
from .python import PythonReader

# File extension: (the tree-sitter grammar, the front-end that reads its trees).
LANGUAGES: dict[str, tuple[str, type[Reader]]] = {
    ".php": ("php", PhpReader),
    ".cs": ("csharp", CSharpReader),
    ".js": ("javascript", ScriptReader),
    ".mjs": ("javascript", ScriptReader),
    ".cjs": ("javascript", ScriptReader),
    ".jsx": ("javascript", ScriptReader),
    ".ts": ("typescript", TypeScriptReader),
    ".mts": ("typescript", TypeScriptReader),
    ".cts": ("typescript", TypeScriptReader),
    ".tsx": ("tsx", TypeScriptReader),
    ".py": ("python", PythonReader),
    ".go": ("go", GoReader),
}
