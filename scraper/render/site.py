"""Catalogue -> the MkDocs Material site: its config, its pages and a theme override.

Every catalogue string reaches the pages through the `md`/`code` filters; this
module decides what each page shows, including which URLs may become links. The
"Which scope do I need?" page answers in the browser, and the endpoint index filters
there: each has a script (copied as it is) that reads a JSON export beside it, and sets
catalogue text as text, never as markup. Every page has the site's styles and two scripts
that change how Material searches, copied as they are too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from scraper import query
from scraper.model import Catalogue, Endpoint, Finding, FindingKind, Scope, Source, SourceKind
from scraper.naming import slug, slugs, unique
from scraper.render.jinja import copied_header, render, templates_dir
from scraper.render.python import COMMAND, PACKAGE
from scraper.runtime.answers import explain_all
from scraper.runtime.inputs import MAX_SHOWN
from scraper.runtime.least_privilege import MAX_TIES, NAME_ORDER, RULES
from scraper.runtime.routing import DEFAULT_PORTS, METHODS
from scraper.settings import SITE_URL

SITE = Path("site")
DOCS = SITE / "docs"
# Material prints page titles through `striptags`, which unescapes them; the override
# prints them as the escaped text they are, so a scope name cannot become markup.
OVERRIDE = Path("overrides/main.html")
# The need page's script and the model it reads, beside the pages; the override loads
# the script on that page only. So too the endpoint index's filter and what it reads.
NEED_SCRIPT = Path("assets/need.js")
MODEL = Path("assets/model.json")
FILTER_SCRIPT = Path("assets/endpoints.js")
ENDPOINT_INDEX = Path("assets/endpoints.json")
# On every page: the site's styles, and the scripts that change how Material searches.
STYLES = Path("assets/site.css")
SEARCH_SCRIPTS = (Path("assets/search.js"), Path("assets/search-worker.js"))

# The overview page of the resources/ and scopes/ directories: no scope or resource
# page may take its name.
INDEX = ("index",)
# What people call each kind.
SOURCE_KINDS = {
    SourceKind.SCOPE_TABLE: "scope table",
    SourceKind.API_PAGE: "API reference page",
    SourceKind.LLMS: "llms.txt index",
    SourceKind.OPENAPI: "OpenAPI spec",
    SourceKind.PROSE: "prose",
}
FINDING_KINDS = {
    FindingKind.PAGE_NOT_FOUND: "Pages not found",
    FindingKind.FETCH_FAILED: "Pages that could not be fetched",
    FindingKind.UNPARSED_PAGE: "Pages that could not be parsed",
    FindingKind.UNRECOGNIZED_SCOPE_ITEM: "Scope items not understood",
    FindingKind.SCOPE_NOT_IN_TABLE: "Scopes missing from the scope table",
    FindingKind.SCOPE_UNUSED: "Scopes no documented endpoint accepts",
    FindingKind.ENDPOINT_WITHOUT_SCOPES: "Endpoints that name no scope",
    FindingKind.LOOKALIKE_SCOPES: "Look-alike scopes",
    FindingKind.REVERSED_SCOPE: "Reversed scopes",
    FindingKind.CONFLICTING_SCOPES: "Endpoints documented with different scopes",
    FindingKind.PROSE_SCOPE: "Scope-like words in prose",
    FindingKind.TRUNCATED_INDEX_ENTRY: "Truncated index entries",
    FindingKind.INDEX_PAGE_MISMATCH: "Index and page disagree",
    FindingKind.SPEC_PAGE_MISMATCH: "OpenAPI spec and pages disagree",
    FindingKind.SEVERAL_SERVERS: "Endpoints documented on several servers",
    FindingKind.REVIEWED_SCOPE_MISSING: "Scopes reviewed as sensitive that the docs no longer name",
    FindingKind.UNATTRIBUTED_SCOPE: "Scopes in no scope list the parsers read",
    FindingKind.UNDECODABLE_BYTES: "Pages with bytes their charset cannot read",
    FindingKind.UNPLACED_ENDPOINT: "Endpoints named on no documented server",
}


@dataclass(frozen=True, slots=True)
class Link:
    """Text and where it leads; no href when the target is not a page worth linking."""

    text: str
    href: str | None


@dataclass(frozen=True, slots=True)
class EndpointView:
    method: str
    server: str
    path: str
    anchor: str
    title: str | None
    docs: Link | None
    scopes: list[Link]
    sources: list[tuple[str, Link]]
    # The resources of the scopes it accepts; else the one `_path_resource` places it under.
    resources: list[str]

    @property
    def address(self) -> str:
        return self.server + self.path

    @property
    def link(self) -> Link:
        return Link(self.address, f"/endpoints.md#{self.anchor}")

    @property
    def path_link(self) -> Link:
        return Link(self.path, f"/endpoints.md#{self.anchor}")


@dataclass(frozen=True, slots=True)
class ScopeView:
    name: str
    page: str
    action: str | None
    resource: Link
    restriction: str | None
    description: str | None
    group: Link | None
    docs: list[Link]
    endpoints: list[EndpointView]
    sources: list[tuple[str, Link]]
    # Scopes that grant part of this one's endpoints and nothing else, with how many.
    narrower: list[tuple[Link, int]]
    # Scopes that grant all of this one's endpoints, with how many more besides.
    wider: list[tuple[Link, int]]
    in_table: bool

    @property
    def link(self) -> Link:
        return Link(self.name, f"/{self.page}")


@dataclass(frozen=True, slots=True)
class ResourceView:
    name: str
    page: str
    scopes: list[ScopeView]
    # Each endpoint that accepts any of the scopes, with those it accepts.
    endpoints: list[tuple[EndpointView, list[Link]]]

    @property
    def link(self) -> Link:
        return Link(self.name, f"/{self.page}")


@dataclass(frozen=True, slots=True)
class CoverageView:
    """What the docs leave uncovered on one resource."""

    resource: Link
    anchor: str
    # Endpoints that name no scope, placed by `_path_resource`.
    unscoped: list[EndpointView]
    # Scopes no endpoint accepts (`in_table` tells the scope table's entries apart).
    unused: list[ScopeView]
    # Scopes endpoints accept that the scope table does not list.
    untabled: list[ScopeView]

    @property
    def unused_in_table(self) -> list[ScopeView]:
        return [s for s in self.unused if s.in_table]

    @property
    def empty(self) -> bool:
        return not (self.unscoped or self.unused or self.untabled)


@dataclass(frozen=True, slots=True)
class FindingGroup:
    kind: FindingKind
    title: str
    findings: list[tuple[str, list[Link]]]


def external(url: str) -> Link:
    """A link to a web page, or plain text for any other scheme (`javascript:` included).

    Quoting leaves nothing a markdown link destination would read as syntax.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        return Link(url, None)
    return Link(url, quote(url, safe=":/?#@$&+,;=%"))


