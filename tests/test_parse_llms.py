"""Tests for scraper.parse.llms: the llms.txt index and its spec links."""

from __future__ import annotations

from pathlib import Path

import pytest

from scraper.model import FindingKind, IndexEntry, Source, SourceKind
from scraper.parse import ParseError, parse_document
from scraper.parse.llms import parse_llms

URL = "https://docs.dintero.com/llms.txt"
PAGES = Path(__file__).parent / "fixtures" / "pages"
DOCS = "https://docs.dintero.com/api-reference/widgets/"


def entry(title: str) -> IndexEntry:
    """The fixture index's entry with this title."""
    records = parse_llms(URL, (PAGES / "llms_index.txt").read_text(encoding="utf-8"))
    matches = [e for e in records.index if e.title == title]
    assert len(matches) == 1, [e.title for e in records.index]
    return matches[0]


def test_entries_in_file_order_with_their_sections() -> None:
    records = parse_llms(URL, (PAGES / "llms_index.txt").read_text(encoding="utf-8"))

    assert [(e.section, e.title) for e in records.index] == [
        ("", "Welcome"),
        ("Docs", "Fetch a widget"),
        ("Docs", "Widget colours"),
        ("Docs", "List widget approvals"),
        ("Docs", "Widgets [beta] overview"),
        ("Docs", "Refund a widget"),
        ("Docs", "Bulk widget import"),
        ("Docs", "Approve a new seller"),
        ("Docs", "Widget events"),
        ("Docs", "Widget receipts"),
    ]
    assert all(e.source == Source(URL, SourceKind.LLMS) for e in records.index)


def test_openapi_specs_section_gives_specs_not_entries() -> None:
    records = parse_llms(URL, (PAGES / "llms_index.txt").read_text(encoding="utf-8"))

    assert records.specs == [
        "https://docs.dintero.com/specs/spec-widgets.yaml",
        "https://docs.dintero.com/specs/spec-gadgets.json",
    ]
    assert not any("/specs/" in e.url for e in records.index)


def test_entry_with_description() -> None:
    assert entry("Fetch a widget") == IndexEntry(
        title="Fetch a widget",
        url=DOCS + "fetch-widget.md",
        description="Returns one widget by its id.",
        section="Docs",
        scopes=None,
        complete=True,
        source=Source(URL, SourceKind.LLMS),
    )


def test_entry_without_description() -> None:
    found = entry("Widget colours")

    assert found.url == DOCS + "widget-colours.md"
    assert found.description is None
    assert found.scopes is None
    assert found.complete is True


def test_title_with_trailing_space_is_stripped() -> None:
    found = entry("List widget approvals")

    assert found.url == DOCS + "list-widget-approvals.md"


def test_escaped_brackets_in_title() -> None:
    found = entry("Widgets [beta] overview")

    assert found.url == "https://docs.dintero.com/docs/widgets-beta.md"
    assert found.description == "An early look at widgets."


def test_star_bullet_entry_and_colon_in_description() -> None:
    found = entry("Widget receipts")

    assert found.description == "Note: receipts arrive later."
    assert found.scopes is None


def test_flattened_scope_list_in_description() -> None:
    found = entry("List widget approvals")

    assert found.description == "scopes: - admin:accounts - read:accounts"
    assert found.scopes == ("admin:accounts", "read:accounts")
    assert found.complete is True


def test_scope_list_duplicates_dropped_bare_tokens_kept() -> None:
    assert entry("Refund a widget").scopes == ("admin:checkout", "write:checkout", "openid")


def test_description_cut_inside_scope_list_is_incomplete() -> None:
    found = entry("Bulk widget import")

    assert found.scopes == ("admin:widgets", "write:widgets")
    assert found.complete is False


def test_description_cut_before_any_scope_list_is_incomplete() -> None:
    found = entry("Approve a new seller")

    assert found.description is not None and found.description.endswith("befo…")
    assert found.scopes is None
    assert found.complete is False


def test_unrecognized_scope_item_in_description_is_a_finding() -> None:
    records = parse_llms(URL, (PAGES / "llms_index.txt").read_text(encoding="utf-8"))

    assert entry("Widget events").scopes == ("read:events",)
    assert [(f.kind, f.urls) for f in records.findings] == [
        (FindingKind.UNRECOGNIZED_SCOPE_ITEM, [URL])
    ]
    assert "'every scope you have'" in records.findings[0].message


def test_crlf_line_endings() -> None:
    text = "# Docs\r\n\r\n## Docs\r\n\r\n- [A](https://docs.dintero.com/a.md): scopes: - read:a\r\n"

    (found,) = parse_llms(URL, text).index

    assert (found.section, found.title, found.scopes) == ("Docs", "A", ("read:a",))


def test_only_specs_is_enough() -> None:
    text = "# Docs\n\n## OpenAPI Specs\n\n- [spec-a](https://docs.dintero.com/specs/spec-a.yaml)\n"

    records = parse_llms(URL, text)

    assert records.specs == ["https://docs.dintero.com/specs/spec-a.yaml"]
    assert records.index == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no '# Title'"),
        ("- [A](https://docs.dintero.com/a.md)\n", "no '# Title'"),
        (
            "<!DOCTYPE html>\n<html><head><title>404</title></head>"
            "<body><h1>Page not found</h1></body></html>\n",
            "no '# Title'",
        ),
        ("# Docs\n\nNothing is listed here yet.\n\n## Docs\n", "no '- [Title](url)' entries"),
    ],
)
def test_not_an_index_raises_parse_error_naming_url(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_llms(URL, text)

    assert raised.value.url == URL
    assert reason in raised.value.reason
    assert str(raised.value).startswith(URL)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        "<!DOCTYPE html><html><body><h1>Server error</h1></body></html>",
        "# Docs\n\nNo entries.\n",
    ],
)
def test_parse_document_turns_a_bad_index_into_a_finding(text: str) -> None:
    records = parse_document(URL, "text/plain", text)

    assert records.index == [] and records.specs == []
    assert [(f.kind, f.urls) for f in records.findings] == [(FindingKind.UNPARSED_PAGE, [URL])]


def test_links_with_angle_brackets_and_titles_are_links() -> None:
    text = '# D\n\n- [A](/a.md "Tip"): one\n- [B](<https://docs.dintero.com/b.md>)\n'

    records = parse_llms(URL, text)

    assert [(e.title, e.url, e.description) for e in records.index] == [
        ("A", "https://docs.dintero.com/a.md", "one"),
        ("B", "https://docs.dintero.com/b.md", None),
    ]
