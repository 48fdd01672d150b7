"""The normalized snapshot of the last refresh, kept in the repo, and what revalidates it.

Bodies are stored in the mirror layout under generated/snapshot/, normalized so
an unchanged page gives no diff: line endings made LF, and in HTML the scripts
and styles (build ids, nonces) dropped, which no parser reads anyway. Each URL's
ETag and Last-Modified go to generated/validators.json, so the next refresh asks
the server whether a page changed instead of downloading it again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from scraper.errors import UnsafePathError
from scraper.fetch import Cached, Page, url_to_relpath

SNAPSHOT = Path("generated/snapshot")
VALIDATORS = Path("generated/validators.json")

_VOLATILE_HTML = re.compile(rb"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def normalize(page: Page) -> bytes:
    body = page.body.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if page.content_type == "text/html" or page.url.lower().endswith(".html"):
        body = _VOLATILE_HTML.sub(b"", body)
    return body


def snapshot_files(pages: Iterable[Page]) -> dict[Path, bytes]:
    """Each page's normalized body at its place in the mirror layout.

    Two pages whose files cannot both exist (`a.md` and `a.md/b.md`) stop the run
    with an UnsafePathError naming them: a snapshot without one could not reproduce it.
    """
    files = {SNAPSHOT / url_to_relpath(page.url): page for page in pages}
    for path, page in files.items():
        holder = next((files[parent] for parent in path.parents if parent in files), None)
        if holder is not None:
            raise UnsafePathError(
                page.url, f"no room in the snapshot: {holder.url} is a file there"
            )
    return {path: normalize(page) for path, page in files.items()}


def validators_json(pages: Iterable[Page]) -> bytes:
    """The validators of every page the server gave one for, sorted by URL."""
    table = {
        page.url: {
            "content_type": page.content_type,
            "etag": page.etag,
            "last_modified": page.last_modified,
        }
        for page in pages
        if page.etag or page.last_modified
    }
    return (json.dumps(table, indent=2, sort_keys=True) + "\n").encode()


def load_cache(out: Path) -> dict[str, Cached]:
    """The bodies and validators a previous refresh left in `out`; empty when it left none."""
    try:
        table = json.loads((out / VALIDATORS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    cache: dict[str, Cached] = {}
    for url, entry in table.items() if isinstance(table, dict) else ():
        if not isinstance(entry, dict):
            continue
        try:
            body = (out / SNAPSHOT / url_to_relpath(url)).read_bytes()
        except (OSError, UnsafePathError):
            continue
        # A hand-edited file may hold anything; only strings are validators.
        text = {key: value for key, value in entry.items() if isinstance(value, str)}
        cache[url] = Cached(
            body, text.get("content_type"), text.get("etag"), text.get("last_modified")
        )
    return cache


def saved_files(out: Path) -> dict[Path, bytes]:
    """The snapshot and validators as a previous refresh left them, for re-rendering."""
    root = out / SNAPSHOT
    files = {
        path.relative_to(out): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
    if (out / VALIDATORS).is_file():
        files[VALIDATORS] = (out / VALIDATORS).read_bytes()
    return files
