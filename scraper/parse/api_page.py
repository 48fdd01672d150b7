"""API reference pages: the endpoint a page documents, and the scopes it lists.

A page names its endpoint in one of three ways, tried in this order:

1. a spec block: a code block holding an OpenAPI document (YAML or JSON), whose
   info string may name the operation (```` ```yaml <spec> get /path ````); method,
   server and path come from it;
2. spec files the page links to (`[OpenAPI](./get-session.json)`), which the crawl
   reads; with the line below, if the page shows one, to pick the operation;
3. the line a reference page shows: `POST https://checkout.dintero.com/v1/...`,
   `**GET** /v1/...`, `` `DELETE /path` ``.

The last two are references (`EndpointRef`) that `scraper.build` places on a server
the specs document. The scopes are the page's own labelled lists; a spec block's
list is a cross-check, and a disagreement between the two is a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

from scraper.errors import ParseError
from scraper.formats import SPEC_SUFFIXES
from scraper.model import (
    EndpointDoc,
    EndpointRef,
    Finding,
    FindingKind,
    Records,
    Source,
    SourceKind,
    human_url,
)
from scraper.parse.client_auth import authenticates_client
from scraper.parse.openapi import load_spec, spec_endpoints
from scraper.parse.scope_list import ScopeList
from scraper.parse.tree import (
    Block,
    Code,
    Container,
    Document,
    Heading,
    Kind,
    ListBlock,
    Paragraph,
    Table,
    plain,
)
from scraper.runtime.routing import METHODS
from scraper.settings import DOCS_HOST

_SPEC_KEY = re.compile(r"""^[ \t]*["']?(?:openapi|swagger)["']?[ \t]*:""", re.MULTILINE)
_SPEC_INFO = ("", "yaml", "yml", "json", "openapi")
_METHOD = "|".join(METHODS)
# A paragraph, heading or one-line code block that is only a method and a URL or path.
_ENDPOINT_LINE = re.compile(
    rf"^(?P<method>{_METHOD})(?:[ \t]+(?P<path>/\S*)|[ \t]*(?P<url>https?://\S+))$",
    re.IGNORECASE,
)


@dataclass
class Identity:
    """What a page says of its endpoint: a spec block's operations, or references."""

    spec: Code | None = None
    docs: list[EndpointDoc] = field(default_factory=list)
    refs: list[EndpointRef] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # The scope names the descriptions of the spec block's scope lists mention.
    described: set[str] = field(default_factory=set)

    @property
    def names_endpoint(self) -> bool:
        return bool(self.docs or self.refs)


def identity(doc: Document, lists_scopes: bool) -> Identity:
    """The endpoint the page documents, as far as the page alone tells it.

    A spec file beside the page names its endpoint; one elsewhere only on a page that
    lists scopes or shows an endpoint line, as a guide may link to a spec too.
    """
    found = Identity(spec=spec_block(doc))
    source = Source(doc.url, SourceKind.API_PAGE)
    if found.spec is not None:
        try:
            spec = load_spec(doc.url, found.spec.text)
            read = spec_endpoints(spec, source, doc_url=human_url(doc.url))
        except ParseError as error:
            found.findings.append(Finding(FindingKind.UNPARSED_PAGE, error.reason, [doc.url]))
        else:
            found.docs = _operation(read.docs, found.spec.info, doc.title)
            found.findings, found.described = read.findings, read.described
        return found
    line = _endpoint_line(doc)
    specs = _linked_specs(doc, anywhere=line is not None or lists_scopes)
    if line is not None or specs:
        method, target = line or (None, None)
        said = authenticates_client(_words(doc), None, {})
        found.refs.append(
            EndpointRef(method, target, specs, doc.title, human_url(doc.url), (), source, said)
        )
    return found


def read(doc: Document, found: Identity, lists: list[ScopeList]) -> Records:
    """The page's endpoint with the scopes its lists name."""
    records = Records()
    records.findings += found.findings
    listed: list[str] = []
    for scope_list in lists:
        listed += [scope for scope in scope_list.scopes if scope not in listed]
    for endpoint in found.docs:
        # An empty list the page states ("none") disagrees with one the spec block gives.
        if lists and endpoint.scopes and set(endpoint.scopes) != set(listed):
            records.findings.append(
                Finding(
                    FindingKind.CONFLICTING_SCOPES,
                    f"{endpoint.method} {endpoint.path}: the page lists {sorted(listed)}, "
                    f"its OpenAPI block lists {sorted(endpoint.scopes)}",
                    [doc.url],
                )
            )
        scopes = tuple(listed) if lists else endpoint.scopes
        records.endpoints.append(
            replace(endpoint, title=doc.title or endpoint.title, scopes=scopes)
        )
    for ref in found.refs:
        records.refs.append(replace(ref, scopes=tuple(listed)))
        records.specs += ref.specs
    if listed and not found.names_endpoint:
        records.findings.append(
            Finding(
                FindingKind.UNPARSED_PAGE,
                f"the page lists scopes {listed} but names no method and path",
                [doc.url],
            )
        )
    return records


def spec_block(doc: Document) -> Code | None:
    """The page's OpenAPI document, if a code block holds one."""
    return next((block for block in doc.code_blocks() if is_spec(block)), None)


def is_spec(block: Code) -> bool:
    """Whether a code block holds an OpenAPI document (YAML or JSON)."""
    words = block.info.split()
    return (words[0].lower() if words else "") in _SPEC_INFO and bool(_SPEC_KEY.search(block.text))


def _operation(docs: list[EndpointDoc], info: str, title: str | None) -> list[EndpointDoc]:
    """The operation the spec block is about: the one its info string names, else the one
    whose summary is the page's title, else every one."""
    words = info.split()
    if len(words) >= 3 and words[-2].upper() in METHODS:
        method, path = words[-2].upper(), words[-1]
        named = [doc for doc in docs if doc.method == method and doc.path == path]
        if named:
            return named
    if len(docs) > 1 and title:
        titled = [doc for doc in docs if doc.title and doc.title.strip() == title.strip()]
        if len(titled) == 1:
            return titled
    return docs


def _endpoint_line(doc: Document) -> tuple[str, str] | None:
    """The first `METHOD URL` line the page shows as its own: a paragraph, heading or
    one-line code block of its own, outside lists, tables, agent blocks and links, with
    no query (a line in a list names another endpoint, or a variant of one)."""
    for block in _standing(doc.blocks):
        if isinstance(block, (Paragraph, Heading)):
            if any(span.link for span in block.spans):
                continue
            text = " ".join(plain(block.spans).split())
        elif isinstance(block, Code) and block.text.strip().count("\n") == 0:
            text = " ".join(block.text.split())
        else:
            continue
        match = _ENDPOINT_LINE.match(text)
        if match is None:
            continue
        target = (match["path"] or match["url"]).rstrip(".,;")
        if "?" in target or (match["url"] and urlsplit(target).hostname in (DOCS_HOST, None)):
            continue
        return match["method"].upper(), target
    return None


def _words(doc: Document) -> str:
    """The page's paragraphs and headings, a blank line between each."""
    return "\n\n".join(
        plain(block.spans)
        for block in _standing(doc.blocks)
        if isinstance(block, (Paragraph, Heading))
    )


def _standing(blocks: list[Block]) -> Iterator[Block]:
    """The blocks that stand on their own: boxes opened, agent boxes, lists and tables left out."""
    for block in blocks:
        if isinstance(block, Container):
            if block.kind != Kind.AGENT:
                yield from _standing(block.blocks)
        elif not isinstance(block, (ListBlock, Table)):
            yield block


def _linked_specs(doc: Document, anywhere: bool) -> tuple[str, ...]:
    """Spec files the page links to, absolute, in page order: those beside the page (in its
    folder), and, when `anywhere`, those elsewhere too."""
    folder = urlsplit(doc.url).path.rsplit("/", 1)[0]
    specs: list[str] = []
    for link in doc.links():
        try:
            url = urljoin(doc.url, link).split("#", 1)[0]
            path = urlsplit(url).path
        except ValueError:
            continue
        beside = path.rsplit("/", 1)[0] == folder
        if path.lower().endswith(SPEC_SUFFIXES) and (beside or anywhere) and url not in specs:
            specs.append(url)
    return tuple(specs)
