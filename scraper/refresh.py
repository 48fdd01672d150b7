"""The refresh job: crawl, build the catalogue, write the outputs.

Outputs are written to a staging directory beside the destination and swapped
in whole, so a failed run leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from scraper.build import build
from scraper.crawl import DEFAULT_SOURCE, Crawl, crawl
from scraper.fetch import Fetcher, url_to_relpath
from scraper.model import Catalogue
from scraper.render import render_all

CATALOGUE = Path("generated/catalogue.json")
# The raw responses of the last refresh, in the mirror layout: `--mirror generated/snapshot`.
SNAPSHOT = Path("generated/snapshot")


@dataclass(frozen=True)
class Options:
    source: str = DEFAULT_SOURCE
    mirror: str | None = None
    out: Path = Path()
    snapshot: Path | None = None
    concurrency: int = 8
    allowed_hosts: tuple[str, ...] = field(default_factory=tuple)
    progress: bool | None = None


class RefreshError(Exception):
    """A run that cannot go on; str() says why, in one line."""


@dataclass(frozen=True)
class Outcome:
    catalogue: Catalogue
    written: bool


def refresh(options: Options) -> Outcome:
    """Crawl, build, render, and write what changed."""
    crawled = asyncio.run(run_crawl(options))
    catalogue = keep_fetch_time(build(crawled, fetched_at=now()), load_previous(options.out))
    written = write_outputs(options.out, products(catalogue, crawled_snapshot(crawled)))
    return Outcome(catalogue, written)


def rerender(out: Path) -> Outcome:
    """Render the outputs again from the catalogue and snapshot already in `out`."""
    catalogue = load_previous(out)
    if catalogue is None:
        raise RefreshError(f"{out / CATALOGUE} does not exist: run 'dintero-scopes refresh' first")
    return Outcome(catalogue, write_outputs(out, products(catalogue, saved_snapshot(out))))


def from_snapshot(out: Path, progress: bool | None = None) -> Outcome:
    """Refresh from the raw snapshot in `out`, through the same client as the live site."""
    previous = load_previous(out)
    if previous is None or not (out / SNAPSHOT).is_dir():
        raise RefreshError(f"{out / SNAPSHOT} does not exist: run 'dintero-scopes refresh' first")
    options = Options(
        source=previous.source, mirror=str(out / SNAPSHOT), out=out, progress=progress
    )
    return refresh(options)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def run_crawl(options: Options) -> Crawl:
    async with Fetcher(
        mirror=options.mirror,
        allowed_hosts=options.allowed_hosts,
        concurrency=options.concurrency,
        snapshot=options.snapshot,
        progress=options.progress,
    ) as fetcher:
        return await crawl(fetcher, options.source)


def products(catalogue: Catalogue, snapshot: Mapping[Path, bytes]) -> dict[Path, bytes]:
    """Every file a refresh writes, by path relative to the output directory.

    `snapshot` holds the raw responses by their path in the mirror layout.
    """
    files = {CATALOGUE: catalogue.to_json().encode(), **render_all(catalogue)}
    files.update((SNAPSHOT / path, body) for path, body in snapshot.items())
    return files


def crawled_snapshot(crawled: Crawl) -> dict[Path, bytes]:
    return {Path(url_to_relpath(url)): body for url, body in crawled.raw().items()}


def saved_snapshot(out: Path) -> dict[Path, bytes]:
    """The raw snapshot a previous refresh left in `out`."""
    root = out / SNAPSHOT
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def keep_fetch_time(new: Catalogue, previous: Catalogue | None) -> Catalogue:
    """The previous catalogue's fetch time when nothing else changed, so no file is rewritten."""
    if previous is not None and replace(previous, fetched_at=new.fetched_at) == new:
        return previous
    return new


def read_previous(out: Path) -> str | None:
    path = out / CATALOGUE
    return path.read_text(encoding="utf-8") if path.is_file() else None


def load_previous(out: Path) -> Catalogue | None:
    text = read_previous(out)
    if text is None:
        return None
    try:
        return Catalogue.from_json(text)
    except (ValueError, KeyError, TypeError) as error:
        raise RefreshError(f"{out / CATALOGUE} is not a catalogue: {error!r}") from None


def write_outputs(out: Path, files: Mapping[Path, bytes]) -> bool:
    """Replace each top-level directory the files fall in (generated/, site/) as a whole.

    Returns False, writing nothing, when the directories already hold exactly these files.
    """
    tops = sorted({path.parts[0] for path in files})
    if _existing(out, tops) == set(files) and all(
        (out / path).read_bytes() == content for path, content in files.items()
    ):
        return False
    with _staging(out) as staging:
        for path, content in files.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        for top in tops:
            _swap(staging / top, out / top, staging / f"{top}.previous")
    return True


def _existing(out: Path, tops: list[str]) -> set[Path]:
    return {
        path.relative_to(out) for top in tops for path in (out / top).rglob("*") if path.is_file()
    }


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".dintero-scopes-", dir=out))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(new: Path, target: Path, backup: Path) -> None:
    """Put `new` where `target` is; on failure, put the old one back."""
    had_target = target.exists()
    if had_target:
        os.replace(target, backup)
    try:
        os.replace(new, target)
    except OSError:
        if had_target:
            os.replace(backup, target)
        raise
