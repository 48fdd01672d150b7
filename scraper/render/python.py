"""The Python package `dintero-scopes`: the scope enum, the endpoint map and their helpers.

The data modules (`_scopes.py`, `_endpoints.py`) are rendered from the catalogue;
the code that answers questions of the data is `scraper.runtime`'s modules, copied
as they are into `_runtime/`, and the MCP server beside them (`scraper/mcp_server.py`,
for the `mcp` extra) is copied as `mcp_server.py`. Everything a template shows is
computed here: member names, wrapped docstrings, string literals split to fit the
line, and the README's examples with the output they print.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote, urlsplit

from scraper import runtime, scan
from scraper.model import Catalogue, Endpoint, Scope
from scraper.naming import member_names
from scraper.query import doc_urls, runtime_reference
from scraper.release import Fingerprint, Release, current_version, data_version
from scraper.render.jinja import copied_header, py_docstring, render
from scraper.runtime.answers import least_privilege
from scraper.runtime.reference import doc_pages
from scraper.runtime.routing import path_shape
from scraper.runtime.scopes import ACTIONS, parse_scope

ROOT = Path("generated/python")
# The package's own command line; the generator's is `dintero-scopes`.
COMMAND = "dintero-scopes-query"
PACKAGE = ROOT / "src" / "dintero_scopes"
# What the `mcp` extra installs: the MCP SDK whose MCPServer API mcp_server.py uses.
MCP_REQUIREMENT = "mcp>=2.3,<3"
# The 0.x releases ship the grammars, so a scan works offline; 1.x fetches them at run time.
SCAN_REQUIREMENT = "tree-sitter-language-pack>=0.13,<1; python_version >= '3.10'"

# The generated code's line length; its pyproject sets ruff to the same.
LINE = 100
# Docstring text is wrapped at PEP 8's 72 columns, which leaves room for escapes.
DOC_WIDTH = 72
# A string literal longer than this is split at spaces over several lines, so
# that it fits wherever it sits (the deepest is a keyword argument at 12 columns).
PIECE = 64
# What a `{param}` of the README's example URL is filled with: accounts are `T` and
# eight digits, anything else gets a plain word.
SAMPLE_ACCOUNT = "T12345678"
SAMPLE_VALUE = "example"
ACCOUNT_PARAMS = frozenset({"aid", "oid", "partner_id"})
# Candidate methods for the README's UnknownEndpoint example: the first that no
# endpoint uses can match nothing.
UNUSED_METHODS = ("PATCH", "OPTIONS", "TRACE")

_TOKEN = re.compile(r"\s+|\S+")


@dataclass(frozen=True, slots=True)
class Member:
    """An enum member: `name = value`, on one line when it fits, and its docstring."""

    name: str
    value: str
    one_line: bool
    doc: str | None = None


@dataclass(frozen=True, slots=True)
class Info:
    """A `ScopeInfo(...)` row; `action` and `resource` are member names of their enums."""

    name: str
    action: str | None
    resource: str | None
    restriction: str | None
    description: tuple[str, ...] | None
    group: str | None
    doc_urls: tuple[str, ...]
    sensitive: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class EndpointRow:
    """An `_DOCUMENTED` row: the endpoint, its scopes as member names, and its pages."""

    method: str
    server: str
    path: str
    scopes: tuple[str, ...]
    title: tuple[str, ...] | None
    doc_url: str | None
    names: tuple[tuple[str, ...], ...]
    pages: tuple[str, ...]
    client_auth: bool


@dataclass(frozen=True, slots=True)
class ScopeExample:
    """The scope the README shows, and the reprs its attributes print."""

    member: str
    value: str
    description: str
    action: str
    resource: str


@dataclass(frozen=True, slots=True)
class EndpointExample:
    """The endpoint the README shows: a concrete URL for it and what the helpers give."""

    url: str
    path: str
    method: str
    endpoint: str
    scopes: str
    granted: str
    denied: str
    title: str
    unknown_method: str
    least: str
    template_path: str


def deprecated_scopes(
    catalogue: Catalogue, history: list[Release], stamped: bool = True
) -> list[Scope]:
    """Scopes the latest release of data removed: kept until the next, as deprecated members.

    Each note names that release (a post-release of it keeps the same note); unstamped,
    it names none.
    """
    if not history:
        return []
    present = {s.name for s in catalogue.scopes}
    removed_in = f" in {data_version(history[0].version)}" if stamped else ""
    kept: list[Scope] = []
    for name, description in sorted(history[0].deprecated.items()):
        if name not in present:
            parts = parse_scope(name)
            note = f"Deprecated: removed from the Dintero docs{removed_in}; "
            note += "the next release drops it."
            text = f"{note} {description}" if description else note
            kept.append(
                Scope(name, parts.action, parts.resource, parts.restriction, text, None, [])
            )
    return kept


def fingerprint(catalogue: Catalogue) -> Fingerprint:
    """The fingerprint of the package a history makes of this catalogue: its files unstamped
    (no version, release or fetch time, which move with every release), and each endpoint's
    scopes as the set they are."""
    canonical = replace(
        catalogue, endpoints=[replace(e, scopes=sorted(e.scopes)) for e in catalogue.endpoints]
    )

    def of(history: list[Release]) -> str:
        digest = hashlib.sha256()
        for path, content in sorted(files(canonical, history, stamped=False).items()):
            digest.update(f"{path}\0{len(content)}\0".encode())
            digest.update(content)
        return digest.hexdigest()[:16]

    return of


def files(catalogue: Catalogue, history: list[Release], stamped: bool = True) -> dict[Path, bytes]:
    """The package; its version is the latest release's, else the catalogue's date.

    Unstamped, every text the release decides is left blank: the version, the release a
    deprecated scope was removed in, and the time the docs were read.
    """
    if not stamped:
        catalogue = replace(catalogue, fetched_at="")
    deprecated = deprecated_scopes(catalogue, history, stamped)
    scopes = sorted([*catalogue.scopes, *deprecated], key=_name)
    names = member_names(s.name for s in scopes)
    actions = member_names(s.action for s in scopes if s.action)
    resources = member_names(s.resource for s in scopes if s.resource)
    # In the catalogue's order, which the router lists ambiguous matches in.
    endpoints = catalogue.endpoints
    common = {
        "version": current_version(history, catalogue.fetched_at) if stamped else "",
        "source": catalogue.source,
        "fetched_at": catalogue.fetched_at,
        "mirror": catalogue.mirror,
        "command": COMMAND,
    }
    scopes_module = render(
        "python/_scopes.py.j2",
        **common,
        scopes=[_scope_member(s, names[s.name]) for s in scopes],
        scope_names=sorted(names),
        deprecated=[s.name for s in deprecated],
        actions=[_member(name, value) for value, name in sorted(actions.items())],
        resources=[_member(name, value) for value, name in sorted(resources.items())],
        infos=[_info(s, actions, resources) for s in scopes],
    )
    endpoints_module = render(
        "python/_endpoints.py.j2",
        **common,
        rows=[_row(e, names) for e in endpoints],
    )
    readme = render(
        "python/README.md.j2",
        **common,
        source_link=_autolink(catalogue.source),
        scope_count=len(scopes),
        endpoint_count=len(catalogue.endpoints),
        scope=_scope_example(scopes, names, actions, resources),
        endpoint=_endpoint_example(catalogue, endpoints, scopes, names),
    )
    return {
        ROOT / "pyproject.toml": render(
            "python/pyproject.toml.j2",
            **common,
            docs=_origin(catalogue.source),
            mcp_requirement=MCP_REQUIREMENT,
            scan_requirement=SCAN_REQUIREMENT,
        ),
        ROOT / "README.md": readme,
        PACKAGE / "__init__.py": render("python/__init__.py.j2", **common),
        PACKAGE / "__main__.py": render("python/__main__.py.j2", command=COMMAND),
        PACKAGE / "_scopes.py": scopes_module,
        PACKAGE / "_endpoints.py": endpoints_module,
        **runtime_files(),
        **scan_files(),
        PACKAGE / "py.typed": b"",
    }


def runtime_files() -> dict[Path, bytes]:
    """scraper.runtime's modules and the MCP server beside them, shipped as they are: the
    tool runs the same code."""
    source = Path(runtime.__file__).parent
    # Read, not imported: rendering needs no MCP SDK.
    server = source.parent / "mcp_server.py"
    return {
        **{
            PACKAGE / "_runtime" / file.name: copied_header(f"scraper/runtime/{file.name}", "#")
            + file.read_bytes()
            for file in sorted(source.glob("*.py"))
        },
        PACKAGE / server.name: copied_header(f"scraper/{server.name}", "#") + server.read_bytes(),
    }


def scan_files() -> dict[Path, bytes]:
    """scraper.scan's modules, for the package's scan extra: the same code, its imports
    of the runtime pointed at `_runtime`, where the package keeps it."""
    source = Path(scan.__file__).parent
    files: dict[Path, bytes] = {}
    for file in sorted(source.rglob("*.py")):
        name = file.relative_to(source).as_posix()
        text = file.read_text(encoding="utf-8").replace("from ..runtime", "from .._runtime")
        files[PACKAGE / "_scan" / name] = copied_header(f"scraper/scan/{name}", "#") + text.encode()
    return files


def _name(scope: Scope) -> str:
    return scope.name


def _member(name: str, value: str, doc: str | None = None) -> Member:
    return Member(name, value, len(f"    {name} = {value!r}") <= LINE, doc)


def _scope_member(scope: Scope, name: str) -> Member:
    return _member(name, scope.name, _wrap(scope.description or _derived_description(scope)))


def _derived_description(scope: Scope) -> str:
    """What a scope's parts say it grants, for a scope the docs leave undescribed."""
    lead = ""
    if scope.action in ACTIONS and scope.resource:
        lead = f"{scope.action.capitalize()} access to {scope.resource}"
        lead += f", restricted to {scope.restriction}. " if scope.restriction else ". "
    listed = f"; listed under {scope.group}" if scope.group else ""
    return f"{lead}The Dintero docs give no description{listed}."


