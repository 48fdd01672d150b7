"""The `dintero-scopes` command: a thin layer over `scraper.refresh`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from scraper.advice import Call, CallError, check_grant, explain, need, parse_calls, read_calls
from scraper.answers import explain_text, grant_json, grant_text, need_text
from scraper.crawl import CrawlError
from scraper.errors import FetchError
from scraper.fetch import MirrorError
from scraper.gate import DEFAULT_MAX_REMOVALS
from scraper.refresh import (
    CATALOGUE,
    GateRefused,
    Options,
    Outcome,
    RefreshError,
    from_snapshot,
    load_catalogue,
    refresh,
    rerender,
)
from scraper.render.changes import release_markdown, summary
from scraper.settings import DEFAULT_SOURCE

PROJECT = "dintero-scope-catalogue"

EXIT_ERROR = 2
EXIT_REFUSED = 3
# A refresh that wrote something: the scheduled job opens a pull request.
EXIT_CHANGED = 10


def project_root(start: Path) -> Path:
    """The nearest directory at or above `start` holding this project's pyproject.toml."""
    for directory in (start, *start.parents):
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                name = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["name"]
            except (KeyError, tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if name == PROJECT:
                return directory
    return start


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dintero-scopes",
        description="Build a catalogue of Dintero API scopes from docs.dintero.com.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    refresh = commands.add_parser(
        "refresh", help="crawl the docs from llms.txt and write generated/ and site/"
    )
    refresh.add_argument("--source", default=DEFAULT_SOURCE, help="the llms.txt to start from")
    refresh.add_argument(
        "--mirror",
        metavar="DIR_OR_URL",
        help="read https://docs.dintero.com/<P> from DIR/docs.dintero.com/<P>, or another origin",
    )
    refresh.add_argument(
        "--snapshot", type=Path, metavar="DIR", help="also keep every raw response under DIR"
    )
    refresh.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="requests in flight (default 8)"
    )
    refresh.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST",
        help="a host besides docs.dintero.com that may be contacted (repeatable)",
    )
    refresh.add_argument(
        "--max-removals",
        type=float,
        default=DEFAULT_MAX_REMOVALS,
        metavar="SHARE",
        help="refuse a refresh that removes more than this share of scopes or endpoints "
        f"(default {DEFAULT_MAX_REMOVALS})",
    )
    refresh.add_argument(
        "--accept-removals",
        action="store_true",
        help="write even when the safety gate finds removals or a drop in parse coverage",
    )
    refresh.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="write this run's change report (markdown) to FILE, e.g. for a pull request body",
    )
    render = commands.add_parser(
        "render", help="rebuild generated/ and site/ offline from generated/catalogue.json"
    )
    render.set_defaults(report=None)
    render.add_argument(
        "--from-snapshot",
        action="store_true",
        help="rebuild the catalogue too, from the raw snapshot in generated/snapshot/",
    )
    for command in (refresh, render):
        command.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help="write DIR/generated/ and DIR/site/ (default: the project root)",
        )
    need = commands.add_parser(
        "need", help="the least-privilege scopes for the calls a client makes (METHOD URL ...)"
    )
    need.add_argument("calls", nargs="*", metavar="METHOD URL", help="calls, as pairs")
    need.add_argument(
        "--file", type=Path, metavar="FILE", help="read calls from FILE, one 'METHOD URL' a line"
    )
    need.add_argument("--json", action="store_true", help="print JSON for scripts")
    explain = commands.add_parser(
        "explain", help="what a scope is, which endpoints accept it, and wider/narrower scopes"
    )
    explain.add_argument("scope")
    grant = commands.add_parser(
        "check-grant", help="validate a client-grant payload and report over-granting"
    )
    grant.add_argument("payload", type=Path, metavar="FILE.json")
    grant.add_argument("calls", nargs="*", metavar="METHOD URL", help="the calls the client makes")
    grant.add_argument(
        "--calls-file", type=Path, metavar="FILE", help="read calls from FILE, one a line"
    )
    grant.add_argument("--json", action="store_true", help="print JSON for scripts")
    for command in (need, explain, grant):
        command.add_argument(
            "--catalogue",
            type=Path,
            metavar="FILE",
            help="the catalogue to ask (default: generated/catalogue.json in the project)",
        )
    return parser


