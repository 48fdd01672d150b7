"""Tests for scraper.parse.openapi: Swagger 2.0 and OpenAPI 3 specs, servers and scopes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.model import EndpointDoc, FindingKind, Records, Source, SourceKind
from scraper.parse import ParseError
from scraper.parse.openapi import load_spec, parse_openapi

PAGES = Path(__file__).parent / "fixtures" / "pages"
SPECS = "https://docs.dintero.com/specs/"


def parse_spec(name: str) -> Records:
    """A fixture spec, parsed as if fetched from SPECS + name."""
    return parse_openapi(SPECS + name, (PAGES / name).read_text(encoding="utf-8"))


def test_swagger2_host_and_base_path() -> None:
    url = SPECS + "openapi_swagger2_host.yaml"

    records = parse_spec("openapi_swagger2_host.yaml")

    assert records.endpoints == [
        EndpointDoc(
            method="POST",
            server="https://checkout.dintero.com/v1",
            path="/widgets/{id}/refund",
            title="Refund a widget",
            doc_url=None,
            scopes=("admin:checkout", "write:checkout"),
            source=Source(url, SourceKind.OPENAPI),
            operation_id="widgets_id_refund_post",
        ),
        EndpointDoc(
            method="GET",
            server="https://checkout.dintero.com/v1",
            path="/widgets",
            title="widgets_get",
            doc_url=None,
            scopes=(),
            source=Source(url, SourceKind.OPENAPI),
            operation_id="widgets_get",
        ),
    ]
    assert records.findings == []


@pytest.mark.parametrize(
    ("extra", "server"),
    [
        ("host: api.dintero.com\n", "https://api.dintero.com"),
        ("host: api.dintero.com\nschemes: [http]\nbasePath: /v2\n", "http://api.dintero.com/v2"),
        ("host: api.dintero.com\nbasePath: /\n", "https://api.dintero.com"),
    ],
)
def test_swagger2_server_from_host(extra: str, server: str) -> None:
    text = f"swagger: '2.0'\n{extra}paths:\n  /x:\n    get: {{summary: X}}\n"

    (endpoint,) = parse_openapi(SPECS + "s.yaml", text).endpoints

    assert endpoint.server == server


def test_swagger2_x_servers_operation_wins() -> None:
    records = parse_spec("openapi_swagger2_x_servers.yaml")

    assert [(e.method, e.server, e.path) for e in records.endpoints] == [
        ("GET", "https://checkout.dintero.com/v1", "/sessions"),
        ("POST", "https://api.dintero.com/v1", "/accounts/{aid}/sellers/approvals"),
    ]


def test_description_block_ends_at_rule() -> None:
    records = parse_spec("openapi_swagger2_x_servers.yaml")

    assert records.endpoints[1].scopes == ("admin:accounts", "write:accounts")
    assert records.findings == []


def test_openapi3_root_path_and_operation_servers_with_variables() -> None:
    records = parse_spec("openapi3_servers.yaml")

    assert [(e.method, e.server, e.path, e.title) for e in records.endpoints] == [
        ("GET", "https://api.dintero.com/v1", "/widgets", "List widgets"),
        ("GET", "https://stores.dintero.com/v1", "/stores", "stores_get"),
        ("PUT", "https://stores-write.dintero.com/v1", "/stores", "stores_put"),
    ]


def test_scopes_merged_description_then_x_scopes_then_security() -> None:
    records = parse_spec("openapi3_servers.yaml")

    assert records.endpoints[0].scopes == (
        "admin:widgets",
        "read:widgets",
        "read:widgets:/stock",
    )
    assert records.findings == []


@pytest.mark.parametrize(
    ("operation", "scopes"),
    [
        ("x-scopes: [admin:a, read:a]", ("admin:a", "read:a")),
        ("security: [{oauth: [read:a, write:a]}, {apikey: []}]", ("read:a", "write:a")),
        (
            "description: 'scopes: - admin:a'\n      x-scopes: [admin:a]\n"
            "      security: [{oauth: [read:a, admin:a]}]",
            ("admin:a", "read:a"),
        ),
        ("security: [{apikey: []}, {JWT: []}]", ()),
    ],
)
def test_scopes_from_each_place(operation: str, scopes: tuple[str, ...]) -> None:
    text = f"openapi: 3.0.1\npaths:\n  /a:\n    get:\n      {operation}\n"

    records = parse_openapi(SPECS + "s.yaml", text)

    assert records.endpoints[0].scopes == scopes
    assert records.findings == []


def test_description_and_x_scopes_disagree() -> None:
    url = SPECS + "s.yaml"
    text = (
        "openapi: 3.0.1\npaths:\n  /a:\n    post:\n      description: |\n"
        "        scopes:\n        - admin:a\n        - write:a\n"
        "      x-scopes:\n        - admin:a\n        - read:a\n"
    )

    records = parse_openapi(url, text)

    # The description's words decide, as a page's do; the disagreement is reported.
    assert records.endpoints[0].scopes == ("admin:a", "write:a")
    assert [(f.kind, f.urls) for f in records.findings] == [(FindingKind.CONFLICTING_SCOPES, [url])]
    assert "POST /a" in records.findings[0].message


def test_same_scopes_in_another_order_do_not_conflict() -> None:
    text = (
        "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      description: |\n"
        "        scopes:\n        - admin:a\n        - read:a\n"
        "      x-scopes: [read:a, admin:a]\n"
    )

    assert parse_openapi(SPECS + "s.yaml", text).findings == []


def test_root_security_applies_to_operations_without_their_own() -> None:
    text = (
        "openapi: 3.0.1\nsecurity:\n  - oauth: [read:a]\npaths:\n  /a:\n"
        "    get: {summary: A}\n    post: {summary: B, security: []}\n"
    )

    endpoints = parse_openapi(SPECS + "s.yaml", text).endpoints

    assert [e.scopes for e in endpoints] == [("read:a",), ()]


def test_unrecognized_description_item_is_a_finding() -> None:
    text = (
        "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      description: |\n"
        "        scopes:\n        - admin:a\n        - any read scope\n"
    )

    records = parse_openapi(SPECS + "s.yaml", text)

    assert records.endpoints[0].scopes == ("admin:a",)
    assert [f.kind for f in records.findings] == [FindingKind.UNRECOGNIZED_SCOPE_ITEM]


def test_json_spec_with_relative_server() -> None:
    spec = {
        "openapi": "3.0.0",
        "info": {"title": "Gadgets", "version": "1"},
        "servers": [{"url": "/v1/"}],
        "paths": {
            "/gadgets/{id}": {
                "delete": {"summary": "Delete a gadget", "x-scopes": ["admin:gadgets"]},
                "parameters": [{"name": "id", "in": "path"}],
            }
        },
    }

    records = parse_openapi("https://docs.dintero.com/specs/spec-gadgets.json", json.dumps(spec))

    assert [(e.method, e.server, e.path, e.title, e.scopes) for e in records.endpoints] == [
        (
            "DELETE",
            "https://docs.dintero.com/v1",
            "/gadgets/{id}",
            "Delete a gadget",
            ("admin:gadgets",),
        )
    ]


def test_server_trailing_slash_stripped() -> None:
    text = (
        "openapi: 3.0.1\nservers:\n  - url: https://api.dintero.com/v1///\n"
        "paths:\n  /a:\n    get: {}\n"
    )

    (endpoint,) = parse_openapi(SPECS + "s.yaml", text).endpoints

    assert endpoint.server == "https://api.dintero.com/v1"


def test_spec_without_servers_has_empty_server() -> None:
    (endpoint,) = parse_openapi(
        SPECS + "s.yaml", "openapi: 3.0.1\npaths:\n  /a:\n    get: {}\n"
    ).endpoints

    assert (endpoint.server, endpoint.path, endpoint.title) == ("", "/a", None)


def test_spec_without_paths_has_no_endpoints() -> None:
    assert parse_openapi(SPECS + "s.yaml", "openapi: 3.0.1\ninfo: {title: T}\n") == Records()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("openapi: 3.0.1\npaths: [unclosed\n", "not valid YAML or JSON"),
        ('{"openapi": "3.0.0", "paths": ', "not valid YAML or JSON"),
        ("- openapi: 3.0.1\n- paths: {}\n", "no 'openapi' or 'swagger' key"),
        ("title: Widgets\npaths: {}\n", "no 'openapi' or 'swagger' key"),
        ("just a sentence\n", "no 'openapi' or 'swagger' key"),
        ("openapi: 3.0.1\npaths: [/a, /b]\n", "'paths' is not a mapping"),
    ],
)
def test_not_a_spec_raises_parse_error_naming_url(text: str, reason: str) -> None:
    url = SPECS + "spec-broken.yaml"

    with pytest.raises(ParseError) as raised:
        parse_openapi(url, text)

    assert raised.value.url == url
    assert str(raised.value).startswith(f"{url}: ")
    assert reason in raised.value.reason


def test_load_spec_returns_the_mapping() -> None:
    spec = load_spec(SPECS + "s.json", '{"swagger": "2.0", "paths": {}}')

    assert spec == {"swagger": "2.0", "paths": {}}
