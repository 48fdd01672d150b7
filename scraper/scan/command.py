"""``scan`` and ``check-grant --scan`` for the command lines: the runtime's ``cli`` loads
this module only when a scan is asked for (it needs tree-sitter)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..runtime.calls import Call, CallError
from ..runtime.reference import Reference
from . import output
from .scanner import Scan, scan
from .source import SourceError

EXIT_PROBLEMS = 1


def run(reference: Reference, args: argparse.Namespace) -> int:
    """The scan command: the answer printed, exit 1 when a call has no answer."""
    result = _scan(reference, args.paths)
    if args.sarif:
        print(json.dumps(output.sarif(result), indent=2, ensure_ascii=False))
    elif args.json:
        print(json.dumps(output.to_json(result, args.explain), indent=2, ensure_ascii=False))
    else:
        print(output.text(result, args.explain), end="")
    return 0 if result.found and result.complete else EXIT_PROBLEMS


class GrantScan:
    """The calls a repository's code makes, for check-grant to weigh a grant against."""

    def __init__(self, result: Scan) -> None:
        self.result = result

    @property
    def calls(self) -> list[Call]:
        return self.result.calls

    @property
    def ok(self) -> bool:
        return all(f.problem is None for f in self.result.found)

    def text(self) -> str:
        return output.grant_text(self.result)

    def json(self) -> dict[str, Any]:
        return output.to_json(self.result)


def report(reference: Reference, paths: Sequence[str]) -> tuple[str, dict[str, Any], bool]:
    """What `scan --explain` prints and its --json, and whether every call has an answer."""
    result = _scan(reference, paths)
    complete = bool(result.found) and result.complete
    return output.text(result, True), output.to_json(result, True), complete


def for_grant(reference: Reference, paths: Sequence[str]) -> GrantScan:
    return GrantScan(_scan(reference, paths))


def _scan(reference: Reference, paths: Sequence[str]) -> Scan:
    try:
        return scan(reference, [Path(p) for p in paths])
    except SourceError as error:
        raise CallError(str(error)) from None
