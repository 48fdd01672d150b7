"""The hosts a crawl may contact, and the paths it may ask them for.

Nothing else is ever contacted, redirects included: the first URL is checked
before any request, and every redirect hop before it is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import httpx

from scraper.errors import FetchError, UnsafePathError, UrlError
from scraper.fetch.layout import url_to_relpath
from scraper.settings import DOCS_HOST


class RedirectRefused(UrlError):
    """A redirect hop to a host or path the allowlist refuses; `url` is the hop's."""


class Allowlist:
    """The docs host and the hosts the user allows (`--allow-host`)."""

    def __init__(self, extra_hosts: Iterable[str] = ()) -> None:
        self.hosts = frozenset({DOCS_HOST, *(h.lower() for h in extra_hosts)})

    def allows(self, url: str) -> bool:
        """Whether a link is on an allowed host; one that is no URL is on none."""
        try:
            return urlsplit(url).hostname in self.hosts
        except ValueError:  # `https://[x/`: an unclosed IPv6 host
            return False

    def check(self, url: str) -> None:
        """Refuse a URL before any request: another host, or no safe file in the layout.

        Every page read may be kept in a snapshot, so a URL with no safe file there
        (`..`, `%2e%2e`, a backslash) is refused. httpx.InvalidURL when it is no URL.
        """
        host = httpx.URL(url).host
        if host not in self.hosts:
            raise FetchError(url, f"host {host or '(none)'} is not allowed")
        try:
            url_to_relpath(url)
        except UnsafePathError as exc:
            raise FetchError(url, exc.reason) from exc

    async def check_hop(self, request: httpx.Request) -> None:
        """The client's request hook, which httpx runs before every hop of a redirect chain.

        So this one check keeps the whole crawl on the allowed hosts, and off paths
        that would leave a mirror (a server that resolves `%2e%2e` serves what is above it).
        """
        if request.url.host not in self.hosts:
            raise RedirectRefused(
                str(request.url), f"redirect to other host {request.url.host} refused"
            )
        try:
            url_to_relpath(str(request.url))
        except UnsafePathError as exc:
            raise RedirectRefused(exc.url, f"redirect to {exc.url} refused: {exc.reason}") from exc
