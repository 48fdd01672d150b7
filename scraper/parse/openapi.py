"""OpenAPI 3 and Swagger 2.0 specs: every operation with its server, path and scopes.

Scopes come from three places in Dintero's specs: the scope list of the
operation's description (read as a page's is), else the `x-scopes` extension, and
OAuth2 security requirements. Where the description and `x-scopes` disagree, that
is a finding; the description decides.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace
from typing import Any, NamedTuple
from urllib.parse import urljoin

import yaml

from scraper.errors import ParseError
from scraper.model import (
    EndpointDoc,
    Finding,
    FindingKind,
    Records,
    Region,
    ScopeMention,
    Source,
    SourceKind,
)
from scraper.parse import prose
from scraper.parse.client_auth import authenticates_client
from scraper.parse.scope_list import lists_in_markdown, unrecognized_findings
from scraper.runtime.routing import METHODS

# libyaml's parser, where PyYAML has it, is about six times faster than the Python one
# (most of a crawl's parse time is the YAML of every page's embedded spec). It reads
# only documents on which the two cannot differ; the Python parser reads the rest,
# and anything libyaml rejects, so every outcome and message is the Python parser's.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
# What the parsers disagree on, found by fuzzing them against each other: tabs, tags,
# directives, a comment glued to a block scalar's header, and characters other than
# printable ASCII, newline and the plain BMP (no NEL, line separators, BOM or
# surrogates). Two more are seen in the document libyaml composes (_reads_apart).
_PYTHON_ONLY = re.compile(
    r"[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]"
    r"|[\t!]|^%|[|>][-+0-9]*#",
    re.MULTILINE,
)
# The Python composer recurses twice per level and fails near Python's 1000 frames,
# where libyaml reads on to 1000 levels; up to this depth, both read the document.
_MAX_DEPTH = 200
# What _fast_yaml returns when the Python parser must read the document.
_UNREAD = object()


def _fast_yaml(text: str) -> Any:
    """The document as libyaml reads it, or _UNREAD when only the Python parser may."""
    if _FAST_LOADER is None or _PYTHON_ONLY.search(text):
        return _UNREAD
    loader = _FAST_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _reads_apart(node, text.split("\n")):
            return _UNREAD
        return loader.construct_document(node)
    except yaml.YAMLError:
        return _UNREAD
    finally:
        loader.dispose()


def _reads_apart(root: yaml.Node, lines: list[str]) -> bool:
    """Whether the Python parser may read the document libyaml composed as `root` apart:
    it nests deeper than _MAX_DEPTH, or a `?` stands on a line of a flow collection.

    The Python parser takes `?` for a key indicator anywhere in a flow collection (`[...]`,
    `{...}`), libyaml keeps `a?b` one scalar; in block context both take it for one only
    before a space. Whole lines are checked, so a `?` beside a flow collection counts too.
    Nodes are visited in document order, each once (an alias is not composed again).
    """
    seen: set[int] = set()
    nodes: list[tuple[yaml.Node, int]] = [(root, 1)]
    while nodes:
        node, depth = nodes.pop()
        if not isinstance(node, yaml.nodes.CollectionNode) or id(node) in seen:
            continue
        seen.add(id(node))
        if depth > _MAX_DEPTH:
            return True
        if node.flow_style and any(
            "?" in line for line in lines[node.start_mark.line : node.end_mark.line + 1]
        ):
            return True
        if isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            children = node.value
        nodes.extend((child, depth + 1) for child in reversed(children))
    return False


def load_spec(url: str, text: str) -> dict[str, Any]:
    """The spec as a mapping (YAML or JSON); a ParseError if it is neither or not a spec."""
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else _fast_yaml(text)
        if data is _UNREAD:
            # Called from here, as before, so that its recursion limit falls where it did.
            data = yaml.safe_load(text)
    except (ValueError, RecursionError, yaml.YAMLError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ParseError(url, f"not valid YAML or JSON: {reason}") from None
    if not isinstance(data, dict) or not ("openapi" in data or "swagger" in data):
        raise ParseError(url, "no 'openapi' or 'swagger' key: not an OpenAPI document")
    if not isinstance(data.get("paths") or {}, dict):
        raise ParseError(url, "'paths' is not a mapping")
    return data


def parse_openapi(url: str, text: str) -> Records:
    """Endpoints from a spec published on the docs site, and the scopes its
    operations' descriptions mention (each must be in that operation's scopes)."""
    records = Records()
    spec = load_spec(url, text)
    read = spec_endpoints(spec, Source(url, SourceKind.OPENAPI), doc_url=None)
    records.endpoints, records.findings = read.docs, read.findings
    for path, _, method, operation in _operations(spec):
        description = _text(operation.get("description")) or ""
        lines = [(n, line, Region.OPENAPI) for n, line in enumerate(description.split("\n"), 1)]
        records.mentions += prose.mentions(url, lines, f"{method} {path}")
    records.mentions = described(records.mentions, read.described)
    return records


def described(mentions: list[ScopeMention], names: Collection[str]) -> list[ScopeMention]:
    """The mentions of names that a read scope list's descriptions hold, marked so."""
    return [
        replace(m, region=Region.DESCRIPTION)
        if m.name in names and m.region in (Region.TEXT, Region.OPENAPI)
        else m
        for m in mentions
    ]


