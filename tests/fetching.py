"""What the fetch tests share: a Fetcher over a mock transport, with a policy that never waits."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import httpx

from scraper.errors import FetchError
from scraper.fetch import Fetcher, FetchPolicy, Page
from scraper.settings import DOCS_HOST

DOCS = f"https://{DOCS_HOST}"

Handler = Callable[[httpx.Request], Any]

# Three attempts, no backoff between them.
FAST = FetchPolicy(attempts=3, wait_initial=0, wait_max=0, wait_jitter=0)


def fast(**changes: Any) -> FetchPolicy:
    """FAST with some values changed."""
    return replace(FAST, **changes)


def fast_fetcher(handler: Handler, policy: FetchPolicy = FAST, **options: Any) -> Fetcher:
    """A Fetcher over a mock transport calling `handler` for every request."""
    return Fetcher(policy, transport=httpx.MockTransport(handler), **options)


async def get_all(fetcher: Fetcher, urls: Iterable[str]) -> list[Page | FetchError]:
    """Every URL at once, in order; a failure in its place instead of raised."""

    async def one(url: str) -> Page | FetchError:
        try:
            return await fetcher.get(url)
        except FetchError as exc:
            return exc

    return await asyncio.gather(*(one(url) for url in urls))
