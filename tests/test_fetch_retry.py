"""scraper.fetch.retry: what is retried, how long the waits are, and how giving up reads."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from stamina.instrumentation import RetryDetails, set_on_retry_hooks

from scraper.errors import FetchError
from scraper.fetch import retry_after_seconds
from tests.fetching import DOCS, fast, fast_fetcher


@pytest.fixture
def retry_waits() -> Iterator[list[float]]:
    """The waits stamina schedules between attempts, in order."""
    waits: list[float] = []

    def record(details: RetryDetails) -> None:
        waits.append(details.wait_for)

    set_on_retry_hooks([record])
    yield waits
    set_on_retry_hooks(None)


async def test_retries_500_then_succeeds() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if len(calls) == 1:
            return httpx.Response(500)
        return httpx.Response(200, text="# ok", headers={"content-type": "text/markdown"})

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert len(calls) == 2
    assert page.status == 200
    assert page.content_type == "text/markdown"
    assert page.text() == "# ok"


async def test_retries_connection_errors() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, text="ok")

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert (calls, page.status) == (2, 200)


async def test_backoff_grows_exponentially(retry_waits: list[float]) -> None:
    policy = fast(attempts=4, wait_initial=0.001, wait_max=1)
    async with fast_fetcher(lambda request: httpx.Response(503), policy) as fetcher:
        with pytest.raises(FetchError):
            await fetcher.get(f"{DOCS}/x.md")
    assert retry_waits == pytest.approx([0.001, 0.002, 0.004])


async def test_429_retry_after_seconds_is_honoured(retry_waits: list[float]) -> None:
    responses = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200)])
    # A long exponential wait shows that Retry-After replaced it.
    async with fast_fetcher(lambda request: next(responses), fast(wait_initial=30)) as fetcher:
        page = await fetcher.get(f"{DOCS}/x.md")
    assert page.status == 200
    assert retry_waits == [0.0]


async def test_429_retry_after_is_capped(retry_waits: list[float]) -> None:
    responses = iter([httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200)])
    policy = fast(retry_after_max=0.01)
    async with fast_fetcher(lambda request: next(responses), policy) as fetcher:
        await fetcher.get(f"{DOCS}/x.md")
    assert retry_waits == [0.01]


def test_retry_after_forms() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7", cap=60, now=now) == 7
    assert retry_after_seconds("120", cap=60, now=now) == 60
    assert retry_after_seconds("Wed, 01 Jan 2025 12:00:30 GMT", cap=60, now=now) == 30
    assert retry_after_seconds("Wed, 01 Jan 2025 11:00:00 GMT", cap=60, now=now) == 0
    assert retry_after_seconds("soon", cap=60, now=now) is None
    assert retry_after_seconds("-5", cap=60, now=now) is None
    assert retry_after_seconds(None, cap=60, now=now) is None


async def test_gives_up_with_one_line_error() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503)

    async with fast_fetcher(handler, fast(attempts=3)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/x.md")
    assert calls == 3
    assert str(caught.value) == f"{DOCS}/x.md: HTTP 503 after 3 attempts"
    assert caught.value.url == f"{DOCS}/x.md"


async def test_one_attempt_is_said_once() -> None:
    async with fast_fetcher(lambda request: httpx.Response(500), fast(attempts=1)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/x.md")
    assert caught.value.reason == "HTTP 500 after 1 attempt"


async def test_other_client_errors_are_not_retried() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(403)

    async with fast_fetcher(handler) as fetcher:
        with pytest.raises(FetchError, match=r"x\.md: HTTP 403$"):
            await fetcher.get(f"{DOCS}/x.md")
    assert calls == 1


async def test_404_is_a_page_not_an_error() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(404, text="gone")

    async with fast_fetcher(handler) as fetcher:
        page = await fetcher.get(f"{DOCS}/missing.md")
    assert (page.status, page.body, calls) == (404, b"gone", 1)


async def test_timeout_covers_the_whole_attempt() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200)

    async with fast_fetcher(handler, fast(timeout=0.02, attempts=2)) as fetcher:
        with pytest.raises(FetchError) as caught:
            await fetcher.get(f"{DOCS}/slow.md")
    assert caught.value.reason == "timed out after 2 attempts"
