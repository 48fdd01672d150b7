"""Tests for scraper.parse.scope_table: the "Available scopes" tables, markdown and HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.model import FindingKind, Records, Source, SourceKind
from scraper.parse import parse_document, scope_table
from scraper.parse.html import read_html
from scraper.parse.markdown import read_markdown
from scraper.parse.tree import Document

PAGES = Path(__file__).parent / "fixtures" / "pages"
MD_URL = "https://docs.dintero.com/docs/clients.md"
HTML_URL = "https://docs.dintero.com/docs/clients"

# The rows every fixture table holds: (name, description, group).
EXPECTED = [
    ("admin:account", "Run the account and its users", None),
    ("write:accounts", None, "admin:account"),
    ("read:accounts", None, "admin:account"),
    ("write:accounts:/auth/users", None, "admin:account"),
    ("create:accounts:auth:refresh_token", None, "admin:account"),
    ("admin:customers", "Run the customer register", None),
    ("read:customers", None, "admin:customers"),
    ("public:customers", "Public customer data, read only", "admin:customers"),
    ("user:customers", None, "admin:customers"),
    ("admin:wallets", "Run gift cards and wallets", None),
    ("write:wallets:/transactions", None, "admin:wallets"),
]


def tables(doc: Document) -> Records:
    """What the page's scope tables say."""
    return scope_table.read(doc)[0]


def rows(records: Records) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.description, s.group) for s in records.table_scopes]


def test_markdown_table_bold_admin_rows_indented_children() -> None:
    text = (PAGES / "scope_table_markdown.md").read_text(encoding="utf-8")

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == EXPECTED
    assert {s.source for s in records.table_scopes} == {Source(MD_URL, SourceKind.SCOPE_TABLE)}
    assert records.findings == []


def test_markdown_table_without_pipes_bold_or_indentation() -> None:
    url = "https://docs.dintero.com/docs/loyalty/clients.md"
    text = (PAGES / "scope_table_no_pipes.md").read_text(encoding="utf-8")
    # This fixture leaves out write:accounts:/auth/users.
    expected = [row for row in EXPECTED if row[0] != "write:accounts:/auth/users"]

    records = tables(read_markdown(url, text))

    assert rows(records) == expected
    assert records.findings == []


def test_html_table_children_in_nested_list() -> None:
    text = (PAGES / "scope_table_nested.html").read_text(encoding="utf-8")

    records = tables(read_html(HTML_URL, text))

    # This fixture leaves out create:accounts:auth:refresh_token.
    assert rows(records) == [row for row in EXPECTED if not row[0].startswith("create:")]
    assert {s.source for s in records.table_scopes} == {Source(HTML_URL, SourceKind.SCOPE_TABLE)}
    assert records.findings == []


def test_html_page_through_parse_document() -> None:
    text = (PAGES / "scope_table_nested.html").read_text(encoding="utf-8")

    records = parse_document(HTML_URL, "text/html", text)

    assert len(records.table_scopes) == 10
    assert records.endpoints == []
    assert records.findings == []


def test_page_without_title_is_read_for_its_table() -> None:
    text = (PAGES / "scope_table_no_pipes.md").read_text(encoding="utf-8")

    records = parse_document("https://docs.dintero.com/docs/loyalty/clients.md", None, text)

    assert [s.name for s in records.table_scopes][:2] == ["admin:account", "write:accounts"]
    assert records.findings == []


def test_markdown_table_unmarked_rows_before_first_admin_have_no_group() -> None:
    text = (
        "# T\n\n| Scope | Description |\n|---|---|\n"
        "| `openid` | Sign in |\n| `admin:hooks` | Hooks |\n| `read:hooks` | |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == [
        ("openid", "Sign in", None),
        ("admin:hooks", "Hooks", None),
        ("read:hooks", None, "admin:hooks"),
    ]


def test_markdown_bold_rows_head_groups_without_indentation() -> None:
    text = (
        "# T\n\n| Name | Description |\n|---|---|\n"
        "| **`admin:hooks`** | Hooks |\n| `read:hooks` | Read them |\n"
        "| **`write:special`** | Heads its own group |\n| `read:special` | |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == [
        ("admin:hooks", "Hooks", None),
        ("read:hooks", "Read them", "admin:hooks"),
        ("write:special", "Heads its own group", None),
        ("read:special", None, "write:special"),
    ]


