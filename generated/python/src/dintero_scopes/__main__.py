"""``python -m dintero_scopes``: need, explain, check-grant and scan on the command line,
and ``mcp``, the same answers for coding agents (with the ``mcp`` extra).

The same commands, answers and exit codes as the catalogue's own tool
(``dintero-scopes``), answered from this package's data; ``scan`` reads code with the
``scan`` extra installed. Do not edit: regenerate.
"""

import sys
from pathlib import Path
from typing import Optional

from . import FETCHED_AT, READ_FROM_COPY, SOURCE_URL
from ._endpoints import ENDPOINT_DOCS, ENDPOINTS
from ._runtime.cli import ScanCommands, load_json
from ._runtime.cli import main as run
from ._runtime.reference import EndpointEntry, Reference, ScopeEntry
from ._scopes import SCOPE_INFO

PROG = 'dintero-scopes-query'


def reference(path: Optional[Path] = None) -> Reference:
    """This package's data as the answers read it, or the catalogue.json at ``path``."""
    if path is not None:
        return load_json(path)
    return Reference(
        endpoints=[
            EndpointEntry(
                method=endpoint.method,
                server=endpoint.server,
                path=endpoint.path,
                scopes=tuple(scope.value for scope in scopes),
                title=ENDPOINT_DOCS[endpoint].title,
                doc_url=ENDPOINT_DOCS[endpoint].doc_url,
                names=ENDPOINT_DOCS[endpoint].names,
                pages=ENDPOINT_DOCS[endpoint].pages,
            )
            for endpoint, scopes in ENDPOINTS.items()
        ],
        scopes=[
            ScopeEntry(info.name, info.description, info.group, info.doc_urls, info.sensitive)
            for info in SCOPE_INFO.values()
        ],
        source=SOURCE_URL,
        fetched_at=FETCHED_AT,
        mirror=READ_FROM_COPY,
    )


def scanner() -> ScanCommands:
    """The scan's commands, from the ``scan`` extra."""
    from ._scan import load

    commands: ScanCommands = load()
    return commands


def main() -> int:
    return run(sys.argv[1:], reference, PROG, scanner)


if __name__ == "__main__":
    sys.exit(main())
