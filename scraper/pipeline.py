"""The refresh job: crawl, build, check, release, render, write.

A refresh reuses what the last one left in the output directory: the catalogue
(to diff against), the release history (to version), and the normalized snapshot with
its validators (so unchanged pages are not downloaded again). It reads them holding the
directory's lock, and keeps it until its own outputs are written.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from scraper import gate
from scraper.build import build
from scraper.crawl import Crawl, Crawler, crawl
from scraper.diff import diff
from scraper.fetch import Cached, Fetcher, FetchPolicy
from scraper.model import Catalogue
from scraper.outputs import check_own, claimed, write_outputs
from scraper.release import Release, history_from_json, history_to_json, next_release
from scraper.render import python, render_all
from scraper.reviewed import sensitive_scopes
from scraper.settings import DEFAULT_CONCURRENCY, DEFAULT_MAX_REMOVALS, DEFAULT_SOURCE, DEFAULT_WAIT
from scraper.snapshot import (
    SNAPSHOT,
    VALIDATORS,
    load_cache,
    saved_files,
    snapshot_files,
    validators_json,
)

# The folders a refresh writes, each replaced whole.
OUTPUT_FOLDERS = ("generated", "site")
CATALOGUE = Path("generated/catalogue.json")
HISTORY = Path("generated/history.json")


@dataclass(frozen=True)
class Options:
    source: str = DEFAULT_SOURCE
    mirror: str | None = None
    out: Path = Path()
    # Where to save every raw response, as it came (the normalized snapshot is generated/).
    save_raw: Path | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    allowed_hosts: tuple[str, ...] = field(default_factory=tuple)
    progress: bool | None = None
    max_removals: float = DEFAULT_MAX_REMOVALS
    accept_removals: bool = False
    # What the catalogue says of how the docs were read; None: through a copy if `mirror`.
    mirrored: bool | None = None
    # Seconds to wait for another run writing to `out`.
    wait: float = DEFAULT_WAIT

    @property
    def read_from_copy(self) -> bool:
        return self.mirror is not None if self.mirrored is None else self.mirrored


class RefreshError(Exception):
    """A run that cannot go on; str() says why, in one line."""


class GateRefused(RefreshError):
    """The refresh looks broken; nothing was written. `published` says what writing it
    anyway (`--accept-removals`) would publish."""

    def __init__(self, problems: list[str], published: str = "") -> None:
        super().__init__(
            "refusing to write the outputs (rerun with --accept-removals if this is right): "
            + "; ".join(problems)
        )
        self.problems = problems
        self.published = published


@dataclass(frozen=True)
class Outcome:
    catalogue: Catalogue
    written: bool
    release: Release | None = None
    bytes_received: int = 0
    not_modified: int = 0


def refresh(options: Options) -> Outcome:
    """Crawl, build, and write what changed; refuse when the result looks broken."""
    # Before any request: outputs that are not ours are never replaced.
    check_own(options.out, OUTPUT_FOLDERS)
    with claimed(options.out, "refresh", options.wait):
        return _refresh(options)


def _refresh(options: Options) -> Outcome:
    out = options.out
    previous, history = load_previous(out), load_history(out)
    fetcher = _fetcher(options, load_cache(out))
    crawled = asyncio.run(_crawl(fetcher, options.source))
    new = build(
        crawled.records(),
        crawled.missing(),
        options.source,
        now(),
        mirror=options.read_from_copy,
        sensitive=sensitive_scopes(),
        previous=previous,
    )
    new = keep_fetch_time(new, previous)
    pages = crawled.read()
    read = {page.url for page in pages}
    upstream = diff(previous, new)
    problems = gate.problems(previous, new, upstream, read, options.max_removals)
    if problems and not options.accept_removals:
        raise GateRefused(problems, gate.published(previous, new, upstream))
    # The first release describes everything, whatever an older catalogue held.
    changes = diff(previous if history else None, new)
    date = new.fetched_at if changes else now()
    release = next_release(history, changes, date, python.fingerprint(new))
    if release is not None:
        history = [release, *history]
    files = {
        **products(new, history),
        **snapshot_files(pages),
        VALIDATORS: validators_json(pages),
    }
    written = write_outputs(out, files)
    return Outcome(new, written, release, fetcher.bytes_received, fetcher.not_modified)


def rerender(out: Path, wait: float = DEFAULT_WAIT) -> Outcome:
    """Render the outputs again from the catalogue, history and snapshot already in `out`."""
    with _rendering(out, "render", wait):
        catalogue = load_previous(out)
        if catalogue is None:
            raise _not_refreshed(out / CATALOGUE)
        history = load_history(out)
        # The package's code may have changed: a post-release publishes it.
        release = next_release(history, [], now(), python.fingerprint(catalogue))
        if release is not None:
            history = [release, *history]
        files = {**products(catalogue, history), **saved_files(out)}
        return Outcome(catalogue, write_outputs(out, files), release)


def from_snapshot(out: Path, progress: bool | None = None, wait: float = DEFAULT_WAIT) -> Outcome:
    """Refresh from the normalized snapshot in `out`, through the same client as the live site."""
    with _rendering(out, "render --from-snapshot", wait):
        previous = load_previous(out)
        if previous is None or not (out / SNAPSHOT).is_dir():
            raise _not_refreshed(out / SNAPSHOT)
        # The snapshot is what an earlier refresh read: the catalogue keeps saying where from.
        return _refresh(
            Options(
                source=previous.source,
                mirror=str(out / SNAPSHOT),
                out=out,
                progress=progress,
                mirrored=previous.mirror,
            )
        )


@contextmanager
def _rendering(out: Path, command: str, wait: float) -> Iterator[None]:
    """`out` claimed for a render: it must exist, and hold outputs of ours only."""
    check_own(out, OUTPUT_FOLDERS)
    if not out.is_dir():
        raise _not_refreshed(out / CATALOGUE)
    with claimed(out, command, wait):
        yield


def _not_refreshed(missing: Path) -> RefreshError:
    return RefreshError(f"{missing} does not exist: run 'dintero-scopes refresh' first")


def products(catalogue: Catalogue, history: list[Release]) -> dict[Path, bytes]:
    """Every file made from the catalogue and the history, by path in the output directory."""
    return {
        CATALOGUE: catalogue.to_json().encode(),
        HISTORY: history_to_json(history).encode(),
        **render_all(catalogue, history),
    }


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fetcher(
    options: Options, cache: dict[str, Cached], policy: FetchPolicy = FetchPolicy()
) -> Crawler:
    """The crawl's reader; `policy` sets everything of it but `options.concurrency`."""
    fetcher = Fetcher(
        replace(policy, concurrency=options.concurrency),
        mirror=options.mirror,
        allowed_hosts=options.allowed_hosts,
        cache=cache,
    )
    return Crawler(fetcher, save_raw=options.save_raw, progress=options.progress)


async def _crawl(crawler: Crawler, source: str) -> Crawl:
    async with crawler.fetcher:
        return await crawl(crawler, source)


def keep_fetch_time(new: Catalogue, previous: Catalogue | None) -> Catalogue:
    """The previous catalogue's fetch time when nothing else changed, so no file is rewritten."""
    if previous is not None and replace(previous, fetched_at=new.fetched_at) == new:
        return previous
    return new


def load_previous(out: Path) -> Catalogue | None:
    path = out / CATALOGUE
    return Catalogue.load(path) if path.is_file() else None


def load_history(out: Path) -> list[Release]:
    path = out / HISTORY
    if not path.is_file():
        return []
    try:
        return history_from_json(path.read_text(encoding="utf-8"))
    except (ValueError, KeyError, TypeError) as error:
        raise RefreshError(f"{path} is not a release history: {error!r}") from None
