"""Questions asked of a catalogue: the read side shared by the outputs and the CLI."""

from __future__ import annotations

from collections import defaultdict

from scraper.model import Catalogue, Endpoint, Scope, SourceKind, human_url

NO_RESOURCE = "other"


def endpoints_by_scope(catalogue: Catalogue) -> dict[str, list[Endpoint]]:
    """Every endpoint that accepts each scope, in catalogue order."""
    accepted: dict[str, list[Endpoint]] = defaultdict(list)
    for endpoint in catalogue.endpoints:
        for name in endpoint.scopes:
            accepted[name].append(endpoint)
    return {scope.name: accepted.get(scope.name, []) for scope in catalogue.scopes}


def scopes_by_resource(catalogue: Catalogue) -> dict[str, list[Scope]]:
    """Scopes grouped by resource, resources sorted; scopes without one under `other`."""
    grouped: dict[str, list[Scope]] = defaultdict(list)
    for scope in catalogue.scopes:
        grouped[scope.resource or NO_RESOURCE].append(scope)
    return dict(sorted(grouped.items()))


def doc_urls(scope: Scope) -> list[str]:
    """The pages that document a scope: its table and API pages, as people read them."""
    kinds = {SourceKind.SCOPE_TABLE, SourceKind.API_PAGE}
    return sorted({human_url(s.url) for s in scope.sources if s.kind in kinds})
