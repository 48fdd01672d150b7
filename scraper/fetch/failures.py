"""The one-line reason a fetch failed, from the exception that ended it."""

from __future__ import annotations

import httpx

from scraper.errors import FetchError, UrlError
from scraper.fetch.policy import MAX_REDIRECTS
from scraper.fetch.retry import TRANSIENT, RetryableStatus

# What may end a fetch besides a FetchError, which already says why.
FAILURES = (*TRANSIENT, RetryableStatus, UrlError, httpx.HTTPError, httpx.InvalidURL)


def failure(url: str, exc: Exception, attempts: int) -> FetchError:
    """The FetchError for `url` after `exc`: retried failures say how many attempts were made."""
    tries = f"{attempts} attempt" + ("s" if attempts != 1 else "")
    if isinstance(exc, RetryableStatus):
        return FetchError(url, f"{exc} after {tries}")
    if isinstance(exc, TRANSIENT):
        return FetchError(url, f"{describe(exc)} after {tries}")
    if isinstance(exc, UrlError):  # a refused redirect; its reason names the hop
        return FetchError(url, exc.reason)
    if isinstance(exc, httpx.TooManyRedirects):
        return FetchError(url, f"more than {MAX_REDIRECTS} redirects (a redirect loop?)")
    return FetchError(url, describe(exc))


def describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return "timed out"
    detail = message(exc)
    if isinstance(exc, httpx.DecodingError):
        return f"body does not match its Content-Encoding: {detail}"
    return f"network error: {detail}" if isinstance(exc, httpx.TransportError) else detail


def message(exc: BaseException) -> str:
    """The first message down the chain of causes, on one line.

    httpx's network errors often say nothing themselves; the OS error they wrap does
    (`[Errno 104] Connection reset by peer`).
    """
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if text := " ".join(str(cause).split()):
            return text
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return type(exc).__name__
