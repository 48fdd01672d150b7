"""Tests for scraper.parse.scope_list: every spelling of a `scopes:` block."""

from __future__ import annotations

import pytest

from scraper.model import FindingKind
from scraper.parse.scope_list import ScopeList, parse_flat, unrecognized_findings
from scraper.parse.scope_list import lists_in_markdown as find_scope_lists


def only_list(text: str) -> ScopeList:
    """The one scope block in `text`; fails when there is not exactly one."""
    found = find_scope_lists(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "header",
    [
        "scopes:",
        "*scopes*:",
        "Scopes:",
        "**Scopes:**",
        "**Scopes**:",
        "### Scopes",
        "## Scopes:",
        "Required scopes:",
        "> scopes:",
        "_Scope_:",
    ],
)
def test_every_header_spelling_opens_a_block(header: str) -> None:
    found = only_list(f"{header}\n- admin:checkout\n- read:checkout\n")

    assert found == ScopeList(("admin:checkout", "read:checkout"), (), complete=True)


@pytest.mark.parametrize("indent", ["", "  ", "    ", "\t"])
def test_items_at_any_indentation(indent: str) -> None:
    text = f"*scopes*:\n{indent}- admin:billing\n{indent}- read:billing\n"

    assert only_list(text).scopes == ("admin:billing", "read:billing")


@pytest.mark.parametrize(
    "items",
    [
        "* admin:reports\n* read:reports",
        "+ admin:reports\n+ read:reports",
        "1. admin:reports\n2. read:reports",
        "1) admin:reports\n2) read:reports",
        "- `admin:reports`\n- `read:reports`",
        "- 'admin:reports'\n- \"read:reports\"",
        "- admin:reports,\n- read:reports;",
        "> - admin:reports\n> - read:reports",
    ],
)
def test_bullet_numbered_and_quoted_items(items: str) -> None:
    assert only_list(f"Scopes:\n{items}\n").scopes == ("admin:reports", "read:reports")


def test_blank_lines_before_and_between_items() -> None:
    text = "### Scopes\n\n- admin:checkout\n\n- read:checkout\n\nAfter the list.\n- write:x\n"

    assert only_list(text).scopes == ("admin:checkout", "read:checkout")


def test_a_line_that_continues_an_item_is_read_as_markdown_renders_it() -> None:
    # "The next request ..." continues the first item (a lazy continuation line), as
    # every markdown renderer shows it: that item is no scope and is kept verbatim.
    text = "scopes:\n- admin:checkout\nThe next request needs more.\n- write:checkout\n"

    found = only_list(text)

    assert found.scopes == ("write:checkout",)
    assert found.unrecognized == ("admin:checkout The next request needs more.",)


def test_restricted_and_bare_tokens_are_scopes() -> None:
    text = (
        "scopes:\n"
        "- write:accounts:/auth/users\n"
        "- create:accounts:auth:refresh_token\n"
        "- read:shopping:/orders/ANY/events\n"
        "- openid\n"
    )

    assert only_list(text).scopes == (
        "write:accounts:/auth/users",
        "create:accounts:auth:refresh_token",
        "read:shopping:/orders/ANY/events",
        "openid",
    )


@pytest.mark.parametrize(
    "item",
    [
        "admin:checkout (full access)",
        "admin:checkout — Fully manage checkout",
        "admin:checkout - Fully manage checkout",
        "`admin:checkout`: Fully manage checkout",
        "**admin:checkout**: Fully manage checkout",
        "[admin:checkout](/docs/clients#admin-checkout) \u2013 Fully manage checkout",
    ],
)
def test_an_item_is_the_scope_at_its_head_before_a_description(item: str) -> None:
    assert only_list(f"scopes:\n- {item}\n- read:checkout\n").scopes == (
        "admin:checkout",
        "read:checkout",
    )


def test_items_with_extra_text_are_kept_as_unrecognized() -> None:
    text = "scopes:\n- admin:checkout if you refund\n- read:checkout\n- any scope you like\n"

    found = only_list(text)

    assert found.scopes == ("read:checkout",)
    assert found.unrecognized == ("admin:checkout if you refund", "any scope you like")


def test_empty_items_are_neither_scopes_nor_unrecognized() -> None:
    found = only_list("scopes:\n- admin:checkout\n- \n")

    assert found == ScopeList(("admin:checkout",), (), complete=True)


def test_duplicates_removed_first_order_kept() -> None:
    text = "scopes:\n- read:checkout\n- admin:checkout\n- read:checkout\n- write:checkout\n"

    assert only_list(text).scopes == ("read:checkout", "admin:checkout", "write:checkout")


def test_block_ends_at_rule_and_later_indented_items_are_not_scopes() -> None:
    # The shape of the "New seller approval" description: scopes, a `---` rule,
    # then an indented note with its own list of magic values.
    text = (
        "Start an application for a new seller.\n"
        "\n"
        "scopes:\n"
        "- admin:accounts\n"
        "- write:accounts\n"
        "---\n"
        "  While testing, put one of these values in the description:\n"
        "    \n"
        '  - "FORCE_APPROVE": the case is approved at once\n'
        '  - "FORCE_DECLINE": the case is declined at once\n'
        "\n"
        "NOTE: only for test accounts.\n"
    )

    assert only_list(text) == ScopeList(("admin:accounts", "write:accounts"), (), complete=True)


