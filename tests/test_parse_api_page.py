"""Tests for scraper.parse.api_page: one endpoint per API reference page, with its scopes."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.model import (
    EndpointDoc,
    EndpointRef,
    FindingKind,
    Records,
    Region,
    Source,
    SourceKind,
)
from scraper.parse import parse_document

PAGES = Path(__file__).parent / "fixtures" / "pages"
BASE = "https://docs.dintero.com/api-reference/widgets/"

# A Mintlify page around a scopes block, for the spellings without a fixture of their own.
TEMPLATE = """\
> ## Documentation Index
> All pages of this site are listed at: https://docs.dintero.com/llms.txt

# Show a widget

> One widget by its id.

{block}

## OpenAPI

````yaml /mintlify-docs/openapi/spec-widgets.yaml get /widgets/{{id}}
openapi: 3.0.1
info:
  title: Widgets API
  version: LATEST
servers:
  - url: https://checkout.dintero.com/v1
paths:
  /widgets/{{id}}:
    get:
      summary: widgets_id_get
      description: One widget by its id.
````
"""


def parse_page(name: str) -> Records:
    """A fixture page, parsed as if fetched from BASE + name."""
    content_type = "text/html" if name.endswith(".html") else "text/markdown"
    text = (PAGES / name).read_text(encoding="utf-8")
    return parse_document(BASE + name, content_type, text)


def test_mintlify_page_with_plain_scopes_block() -> None:
    records = parse_page("api_page_plain_scopes.md")

    assert records.endpoints == [
        EndpointDoc(
            method="POST",
            server="https://checkout.dintero.com/v1",
            path="/widgets/{id}/refund",
            title="Refund a widget",
            doc_url=BASE + "api_page_plain_scopes",
            scopes=("write:checkout", "admin:checkout"),
            source=Source(BASE + "api_page_plain_scopes.md", SourceKind.API_PAGE),
            operation_id="widgets_id_refund_post",
        )
    ]
    assert records.findings == []


def test_agent_instructions_give_no_endpoint_and_mentions_by_region() -> None:
    records = parse_page("api_page_plain_scopes.md")

    assert [e.path for e in records.endpoints] == ["/widgets/{id}/refund"]
    assert all("feedback" not in e.server + e.path for e in records.endpoints)
    # Each mention knows its line and whether it stands in the page or its OpenAPI block.
    assert [(m.name, m.line, m.region) for m in records.mentions] == [
        ("write:checkout", 29, Region.TEXT),
        ("admin:checkout", 30, Region.TEXT),
        ("write:checkout", 55, Region.OPENAPI),
        ("admin:checkout", 56, Region.OPENAPI),
        ("write:checkout", 59, Region.OPENAPI),
        ("admin:checkout", 60, Region.OPENAPI),
    ]


def test_mentions_in_an_agent_block_and_an_example_are_marked_so() -> None:
    text = (
        "<AgentInstructions>\nAsk for admin:checkout first.\n</AgentInstructions>\n"
        "# Capture\n\nscopes:\n- write:checkout\n\n"
        '```json\n{"scope": ["read:checkout"]}\n```\n'
        "POST https://checkout.dintero.com/v1/transactions/{id}/capture\n"
    )
    records = parse_document(BASE + "capture.md", "text/markdown", text)
    assert [(m.name, m.line, m.region) for m in records.mentions] == [
        ("admin:checkout", 2, Region.AGENT),
        ("write:checkout", 7, Region.TEXT),
        ("read:checkout", 10, Region.EXAMPLE),
    ]


def test_agent_instructions_method_line_is_blanked() -> None:
    text = (
        "<AgentInstructions>\n\nPOST https://api.dintero.com/v1/agents/feedback\n\n"
        '```json\n{"path": "/x"}\n```\n\n</AgentInstructions>\n\n# Widget notes\n\nJust prose.\n'
    )

    records = parse_document(BASE + "notes.md", None, text)

    assert records.endpoints == []
    assert records.findings == []


@pytest.mark.parametrize(
    ("name", "method", "server", "path", "title", "scopes"),
    [
        (
            "api_page_indented_scopes.md",
            "GET",
            "https://api.dintero.com/v1",
            "/accounts/{aid}/payouts",
            "List payouts",
            ("admin:billing", "read:billing", "admin:reports", "read:reports"),
        ),
        (
            "api_page_capitalized_scopes.md",
            "GET",
            "https://api.dintero.com/v1",
            "/accounts/{aid}/statements/files",
            "List statement files",
            ("read:reports", "admin:reports"),
        ),
        (
            "api_page_quoted_scopes.md",
            "GET",
            "https://checkout.dintero.com/v1",
            "/widgets",
            "Find widgets",
            ("admin:checkout", "read:checkout"),
        ),
        (
            "api_page_ruled_scopes.md",
            "POST",
            "https://api.dintero.com/v1",
            "/accounts/{aid}/sellers/approvals",
            "Approve a new seller",
            ("admin:accounts", "write:accounts"),
        ),
    ],
)
def test_scopes_block_spellings_in_fixture_pages(
    name: str, method: str, server: str, path: str, title: str, scopes: tuple[str, ...]
) -> None:
    records = parse_page(name)

    (endpoint,) = records.endpoints
    assert (endpoint.method, endpoint.server, endpoint.path) == (method, server, path)
    assert endpoint.title == title
    assert endpoint.doc_url == BASE + name.removesuffix(".md")
    assert endpoint.scopes == scopes
    assert records.findings == []


@pytest.mark.parametrize(
    "block",
    [
        "scopes:\n- admin:checkout\n- read:checkout",
        "*scopes*:\n  - admin:checkout\n  - read:checkout",
        "Scopes:\n    - admin:checkout\n    - read:checkout",
        "**Scopes:**\n* admin:checkout\n* read:checkout",
        "### Scopes\n\n1. admin:checkout\n2. read:checkout",
        "Required scopes:\n+ `admin:checkout`\n+ `read:checkout`",
        "> \nscopes:\n- admin:checkout\n- read:checkout",
        "scopes: - admin:checkout - read:checkout",
    ],
)
def test_every_scopes_spelling_on_a_page(block: str) -> None:
    records = parse_document(BASE + "show-widget.md", None, TEMPLATE.format(block=block))

    (endpoint,) = records.endpoints
    assert (endpoint.method, endpoint.server, endpoint.path) == (
        "GET",
        "https://checkout.dintero.com/v1",
        "/widgets/{id}",
    )
    assert endpoint.title == "Show a widget"
    assert endpoint.scopes == ("admin:checkout", "read:checkout")
    assert records.findings == []


def test_page_scopes_kept_in_page_order() -> None:
    block = "scopes:\n- read:checkout\n- write:checkout\n- admin:checkout\n- read:checkout"

    (endpoint,) = parse_document(BASE + "w.md", None, TEMPLATE.format(block=block)).endpoints

    assert endpoint.scopes == ("read:checkout", "write:checkout", "admin:checkout")


def test_page_without_scopes_block_takes_x_scopes() -> None:
    records = parse_page("api_page_x_scopes_only.md")

    (endpoint,) = records.endpoints
    assert (endpoint.method, endpoint.server, endpoint.path) == (
        "POST",
        "https://api.dintero.com/v2",
        "/accounts/{aid}/payout/transfers",
    )
    assert endpoint.scopes == ("admin:payout", "write:payout")
    assert records.findings == []


def test_page_without_any_scopes_has_endpoint_with_none() -> None:
    records = parse_document(BASE + "show-widget.md", None, TEMPLATE.format(block=""))

    (endpoint,) = records.endpoints
    assert endpoint.path == "/widgets/{id}"
    assert endpoint.scopes == ()
    assert records.findings == []


def test_page_and_openapi_block_disagree() -> None:
    url = BASE + "api_page_conflicting_scopes.md"

    records = parse_page("api_page_conflicting_scopes.md")

    (endpoint,) = records.endpoints
    assert endpoint.scopes == ("admin:checkout", "write:checkout")
    assert [(f.kind, f.urls) for f in records.findings] == [(FindingKind.CONFLICTING_SCOPES, [url])]
    assert "write:checkout" in records.findings[0].message
    assert "read:checkout" in records.findings[0].message


def test_same_scopes_in_another_order_do_not_conflict() -> None:
    description = "      description: One widget by its id.\n"
    text = TEMPLATE.format(block="scopes:\n- read:checkout\n- admin:checkout").replace(
        description, description + "      x-scopes: [admin:checkout, read:checkout]\n"
    )

    records = parse_document(BASE + "show-widget.md", None, text)

    assert records.endpoints[0].scopes == ("read:checkout", "admin:checkout")
    assert records.findings == []


def test_fence_info_string_picks_the_operation() -> None:
    records = parse_page("api_page_two_operations.md")

    (endpoint,) = records.endpoints
    assert (endpoint.method, endpoint.path, endpoint.title) == (
        "DELETE",
        "/widgets/{id}",
        "Delete a widget",
    )
    assert endpoint.scopes == ("admin:widgets", "delete:widgets")
    assert records.findings == []


def test_title_falls_back_to_the_operation_summary() -> None:
    text = TEMPLATE.format(block="scopes:\n- read:checkout").replace("# Show a widget\n", "")

    (endpoint,) = parse_document(BASE + "w.md", None, text).endpoints

    assert endpoint.title == "widgets_id_get"


def test_page_with_method_line_and_no_openapi_block_names_its_endpoint_by_reference() -> None:
    records = parse_page("api_page_method_line.md")

    # Which part of the URL is the server, `scraper.place` decides from the specs.
    assert records.endpoints == []
    assert records.refs == [
        EndpointRef(
            method="GET",
            target="https://api.dintero.com/v1/accounts/{aid}/widgets/stock",
            specs=(),
            title="Widget stock",
            doc_url=BASE + "api_page_method_line",
            scopes=("read:widgets", "admin:widgets"),
            source=Source(BASE + "api_page_method_line.md", SourceKind.API_PAGE),
        )
    ]
    assert records.findings == []


@pytest.mark.parametrize(
    ("line", "target"),
    [
        (
            "GET https://api.dintero.com/v1/accounts/{aid}/x",
            "https://api.dintero.com/v1/accounts/{aid}/x",
        ),
        (
            "`GET https://api.dintero.com/v1/accounts/{aid}/x`",
            "https://api.dintero.com/v1/accounts/{aid}/x",
        ),
        (
            "**GET** `https://api.dintero.com/v1/accounts/{aid}/x`",
            "https://api.dintero.com/v1/accounts/{aid}/x",
        ),
        (
            "> GET https://api.dintero.com/v1/accounts/{aid}/x",
            "https://api.dintero.com/v1/accounts/{aid}/x",
        ),
        ("`GET /accounts/{aid}/x`", "/accounts/{aid}/x"),
        ("## get /accounts/{aid}/x", "/accounts/{aid}/x"),
        ("```\nGET /v1/accounts/{aid}/x\n```", "/v1/accounts/{aid}/x"),
    ],
)
def test_method_line_spellings(line: str, target: str) -> None:
    text = f"# X\n\nscopes:\n- read:x\n\n{line}\n"

    (ref,) = parse_document(BASE + "x.md", None, text).refs

    assert (ref.method, ref.target, ref.scopes) == ("GET", target, ("read:x",))


def test_first_method_line_is_the_endpoint() -> None:
    text = (
        "# X\n\nscopes:\n- read:x\n\nGET https://api.dintero.com/v1/x\n\n"
        "Then, for one item:\n\nGET https://api.dintero.com/v1/x/{id}\n"
    )

    (ref,) = parse_document(BASE + "x.md", None, text).refs

    assert ref.target == "https://api.dintero.com/v1/x"


def test_a_linked_spec_file_names_the_endpoint_of_a_page_with_scopes() -> None:
    text = "# X\n\nscopes:\n- read:x\n\n## OpenAPI\n\n[The spec](./x.openapi.json)\n"

    records = parse_document(BASE + "x.md", None, text)

    (ref,) = records.refs
    assert ref.specs == (BASE + "x.openapi.json",)
    assert (ref.method, ref.target) == (None, None)
    # The crawl reads the spec file too.
    assert records.specs == [BASE + "x.openapi.json"]


def test_a_guide_that_links_a_spec_names_no_endpoint() -> None:
    text = "# Getting started\n\nThe [Checkout API spec](/specs/spec-checkout.yaml) has it all.\n"

    records = parse_document(BASE + "guide.md", None, text)

    assert records.refs == [] and records.specs == []


def test_method_line_inside_sentence_is_no_endpoint() -> None:
    text = "# X\n\nTo list them, call GET https://api.dintero.com/v1/x with a token.\n"

    records = parse_document(BASE + "x.md", None, text)

    assert records.endpoints == []


def test_scopes_without_method_and_path_is_unparsed_page() -> None:
    url = BASE + "api_page_scopes_without_endpoint.md"

    records = parse_page("api_page_scopes_without_endpoint.md")

    assert records.endpoints == []
    assert [(f.kind, f.urls) for f in records.findings] == [(FindingKind.UNPARSED_PAGE, [url])]
    assert "admin:hooks" in records.findings[0].message
    assert "read:hooks" in records.findings[0].message


def test_docs_site_link_is_no_endpoint() -> None:
    text = "# X\n\nscopes:\n- read:x\n\nPOST https://docs.dintero.com/feedback\n"

    records = parse_document(BASE + "x.md", None, text)

    assert records.endpoints == [] and records.refs == []
    assert [f.kind for f in records.findings] == [FindingKind.UNPARSED_PAGE]


def test_invalid_openapi_block_is_a_finding_not_an_error() -> None:
    text = (
        "# X\n\nscopes:\n- read:x\n\n````yaml /spec.yaml get /x\nopenapi: 3.0.1\n"
        "paths: [unclosed\n````\n"
    )

    records = parse_document(BASE + "x.md", None, text)

    assert records.endpoints == []
    kinds = [f.kind for f in records.findings]
    assert kinds == [FindingKind.UNPARSED_PAGE, FindingKind.UNPARSED_PAGE]
    assert "not valid YAML" in records.findings[0].message


def test_unrecognized_page_scope_item_is_a_finding() -> None:
    block = "scopes:\n- admin:checkout\n- read:checkout only for reports"

    records = parse_document(BASE + "w.md", None, TEMPLATE.format(block=block))

    assert records.endpoints[0].scopes == ("admin:checkout",)
    assert [f.kind for f in records.findings] == [FindingKind.UNRECOGNIZED_SCOPE_ITEM]
    assert "'read:checkout only for reports'" in records.findings[0].message


def test_html_api_page() -> None:
    url = BASE + "api_page.html"

    records = parse_page("api_page.html")

    (ref,) = records.refs
    assert (ref.method, ref.target) == ("GET", "/v1/accounts/{aid}/widgets/stock")
    assert ref.title == "Widget stock"
    assert ref.doc_url == url
    assert ref.scopes == ("read:widgets", "admin:widgets")
    assert ref.source == Source(url, SourceKind.API_PAGE)
    assert records.findings == []


def test_html_api_page_with_scopes_as_list_elements() -> None:
    text = (
        "<!DOCTYPE html><html><body><h1>Widget stock</h1><p>scopes:</p>"
        "<ul><li>read:widgets</li><li>admin:widgets</li></ul>"
        "<pre>GET /v1/accounts/{aid}/widgets/stock</pre></body></html>"
    )

    (ref,) = parse_document(BASE + "stock", "text/html", text).refs

    assert ref.scopes == ("read:widgets", "admin:widgets")


def test_a_page_that_says_it_authenticates_the_client_says_so_of_its_endpoint() -> None:
    text = (
        "# Get token\n\n### Client access token\nUse HTTP Basic authentication for grant_type\n"
        "`client_credentials`, with client_id/client_secret as user/password.\n\n"
        "scopes:\n- admin:accounts\n\n**POST** https://api.dintero.com/v1/accounts/{aid}/auth/token\n"
    )

    (ref,) = parse_document(BASE + "token.md", None, text).refs

    assert ref.client_auth is True
    (other,) = parse_document(BASE + "x.md", None, "# X\n\nGET https://api.dintero.com/v1/x\n").refs
    assert other.client_auth is False
