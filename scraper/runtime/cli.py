"""``need``, ``explain``, ``check-grant``, ``scan`` and ``mcp`` on the command line.

The same commands, answers and exit codes in the generator (``dintero-scopes``) and
in the package (``dintero-scopes-query``, ``python -m dintero_scopes``): each passes
the catalogue it answers from. Exit codes: 0 a whole answer, 1 an answer with
problems (an unknown, ambiguous or unscoped call, an unknown scope, a grant that does
not fit), 2 input that cannot be read. ``scan`` reads code with the scan layer, which
whoever starts the command passes in (it needs tree-sitter); ``mcp`` serves the same
answers to agents, from ``mcp_server`` beside this package (it needs the MCP SDK).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from . import answers, report
from .calls import MAX_INPUT_BYTES, Call, CallError, decode, names, parse_words, read_file
from .inputs import parse_json
from .recordings import MAX_RECORDING_BYTES, Recording, calls_in
from .reference import CatalogError, Reference, read_catalogue

EXIT_PROBLEMS = 1
EXIT_ERROR = 2
COMMANDS = ("need", "explain", "check-grant", "scan", "mcp")


class Loader(Protocol):
    """Reads the catalogue to answer from: the file given with --catalogue, or the default."""

    def __call__(self, path: Path | None) -> Reference: ...


class ScanCommands(Protocol):
    """The scan layer (``scan/command.py``), which reads code with tree-sitter."""

    def run(self, reference: Reference, args: argparse.Namespace) -> int: ...

    def for_grant(self, reference: Reference, paths: Sequence[str]) -> Any: ...

    def report(
        self, reference: Reference, paths: Sequence[str]
    ) -> tuple[str, dict[str, Any], bool]: ...


# Loads the scan layer when a scan is asked for; a CallError says why it cannot.
ScanLoader = Callable[[], ScanCommands]


def add_commands(commands: Any) -> None:
    """The query commands, on the subparsers of a command-line parser (for its help)."""
    for name, (summary, _) in _COMMANDS.items():
        _define(name, commands.add_parser(name, help=summary))


def _define(name: str, command: argparse.ArgumentParser) -> None:
    """One command's arguments; its calls may come before, between or after options."""
    command.description = _COMMANDS[name][1]
    if name == "need":
        command.add_argument(
            "calls", nargs="*", metavar="CALL", help="METHOD URL, or a docs page URL"
        )
        command.add_argument(
            "--file",
            metavar="FILE",
            help="read calls from FILE ('-': standard input): one a line, a HAR file or a "
            "Postman collection; a pipe is read too",
        )
        command.add_argument(
            "--name",
            action="append",
            default=[],
            metavar="TEXT",
            help="an endpoint by a title of its docs pages or its operationId (repeatable)",
        )
    elif name == "explain":
        command.add_argument("scope")
    elif name == "check-grant":
        command.add_argument(
            "payload", metavar="FILE.json", help="the payload ('-': standard input)"
        )
        command.add_argument("calls", nargs="*", metavar="CALL", help="the calls the client makes")
        command.add_argument(
            "--calls-file",
            metavar="FILE",
            help="read calls from FILE ('-': standard input): one a line, a HAR file or a "
            "Postman collection",
        )
        command.add_argument(
            "--scan",
            action="append",
            default=[],
            metavar="PATH",
            help="also the calls the code under PATH makes, found by a scan (repeatable)",
        )
    elif name == "scan":
        command.add_argument("paths", nargs="+", metavar="PATH", help="a folder or file to read")
        command.add_argument(
            "--sarif", action="store_true", help="print SARIF 2.1.0 for code scanning"
        )
        command.add_argument("--explain", action="store_true", help="say what decided each call")
    if name in ("need", "check-grant", "scan"):
        command.add_argument("--json", action="store_true", help="print JSON for scripts")
    command.add_argument(
        "--catalogue", type=Path, metavar="FILE", help="answer from another catalogue.json"
    )


# Each command's one-line help and its description.
_COMMANDS = {
    "need": (
        "the least-privilege scopes for the calls a client makes",
        "The least-privilege scopes for the calls a client makes. A call is METHOD URL "
        "(two words, or one quoted), or a docs page URL.",
    ),
    "explain": (
        "what a scope is, which endpoints accept it, and wider/narrower scopes",
        "What a scope is, which endpoints accept it, and the wider and narrower scopes.",
    ),
    "check-grant": (
        "validate a client-grant payload and report over-granting",
        "Check a client-grant payload against the schema and, given the calls the client "
        "makes, report calls it does not cover and scopes wider than needed.",
    ),
    "scan": (
        "the least-privilege scopes for the calls a repository's code makes",
        "Read the source under each PATH (PHP, C#, TypeScript/JavaScript, Python), find the "
        "calls of the Dintero APIs, and answer as need does, with each call's file and line.",
    ),
    "mcp": (
        "serve need, explain, check_grant and scan to coding agents (MCP over stdio)",
        "A read-only MCP server over standard input and output. Needs the MCP SDK, which "
        "the 'mcp' extra installs.",
    ),
}


def parse(argv: Sequence[str], prog: str) -> argparse.Namespace:
    """One query command's arguments, options and calls in any order (``need GET /v1/a
    --json GET /v1/b``); argparse exits 2 with the command's usage on bad ones."""
    words = list(argv)
    if words and words[0] in COMMANDS:
        command = argparse.ArgumentParser(prog=f"{prog} {words[0]}")
        _define(words[0], command)
        args = command.parse_intermixed_args(words[1:])
        args.command = words[0]
        return args
    parser = argparse.ArgumentParser(
        prog=prog, description="Which Dintero API scopes do the calls a client makes need?"
    )
    add_commands(parser.add_subparsers(dest="command", required=True))
    # Help, or a word that is no command: argparse says so with the usage of them all.
    return parser.parse_args(words)