def test_markdown_indentation_alone_marks_groups() -> None:
    # No bold: the unindented rows head groups, whatever their action word.
    text = (
        "# T\n\n| Name | Description |\n|---|---|\n"
        "| `admin:hooks` | Hooks |\n|   `read:hooks` | |\n"
        "| `write:special` | Heads its own group |\n|   `read:special` | |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == [
        ("admin:hooks", "Hooks", None),
        ("read:hooks", None, "admin:hooks"),
        ("write:special", "Heads its own group", None),
        ("read:special", None, "write:special"),
    ]


def test_description_column_found_by_header() -> None:
    text = (
        "# T\n\n| Name | Since | Description |\n|---|---|---|\n"
        "| `admin:hooks` | 2020 | Hooks |\n| `read:hooks` | 2021 | Read hooks |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == [
        ("admin:hooks", "Hooks", None),
        ("read:hooks", "Read hooks", "admin:hooks"),
    ]


@pytest.mark.parametrize(
    "table",
    [
        "| Service | Admin scope | Read scope |\n| --- | --- | --- |\n"
        "| Customer | `admin:customers` | `read:customers` |\n"
        "| Receipt | `admin:receipts` | `read:receipts` |\n",
        "| Step | What to do |\n|---|---|\n| 1 | Grant `admin:checkout` |\n",
    ],
)
def test_non_scope_table_gives_no_table_scopes(table: str) -> None:
    text = f"# Getting started\n\n{table}"

    records = tables(read_markdown(MD_URL, text))

    assert records.table_scopes == []
    assert records.findings == []


def test_non_scope_html_table_gives_no_table_scopes() -> None:
    text = (
        "<h1>T</h1><table><tr><th>Service</th><th>Admin scope</th></tr>"
        "<tr><td>Customer</td><td><code>admin:customers</code></td></tr></table>"
    )

    assert tables(read_html(HTML_URL, text)) == Records()


def test_markdown_row_not_a_scope_token_is_a_verbatim_finding() -> None:
    text = (
        "# T\n\n| Name | Description |\n|---|---|\n"
        "| **`admin:hooks`** | Hooks |\n"
        "| **All of the above** | Everything |\n"
        "|   `read:hooks` | |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert rows(records) == [("admin:hooks", "Hooks", None), ("read:hooks", None, "admin:hooks")]
    assert [(f.kind, f.urls) for f in records.findings] == [
        (FindingKind.UNRECOGNIZED_SCOPE_ITEM, [MD_URL])
    ]
    assert "'All of the above'" in records.findings[0].message


def test_html_rows_and_children_not_scope_tokens_are_findings() -> None:
    text = (
        "<h1>T</h1><table><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody>"
        "<tr><td><code>admin:hooks</code></td><td>Hooks<ul>"
        "<li><code>read:hooks</code></li><li>ask support for more</li>"
        "<li><code>read hooks</code></li></ul></td></tr>"
        "<tr><td>Everything else</td><td>n/a</td></tr>"
        "</tbody></table>"
    )

    records = tables(read_html(HTML_URL, text))

    assert rows(records) == [("admin:hooks", "Hooks", None), ("read:hooks", None, "admin:hooks")]
    assert [f.kind for f in records.findings] == [FindingKind.UNRECOGNIZED_SCOPE_ITEM] * 3
    messages = " ".join(f.message for f in records.findings)
    for verbatim in ("'ask support for more'", "'read hooks'", "'Everything else'"):
        assert verbatim in messages


def test_html_table_without_nested_lists_groups_under_admin_rows() -> None:
    text = (
        "<h1>T</h1><table><tr><th>Scope</th><th>Description</th></tr>"
        "<tr><td><code>admin:hooks</code></td><td>Hooks</td></tr>"
        "<tr><td><code>read:hooks</code></td><td></td></tr></table>"
    )

    records = tables(read_html(HTML_URL, text))

    assert rows(records) == [("admin:hooks", "Hooks", None), ("read:hooks", None, "admin:hooks")]


def test_parameter_table_with_name_column_is_no_scope_table() -> None:
    text = (
        "# Widget stock\n\n## Query parameters\n\n"
        "| Name | Type | Description |\n| --- | --- | --- |\n"
        "| `aid` | string | The account id |\n"
        "| `limit` | integer | Most rows to return |\n"
    )

    records = tables(read_markdown(MD_URL, text))

    assert records.table_scopes == []
