"""The refresh and render commands: run the job, say what it did, exit with what happened."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from scraper.crawl import CrawlError
from scraper.errors import UrlError
from scraper.fetch import MirrorError
from scraper.lock import Busy
from scraper.outputs import OutputError
from scraper.pipeline import (
    CATALOGUE,
    GateRefused,
    Options,
    Outcome,
    RefreshError,
    from_snapshot,
    refresh,
    rerender,
)
from scraper.render.changelog import release_markdown, summary
from scraper.reviewed import ReviewError
from scraper.runtime.reference import CatalogError

PROG = "dintero-scopes"
EXIT_ERROR = 2
EXIT_REFUSED = 3
# A refresh that wrote something: the scheduled job opens a pull request.
EXIT_CHANGED = 10


def _outcome(args: argparse.Namespace) -> Outcome:
    if args.command == "render":
        if args.from_snapshot:
            return from_snapshot(args.out, wait=args.wait)
        return rerender(args.out, args.wait)
    return refresh(
        Options(
            source=args.source,
            mirror=args.mirror,
            out=args.out,
            save_raw=args.save_raw,
            concurrency=args.concurrency,
            allowed_hosts=tuple(args.allow_host),
            max_removals=args.max_removals,
            accept_removals=args.accept_removals,
            wait=args.wait,
        )
    )


def run(args: argparse.Namespace) -> int:
    """Refresh or render into `args.out`, already checked by the command line."""
    # Retries are expected on a flaky network; only their final failure is news.
    logging.getLogger("stamina").setLevel(logging.ERROR)
    report = args.report
    try:
        outcome = _outcome(args)
    except GateRefused as refused:
        lines = "\n".join(f"- {problem}" for problem in refused.problems)
        print(
            f"{PROG}: refresh refused, nothing written:\n{lines}\n"
            f"Rerun with --accept-removals to write it anyway; that would publish: "
            f"{refused.published}.",
            file=sys.stderr,
        )
        body = (
            f"## Refresh refused\n\n{lines}\n\nWritten anyway, it would publish: "
            f"{refused.published}.\n"
        )
        if report is not None and not _report(report, body):
            return EXIT_ERROR
        return EXIT_REFUSED
    except (
        CrawlError,
        UrlError,
        MirrorError,
        RefreshError,
        CatalogError,
        ReviewError,
        OutputError,
        Busy,
        OSError,
    ) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    catalogue = outcome.catalogue
    counts = f"{len(catalogue.scopes)} scopes, {len(catalogue.endpoints)} endpoints"
    state = "written" if outcome.written else "unchanged"
    print(f"{args.out / CATALOGUE}: {counts}, {len(catalogue.findings)} findings ({state})")
    if outcome.release is not None:
        print(f"release {outcome.release.version}: {summary(outcome.release)}")
    if report is not None:
        body = (
            release_markdown(outcome.release)
            if outcome.release
            else "No scope or endpoint changed.\n"
        )
        if not _report(report, str(body)):
            return EXIT_ERROR
    if args.command == "refresh" and outcome.written:
        return EXIT_CHANGED
    return 0


def _report(report: Path, body: str) -> bool:
    """Write the change report; False, with one line said, when it cannot be written."""
    try:
        report.write_text(body, encoding="utf-8")
    except OSError as error:
        print(f"{PROG}: error: --report {report}: {error.strerror or error}", file=sys.stderr)
        return False
    return True
