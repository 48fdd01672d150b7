"""Tests for scraper.parse.parse_document: picking the parser, and never raising."""

from __future__ import annotations

import random

import pytest

from scraper.model import FindingKind, Records, SourceKind
from scraper.parse import parse_document

DOCS = "https://docs.dintero.com"

INDEX = "# Docs\n\n## Docs\n\n- [A page](https://docs.dintero.com/a.md): scopes: - read:a\n"
SPEC_YAML = "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-scopes: [read:a]\n"
SPEC_JSON = '{"swagger": "2.0", "host": "api.dintero.com", "paths": {"/a": {"get": {}}}}'
HTML_TABLE = (
    "<h1>Clients</h1><table><tr><th>Name</th><th>Description</th></tr>"
    "<tr><td><code>admin:hooks</code></td><td>Hooks<ul><li><code>read:hooks</code></li></ul>"
    "</td></tr></table>"
)
MARKDOWN_TABLE = (
    "# Clients\n\n| Name | Description |\n|---|---|\n| **`admin:hooks`** | Hooks |\n"
    "|   `read:hooks` | |\n"
)


def kinds(records: Records) -> set[str]:
    """The source kinds of everything the document gave."""
    sources = [r.source for r in records.table_scopes]
    sources += [r.source for r in records.endpoints]
    sources += [r.source for r in records.index]
    return {source.kind for source in sources}


@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        (f"{DOCS}/llms.txt", "text/plain"),
        (f"{DOCS}/llms.txt", None),
        (f"{DOCS}/llms.txt", "text/markdown"),
        (f"{DOCS}/LLMS.TXT?ref=home#top", None),
        (f"{DOCS}/docs/llms.txt", "text/plain"),
    ],
)
def test_llms_url_gives_the_index(url: str, content_type: str | None) -> None:
    records = parse_document(url, content_type, INDEX)

    assert [(e.title, e.scopes) for e in records.index] == [("A page", ("read:a",))]
    assert kinds(records) == {SourceKind.LLMS}


@pytest.mark.parametrize(
    ("url", "content_type", "text"),
    [
        (f"{DOCS}/specs/spec-a.yaml", None, SPEC_YAML),
        (f"{DOCS}/specs/spec-a.yml", "text/plain", SPEC_YAML),
        (f"{DOCS}/specs/spec-a.YAML?v=2", None, SPEC_YAML),
        (f"{DOCS}/specs/spec-a.json", None, SPEC_JSON),
        (f"{DOCS}/specs/spec-a", "application/yaml", SPEC_YAML),
        (f"{DOCS}/specs/spec-a", "application/x-yaml", SPEC_YAML),
        (f"{DOCS}/specs/spec-a", "text/yaml", SPEC_YAML),
        (f"{DOCS}/specs/spec-a", "application/json", SPEC_JSON),
    ],
)
def test_spec_url_or_media_type_gives_openapi(
    url: str, content_type: str | None, text: str
) -> None:
    records = parse_document(url, content_type, text)

    (endpoint,) = records.endpoints
    assert (endpoint.method, endpoint.path, endpoint.doc_url) == ("GET", "/a", None)
    assert kinds(records) == {SourceKind.OPENAPI}


@pytest.mark.parametrize(
    ("content_type", "text"),
    [
        ("text/html", HTML_TABLE),
        (None, f"<!DOCTYPE html>\n<html><body>{HTML_TABLE}</body></html>"),
        (None, f"\n  <!doctype HTML><html><body>{HTML_TABLE}</body></html>"),
        ("text/plain", f"<html lang='en'><body>{HTML_TABLE}</body></html>"),
    ],
)
def test_html_by_media_type_or_doctype(content_type: str | None, text: str) -> None:
    records = parse_document(f"{DOCS}/docs/clients", content_type, text)

    assert [(s.name, s.group) for s in records.table_scopes] == [
        ("admin:hooks", None),
        ("read:hooks", "admin:hooks"),
    ]
    assert records.findings == []


@pytest.mark.parametrize("content_type", [None, "text/markdown", "text/plain"])
def test_anything_else_is_markdown(content_type: str | None) -> None:
    records = parse_document(f"{DOCS}/docs/clients.md", content_type, MARKDOWN_TABLE)

    assert [(s.name, s.group) for s in records.table_scopes] == [
        ("admin:hooks", None),
        ("read:hooks", "admin:hooks"),
    ]
    assert kinds(records) == {SourceKind.SCOPE_TABLE}


def test_markdown_table_text_under_html_media_type_is_not_read_as_markdown() -> None:
    records = parse_document(f"{DOCS}/docs/clients", "text/html", f"<h1>T</h1>\n{MARKDOWN_TABLE}")

    assert records.table_scopes == []


