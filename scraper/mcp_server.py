"""``mcp``: the answers as a read-only MCP server over stdio, for coding agents.

It needs the MCP SDK (``mcp``, the package's ``mcp`` extra), so it stays out of the
runtime, which needs only the standard library; the runtime's ``mcp`` command imports
it from beside the runtime, here and in the package alike. Each tool returns what its
command prints, as text, and what its ``--json`` prints, as structured content, both
computed by the runtime's Tools. No tool writes anything, and a tool given a file reads
it only inside the folders the client declares as its roots (the server's working
folder when the client has no roots to declare).

A tool is a function below that hands its arguments to a method of ``Tools``: adding
one is that method and a few lines here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Protocol
from urllib.parse import urlsplit
from urllib.request import url2pathname

from mcp.server.mcpserver import Context, ListRoots, MCPServer, Resolve
from mcp.types import CallToolResult, ListRootsResult, TextContent, ToolAnnotations
from pydantic import Field

INSTRUCTIONS = (
    "Answers which Dintero API scopes a client needs, from a catalogue of Dintero's docs. "
    "Give calls as 'METHOD URL' ('GET https://api.dintero.com/v1/accounts/T12345678/"
    "customers/users'): need gives the least-privilege scopes, explain what a scope grants, "
    "check_grant whether a client grant fits the calls, scan which calls an integration's "
    "code makes and the grant they need. Answers never guess: a call that matches no "
    "documented endpoint says so."
)
# Every tool only reads, from the catalogue or the client's own files.
READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)

Calls = Annotated[
    list[str] | None,
    Field(
        description="calls the client makes, each 'METHOD URL' (an absolute URL, or a path "
        "with the server's prefix such as /v1/...) or a docs page URL"
    ),
]
File = Annotated[
    str | None,
    Field(
        description="a file of calls inside the client's roots: one call a line, a HAR "
        "file or a Postman collection v2.0/v2.1"
    ),
]


class Answer(Protocol):
    """A ``runtime.tools.ToolAnswer``."""

    @property
    def text(self) -> str: ...

    @property
    def data(self) -> dict[str, Any]: ...

    @property
    def error(self) -> bool: ...


class Tools(Protocol):
    """What the server needs of ``runtime.tools.Tools``."""

    def need(
        self, calls: list[str], named: list[str], file: str | None, roots: list[Path]
    ) -> Answer: ...

    def explain(self, scope: str) -> Answer: ...

    def check_grant(
        self, grant: Any, calls: list[str], file: str | None, roots: list[Path]
    ) -> Answer: ...

    def scan(self, path: str, roots: list[Path]) -> Answer: ...


def ask_roots(ctx: Context, file: str | None = None) -> ListRoots | ListRootsResult | None:
    """The client's roots, asked for only when a tool is given a file and the client
    can answer; None otherwise."""
    capabilities = ctx.client_capabilities
    if file is None or capabilities is None or capabilities.roots is None:
        return None
    return ListRoots()


def ask_roots_to_scan(ctx: Context, path: str) -> ListRoots | ListRootsResult | None:
    """The client's roots, for a folder to scan."""
    return ask_roots(ctx, path)


Roots = Annotated[ListRootsResult | None, Resolve(ask_roots)]
ScanRoots = Annotated[ListRootsResult | None, Resolve(ask_roots_to_scan)]


def folders(roots: ListRootsResult | None) -> list[Path]:
    """The folders a tool may read: the client's file roots, else the working folder."""
    if roots is None:
        return [Path.cwd()]
    parts = [urlsplit(str(root.uri)) for root in roots.roots]
    return [Path(url2pathname(p.path)) for p in parts if p.scheme == "file"]


def result(answer: Answer) -> CallToolResult:
    return CallToolResult(
        content=[TextContent(text=answer.text)],
        structured_content=answer.data,
        is_error=answer.error,
    )


def server(tools: Tools, name: str) -> MCPServer:
    """The server, its tools answering from ``tools``."""
    app = MCPServer(name, instructions=INSTRUCTIONS)

    @app.tool(annotations=READ_ONLY)
    def need(
        calls: Calls = None,
        names: Annotated[
            list[str] | None,
            Field(description="endpoints by a title of their docs pages or their operationId"),
        ] = None,
        file: File = None,
        roots: Roots = None,
    ) -> CallToolResult:
        """The least-privilege Dintero API scopes for the calls a client makes, with the
        endpoint each call matched and the scopes it accepts."""
        return result(tools.need(calls or [], names or [], file, folders(roots)))

    @app.tool(annotations=READ_ONLY)
    def explain(
        scope: Annotated[str, Field(description="a scope, such as read:customers")],
    ) -> CallToolResult:
        """What a scope grants: every endpoint that accepts it, and the wider and narrower
        scopes."""
        return result(tools.explain(scope))

    @app.tool(annotations=READ_ONLY)
    def check_grant(
        grant: Annotated[
            dict[str, Any],
            Field(
                description="the client-grant payload: client_id, audience, scope (a list) and type"
            ),
        ],
        calls: Calls = None,
        file: File = None,
        roots: Roots = None,
    ) -> CallToolResult:
        """Whether a client-grant payload is valid and, given the calls the client makes,
        which calls it does not cover and which scopes it grants beyond them."""
        return result(tools.check_grant(grant, calls or [], file, folders(roots)))

    @app.tool(annotations=READ_ONLY)
    def scan(
        path: Annotated[
            str,
            Field(
                description="a folder or file of an integration's code (PHP, C#, "
                "TypeScript/JavaScript, Python) inside the client's roots"
            ),
        ],
        roots: ScanRoots = None,
    ) -> CallToolResult:
        """The calls the code makes to the Dintero APIs, each with its file and line and
        the endpoint it matched, and the least-privilege grant they need."""
        return result(tools.scan(path, folders(roots)))

    return app


def serve(tools: Tools, name: str) -> None:
    """Answer on standard input and output until the client goes away."""
    server(tools, name).run("stdio")
