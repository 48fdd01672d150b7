"""The refresh job: crawl, build the catalogue, write the outputs.

Outputs are written to a staging directory beside the destination and swapped
in whole, so a failed run leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from scraper.crawl import DEFAULT_SOURCE, Crawl, crawl
from scraper.fetch import Fetcher, url_to_relpath
from scraper.model import Catalogue

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


def products(catalogue: Catalogue, raw: Mapping[str, bytes]) -> dict[Path, bytes]:
    """Every file a refresh writes, by path relative to the output directory."""
    files = {CATALOGUE: catalogue.to_json().encode()}
    files.update((SNAPSHOT / url_to_relpath(url), body) for url, body in raw.items())
    return files


def keep_fetch_time(new: Catalogue, previous_json: str | None) -> Catalogue:
    """The previous catalogue's fetch time when nothing else changed, so no file is rewritten."""
    if previous_json is None:
        return new
    previous = Catalogue.from_json(previous_json)
    if replace(previous, fetched_at=new.fetched_at) == new:
        return previous
    return new


def read_previous(out: Path) -> str | None:
    path = out / CATALOGUE
    return path.read_text(encoding="utf-8") if path.is_file() else None


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
