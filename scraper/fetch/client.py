"""The Fetcher: the one way pages are read, composed of the fetch layer's parts."""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Self

import httpx

from scraper.errors import FetchError
from scraper.fetch.allowlist import Allowlist
from scraper.fetch.conditional import Cached, conditions, revalidated
from scraper.fetch.failures import FAILURES, failure
from scraper.fetch.page import Page
from scraper.fetch.policy import MAX_REDIRECTS, FetchPolicy
from scraper.fetch.retry import backoff, check_status, retrying
from scraper.fetch.size_cap import ACCEPT_ENCODING, read_capped
from scraper.fetch.transports import mirror_transport
from scraper.fetch.user_agent import USER_AGENT


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS settings, made once per process: making them reads the whole
    CA bundle (about 40 ms), and a process may open many clients."""
    return httpx.create_ssl_context()


class Fetcher:
    """Fetches pages from the allowed hosts; use as `async with Fetcher(...) as fetcher`.

    `policy` sets concurrency, timeout, retries and the size cap. `mirror` reads from
    a local copy instead of the docs site (see `mirror_transport`); `transport`, when
    given, takes precedence (tests pass httpx.MockTransport). `cache` holds bodies
    from an earlier refresh, to be revalidated instead of downloaded again.
    """

    def __init__(
        self,
        policy: FetchPolicy = FetchPolicy(),
        *,
        mirror: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allowed_hosts: Iterable[str] = (),
        cache: Mapping[str, Cached] | None = None,
    ) -> None:
        if transport is None and mirror is not None:
            transport = mirror_transport(mirror)
        self.policy = policy
        self.allowlist = Allowlist(allowed_hosts)
        self._cache = cache or {}
        self._slots = asyncio.Semaphore(policy.concurrency)
        self._retrying = retrying(policy)
        self._client = httpx.AsyncClient(
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=policy.timeout,
            verify=tls_context(),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            event_hooks={"request": [self.allowlist.check_hop]},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def get(self, url: str) -> Page:
        """Fetch one URL. A 404 is a Page; every other failure raises FetchError."""
        try:
            self.allowlist.check(url)
            return await self._retrying(backoff, self._attempt, url)
        except FetchError:
            raise
        except FAILURES as exc:
            raise failure(url, exc, self.policy.attempts) from exc

    async def _attempt(self, url: str) -> Page:
        cached = self._cache.get(url)
        request = self._client.build_request("GET", url, headers=conditions(cached))
        response: httpx.Response | None = None
        try:
            # The timeout covers the whole exchange, redirects and a slow body included.
            async with self._slots, asyncio.timeout(self.policy.timeout):
                response = await self._client.send(request, stream=True)
                return await self._answer(url, cached, response)
        finally:
            # Closed once the attempt has its answer (a page, a 403, a body over the
            # cap): outside the timeout, so that closing cannot turn the answer into a
            # timeout to retry, and outside the slot, so that the next request does not
            # wait for the connection to be put away.
            if response is not None:
                await response.aclose()

    async def _answer(self, url: str, cached: Cached | None, response: httpx.Response) -> Page:
        status = response.status_code
        if status == 304 and cached is not None:
            return revalidated(url, cached, response)
        check_status(response, self.policy.retry_after_max)
        if not (200 <= status < 300 or status == 404):
            raise FetchError(url, f"HTTP {status}")
        body = await read_capped(url, response, self.policy.max_bytes)
        content_type = response.headers.get("content-type")
        return Page(
            url=url,
            status=status,
            content_type=(content_type or "").split(";")[0].strip().lower() or None,
            body=body,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            charset=response.charset_encoding,
        )
