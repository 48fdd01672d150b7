"""The answers as an agent's tools give them: the text a command prints and its JSON,
together, from the same functions as the commands.

The MCP server (``mcp_server``, beside this package, since it needs the MCP SDK)
carries these to agents and computes nothing itself. No tool writes anything; a tool
reads a file only inside the folders it is given, the client's roots (``readable``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from . import answers, report
from .calls import Call, CallError, names, parse_words, read_file
from .recordings import MAX_RECORDING_BYTES, Recording, calls_in
from .reference import Reference


class ToolAnswer(NamedTuple):
    """What a tool returns: the command's text and its --json data."""

    text: str
    data: dict[str, Any]
    # Input that cannot be read: ``text`` is the one-line error, ``data`` holds it too.
    error: bool = False


def failed(error: Exception) -> ToolAnswer:
    return ToolAnswer(str(error), {"error": str(error)}, error=True)


def inside(name: str, roots: Sequence[Path]) -> Path:
    """What ``name`` names, if it is inside one of ``roots`` once links are resolved; a
    relative name is taken from the first root. A CallError says why not."""
    if not roots:
        raise CallError(f"{name}: the client declares no roots, so nothing may be read")
    path = Path(name)
    resolved = (path if path.is_absolute() else roots[0] / path).resolve()
    if not any(resolved.is_relative_to(root.resolve()) for root in roots):
        folders = ", ".join(str(root) for root in roots)
        raise CallError(f"{name}: outside the folders this server may read ({folders})")
    if not resolved.exists():
        raise CallError(f"{name}: no such file or folder")
    return resolved


def readable(name: str, roots: Sequence[Path]) -> Path:
    """The file ``name`` names, inside one of ``roots``; a CallError says why not."""
    path = inside(name, roots)
    if not path.is_file():
        raise CallError(f"{name}: not a file")
    return path


class Scanner(Protocol):
    """What the scan tool needs of the scan layer (``scan/command.py``)."""

    def report(
        self, reference: Reference, paths: Sequence[str]
    ) -> tuple[str, dict[str, Any], bool]: ...


class Tools:
    """need, explain, check_grant and, where the scan layer can load, scan, over one
    catalogue."""

    def __init__(self, reference: Reference, scanner: Callable[[], Scanner] | None = None) -> None:
        self.reference = reference
        self.scanner = scanner

    def scan(self, path: str, roots: Sequence[Path]) -> ToolAnswer:
        """The calls the code under ``path`` makes and the grant they need, as
        ``scan --explain`` and its --json give them; ``path`` must be inside the roots."""
        try:
            if self.scanner is None:
                raise CallError("this server cannot scan code")
            folder = inside(path, roots)
            text, data, _ = self.scanner().report(self.reference, [str(folder)])
        except CallError as error:
            return failed(error)
        return ToolAnswer(text, data)

    def need(
        self,
        calls: Sequence[str],
        named: Sequence[str],
        file: str | None,
        roots: Sequence[Path],
    ) -> ToolAnswer:
        """The least-privilege scopes, as ``need`` and ``need --json`` give them."""
        try:
            given, recording = self._calls(calls, file, roots)
            given += names(named)
            if not given:
                raise CallError("no calls given: pass calls, names or a file")
            need = answers.need(self.reference, given)
            malformed = need.malformed()
            if malformed is not None:
                raise CallError(malformed.message)
        except CallError as error:
            return failed(error)
        return ToolAnswer(report.need_text(need, recording), report.need_json(need, recording))

    def explain(self, scope: str) -> ToolAnswer:
        """What a scope grants, as ``explain`` gives it."""
        try:
            explanation = answers.explain(self.reference, scope)
        except answers.UnknownScope as error:
            return failed(error)
        return ToolAnswer(report.explain_text(explanation), report.explain_json(explanation))

    def check_grant(
        self, grant: Any, calls: Sequence[str], file: str | None, roots: Sequence[Path]
    ) -> ToolAnswer:
        """A client-grant payload checked, as ``check-grant`` and its --json give it."""
        from .grant import check_grant

        try:
            given, recording = self._calls(calls, file, roots)
        except CallError as error:
            return failed(error)
        checked = check_grant(self.reference, grant, given)
        malformed = checked.least.malformed() if checked.least is not None else None
        if malformed is not None:
            return failed(CallError(malformed.message))
        return ToolAnswer(
            report.grant_text(checked, recording), report.grant_json(checked, recording)
        )

    def _calls(
        self, calls: Sequence[str], file: str | None, roots: Sequence[Path]
    ) -> tuple[list[Call], Recording | None]:
        given = parse_words(calls, self.reference.docs_origin)
        if file is None:
            return given, None
        text = read_file(readable(file, roots), MAX_RECORDING_BYTES)
        found, recording = calls_in(text, file, self.reference)
        return given + found, recording
