"""scraper.fetch.client: the Fetcher as a whole; its parts have test files of their own."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from scraper.errors import FetchError
from scraper.fetch import Page
from tests.fetching import DOCS, fast, fast_fetcher, get_all


async def test_user_agent_is_sent() -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return httpx.Response(200)

    async with fast_fetcher(handler) as fetcher:
        await fetcher.get(f"{DOCS}/x.md")
    assert agents[0].startswith("dintero-scope-catalogue/")
    assert "(+https://github.com/dintero-scopes/dintero-scope-catalogue)" in agents[0]


async def test_concurrency_bound() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, text=request.url.path)

    urls = [f"{DOCS}/{n}.md" for n in range(20)]
    async with fast_fetcher(handler, fast(concurrency=3)) as fetcher:
        pages = await get_all(fetcher, urls)
    assert peak == 3
    assert [p.url for p in pages if isinstance(p, Page)] == urls


async def test_charset_and_undecodable_bytes() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/markdown; charset=ISO-8859-1", "etag": '"v1"'}
        return httpx.Response(200, content="café".encode("latin-1"), headers=headers)

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert (page.content_type, page.charset, page.etag) == ("text/markdown", "iso-8859-1", '"v1"')
    assert page.text() == "café"
    assert not page.decoding_errors

    broken = Page(url=page.url, status=200, content_type="text/markdown", body=b"caf\xe9")
    assert broken.text() == "caf\ufffd"
    assert broken.decoding_errors


class SlowBody(httpx.AsyncByteStream):
    """A body whose reading takes `seconds` without yielding to the event loop, as a large
    body being inflated on a busy machine does. Closing it takes the event loop more than
    one pass, as closing a socket does (httpcore, then anyio)."""

    def __init__(self, body: bytes, seconds: float) -> None:
        self.body = body
        self.seconds = seconds

    async def __aiter__(self) -> AsyncIterator[bytes]:
        time.sleep(self.seconds)
        yield self.body

    async def aclose(self) -> None:
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def test_an_answer_found_after_the_timeout_is_not_a_timeout() -> None:
    """The body is over the cap, found out only after the attempt's time ran out: that is
    the answer, not a timeout to retry (the close that follows used to make it one)."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, stream=SlowBody(b"x" * 26, seconds=0.2))

    async with fast_fetcher(handler, fast(timeout=0.05, max_bytes=25)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/x.md")
    assert caught.value.reason == "body larger than 25 bytes"
    assert calls == 1