def _sources(sources: list[Source]) -> list[tuple[str, Link]]:
    """What each source is and where, in a stable order."""
    return [(SOURCE_KINDS[s.kind], external(s.url)) for s in sorted(sources)]


def _scope_link(name: str, scope_pages: dict[str, str]) -> Link:
    page = scope_pages.get(name)
    return Link(name, f"/{page}" if page else None)


def _endpoints(
    catalogue: Catalogue, scope_pages: dict[str, str], resources: Collection[str]
) -> dict[int, EndpointView]:
    """Each endpoint's view, by `id()` of the catalogue's endpoint (endpoints are unhashable);
    `resources` are the resources scopes are grouped under."""
    anchors = unique((e.key for e in catalogue.endpoints), slug)
    resource_of = {s.name: s.resource or query.NO_RESOURCE for s in catalogue.scopes}

    def view(endpoint: Endpoint) -> EndpointView:
        docs = None
        if endpoint.doc_url:
            docs = Link(endpoint.title or endpoint.doc_url, external(endpoint.doc_url).href)
        return EndpointView(
            method=endpoint.method,
            server=endpoint.server,
            path=endpoint.path,
            anchor=anchors[endpoint.key],
            title=endpoint.title,
            docs=docs,
            scopes=[_scope_link(name, scope_pages) for name in endpoint.scopes],
            sources=_sources(endpoint.sources),
            resources=sorted({resource_of.get(name, query.NO_RESOURCE) for name in endpoint.scopes})
            or [_path_resource(endpoint, resources)],
        )

    return {id(e): view(e) for e in catalogue.endpoints}


def _scope_pages(catalogue: Catalogue) -> dict[str, str]:
    return {
        name: f"scopes/{page}.md"
        for name, page in slugs((s.name for s in catalogue.scopes), INDEX).items()
    }


