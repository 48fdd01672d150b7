"""API reference pages: one endpoint, its title and the scopes the page lists.

A Mintlify page reads `# Title`, `> description`, the description's `scopes:`
block, then `## OpenAPI` and a fenced one-operation OpenAPI document whose info
string names the method and path (```` ```yaml <spec> get /path ````). Method,
server and path come from that document; without one, from a `METHOD URL` line
on the page. The scopes are the page's own list; the embedded document's list
is a cross-check.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scraper.errors import ParseError
from scraper.model import (
    EndpointDoc,
    Finding,
    FindingKind,
    Records,
    Source,
    SourceKind,
    human_url,
)
from scraper.parse.markdown import Fence, MarkdownPage
from scraper.parse.openapi import load_spec, spec_endpoints
from scraper.parse.scope_list import find_scope_lists, unrecognized_findings
from scraper.runtime.routing import METHODS
from scraper.settings import API_ORIGIN, DOCS_HOST

_METHOD_LINE = re.compile(
    rf"^[ \t>*`]*(?P<method>{'|'.join(METHODS)})[ \t*`]+"
    r"(?P<target>https?://[^\s`*]+|/[^\s`*]*)[ \t*`]*$",
    re.MULTILINE,
)
_VERSION = re.compile(r"^/v\d+(?=/|$)")


def from_markdown(page: MarkdownPage) -> Records:
    source = Source(page.url, SourceKind.API_PAGE)
    records = Records()
    spec_docs: list[EndpointDoc] = []
    fence = openapi_fence(page.fences)
    if fence is not None:
        try:
            spec = load_spec(page.url, fence.content)
            spec_docs, findings = spec_endpoints(spec, source, doc_url=human_url(page.url))
        except ParseError as error:
            records.findings.append(Finding(FindingKind.UNPARSED_PAGE, error.reason, [page.url]))
        else:
            records.findings += findings
            spec_docs = _matching_info(spec_docs, fence.info)
    records.extend(from_text(page.url, page.title, page.text_outside_fences(), spec_docs))
    return records


def from_text(
    url: str, title: str | None, text: str, spec_docs: list[EndpointDoc] | None = None
) -> Records:
    """The endpoint a page's text documents (any format, once reduced to text)."""
    source = Source(url, SourceKind.API_PAGE)
    records = Records()
    lists = find_scope_lists(text)
    records.findings += unrecognized_findings(url, lists)
    listed: list[str] = []
    for found in lists:
        listed += [scope for scope in found.scopes if scope not in listed]
    documented = spec_docs or _method_lines(url, title, text, source)
    for doc in documented:
        if listed and doc.scopes and set(doc.scopes) != set(listed):
            records.findings.append(
                Finding(
                    FindingKind.CONFLICTING_SCOPES,
                    f"{doc.method} {doc.path}: the page lists {listed}, "
                    f"its OpenAPI block lists {list(doc.scopes)}",
                    [url],
                )
            )
        records.endpoints.append(
            replace(doc, title=title or doc.title, scopes=tuple(listed) or doc.scopes)
        )
    if listed and not documented:
        records.findings.append(
            Finding(
                FindingKind.UNPARSED_PAGE,
                f"the page lists scopes {listed} but names no method and path",
                [url],
            )
        )
    return records


def openapi_fence(fences: list[Fence]) -> Fence | None:
    """The fenced OpenAPI document of an API page, if it has one."""
    for fence in fences:
        words = fence.info.split()
        if (
            words
            and words[0].lower() in ("yaml", "yml", "json")
            and (
                "openapi:" in fence.content
                or "swagger:" in fence.content
                or '"openapi"' in fence.content
            )
        ):
            return fence
    return None


def _matching_info(docs: list[EndpointDoc], info: str) -> list[EndpointDoc]:
    """The operation the fence's info string names (`yaml <spec> get /path`), if it names one."""
    words = info.split()
    if len(words) >= 3 and words[-2].upper() in METHODS:
        method, path = words[-2].upper(), words[-1]
        named = [doc for doc in docs if doc.method == method and doc.path == path]
        return named or docs
    return docs


def _method_lines(url: str, title: str | None, text: str, source: Source) -> list[EndpointDoc]:
    docs: list[EndpointDoc] = []
    for match in _METHOD_LINE.finditer(text):
        server, path = _split_target(match["target"])
        if server is None:
            continue
        docs.append(EndpointDoc(match["method"], server, path, title, human_url(url), (), source))
    return docs[:1]


def _split_target(target: str) -> tuple[str | None, str]:
    """Split `https://api.dintero.com/v1/accounts/{aid}` into server and path.

    Links to the docs site itself (such as its feedback form) are no endpoint; a
    bare path is one on the API host.
    """
    if not target.startswith("/"):
        scheme, _, rest = target.partition("://")
        host, slash, path = rest.partition("/")
        if host.lower() == DOCS_HOST or not host:
            return None, target
        origin, path = f"{scheme}://{host}", slash + path
    else:
        origin, path = API_ORIGIN, target
    version = _VERSION.match(path)
    if version:
        origin, path = origin + version.group(0), path[version.end() :] or "/"
    return origin, path
