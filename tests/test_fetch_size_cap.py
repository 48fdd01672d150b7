"""scraper.fetch.size_cap: bodies are read and inflated no further than the cap."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from scraper.errors import FetchError
from tests.fetching import DOCS, fast, fast_fetcher


async def test_body_cap() -> None:
    yielded = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal yielded
        for _ in range(100):
            yielded += 1
            yield b"x" * 10

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/big.md":
            return httpx.Response(200, content=chunks())
        return httpx.Response(200, content=b"x" * 25)

    async with fast_fetcher(handler, fast(max_bytes=25)) as fetcher:
        assert (await fetcher.get(f"{DOCS}/fits.md")).body == b"x" * 25
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/big.md")
    assert str(caught.value) == f"{DOCS}/big.md: body larger than 25 bytes"
    assert yielded < 100


async def test_a_body_made_in_memory_is_capped_too() -> None:
    # A mirror directory's responses hold their whole body from the start.
    handler = lambda request: httpx.Response(200, content=b"x" * 26)  # noqa: E731
    async with fast_fetcher(handler, fast(max_bytes=25)) as fetcher:
        with pytest.raises(FetchError, match=r"body larger than 25 bytes$"):
            await fetcher.get(f"{DOCS}/x.md")