class SpecRead(NamedTuple):
    """A spec's operations as endpoint accounts, what was wrong, and the scope names the
    descriptions of its scope lists' items mention."""

    docs: list[EndpointDoc]
    findings: list[Finding]
    described: set[str]


def spec_endpoints(spec: Mapping[str, Any], source: Source, doc_url: str | None) -> SpecRead:
    """One EndpointDoc per operation of an already loaded spec."""
    endpoints: list[EndpointDoc] = []
    findings: list[Finding] = []
    names: set[str] = set()
    root_servers = _root_servers(spec, source.url)
    root_security = spec.get("security")
    for path, path_item, method, operation in _operations(spec):
        servers = _servers(operation, source.url) or _servers(path_item, source.url) or root_servers
        # An operation's own `security` replaces the spec's, even when empty.
        security = operation.get("security", root_security)
        scopes, op_findings, op_names = _operation_scopes(
            operation, security, f"{method} {path}", source.url
        )
        findings += op_findings
        names |= op_names
        title = _text(operation.get("summary")) or _text(operation.get("operationId"))
        description = _text(operation.get("description"))
        endpoints.append(
            EndpointDoc(
                method=method,
                server=servers[0] if servers else "",
                path=path,
                title=title,
                doc_url=doc_url,
                scopes=scopes,
                source=source,
                operation_id=_text(operation.get("operationId")),
                client_auth=authenticates_client(description, security, spec),
            )
        )
    return SpecRead(endpoints, findings, names)


def _operations(
    spec: Mapping[str, Any],
) -> Iterator[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    for path, path_item in (spec.get("paths") or {}).items():
        if not isinstance(path_item, dict):
            continue
        for method in METHODS:
            operation = path_item.get(method.lower())
            if isinstance(operation, dict):
                yield str(path), path_item, method, operation


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _root_servers(spec: Mapping[str, Any], spec_url: str) -> list[str]:
    servers = _servers(spec, spec_url)
    if servers or "host" not in spec:
        return servers
    schemes = spec.get("schemes")
    scheme = schemes[0] if isinstance(schemes, list) and schemes else "https"
    base_path = str(spec.get("basePath") or "")
    return [_normalize_server(f"{scheme}://{spec['host']}{base_path}", spec_url)]


def _servers(node: Mapping[str, Any], spec_url: str) -> list[str]:
    """`servers` (OpenAPI 3) or Dintero's `x-servers` (Swagger 2), with variables' defaults."""
    entries = node.get("servers") or node.get("x-servers") or []
    urls: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            continue
        url: str = entry["url"]
        variables = entry.get("variables")
        for name, variable in variables.items() if isinstance(variables, dict) else ():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
        urls.append(_normalize_server(url, spec_url))
    return urls


def _normalize_server(url: str, spec_url: str) -> str:
    """Absolute, without a trailing slash: `https://api.dintero.com/v1`."""
    try:
        return urljoin(spec_url, url).rstrip("/")
    except ValueError as error:
        # `http://[x`: every output splits servers again, so the spec is unreadable.
        raise ParseError(spec_url, f"server {url!r} is not a URL ({error})") from None


def _operation_scopes(
    operation: Mapping[str, Any], security: object, name: str, url: str
) -> tuple[tuple[str, ...], list[Finding], set[str]]:
    """The description's scope list decides, as a page's does; `x-scopes` stands in where
    the description has none, and OAuth2 requirements add theirs. Where the description
    and `x-scopes` disagree, that is a finding, never a merge."""
    lists = lists_in_markdown(_text(operation.get("description")) or "")
    findings = unrecognized_findings(url, lists)
    described = [scope for found in lists for scope in found.scopes]
    extension = _string_list(operation.get("x-scopes"))
    # Any one scope grants access, so the same scopes in another order agree.
    if lists and extension and set(described) != set(extension):
        findings.append(
            Finding(
                FindingKind.CONFLICTING_SCOPES,
                f"{name}: description lists {sorted(described)}, x-scopes lists "
                f"{sorted(extension)}",
                [url],
            )
        )
    requirements = security if isinstance(security, list) else []
    required = [
        scope
        for requirement in requirements
        if isinstance(requirement, dict)
        for scopes in requirement.values()
        for scope in _string_list(scopes)
    ]
    merged: list[str] = []
    for scope in (described if lists else extension) + required:
        if scope not in merged:
            merged.append(scope)
    return tuple(merged), findings, {name for found in lists for name in found.described}


def _string_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]
