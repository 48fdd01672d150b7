"""The HTTP layer: bounded, retried fetches from docs.dintero.com and nowhere else.

`Fetcher` is the one way pages are read. It contacts only the docs host and hosts
the user allows (redirects included), retries transient failures, caps body sizes,
and can read from a local mirror (`--mirror`) or save what it read (`--snapshot`),
both in the layout `url_to_relpath` defines.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import importlib.metadata
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Self
from urllib.parse import unquote, urlsplit

import httpx
import stamina
from tqdm import tqdm

from scraper.errors import FetchError, UnsafePathError, UrlError
from scraper.formats import MEDIA_TYPES
from scraper.settings import DOCS_HOST

MAX_REDIRECTS = 5

# Host names that are safe as a directory name: no "..", no separators.
_HOST_NAME = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")


def _user_agent() -> str:
    try:
        version = importlib.metadata.version("dintero-scope-catalogue")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return (
        f"dintero-scope-catalogue/{version}"
        " (+https://github.com/dintero-scopes/dintero-scope-catalogue)"
    )


USER_AGENT = _user_agent()


@dataclass(frozen=True)
class Page:
    """A fetched URL: its raw body and what the server said about it."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    charset: str | None = None
    # True when the server answered 304 and the body is the cached one.
    revalidated: bool = False

    def text(self) -> str:
        """The body as text; undecodable bytes become U+FFFD (see `decoding_errors`)."""
        return self.body.decode(self._encoding(), errors="replace")

    @property
    def decoding_errors(self) -> bool:
        """True when `text()` had to replace bytes that were not valid in the charset."""
        try:
            self.body.decode(self._encoding())
        except UnicodeDecodeError:
            return True
        return False

    def _encoding(self) -> str:
        # A charset label that names no codec able to read any bytes with replacement
        # (unknown, `rot13`, `base64`, `idna`, `punycode`) is read as UTF-8 rather than
        # failing the page. The probe is not empty: decoding b"" never calls the codec.
        if self.charset:
            try:
                name = codecs.lookup(self.charset).name
                b"\xff".decode(name, errors="replace")
            except (LookupError, ValueError):  # ValueError: UnicodeError, or a NUL in the label
                pass
            else:
                return name
        return "utf-8-sig"


@dataclass(frozen=True)
class Cached:
    """A body kept from an earlier fetch, with the validators to ask whether it changed."""

    body: bytes
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None


class MirrorError(ValueError):
    """A `--mirror` value that is neither an http(s) origin nor a usable directory."""


def url_to_relpath(url: str) -> PurePosixPath:
    """The file for `url` in a mirror or snapshot directory.

    `https://<host>/<P>` maps to `<host>/<P>` when the last segment of P has a known
    file extension (see MEDIA_TYPES), else to `<host>/<P>/index.html`. The query is
    ignored. Percent-escapes are decoded first, so `%2e%2e` and `%2f` are caught too.
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise UnsafePathError(url, f"not a URL ({exc})") from exc
    host = parts.hostname or ""
    if not _HOST_NAME.fullmatch(host):
        raise UnsafePathError(url, f"unusable host name {host!r}")
    path = unquote(parts.path)
    if "\\" in path or "\0" in path:
        raise UnsafePathError(url, "backslash or NUL in path")
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        raise UnsafePathError(url, "'.' or '..' segment in path")
    if not segments or PurePosixPath(segments[-1]).suffix.lower() not in MEDIA_TYPES:
        segments.append("index.html")
    return PurePosixPath(host, *segments)


def retry_after_seconds(
    value: str | None, *, cap: float, now: datetime | None = None
) -> float | None:
    """The wait a Retry-After header asks for, clamped to 0..cap.

    The header holds delay-seconds or an HTTP-date; None when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+", value):
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(cap, max(0.0, seconds))


class MirrorTransport(httpx.AsyncBaseTransport):
    """Serves `https://<host>/<P>` from `<root>/url_to_relpath(url)`; no file is a 404."""

    def __init__(self, root: Path) -> None:
        self.root = root

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        relpath = url_to_relpath(str(request.url))
        file = self.root / relpath
        if not file.is_file():
            return httpx.Response(
                404, headers={"content-type": "text/plain"}, content=b"not in mirror\n"
            )
        media_type = MEDIA_TYPES[relpath.suffix.lower()]
        return httpx.Response(200, headers={"content-type": media_type}, content=file.read_bytes())