@pytest.mark.parametrize("text", ["", " \n\t\n", "\n\n"])
@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        (f"{DOCS}/llms.txt", "text/plain"),
        (f"{DOCS}/specs/spec-a.yaml", None),
        (f"{DOCS}/docs/clients", "text/html"),
        (f"{DOCS}/docs/clients.md", None),
    ],
)
def test_empty_document_is_one_unparsed_page_finding(
    url: str, content_type: str | None, text: str
) -> None:
    records = parse_document(url, content_type, text)

    assert [(f.kind, f.urls) for f in records.findings] == [(FindingKind.UNPARSED_PAGE, [url])]
    assert records == Records(findings=records.findings)


@pytest.mark.parametrize(
    ("url", "content_type", "text", "reason"),
    [
        (f"{DOCS}/docs/notes.md", None, "Just a sentence with no heading.\n", "not a docs page"),
        (f"{DOCS}/docs/notes", "text/html", "<p>No heading at all</p>", "without <h1>"),
        (f"{DOCS}/specs/spec-a.yaml", None, "title: not a spec\n", "no 'openapi'"),
        (f"{DOCS}/specs/spec-a.json", None, "[1, 2, 3]", "no 'openapi'"),
    ],
)
def test_unreadable_document_is_a_finding_naming_the_url(
    url: str, content_type: str | None, text: str, reason: str
) -> None:
    records = parse_document(url, content_type, text)

    (finding,) = records.findings
    assert (finding.kind, finding.urls) == (FindingKind.UNPARSED_PAGE, [url])
    assert reason in finding.message


_RNG = random.Random(20240611)
_NOISE = bytes(_RNG.randrange(256) for _ in range(3000))
GARBAGE = {
    "latin-1 noise": _NOISE.decode("latin-1"),
    "utf-8 replacement noise": _NOISE.decode("utf-8", errors="replace"),
    "png header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00".decode("latin-1"),
    "nul bytes": "\x00" * 64 + "# \x00\n- [\x00](\x00)\n",
    "unbalanced markup": "<!DOCTYPE html><table><tr><th>Name<td><code>admin:<ul><li>" * 20,
    "yaml that is a string": "{{{{ not: [json",
    "broken fence": "# T\n\n````yaml spec get /x\nopenapi: 3\npaths: {/x: [\n````\n",
    "spec with odd types": (
        "openapi: 3.0.1\nservers: {url: x}\nx-servers: 5\n"
        "paths:\n  /x:\n    get: {security: {a: b}, x-scopes: 5, description: [1], summary: 7}\n"
        "  /y: [1]\n  3: {get: {}}\n"
    ),
}
TARGETS = [
    (f"{DOCS}/llms.txt", "text/plain"),
    (f"{DOCS}/specs/spec-a.yaml", None),
    (f"{DOCS}/specs/spec-a.json", "application/json"),
    (f"{DOCS}/docs/page", "text/html"),
    (f"{DOCS}/docs/page.md", None),
]


@pytest.mark.parametrize(("url", "content_type"), TARGETS)
@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_garbage_never_raises(name: str, url: str, content_type: str | None) -> None:
    records = parse_document(url, content_type, GARBAGE[name])

    assert isinstance(records, Records)
    assert all(url in f.urls for f in records.findings)


@pytest.mark.parametrize(
    ("url", "text"),
    [
        pytest.param(
            f"{DOCS}/specs/spec-a.json",
            '{"openapi": "3.0.0", "x": ' + "[" * 50_000 + "]" * 50_000 + "}",
            id="deeply nested json",
        ),
        pytest.param(
            f"{DOCS}/specs/spec-a.yaml",
            "openapi: 3.0.0\nx: " + "[" * 50_000,
            id="deeply nested yaml",
        ),
        pytest.param(
            f"{DOCS}/specs/spec-a.yaml",
            "openapi: 3.0.1\nservers:\n  - url: https://{env}.dintero.com\n    variables: [env]\n"
            "paths:\n  /x:\n    get: {}\n",
            id="server variables as a list",
        ),
        pytest.param(
            f"{DOCS}/specs/spec-a.yaml",
            "swagger: '2.0'\nhost: api.dintero.com\nschemes: 5\npaths:\n  /x:\n    get: {}\n",
            id="swagger schemes not a list",
        ),
        pytest.param(
            f"{DOCS}/api-reference/x.md",
            "# X\n\n````yaml spec get /x\nopenapi: 3.0.1\nservers:\n  - url: https://a\n"
            "    variables: [v]\npaths:\n  /x:\n    get: {}\n````\n",
            id="api page with malformed embedded spec",
        ),
    ],
)
def test_malformed_structures_never_raise(url: str, text: str) -> None:
    records = parse_document(url, None, text)

    # Reading around the odd value or reporting the page are both fine; raising is not.
    assert isinstance(records, Records)
    assert all(f.urls == [url] for f in records.findings)