def run(
    args: argparse.Namespace, load: Loader, prog: str, scanner: ScanLoader | None = None
) -> int:
    """Answer one parsed command; errors are one line on stderr and exit 2."""
    try:
        reference = load(args.catalogue)
        if args.command == "explain":
            return _explain(reference, args.scope, prog)
        if args.command == "need":
            return _need(reference, args)
        if args.command == "scan":
            return _scan_layer(scanner).run(reference, args)
        if args.command == "mcp":
            return _serve(reference, prog, scanner)
        return _check_grant(reference, args, scanner)
    except (CallError, CatalogError) as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`| head`): say nothing more, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def main(
    argv: Sequence[str] | None, load: Loader, prog: str, scanner: ScanLoader | None = None
) -> int:
    """A query command's command line: the package's, and the generator's for these."""
    return run(parse(sys.argv[1:] if argv is None else argv, prog), load, prog, scanner)


def _scan_layer(scanner: ScanLoader | None) -> ScanCommands:
    if scanner is None:
        raise CallError("this command line cannot scan code")
    return scanner()


def load_json(path: Path) -> Reference:
    """A catalogue file; a CatalogError naming it when it cannot be read as one."""
    return read_catalogue(path, Reference.from_data)


def _explain(reference: Reference, name: str, prog: str) -> int:
    try:
        explanation = answers.explain(reference, name)
    except answers.UnknownScope as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(report.explain_text(explanation), end="")
    return 0


def _need(reference: Reference, args: argparse.Namespace) -> int:
    calls, recording = _calls(reference, args.calls, args.file, args.name, stdin_if_empty=True)
    if not calls:
        raise CallError("no calls given: pass METHOD URL pairs, docs page URLs, --name or --file")
    need = answers.need(reference, calls)
    malformed = need.malformed()
    if malformed is not None and not args.json:
        raise CallError(malformed.message)
    if args.json:
        print(json.dumps(report.need_json(need, recording), indent=2, ensure_ascii=False))
    else:
        print(report.need_text(need, recording), end="")
    if malformed is not None:
        return EXIT_ERROR
    return 0 if need.complete else EXIT_PROBLEMS


def _check_grant(
    reference: Reference, args: argparse.Namespace, scanner: ScanLoader | None = None
) -> int:
    from .grant import check_grant  # Only this command needs it: the others start quicker.

    if args.payload == "-" and args.calls_file == "-":
        raise CallError("standard input is read once: give the payload or the calls as a file")
    calls, recording = _calls(reference, args.calls, args.calls_file, [], stdin_if_empty=False)
    text = _read(args.payload)
    try:
        payload = parse_json(text)
    except ValueError as error:
        raise CallError(f"{_name(args.payload)} {error}") from None
    scanned = _scan_layer(scanner).for_grant(reference, args.scan) if args.scan else None
    checked = check_grant(reference, payload, calls + (scanned.calls if scanned else []))
    if args.json:
        data = report.grant_json(checked, recording)
        if scanned is not None:
            data["scan"] = scanned.json()
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(report.grant_text(checked, recording), end="")
        if scanned is not None:
            print(scanned.text(), end="")
    if checked.least is not None and checked.least.malformed() is not None:
        return EXIT_ERROR
    return 0 if checked.ok and (scanned is None or scanned.ok) else EXIT_PROBLEMS


def _calls(
    reference: Reference,
    words: Sequence[str],
    file: str | None,
    named: Sequence[str],
    stdin_if_empty: bool,
) -> tuple[list[Call], Recording | None]:
    """The calls given, and the recording that a file of them was, if it was one."""
    calls = parse_words(words, reference.docs_origin) + names(named)
    if file is None and stdin_if_empty and not calls and _piped():
        file = "-"
    if file is None:
        return calls, None
    where = "standard input" if file == "-" else file
    found, recording = calls_in(_read(file, MAX_RECORDING_BYTES), where, reference)
    return calls + found, recording


def _serve(reference: Reference, prog: str, scanner: ScanLoader | None) -> int:
    try:
        from ..mcp_server import serve  # Beside the runtime: it needs the MCP SDK.
    except ImportError as error:
        raise CallError(
            f"the mcp command needs the MCP SDK 2.x, which the 'mcp' extra installs ({error})"
        ) from None
    from .tools import Tools

    serve(Tools(reference, scanner and (lambda: _scan_layer(scanner))), prog)
    return 0


def _piped() -> bool:
    """Whether standard input is a pipe or a file to read calls from (not a terminal,
    nor /dev/null or a closed stream)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _read(name: str, limit: int = MAX_INPUT_BYTES) -> str:
    """A file's text ('-': standard input), capped in size, in UTF-8 or UTF-16."""
    if name == "-":
        try:
            data = sys.stdin.buffer.read(limit + 1)
        except (AttributeError, ValueError, OSError) as error:
            raise CallError(f"standard input cannot be read: {error}") from None
        return decode(data, "standard input", limit)
    return read_file(Path(name), limit)


def _name(file: str) -> str:
    """A file as a message names it (a path is never longer than the system allows)."""
    return "standard input" if file == "-" else file
