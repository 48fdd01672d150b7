"""Conditional requests: ask whether a page changed instead of downloading it again.

A refresh keeps each URL's body with its ETag and Last-Modified (scraper.snapshot);
the next one sends them as If-None-Match / If-Modified-Since, and a 304 answer
gives the kept body back.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from scraper.fetch.page import Page


@dataclass(frozen=True)
class Cached:
    """A body kept from an earlier fetch, with the validators to ask whether it changed."""

    body: bytes
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None


def conditions(cached: Cached | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a body kept from an earlier fetch."""
    headers: dict[str, str] = {}
    if cached is not None and cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached is not None and cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def revalidated(url: str, cached: Cached, response: httpx.Response) -> Page:
    """The page a 304 answer stands for: the kept body, with the validators now current."""
    return Page(
        url=url,
        status=200,
        content_type=cached.content_type,
        body=cached.body,
        etag=response.headers.get("etag", cached.etag),
        last_modified=response.headers.get("last-modified", cached.last_modified),
        revalidated=True,
    )
