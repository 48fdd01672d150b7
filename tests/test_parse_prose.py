"""Tests for scraper.parse.prose: scope-looking strings in a page's text."""

from __future__ import annotations

import pytest

from scraper.model import ScopeMention, Source, SourceKind
from scraper.parse import parse_document
from scraper.parse.prose import CONTEXT_CHARS, mentions

URL = "https://docs.dintero.com/docs/partners/merchants.md"
SOURCE = Source(URL, SourceKind.PROSE)

GUIDE = """\
# Manage merchants

Give the partner client `admin:checkout` and nothing more.
New users need write:accounts:/auth/users, which admin:checkout does not cover.

Ask for a token with the client's credentials:

```bash
curl -X POST https://api.dintero.com/v1/accounts/P11112222/auth/token \\
  --user "CLIENT_ID:CLIENT_SECRET"
```

Grant the merchant access:

```json
{
  "grant_type": "client_credentials",
  "scope": ["checkout:admin"]
}
```
"""


def test_mentions_in_prose_code_and_json_example() -> None:
    assert mentions(URL, GUIDE) == [
        ScopeMention(
            "admin:checkout",
            "Give the partner client `admin:checkout` and nothing more.",
            SOURCE,
        ),
        ScopeMention(
            "write:accounts:/auth/users",
            "New users need write:accounts:/auth/users, which admin:checkout does not cover.",
            SOURCE,
        ),
        ScopeMention("checkout:admin", '"scope": ["checkout:admin"]', SOURCE),
    ]


def test_markdown_page_mentions_include_fenced_examples() -> None:
    records = parse_document(URL, "text/markdown", GUIDE)

    assert [m.name for m in records.mentions] == [
        "admin:checkout",
        "write:accounts:/auth/users",
        "checkout:admin",
    ]
    assert records.endpoints == [] and records.table_scopes == []


@pytest.mark.parametrize(
    "text",
    [
        "Send requests to https://api.dintero.com/v1/accounts.",
        "Use --user CLIENT_ID:CLIENT_SECRET to authenticate.",
        "Open http://read:secret@example.com or mailto:help@dintero.com",
        "The sale ends at 10:30, with a ratio of 3:1.",
        "An URN such as urn:read:x is no scope, nor is foo:bar:admin.",
        "The prefix admin: alone, or :admin alone, names nothing.",
        "Headers: Content-Type: application/json",
    ],
)
def test_not_mentions(text: str) -> None:
    assert mentions(URL, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(read:receipts) and 'user:shopping'.", ["read:receipts", "user:shopping"]),
        ("read:checkout,admin:checkout", ["read:checkout", "admin:checkout"]),
        ("Scopes: public:discounts.", ["public:discounts"]),
        ("create:accounts:auth:refresh_token", ["create:accounts:auth:refresh_token"]),
        ("receipts:user then wallets:read", ["receipts:user", "wallets:read"]),
    ],
)
def test_mention_shapes(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(URL, text)] == names


def test_each_name_once_with_the_line_it_first_appears_on() -> None:
    text = "First line.\nNeeds   read:hooks\there.\nAgain read:hooks.\n"

    (found,) = mentions(URL, text)

    assert found == ScopeMention("read:hooks", "Needs read:hooks here.", SOURCE)


def test_context_is_cut_to_a_fixed_length() -> None:
    line = "read:hooks " + "x" * 500

    (found,) = mentions(URL, line)

    assert found.context == line[:CONTEXT_CHARS]
    assert len(found.context) == CONTEXT_CHARS


def test_empty_text_has_no_mentions() -> None:
    assert mentions(URL, "") == []
