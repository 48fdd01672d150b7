"""scraper.fetch.conditional: validators from an earlier fetch, and 304 answers."""

from __future__ import annotations

import httpx
import pytest

from scraper.errors import FetchError
from scraper.fetch import Cached
from tests.fetching import DOCS, fast_fetcher


async def test_conditional_request_reuses_the_cached_body() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"etag": '"v1"'})
        return httpx.Response(200, content=b"# New\n", headers={"etag": '"v2"'})

    cache = {
        f"{DOCS}/a.md": Cached(
            b"# Old\n", "text/markdown", '"v1"', "Mon, 02 Nov 2026 10:00:00 GMT"
        ),
        f"{DOCS}/b.md": Cached(b"# Old\n", "text/markdown", '"v0"'),
    }
    async with fast_fetcher(handler, cache=cache) as fetcher:
        same = await fetcher.get(f"{DOCS}/a.md")
        changed = await fetcher.get(f"{DOCS}/b.md")
        fresh = await fetcher.get(f"{DOCS}/c.md")
    assert (same.status, same.body, same.revalidated, same.etag) == (200, b"# Old\n", True, '"v1"')
    assert same.content_type == "text/markdown"
    assert same.last_modified == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert (changed.body, changed.revalidated, changed.etag) == (b"# New\n", False, '"v2"')
    assert seen[0]["if-none-match"] == '"v1"'
    assert seen[0]["if-modified-since"] == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert seen[1]["if-none-match"] == '"v0"'
    assert "if-none-match" not in seen[2]
    assert (fresh.body, fresh.revalidated) == (b"# New\n", False)


async def test_a_304_without_a_kept_body_is_an_error() -> None:
    async with fast_fetcher(lambda request: httpx.Response(304)) as fetcher:
        with pytest.raises(FetchError, match=r"a\.md: HTTP 304$"):
            await fetcher.get(f"{DOCS}/a.md")
