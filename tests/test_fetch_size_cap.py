"""scraper.fetch.size_cap: bodies are read and inflated no further than the cap."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest

from scraper.errors import FetchError
from tests.fetching import DOCS, fast, fast_fetcher

TEXT = b"# Clients\n\n" + b"scopes:\n- admin:checkout\n" * 200


def streamed(*chunks: bytes) -> AsyncIterator[bytes]:
    """A body that arrives in these chunks, as from a socket (httpx does not preload it)."""

    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    return body()


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


async def test_a_gzip_bomb_is_inflated_no_further_than_the_cap() -> None:
    """50 MB of zeros in 50 KB, arriving in one chunk: the cap counts inflated bytes, and
    inflating stops there, so memory stays near the cap, not near 50 MB."""
    bomb = gzip.compress(b"\0" * 50_000_000)
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        headers = {"content-encoding": "gzip", "content-type": "text/markdown"}
        return httpx.Response(200, content=streamed(bomb), headers=headers)

    async with fast_fetcher(handler, fast(max_bytes=1_000_000)) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(FetchError) as caught:
                await fetcher.get(f"{DOCS}/bomb.md")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.reason == "body larger than 1000000 bytes"
    assert calls == 1
    assert peak < 3_000_000


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        pytest.param("gzip", gzip.compress(TEXT), id="gzip"),
        pytest.param("deflate", zlib.compress(TEXT), id="deflate"),
        pytest.param("DEFLATE", zlib.compress(TEXT)[2:-4], id="deflate without zlib header"),
        pytest.param("gzip, deflate", zlib.compress(gzip.compress(TEXT)), id="gzip then deflate"),
        pytest.param("identity", TEXT, id="identity"),
        pytest.param("x-unknown", TEXT, id="unknown: kept as it came"),
    ],
)
async def test_encoded_bodies_are_decoded(encoding: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        # Small chunks: inflating carries on across them.
        pieces = [body[i : i + 7] for i in range(0, len(body), 7)]
        headers = {"content-encoding": encoding}
        return httpx.Response(200, content=streamed(*pieces), headers=headers)

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert page.body == TEXT


async def test_a_body_that_is_not_its_encoding_is_refused_at_once() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        content = streamed(b"this is not gzip")
        return httpx.Response(200, content=content, headers={"content-encoding": "gzip"})

    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/x.md")
    assert caught.value.reason == (
        "body does not match its Content-Encoding: "
        "Error -3 while decompressing data: incorrect header check"
    )
    assert calls == 1


async def test_only_what_is_inflated_is_asked_for() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.headers["accept-encoding"])
        return httpx.Response(200)

    async with fast_fetcher(handler) as fetcher:
        await fetcher.get(f"{DOCS}/x.md")
    assert asked == ["gzip, deflate"]