class OriginTransport(httpx.AsyncBaseTransport):
    """Sends every request to another origin, keeping path and query.

    The rewrite happens here, below the client, so the allowlist hook still judges
    the docs URL that was asked for.
    """

    def __init__(self, origin: httpx.URL) -> None:
        self.origin = origin
        self._prefix = origin.raw_path.rstrip(b"/")
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self.origin.copy_with(raw_path=self._prefix + request.url.raw_path)
        # The request is rebuilt around its stream, so httpx does not set Host itself.
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"host"]
        headers.append((b"Host", target.netloc))
        response = await self._inner.handle_async_request(
            httpx.Request(
                request.method,
                target,
                headers=headers,
                stream=request.stream,
                extensions=request.extensions,
            )
        )
        location = response.headers.get("location")
        if location is not None:
            response.headers["location"] = str(self._back(target.join(location), request.url))
        return response

    def _back(self, url: httpx.URL, original: httpx.URL) -> httpx.URL:
        # A redirect within the mirror is followed as one on the docs host; any
        # other redirect is left for the allowlist to refuse.
        on_origin = (url.scheme, url.netloc) == (self.origin.scheme, self.origin.netloc)
        if not on_origin or not url.raw_path.startswith(self._prefix + b"/"):
            return url
        return original.copy_with(raw_path=url.raw_path[len(self._prefix) :])

    async def aclose(self) -> None:
        await self._inner.aclose()


def mirror_transport(spec: str) -> httpx.AsyncBaseTransport:
    """The transport for `--mirror`: an http(s) origin, or a directory with one folder per host."""
    if spec.startswith(("http://", "https://")):
        try:
            origin = httpx.URL(spec)
        except httpx.InvalidURL as exc:
            raise MirrorError(f"mirror origin {spec} is not a URL ({exc})") from exc
        if not origin.host:
            raise MirrorError(f"mirror origin {spec} has no host")
        return OriginTransport(origin)
    root = Path(spec)
    if not root.is_dir():
        raise MirrorError(f"mirror directory {spec} does not exist")
    if not (root / DOCS_HOST).is_dir():
        raise MirrorError(f"mirror directory {spec} has no {DOCS_HOST} folder (one per host)")
    return MirrorTransport(root)


# Failures worth another try: the network and timeouts (statuses: _RetryableStatus).
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, TimeoutError)


