"""Where requests go when not to the docs site itself: a local copy (`--mirror`).

Both are httpx transports, below the client, so a mirror goes through the same
allowlist, retries and caps as the live site.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from scraper.fetch.layout import url_to_relpath
from scraper.formats import MEDIA_TYPES
from scraper.settings import DOCS_HOST


class MirrorError(ValueError):
    """A `--mirror` value that is neither an http(s) origin nor a usable directory."""


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
