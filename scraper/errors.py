"""The one shape of error about a URL: `<url>: <reason>`, on one line."""

from __future__ import annotations


class UrlError(Exception):
    """Something about one URL went wrong; `str()` names the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class FetchError(UrlError):
    """A URL that could not be fetched."""


class UnsafePathError(UrlError):
    """A URL that cannot be mapped to a file inside a mirror or snapshot directory."""


class ParseError(UrlError):
    """A document that is not what its format needs."""
