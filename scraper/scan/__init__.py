"""The scan: the calls a repository's code makes to the Dintero APIs, read with real
parsers (tree-sitter grammars), for the runtime to answer.

One module per concern: ``source`` (which files), ``lang/`` (a front-end per language,
into ``ir``), ``program`` (the repository indexed), ``resolve`` and ``values`` (what an
expression is worth), ``recognise`` (which calls send requests), ``finder`` (each request
as its callers and subclasses send it), ``scanner`` (matched by the runtime), ``output``
and ``command``. Shipped in the generated package as ``_scan/``, usable with its
``scan`` extra (tree-sitter-language-pack, Python 3.10 or newer).
"""

import sys
from typing import Any

INSTALL = "pip install 'dintero-scopes[scan]'"


def load() -> Any:
    """The scan's commands; a CallError saying what is missing when they cannot run."""
    from ..runtime.calls import CallError

    if sys.version_info < (3, 10):  # noqa: UP036 - the package runs on 3.9 without it
        raise CallError("scanning code needs Python 3.10 or newer")
    try:
        import tree_sitter_language_pack  # noqa: F401
    except ImportError:
        raise CallError(f"scanning code needs tree-sitter-language-pack: {INSTALL}") from None
    from . import command

    return command