def _run(args: argparse.Namespace, out: Path) -> Outcome:
    if args.command == "render":
        return from_snapshot(out) if args.from_snapshot else rerender(out)
    return refresh(
        Options(
            source=args.source,
            mirror=args.mirror,
            out=out,
            snapshot=args.snapshot,
            concurrency=args.concurrency,
            allowed_hosts=tuple(args.allow_host),
            max_removals=args.max_removals,
            accept_removals=args.accept_removals,
        )
    )


def _calls(words: Sequence[str], file: Path | None) -> list[Call]:
    calls = parse_calls(words)
    if file is not None:
        try:
            calls += read_calls(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise CallError(f"{file}: {error.strerror or error}") from None
    return calls


def _advise(args: argparse.Namespace) -> int:
    """need, explain and check-grant: 0 when the answer is whole, 1 when it has problems."""
    catalogue = load_catalogue(args.catalogue or project_root(Path.cwd()) / CATALOGUE)
    if args.command == "explain":
        try:
            print(explain_text(explain(catalogue, args.scope)), end="")
        except LookupError as error:
            print(f"dintero-scopes: {error.args[0]}", file=sys.stderr)
            return 1
        return 0
    if args.command == "need":
        calls = _calls(args.calls, args.file)
        if not calls:
            raise CallError("no calls given: pass METHOD URL pairs or --file")
        answer = need(catalogue, calls)
        print(
            json.dumps(answer.to_json(), indent=2) if args.json else need_text(answer),
            end="\n" if args.json else "",
        )
        return 0 if answer.complete else 1
    try:
        payload = json.loads(args.payload.read_text(encoding="utf-8"))
    except OSError as error:
        raise CallError(f"{args.payload}: {error.strerror or error}") from None
    except ValueError as error:
        raise CallError(f"{args.payload} is not JSON: {error}") from None
    report = check_grant(catalogue, payload, _calls(args.calls, args.calls_file))
    if args.json:
        print(json.dumps(grant_json(report), indent=2))
    else:
        print(grant_text(report), end="")
    return 0 if report.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Retries are expected on a flaky network; only their final failure is news.
    logging.getLogger("stamina").setLevel(logging.ERROR)
    if args.command in ("need", "explain", "check-grant"):
        try:
            return _advise(args)
        except (CallError, RefreshError) as error:
            print(f"dintero-scopes: error: {error}", file=sys.stderr)
            return EXIT_ERROR
    out = args.out or project_root(Path.cwd())
    report = args.report
    try:
        outcome = _run(args, out)
    except GateRefused as refused:
        lines = "\n".join(f"- {problem}" for problem in refused.problems)
        print(f"dintero-scopes: refresh refused, nothing written:\n{lines}", file=sys.stderr)
        if report is not None:
            report.write_text(f"## Refresh refused\n\n{lines}\n", encoding="utf-8")
        return EXIT_REFUSED
    except (CrawlError, FetchError, MirrorError, RefreshError, OSError) as error:
        print(f"dintero-scopes: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    catalogue = outcome.catalogue
    counts = f"{len(catalogue.scopes)} scopes, {len(catalogue.endpoints)} endpoints"
    state = "written" if outcome.written else "unchanged"
    print(f"{out / CATALOGUE}: {counts}, {len(catalogue.findings)} findings ({state})")
    if outcome.release is not None:
        print(f"release {outcome.release.version}: {summary(outcome.release)}")
    if report is not None:
        body = (
            release_markdown(outcome.release)
            if outcome.release
            else "No scope or endpoint changed.\n"
        )
        report.write_text(str(body), encoding="utf-8")
    if args.command == "refresh" and outcome.written:
        return EXIT_CHANGED
    return 0


if __name__ == "__main__":
    sys.exit(main())