def _views(
    catalogue: Catalogue,
) -> tuple[list[ResourceView], list[ScopeView], list[EndpointView], list[CoverageView]]:
    scope_pages = _scope_pages(catalogue)
    grouped = query.scopes_by_resource(catalogue)
    resource_pages = {
        name: f"resources/{page}.md" for name, page in unique(grouped, slug, INDEX).items()
    }
    endpoints = _endpoints(catalogue, scope_pages, grouped)
    reference = query.runtime_reference(catalogue)
    accepted = query.endpoints_by_scope(catalogue, reference)
    explained = explain_all(reference, list(reference.scopes.values()))

    def scope_view(scope: Scope) -> ScopeView:
        resource = scope.resource or query.NO_RESOURCE
        group = None
        if scope.group:
            page = scope_pages.get(scope.group)
            group = Link(scope.group, f"/{page}" if page else None)
        alternatives = explained[scope.name]
        return ScopeView(
            name=scope.name,
            page=scope_pages[scope.name],
            action=scope.action,
            resource=Link(resource, f"/{resource_pages[resource]}"),
            restriction=scope.restriction,
            description=scope.description,
            group=group,
            docs=[external(url) for url in query.doc_urls(scope)],
            endpoints=[endpoints[id(e)] for e in accepted[scope.name]],
            sources=_sources(scope.sources),
            narrower=[(_scope_link(n, scope_pages), c) for n, c in alternatives.narrower],
            wider=[(_scope_link(n, scope_pages), c) for n, c in alternatives.wider],
            in_table=any(s.kind == SourceKind.SCOPE_TABLE for s in scope.sources),
        )

    scopes = {s.name: scope_view(s) for s in catalogue.scopes}
    ordered = sorted(catalogue.endpoints, key=lambda e: (e.server, e.path, e.method))
    views = [endpoints[id(e)] for e in ordered]

    position = {id(e): i for i, e in enumerate(views)}

    def resource_view(name: str, members: list[Scope]) -> ResourceView:
        names = {s.name for s in members}
        # The endpoints of the member scopes, in the endpoint index's order.
        mine = {id(e): e for s in members for e in scopes[s.name].endpoints}
        ordered_mine = sorted(mine.values(), key=lambda e: position[id(e)])
        accepting = [(e, [s for s in e.scopes if s.text in names]) for e in ordered_mine]
        return ResourceView(
            name,
            resource_pages[name],
            [scopes[s.name] for s in members],
            [(e, mine) for e, mine in accepting if mine],
        )

    resources = [resource_view(name, members) for name, members in grouped.items()]

    unscoped: dict[str, list[EndpointView]] = defaultdict(list)
    for endpoint in ordered:
        if not endpoint.scopes:
            unscoped[_path_resource(endpoint, grouped)].append(endpoints[id(endpoint)])

    # As the build decides: an index entry of a page that could not be read uses its scopes.
    unused = {
        f.message.split(" ", 1)[0] for f in catalogue.findings if f.kind == FindingKind.SCOPE_UNUSED
    }
    # Endpoints may fall under `other` where no scope does, so it may have no page.
    covered = unique(grouped.keys() | unscoped.keys(), slug)

    def coverage_view(name: str) -> CoverageView:
        page = resource_pages.get(name)
        members = [scopes[s.name] for s in grouped.get(name, [])]
        return CoverageView(
            resource=Link(name, f"/{page}" if page else None),
            anchor=f"resource-{covered[name]}",
            unscoped=unscoped.get(name, []),
            unused=[s for s in members if s.name in unused],
            untabled=[s for s in members if s.endpoints and not s.in_table],
        )

    coverage = [coverage_view(name) for name in sorted(covered)]
    return resources, list(scopes.values()), views, coverage


def _path_resource(endpoint: Endpoint, resources: Collection[str]) -> str:
    """The last resource an endpoint's path names (`/accounts/{aid}/customers/users`:
    customers), else the one its server is named for (`checkout.dintero.com`: checkout)."""
    server = urlsplit(endpoint.server)
    words = [(server.hostname or "").split(".")[0], *(server.path + endpoint.path).split("/")]
    named = [word for word in words if word in resources]
    return named[-1] if named else query.NO_RESOURCE


def _by_server(endpoints: list[EndpointView]) -> dict[str, list[EndpointView]]:
    grouped: dict[str, list[EndpointView]] = defaultdict(list)
    for endpoint in endpoints:
        grouped[endpoint.server].append(endpoint)
    return dict(grouped)


