"""The `dintero-scopes` command: a thin layer over `scraper.pipeline` and `scraper.runtime`.

The query commands (need, explain, check-grant) import only the runtime, so an answer
takes a blink; refresh and render import the crawl and render stacks when they run.
"""

from __future__ import annotations

import argparse
import ipaddress
import math
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from scraper.runtime import cli as query
from scraper.runtime.inputs import shown
from scraper.runtime.reference import CatalogError, Reference
from scraper.settings import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_REMOVALS,
    DEFAULT_SOURCE,
    DEFAULT_WAIT,
)

PROG = "dintero-scopes"
PROJECT = "dintero-scope-catalogue"
CATALOGUE = Path("generated/catalogue.json")
EXIT_ERROR = 2

_HERE = Path(__file__).resolve().parent


class UsageError(Exception):
    """An argument that cannot work, found before any request is made."""


def project_root() -> Path | None:
    """The checkout this tool runs from, or None when it is installed from a wheel."""
    root = _HERE.parent
    pyproject = root / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return None
    return root if f'name = "{PROJECT}"' in text else None


def default_catalogue() -> Path:
    """The catalogue that belongs to this tool: the checkout's, else the one in the wheel."""
    root = project_root()
    if root is not None:
        return root / CATALOGUE
    return _HERE / "catalogue.json"


def load_catalogue(path: Path | None) -> Reference:
    return query.load_json(path or default_catalogue())


def load_scanner() -> query.ScanCommands:
    """The scan layer, imported only by a scan (it brings tree-sitter)."""
    from scraper import scan

    commands: query.ScanCommands = scan.load()
    return commands


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Build a catalogue of Dintero API scopes from docs.dintero.com."
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
        "--save-raw",
        type=Path,
        metavar="DIR",
        help="also save every raw response under DIR, as it came, in the mirror layout",
    )
    refresh.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"requests in flight, at least 1 (default {DEFAULT_CONCURRENCY})",
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
        help="refuse a refresh that removes more than this share (0 to 1) of scopes or "
        f"endpoints (default {DEFAULT_MAX_REMOVALS})",
    )
    refresh.add_argument(
        "--accept-removals",
        action="store_true",
        help="write even when the safety gate refuses (removals, parse coverage, format drift)",
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
        help="rebuild the catalogue too, from the normalized snapshot in generated/snapshot/",
    )
    verify = commands.add_parser(
        "verify",
        help="check that the outputs build (package, site, schemas) and report the data",
    )
    verify.add_argument(
        "--report", type=Path, metavar="FILE", help="append the data report to FILE"
    )
    verify.add_argument(
        "--offline",
        action="store_true",
        help="build the package without a package index (its build backend installed here)",
    )
    for command, does in ((refresh, "write"), (render, "write"), (verify, "check")):
        command.add_argument(
            "--out",
            type=Path,
            metavar="DIR",
            help=f"{does} DIR/generated/ and DIR/site/ (default: the project root)",
        )
    for command in (refresh, render):
        command.add_argument(
            "--wait",
            type=float,
            default=DEFAULT_WAIT,
            metavar="SECONDS",
            help="how long to wait for another run writing to the same --out, then stop "
            f"(default {DEFAULT_WAIT:g})",
        )
    query.add_commands(commands)
    return parser


def _check(args: argparse.Namespace) -> None:
    """Refuse arguments that cannot work, before any request."""
    if args.out is None:
        args.out = project_root()
        if args.out is None:
            raise UsageError("not run from a checkout of this project: pass --out DIR")
    if args.report is not None:
        _check_writable(args.report)
    if args.command == "verify":
        catalogue = args.out / CATALOGUE
        if not catalogue.is_file():
            raise UsageError(
                f"--out {args.out}: no {CATALOGUE} to verify (refresh or render writes it)"
            )
        return
    if not (math.isfinite(args.wait) and args.wait >= 0):
        raise UsageError(f"--wait must be a number of seconds, 0 or more, not {args.wait}")
    _check_folder(args.out)
    if args.command != "refresh":
        return
    if args.concurrency < 1:
        raise UsageError(f"--concurrency must be at least 1, not {args.concurrency}")
    if not (math.isfinite(args.max_removals) and 0 <= args.max_removals <= 1):
        raise UsageError(f"--max-removals must be a share from 0 to 1, not {args.max_removals}")
    for host in args.allow_host:
        if not _is_host(host):
            raise UsageError(
                f"--allow-host {shown(host)} is not a host name (such as docs.example.com)"
            )
    if args.mirror is not None:
        _check_mirror(args.mirror)
    if args.save_raw is not None:
        _check_save_raw(args.save_raw, args.out)


# A host name: letters, digits and hyphens in dot-separated labels.
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOST = re.compile(rf"(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*")


def _is_host(host: str) -> bool:
    """A host name or IP address, as the allowlist compares them (no scheme, no port)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return _HOST.fullmatch(host) is not None
    return True


# The folders of --out that a refresh replaces whole.
_REPLACED = ("generated", "site")


def _check_writable(report: Path) -> None:
    """A report file can be written: opened to append (which changes nothing), and
    removed again if it was not there."""
    existed = report.exists()
    try:
        with report.open("a", encoding="utf-8"):
            pass
    except (OSError, ValueError):
        raise UsageError(f"--report {report}: cannot write a file there") from None
    if not existed:
        report.unlink()


def _check_folder(out: Path) -> None:
    """--out is a folder, or can be made one."""
    existing = next((p for p in (out, *out.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        raise UsageError(f"--out {out}: {existing or out} is not a folder")
    if not os.access(existing, os.W_OK):
        raise UsageError(f"--out {out}: cannot write in {existing}")


def _check_mirror(mirror: str) -> None:
    """--mirror is an http(s) URL or a folder (the transport checks the rest)."""
    if mirror.startswith(("http://", "https://")):
        return
    folder = Path(mirror)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--mirror {mirror} is a file: give a folder or an http(s) URL")


def _check_save_raw(save_raw: Path, out: Path) -> None:
    """--save-raw is outside the folders a refresh replaces, which would delete it."""
    raw = save_raw.resolve()
    for name in _REPLACED:
        replaced = (out / name).resolve()
        if raw == replaced or replaced in raw.parents:
            raise UsageError(
                f"--save-raw {save_raw} is inside {out / name}, which a refresh replaces whole"
            )


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if words and words[0] in query.COMMANDS:
        # A question needs only its own parser: the generator's options are never built.
        return query.main(words, load_catalogue, PROG, load_scanner)
    args = _parser().parse_args(words)
    try:
        _check(args)
    except UsageError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "verify":
        from scraper import verify

        try:
            return verify.run(args.out, args.report, args.offline)
        except (CatalogError, OSError) as error:
            print(f"{PROG}: error: {error}", file=sys.stderr)
            return EXIT_ERROR
    from scraper import commands

    return commands.run(args)


if __name__ == "__main__":
    sys.exit(main())
