"""scraper.place: endpoints a page names without a spec block, placed on documented servers."""

from __future__ import annotations

import pytest

from scraper.model import EndpointDoc, EndpointRef, FindingKind, Source, SourceKind
from scraper.place import Known, place

DOCS = "https://docs.dintero.com"
API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
PAGE = Source(f"{DOCS}/api-reference/widgets/x.md", SourceKind.API_PAGE)
SPEC = Source(f"{DOCS}/specs/spec-widgets.yaml", SourceKind.OPENAPI)


def ref(method: str | None, target: str | None, *specs: str) -> EndpointRef:
    return EndpointRef(method, target, specs, "X", PAGE.url.removesuffix(".md"), ("read:x",), PAGE)


def spec(method: str, server: str, path: str, source: Source = SPEC) -> EndpointDoc:
    return EndpointDoc(method, server, path, None, None, (), source, f"{method}_{path}")


DOCUMENTED = [
    spec("GET", API, "/accounts/{aid}/widgets"),
    spec("GET", CHECKOUT, "/sessions/{session_id}"),
    spec("GET", API, "/sessions/{id}"),
]


@pytest.mark.parametrize(
    ("target", "server", "path"),
    [
        (f"{API}/accounts/{{aid}}/widgets", API, "/accounts/{aid}/widgets"),
        # A path the page writes with the server's own prefix, or without it.
        ("/v1/accounts/{aid}/widgets", API, "/accounts/{aid}/widgets"),
        ("/accounts/{oid}/widgets", API, "/accounts/{oid}/widgets"),
        # A server a spec documents, a path none does: the page is the account of it.
        (f"{CHECKOUT}/widgets/{{id}}/stock", CHECKOUT, "/widgets/{id}/stock"),
    ],
)
def test_a_line_is_placed_on_the_server_that_documents_it(
    target: str, server: str, path: str
) -> None:
    (placed,), findings = place([ref("GET", target)], DOCUMENTED)

    assert findings == []
    assert (placed.method, placed.server, placed.path) == ("GET", server, path)
    assert (placed.title, placed.scopes, placed.source) == ("X", ("read:x",), PAGE)


def test_the_previous_catalogue_documents_servers_too() -> None:
    earlier = [Known("GET", "https://insight.dintero.com/v1", "/reports")]

    (placed,), _ = place([ref("GET", "https://insight.dintero.com/v1/reports/{id}")], [], earlier)

    assert (placed.server, placed.path) == ("https://insight.dintero.com/v1", "/reports/{id}")


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("https://new.dintero.com/v1/widgets", "documents a server at https://new.dintero.com"),
        ("/widgets/{id}/colour", "documents that path on any server"),
        # Two servers document /sessions/{...}: no guess.
        ("/sessions/{sid}", "several servers document that path"),
    ],
)
def test_a_line_no_documented_server_takes_is_a_finding(target: str, why: str) -> None:
    placed, (finding,) = place([ref("GET", target)], DOCUMENTED)

    assert placed == []
    assert finding.kind == FindingKind.UNPLACED_ENDPOINT and finding.urls == [PAGE.url]
    assert why in finding.message and target in finding.message


def test_a_linked_spec_with_one_operation_names_the_endpoint() -> None:
    beside = Source(f"{DOCS}/api-reference/widgets/x.openapi.json", SourceKind.OPENAPI)
    docs = [*DOCUMENTED, spec("DELETE", API, "/widgets/{id}", beside)]

    (placed,), findings = place([ref(None, None, SPEC.url, beside.url)], docs)

    # The big spec holds three operations; the one beside the page holds one.
    assert findings == []
    assert (placed.method, placed.path, placed.operation_id) == (
        "DELETE",
        "/widgets/{id}",
        "DELETE_/widgets/{id}",
    )


def test_a_line_picks_the_operation_of_a_linked_spec() -> None:
    (placed,), _ = place([ref("GET", "/accounts/{x}/widgets", SPEC.url)], DOCUMENTED)

    assert (placed.server, placed.path) == (API, "/accounts/{x}/widgets")


def test_a_linked_spec_that_names_no_one_operation_is_a_finding() -> None:
    placed, (finding,) = place([ref(None, None, SPEC.url)], DOCUMENTED)

    assert placed == [] and "exactly one operation" in finding.message
