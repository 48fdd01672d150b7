"""Tests for scraper.parse.prose: scope-looking strings in a page's text."""

from __future__ import annotations

import pytest

from scraper.model import Region, ScopeMention, Source, SourceKind
from scraper.parse import parse_document
from scraper.parse.prose import CONTEXT_CHARS, Line, mentions

URL = "https://docs.dintero.com/docs/partners/merchants.md"
SOURCE = Source(URL, SourceKind.PROSE)


def numbered(text: str) -> list[Line]:
    """The text's lines, numbered from 1, as the page's own words."""
    return [(n, line, Region.TEXT) for n, line in enumerate(text.splitlines(), 1)]


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
    assert mentions(URL, numbered(GUIDE)) == [
        ScopeMention(
            "admin:checkout",
            "Give the partner client `admin:checkout` and nothing more.",
            SOURCE,
            3,
        ),
        ScopeMention(
            "write:accounts:/auth/users",
            "New users need write:accounts:/auth/users, which admin:checkout does not cover.",
            SOURCE,
            4,
        ),
        ScopeMention(
            "admin:checkout",
            "New users need write:accounts:/auth/users, which admin:checkout does not cover.",
            SOURCE,
            4,
        ),
        ScopeMention("checkout:admin", '"scope": ["checkout:admin"]', SOURCE, 18),
    ]


def test_markdown_page_mentions_mark_the_fenced_examples() -> None:
    records = parse_document(URL, "text/markdown", GUIDE)

    assert [(m.name, m.region) for m in records.mentions] == [
        ("admin:checkout", Region.TEXT),
        ("write:accounts:/auth/users", Region.TEXT),
        ("admin:checkout", Region.TEXT),
        ("checkout:admin", Region.EXAMPLE),
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
    assert mentions(URL, numbered(text)) == []


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
    assert [m.name for m in mentions(URL, numbered(text))] == names


def test_each_name_once_per_line_with_its_line() -> None:
    text = "First line.\nNeeds   read:hooks\there, read:hooks.\nAgain read:hooks.\n"

    assert mentions(URL, numbered(text)) == [
        ScopeMention("read:hooks", "Needs read:hooks here, read:hooks.", SOURCE, 2),
        ScopeMention("read:hooks", "Again read:hooks.", SOURCE, 3),
    ]


def test_context_is_cut_to_a_fixed_length() -> None:
    line = "read:hooks " + "x" * 500

    (found,) = mentions(URL, numbered(line))

    assert found.context == line[:CONTEXT_CHARS]
    assert len(found.context) == CONTEXT_CHARS


def test_empty_text_has_no_mentions() -> None:
    assert mentions(URL, []) == []