def test_two_blocks_in_document_order() -> None:
    text = "scopes:\n- admin:a\n\nSome prose.\n\nRequired scopes:\n- read:b\n"

    assert [found.scopes for found in find_scope_lists(text)] == [("admin:a",), ("read:b",)]


@pytest.mark.parametrize(
    "text",
    [
        "Scopes are granted per client.\n- admin:checkout\n",
        "Scopes: are granted per client.\n- admin:checkout\n",
        "The scopes: see the table.\n- admin:checkout\n",
        "These scopes:\n- admin:checkout\n",
        "Scopes and what they allow\n- admin:checkout\n",
        "### Scopes and roles\n- admin:checkout\n",
        "**Requirements**:\n- `order.amount` must match the items\n",
        "- admin:checkout\n- read:checkout\n",
        "",
    ],
)
def test_prose_and_other_lists_are_no_scope_block(text: str) -> None:
    assert find_scope_lists(text) == []


def test_header_without_items_is_no_block() -> None:
    assert find_scope_lists("scopes:\n\nNothing listed here.\n") == []


# Flattened lists: the items on the header's line, as llms.txt writes them.


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("scopes: - admin:accounts - read:accounts", ("admin:accounts", "read:accounts")),
        ("Scopes: - admin:checkout", ("admin:checkout",)),
        ("*scopes*: - admin:billing - read:billing", ("admin:billing", "read:billing")),
        ("scopes: - `admin:a` - `read:a`", ("admin:a", "read:a")),
        ("scopes: - openid - admin:a - openid", ("openid", "admin:a")),
        (
            "scopes:- admin:a - write:accounts:/auth/users",
            ("admin:a", "write:accounts:/auth/users"),
        ),
    ],
)
def test_flattened_list(text: str, scopes: tuple[str, ...]) -> None:
    assert only_list(text) == ScopeList(scopes, (), complete=True)


def test_flattened_list_cut_with_ellipsis_drops_the_cut_item() -> None:
    found = only_list("scopes: - admin:accounts - read:accounts - write:acc…")

    assert found == ScopeList(("admin:accounts", "read:accounts"), (), complete=False)


def test_flattened_list_cut_in_its_only_item() -> None:
    assert only_list("scopes: - admin:acc…") == ScopeList((), (), complete=False)


def test_flattened_list_keeps_unrecognized_items() -> None:
    found = only_list("scopes: - read:events - every scope you have")

    assert found.scopes == ("read:events",)
    assert found.unrecognized == ("every scope you have",)


def test_none_states_an_empty_list_and_the_list_below_is_no_block() -> None:
    assert find_scope_lists("Scopes: none needed.\n- admin:checkout\n") == [
        ScopeList((), (), complete=True)
    ]


@pytest.mark.parametrize("text", ["Required scopes: none.", "Scopes: N/A", "**Scopes:** —"])
def test_none_is_no_scope(text: str) -> None:
    assert only_list(text) == ScopeList((), (), complete=True)


@pytest.mark.parametrize("word", ["none", "None", "Any", "all"])
def test_a_word_is_no_scope_but_a_bare_token_is(word: str) -> None:
    found = only_list(f"Scopes:\n- openid\n- {word}\n")

    assert found.scopes == ("openid",)
    assert "none" not in found.scopes


def test_bare_words_in_a_sentence_count_only_in_code() -> None:
    assert find_scope_lists("Required scopes: openid.") == []
    assert only_list("Required scopes: `openid`.").scopes == ("openid",)


def test_parse_flat_needs_a_leading_dash() -> None:
    assert parse_flat("admin:a read:a") is None
    assert parse_flat("- admin:a - read:a") == ScopeList(("admin:a", "read:a"), (), True)


def test_flattened_list_ends_at_rule() -> None:
    text = (
        "scopes: - admin:accounts - write:accounts --- While testing, put one of these "
        'values in the description: - "FORCE_APPROVE": approved at once'
    )

    assert only_list(text) == ScopeList(("admin:accounts", "write:accounts"), (), True)


def test_unrecognized_findings_keep_each_item_verbatim() -> None:
    url = "https://docs.dintero.com/api-reference/widgets/x.md"
    lists = find_scope_lists("scopes:\n- admin:a for all\n- read:a\n\nScopes:\n- ask support\n")

    findings = unrecognized_findings(url, lists)

    assert [f.kind for f in findings] == [FindingKind.UNRECOGNIZED_SCOPE_ITEM] * 2
    assert all(f.urls == [url] for f in findings)
    assert "'admin:a for all'" in findings[0].message
    assert "'ask support'" in findings[1].message


def test_no_findings_for_clean_lists() -> None:
    lists = find_scope_lists("scopes:\n- admin:a\n- read:a\n")

    assert unrecognized_findings("https://docs.dintero.com/p.md", lists) == []