def _visible(text: str) -> str:
    """Text with any character a docstring cannot show as itself written as its escape."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


def _wrap(text: str) -> str:
    """Docstring text: one paragraph, wrapped so each line fits once escaped.

    A word too long for a line gets a line of its own, which line-length checks allow.
    """
    lines: list[str] = []
    for word in _visible(" ".join(text.split())).split(" "):
        if lines and len(py_docstring(f"{lines[-1]} {word}")) <= DOC_WIDTH:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _pieces(text: str) -> tuple[str, ...]:
    """`text` split at whitespace into pieces whose literals fit in PIECE.

    A word too long for a piece is a piece of its own, without whitespace, which
    line-length checks allow. The template writes several pieces as adjacent
    literals, which Python joins back into `text` exactly.
    """
    pieces: list[str] = []
    for token in _TOKEN.findall(text):
        if pieces and len(repr(pieces[-1] + token)) <= PIECE:
            pieces[-1] += token
        elif token:
            pieces.append(token)
    return tuple(pieces) or ("",)


def _info(scope: Scope, actions: dict[str, str], resources: dict[str, str]) -> Info:
    return Info(
        name=scope.name,
        action=actions[scope.action] if scope.action else None,
        resource=resources[scope.resource] if scope.resource else None,
        restriction=scope.restriction,
        description=_pieces(scope.description) if scope.description is not None else None,
        group=scope.group,
        doc_urls=tuple(doc_urls(scope)),
        sensitive=_pieces(scope.sensitive) if scope.sensitive is not None else None,
    )


def _row(endpoint: Endpoint, names: dict[str, str]) -> EndpointRow:
    unknown = [s for s in endpoint.scopes if s not in names]
    if unknown:
        raise ValueError(f"{endpoint.key} accepts scopes the catalogue lacks: {unknown}")
    return EndpointRow(
        method=endpoint.method,
        server=endpoint.server,
        path=endpoint.path,
        scopes=tuple(names[s] for s in endpoint.scopes),
        title=_pieces(endpoint.title) if endpoint.title is not None else None,
        doc_url=endpoint.doc_url,
        names=tuple(_pieces(name) for name in endpoint.names),
        pages=doc_pages(((s.url, s.kind) for s in endpoint.sources), ("api_page",)),
        client_auth=endpoint.client_auth,
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _autolink(url: str) -> str:
    """A markdown autolink (`<url>`): whitespace, `<`, `>` and the like percent-encoded."""
    return "<" + quote(url, safe=":/?#[]@!$&'()*+,;=%~") + ">"


def _scope_example(
    scopes: list[Scope],
    names: dict[str, str],
    actions: dict[str, str],
    resources: dict[str, str],
) -> ScopeExample | None:
    """The first scope with a description, action and resource, as the README shows it."""
    for scope in scopes:
        if scope.description and scope.action and scope.resource:
            return ScopeExample(
                member=names[scope.name],
                value=scope.name,
                description=repr(scope.description),
                action=f"<Action.{actions[scope.action]}: {scope.action!r}>",
                resource=f"<Resource.{resources[scope.resource]}: {scope.resource!r}>",
            )
    return None


def _endpoint_example(
    catalogue: Catalogue, endpoints: list[Endpoint], scopes: list[Scope], names: dict[str, str]
) -> EndpointExample | None:
    """The endpoint the README shows, and what the helpers say of a request to it.

    The first of the best: it accepts scopes (two, to show the order), its server has a
    path prefix and its path parameters, and no other endpoint has its method and shape,
    so that its bare path is unambiguous.
    """
    shapes = [(e.method, path_shape(urlsplit(e.server).path + e.path)) for e in endpoints]
    counts = Counter(shapes)
    candidates = [
        e
        for e, shape in zip(endpoints, shapes, strict=True)
        if counts[shape] == 1 and not e.client_auth
    ]
    used = {e.method for e in endpoints}
    unknown_method = next((m for m in UNUSED_METHODS if m not in used), None)
    if not candidates or unknown_method is None:
        return None
    endpoint = min(
        candidates,
        key=lambda e: (
            not e.scopes,
            not urlsplit(e.server).path.strip("/"),
            len(e.scopes) < 2,
            "{" not in e.path,
        ),
    )
    if not endpoint.scopes:
        return None
    url = endpoint.server + path_shape(endpoint.path, _sample)
    denied = next((s.name for s in scopes if s.name not in endpoint.scopes), None)
    least = least_privilege(runtime_reference(catalogue), [(endpoint.method, url)])
    return EndpointExample(
        url=url,
        path=urlsplit(url).path,
        method=endpoint.method,
        endpoint=(
            f"Endpoint(method={endpoint.method!r}, server={endpoint.server!r}, "
            f"path={endpoint.path!r})"
        ),
        scopes=_members_repr(endpoint.scopes, names),
        granted=endpoint.scopes[-1],
        denied=names[denied] if denied else "",
        title=repr(endpoint.title),
        unknown_method=unknown_method,
        least=_members_repr(least, names),
        template_path=endpoint.path,
    )


def _members_repr(scopes: Sequence[str], names: dict[str, str]) -> str:
    """How a tuple of Scope members prints."""
    members = [f"<Scope.{names[s]}: {s!r}>" for s in scopes]
    return "(" + ", ".join(members) + ("," if len(members) == 1 else "") + ")"


def _sample(param: str) -> str:
    return SAMPLE_ACCOUNT if param[1:-1] in ACCOUNT_PARAMS else SAMPLE_VALUE
