"""Questions asked of a catalogue: the read side shared by the outputs.

The answers people ask for (need, explain, check-grant) are computed by
`scraper.runtime` on its own view of the catalogue, which `runtime_reference` makes.
"""

from __future__ import annotations

from collections import defaultdict

from scraper.model import Catalogue, Endpoint, FindingKind, Scope
from scraper.runtime.reference import (
    DOCUMENTING_SOURCES,
    EndpointEntry,
    Reference,
    ScopeEntry,
    doc_pages,
)

NO_RESOURCE = "other"


def runtime_reference(catalogue: Catalogue) -> Reference:
    """The catalogue as the runtime answers from it; endpoints keep their order."""
    return Reference(
        endpoints=[
            EndpointEntry(
                method=e.method,
                server=e.server,
                path=e.path,
                scopes=tuple(e.scopes),
                title=e.title,
                doc_url=e.doc_url,
                names=tuple(e.names),
                pages=doc_pages(((s.url, s.kind) for s in e.sources), ("api_page",)),
                client_auth=e.client_auth,
            )
            for e in catalogue.endpoints
        ],
        scopes=[
            ScopeEntry(s.name, s.description, s.group, tuple(doc_urls(s)), s.sensitive)
            for s in catalogue.scopes
        ],
        source=catalogue.source,
        fetched_at=catalogue.fetched_at,
        mirror=catalogue.mirror,
    )


def endpoints_by_scope(catalogue: Catalogue, reference: Reference) -> dict[str, list[Endpoint]]:
    """Every endpoint that accepts each scope, in catalogue order."""
    accepting = reference.lookup.accepting()
    return {
        scope.name: [catalogue.endpoints[i] for i in accepting.get(scope.name, [])]
        for scope in catalogue.scopes
    }


def unattributed(catalogue: Catalogue) -> dict[str, set[str]]:
    """Per page, the scope-looking strings no parser read there.

    An `unattributed_scope` finding's message starts with the string (see scraper.build).
    """
    found: dict[str, set[str]] = defaultdict(set)
    for finding in catalogue.findings:
        if finding.kind == FindingKind.UNATTRIBUTED_SCOPE:
            for url in finding.urls:
                found[url].add(finding.message.split(" ", 1)[0])
    return found


def scopes_by_resource(catalogue: Catalogue) -> dict[str, list[Scope]]:
    """Scopes grouped by resource, resources sorted; scopes without one under `other`."""
    grouped: dict[str, list[Scope]] = defaultdict(list)
    for scope in catalogue.scopes:
        grouped[scope.resource or NO_RESOURCE].append(scope)
    return dict(sorted(grouped.items()))


def doc_urls(scope: Scope) -> list[str]:
    """The pages that document a scope: its table and API pages, as people read them."""
    return list(doc_pages(((s.url, s.kind) for s in scope.sources), DOCUMENTING_SOURCES))
