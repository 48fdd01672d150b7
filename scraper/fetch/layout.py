"""The mirror layout: where a URL's file is in a mirror or snapshot directory.

`--mirror DIR` is read in this layout and `--save-raw DIR` written in it, so a
snapshot is itself a mirror that serves the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from scraper.errors import FetchError, UnsafePathError
from scraper.fetch.page import Page
from scraper.formats import MEDIA_TYPES

# Host names that are safe as a directory name: no "..", no separators.
_HOST_NAME = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")


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


def save(root: Path, page: Page) -> None:
    """Write the page's raw body to its file under `root` (`--save-raw`).

    The Fetcher reads no URL without a safe file here, so the path stays inside
    `root`; a FetchError names the page when the file cannot be written.
    """
    file = root / url_to_relpath(page.url)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(page.body)
    except OSError as exc:
        raise FetchError(page.url, f"snapshot not written: {exc}") from exc