def _findings(findings: list[Finding]) -> list[FindingGroup]:
    grouped: dict[FindingKind, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[finding.kind].append(finding)
    return [
        FindingGroup(
            kind,
            FINDING_KINDS[kind],
            [(f.message, [external(url) for url in f.urls]) for f in members],
        )
        for kind, members in sorted(grouped.items())
    ]


def _copied(name: Path, comment: str, end: str = "") -> bytes:
    """A file of templates/site/ as it is, under a line that says where to edit it."""
    original = Path("templates/site") / name
    return (
        copied_header(original.as_posix(), comment, end)
        + (templates_dir() / "site" / name).read_bytes()
    )


def model_json(catalogue: Catalogue) -> bytes:
    """What the need page's script answers from: the runtime's view of the catalogue.

    The endpoints in catalogue order (the order the router lists ambiguous matches in),
    each with the docs pages that stand for it and whether it authenticates the client
    itself; the runtime's constants (methods, default ports, the ranking's rules, name
    order and tie limit, the length of input a message shows); each scope with its
    page's URL and why it is sensitive, if it is; and the docs' origin, which tells a
    page URL from a call.
    Compact, sorted JSON: the same catalogue always gives the same bytes.
    """
    reference = query.runtime_reference(catalogue)
    pages = _scope_pages(catalogue)
    model = {
        "docs_origin": reference.docs_origin,
        "endpoints": [
            {
                "method": e.method,
                "server": e.server,
                "path": e.path,
                "title": e.title,
                "doc_url": e.doc_url,
                "scopes": list(e.scopes),
                "pages": list(e.pages),
                "client_auth": e.client_auth,
            }
            for e in reference.endpoints
        ],
        # The runtime's constants, which the script would otherwise type a second time.
        "constants": {
            "methods": list(METHODS),
            "default_ports": DEFAULT_PORTS,
            "rules": list(RULES),
            "name_order": NAME_ORDER,
            "max_ties": MAX_TIES,
            "max_shown": MAX_SHOWN,
        },
        # A page's URL as MkDocs publishes it (`scopes/x.md` at `scopes/x/`), from the root.
        "scopes": [
            {
                "name": s.name,
                "page": pages[s.name].removesuffix(".md") + "/",
                "sensitive": s.sensitive,
            }
            for s in reference.scopes.values()
        ],
    }
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode()


def endpoint_index_json(endpoints: list[EndpointView]) -> bytes:
    """What the endpoint index's filter reads: each endpoint's anchor on the page, with what
    it can be filtered by, in the page's order. Compact, sorted JSON."""
    index = [
        {
            "anchor": e.anchor,
            "method": e.method,
            "server": e.server,
            "resources": e.resources,
            "scopes": [link.text for link in e.scopes],
        }
        for e in endpoints
    ]
    text = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode()


def files(catalogue: Catalogue, version: str) -> dict[Path, bytes]:
    """The site's sources; `version` is the package version the home page names."""
    resources, scopes, endpoints, coverage = _views(catalogue)
    out = {
        SITE / "mkdocs.yml": render("site/mkdocs.yml.j2", site_url=SITE_URL),
        SITE / OVERRIDE: _copied(OVERRIDE, "{#", " #}"),
        DOCS / NEED_SCRIPT: _copied(NEED_SCRIPT, "//"),
        DOCS / MODEL: model_json(catalogue),
        DOCS / FILTER_SCRIPT: _copied(FILTER_SCRIPT, "//"),
        DOCS / ENDPOINT_INDEX: endpoint_index_json(endpoints),
        DOCS / STYLES: _copied(STYLES, "/*", " */"),
        **{DOCS / script: _copied(script, "//") for script in SEARCH_SCRIPTS},
        DOCS / "index.md": render(
            "site/index.md",
            catalogue=catalogue,
            version=version,
            source=external(catalogue.source),
        ),
        DOCS / "resources" / "index.md": render("site/resources.md", resources=resources),
        DOCS / "scopes" / "index.md": render("site/scopes.md", scopes=scopes),
        DOCS / "need.md": render(
            "site/need.md",
            endpoints=len(catalogue.endpoints),
            scopes=len(catalogue.scopes),
            module=PACKAGE.name,
            command=COMMAND,
        ),
        DOCS / "endpoints.md": render(
            "site/endpoints.md", endpoints=endpoints, servers=_by_server(endpoints)
        ),
        DOCS / "coverage.md": render(
            "site/coverage.md",
            coverage=coverage,
            unscoped=sum(len(c.unscoped) for c in coverage),
            unused=sum(len(c.unused) for c in coverage),
            unused_in_table=sum(len(c.unused_in_table) for c in coverage),
            untabled=sum(len(c.untabled) for c in coverage),
            unattributed=[
                (external(url), sorted(strings))
                for url, strings in sorted(query.unattributed(catalogue).items())
            ],
        ),
        DOCS / "findings.md": render(
            "site/findings.md", groups=_findings(catalogue.findings), total=len(catalogue.findings)
        ),
    }
    for resource in resources:
        out[DOCS / resource.page] = render("site/resource.md", resource=resource)
    for scope in scopes:
        out[DOCS / scope.page] = render("site/scope.md", scope=scope)
    return out