class _RetryableStatus(Exception):
    """A 429 or 5xx answer, with the wait its Retry-After asked for, if any."""

    def __init__(self, status: int, wait: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.wait = wait


class _HostRefused(Exception):
    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _PathRefused(UrlError):
    """A redirect to a URL with no safe file in the mirror layout (`%2e%2e`)."""


def _conditions(cached: Cached | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a body kept from an earlier fetch."""
    headers: dict[str, str] = {}
    if cached is not None and cached.etag:
        headers["If-None-Match"] = cached.etag
    if cached is not None and cached.last_modified:
        headers["If-Modified-Since"] = cached.last_modified
    return headers


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return "timed out"
    detail = _message(exc)
    if isinstance(exc, httpx.DecodingError):
        return f"body does not match its Content-Encoding: {detail}"
    return f"network error: {detail}" if isinstance(exc, httpx.TransportError) else detail


def _message(exc: BaseException) -> str:
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


class Fetcher:
    """Fetches pages from the docs host; use as `async with Fetcher(...) as fetcher`.

    `mirror` reads from a local copy instead (see `mirror_transport`); `transport`,
    when given, takes precedence (tests pass httpx.MockTransport). The wait_* values
    shape the exponential backoff between attempts; a Retry-After is honoured up to
    `retry_after_max` seconds.
    """

    def __init__(
        self,
        *,
        mirror: str | None = None,
        allowed_hosts: Iterable[str] = (),
        concurrency: int = 8,
        timeout: float = 20.0,
        attempts: int = 4,
        max_bytes: int = 20_000_000,
        snapshot: Path | None = None,
        progress: bool | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        cache: Mapping[str, Cached] | None = None,
        wait_initial: float = 0.5,
        wait_max: float = 10.0,
        wait_jitter: float = 1.0,
        retry_after_max: float = 60.0,
    ) -> None:
        if transport is None and mirror is not None:
            transport = mirror_transport(mirror)
        self.allowed_hosts = frozenset({DOCS_HOST, *(h.lower() for h in allowed_hosts)})
        self._semaphore = asyncio.Semaphore(concurrency)
        self._timeout = timeout
        self._attempts = attempts
        self._max_bytes = max_bytes
        self._snapshot = snapshot
        self._cache = cache or {}
        # Body bytes received (decoded) and 304 answers: how much a refresh downloaded.
        self.bytes_received = 0
        self.not_modified = 0
        self._progress = sys.stderr.isatty() if progress is None else progress
        self._retry_after_max = retry_after_max
        self._retrying = stamina.AsyncRetryingCaller(
            attempts=attempts,
            timeout=None,
            wait_initial=wait_initial,
            wait_max=wait_max,
            wait_jitter=wait_jitter,
        )
        self._client = httpx.AsyncClient(
            transport=transport,
            headers={"User-Agent": USER_AGENT},
            timeout=timeout,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            event_hooks={"request": [self._check_request]},
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
        tries = f"{self._attempts} attempt" + ("s" if self._attempts != 1 else "")
        try:
            host = httpx.URL(url).host
            if host not in self.allowed_hosts:
                raise FetchError(url, f"host {host or '(none)'} is not allowed")
            # Every page read is kept in the snapshot: a URL with no safe file there
            # (`..`, `%2e%2e`, a backslash) is refused before any request.
            url_to_relpath(url)
            page = await self._retrying(self._retry_wait, self._get_once, url)
        except _RetryableStatus as exc:
            raise FetchError(url, f"{exc} after {tries}") from exc
        except _TRANSIENT as exc:
            raise FetchError(url, f"{_describe(exc)} after {tries}") from exc
        except _HostRefused as exc:
            raise FetchError(url, f"redirect to other host {exc.host} refused") from exc
        except _PathRefused as exc:
            raise FetchError(url, f"redirect to {exc.url} refused: {exc.reason}") from exc
        except httpx.TooManyRedirects as exc:
            reason = f"more than {MAX_REDIRECTS} redirects (a redirect loop?)"
            raise FetchError(url, reason) from exc
        except UnsafePathError as exc:
            raise FetchError(url, exc.reason) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(url, _describe(exc)) from exc
        if self._snapshot is not None and page.status == 200:
            self._save(self._snapshot, page)
        return page

    async def get_many(
        self, urls: Sequence[str], desc: str = "fetching"
    ) -> list[Page | FetchError]:
        """Fetch URLs concurrently; results keep the order, failures are returned, not raised."""
        with tqdm(
            total=len(urls), desc=desc, unit="page", leave=False, disable=not self._progress
        ) as bar:

            async def one(url: str) -> Page | FetchError:
                try:
                    return await self.get(url)
                except FetchError as exc:
                    return exc
                finally:
                    bar.update()

            return await asyncio.gather(*(one(url) for url in urls))

    async def _check_request(self, request: httpx.Request) -> None:
        # httpx runs request hooks before every hop of a redirect chain, so this one
        # check keeps the whole crawl on the allowed hosts, and off paths that would
        # leave a mirror (a server that resolves `%2e%2e` serves what is above it).
        if request.url.host not in self.allowed_hosts:
            raise _HostRefused(request.url.host)
        try:
            url_to_relpath(str(request.url))
        except UnsafePathError as exc:
            raise _PathRefused(exc.url, exc.reason) from exc

    def _retry_wait(self, exc: Exception) -> bool | float:
        # stamina's backoff hook: a float replaces the exponential wait.
        if isinstance(exc, _RetryableStatus):
            return True if exc.wait is None else exc.wait
        return isinstance(exc, _TRANSIENT)

    async def _get_once(self, url: str) -> Page:
        cached = self._cache.get(url)
        # The timeout covers the whole attempt, redirects and a slow body included.
        async with (
            self._semaphore,
            asyncio.timeout(self._timeout),
            self._client.stream("GET", url, headers=_conditions(cached)) as response,
        ):
            status = response.status_code
            if status == 304 and cached is not None:
                self.not_modified += 1
                return Page(
                    url=url,
                    status=200,
                    content_type=cached.content_type,
                    body=cached.body,
                    etag=response.headers.get("etag", cached.etag),
                    last_modified=response.headers.get("last-modified", cached.last_modified),
                    revalidated=True,
                )
            if status == 429 or status >= 500:
                header = response.headers.get("retry-after")
                wait = retry_after_seconds(header, cap=self._retry_after_max)
                raise _RetryableStatus(status, wait)
            if not (200 <= status < 300 or status == 404):
                raise FetchError(url, f"HTTP {status}")
            body = await self._read_capped(url, response)
            self.bytes_received += len(body)
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

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchError(url, f"body larger than {self._max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _save(snapshot: Path, page: Page) -> None:
        # get() has checked that the URL maps to a safe path.
        file = snapshot / url_to_relpath(page.url)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(page.body)
        except OSError as exc:
            raise FetchError(page.url, f"snapshot not written: {exc}") from exc
