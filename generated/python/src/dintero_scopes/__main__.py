"""``python -m dintero_scopes``: need, explain, check-grant and scan on the command line,
and ``mcp``, the same answers for coding agents (with the ``mcp`` extra).

The same commands, answers and exit codes as the catalogue's own tool
(``dintero-scopes``), answered from this package's data; ``scan`` reads code with the
``scan`` extra installed. Do not edit: regenerate.
"""

import sys
from pathlib import Path
from typing import Optional

from . import reference as packaged
from ._runtime.cli import ScanCommands, load_json
from ._runtime.cli import main as run
from ._runtime.reference import Reference

PROG = 'dintero-scopes-query'


def reference(path: Optional[Path] = None) -> Reference:
    """This package's data as the answers read it, or the catalogue.json at ``path``."""
    return packaged() if path is None else load_json(path)


def scanner() -> ScanCommands:
    """The scan's commands, from the ``scan`` extra."""
    from ._scan import load

    commands: ScanCommands = load()
    return commands


def main() -> int:
    return run(sys.argv[1:], reference, PROG, scanner)


if __name__ == "__main__":
    sys.exit(main())
