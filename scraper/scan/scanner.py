"""A scan: the calls a repository makes to the Dintero APIs, matched to the documented
endpoints and answered by the runtime (``answers.need``), each with its file and line.

The scanner finds and resolves calls; it neither routes nor ranks: matching a URL to an
endpoint and choosing the least-privilege scopes are the runtime's.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..runtime import answers
from ..runtime.calls import URL, Call
from ..runtime.reference import Reference
from ..runtime.routing import METHODS, AmbiguousEndpoint, UnknownEndpoint
from .finder import Finder, Sent
from .program import Program
from .source import read, sources

UNRESOLVED = "unresolved"


@dataclass(frozen=True, slots=True)
class Found:
    """One call in the code: where, what it sends, and the call given to the runtime (None
    when its URL or method cannot be resolved: ``problem`` says why)."""

    file: str
    line: int
    method: str | None
    url: str
    call: Call | None
    problem: str | None = None
    method_inferred: bool = False
    # Where the HTTP client is called, the client's call, and what decided the URL.
    sink: str = ""
    how: str = ""
    why: tuple[str, ...] = ()
    # The runtime's answer for the call, once it has answered.
    answer: answers.CallAnswer | None = None


@dataclass(frozen=True, slots=True)
class Scan:
    files: int
    found: tuple[Found, ...]
    need: answers.Need
    # Where the docs are, for the reports' links.
    docs: str = ""

    def answer(self, found: Found) -> answers.CallAnswer | None:
        """The runtime's answer for a resolved call."""
        return found.answer

    @property
    def calls(self) -> list[Call]:
        return [f.call for f in self.found if f.call is not None]

    @property
    def complete(self) -> bool:
        return self.need.complete and all(f.problem is None for f in self.found)


def hosts(reference: Reference) -> frozenset[str]:
    """The Dintero API hosts: those of the catalogue's servers."""
    return frozenset(urlsplit(e.server).hostname or "" for e in reference.endpoints) - {""}


def scan(reference: Reference, roots: Sequence[Path]) -> Scan:
    files = list(sources(roots))
    program = Program(read(source) for source in files)
    finder = Finder(program, hosts(reference))
    found = _distinct(reference, [_found(reference, sent) for sent in finder.sent()])
    found.sort(key=lambda f: (f.file, f.line, f.method or "", f.url))
    need = answers.need(reference, [f.call for f in found if f.call is not None])
    # `need` answers the calls in the order given: each goes back to its place.
    answered = iter(need.calls)
    found = [f if f.call is None else dataclasses.replace(f, answer=next(answered)) for f in found]
    return Scan(len(files), tuple(found), need, reference.docs_origin)


def _found(reference: Reference, sent: Sent) -> Found:
    url = _under_server(reference, sent.url.render(), sent.method, sent.generated)
    found = Found(
        sent.path,
        sent.line,
        sent.method,
        url,
        None,
        sink=f"{sent.sink[0]}:{sent.sink[1]}",
        how=sent.how,
        why=sent.why,
    )
    unknown_path = _unknown_path(reference, url) or _open_segment(reference, found.method, url)
    if unknown_path is not None:
        return dataclasses.replace(found, problem=unknown_path)
    if found.method is None:
        methods = _documented_methods(reference, url)
        if len(methods) != 1:
            reason = "the method is not known"
            if methods:
                reason += f" (the docs document {', '.join(methods)} for this path)"
            return dataclasses.replace(found, problem=reason)
        found = dataclasses.replace(found, method=methods[0], method_inferred=True)
    return dataclasses.replace(found, call=Call(URL, found.method or "", url))


def _distinct(reference: Reference, found: list[Found]) -> list[Found]:
    """One call per place and endpoint: ``T{aid}`` and ``P{aid}`` are one call."""
    seen: set[tuple[str, int, str | None, str]] = set()
    kept: list[Found] = []
    for each in found:
        endpoint = each.url
        if each.call is not None and each.method is not None:
            with contextlib.suppress(AmbiguousEndpoint, UnknownEndpoint, ValueError):
                endpoint = reference.lookup.match_endpoint(each.method, each.url).key
        key = (each.file, each.line, each.method, endpoint)
        if key not in seen:
            seen.add(key)
            kept.append(each)
    return kept


def _servers(reference: Reference, origin: str) -> list[str]:
    """The path prefixes of the servers on an origin, longest first."""
    prefixes = {
        urlsplit(e.server).path.rstrip("/")
        for e in reference.endpoints
        if _origin(e.server) == origin
    }
    return sorted(prefixes, key=len, reverse=True)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _under_server(reference: Reference, url: str, method: str | None, generated: bool) -> str:
    """A path given relative to a server (``https://checkout.dintero.com/sessions`` by a
    generated client) put under the server's prefix where that matches, or, for a
    generated client's path, under the origin's one prefix."""
    if method is None or _matches(reference, method, url):
        return url
    origin = _origin(url)
    path = url[len(origin) :]
    prefixes = [p for p in _servers(reference, origin) if p]
    for prefix in prefixes:
        if not path.startswith(prefix + "/") and _matches(
            reference, method, origin + prefix + path
        ):
            return origin + prefix + path
    if generated and len(prefixes) == 1 and not path.startswith(prefixes[0] + "/"):
        return origin + prefixes[0] + path
    return url


def _unknown_path(reference: Reference, url: str) -> str | None:
    """Why the URL's path is not known, when a hole stands where the path begins."""
    origin = _origin(url)
    path = _path(url)
    for prefix in _servers(reference, origin):
        if path == prefix or path.startswith(prefix + "/"):
            path = path[len(prefix) :]
            break
    first = path.lstrip("/").split("/", 1)[0]
    if (not first or first.startswith("{")) and "{" in url:
        return f"the path is not known: {url}"
    return None


def _open_segment(reference: Reference, method: str | None, url: str) -> str | None:
    """Why a URL with a part the code leaves open where the documented paths name one
    (``/transactions/{id}/{operation}``) matches no endpoint: the endpoints it could be."""
    if "{" not in url or (method is not None and _matches(reference, method, url)):
        return None
    if method is None and _documented_methods(reference, url):
        return None
    segments = _path(url).split("/")
    could = sorted(
        {
            f"{e.method} {e.path}"
            for e in reference.endpoints
            if (method is None or e.method == method)
            and _origin(e.server) == _origin(url)
            and _fits(segments, (urlsplit(e.server).path.rstrip("/") + e.path).split("/"))
        }
    )
    if not could:
        return None
    return f"the path is not fixed: {url} (the docs document {', '.join(could)})"


def _fits(segments: list[str], template: list[str]) -> bool:
    """Whether a path whose open parts may be anything fits a documented template, an
    open part standing where the template names a segment."""
    if len(segments) != len(template):
        return False
    named = False
    for ours, theirs in zip(segments, template, strict=True):
        if ours.startswith("{") and ours.endswith("}"):
            named = named or not theirs.startswith("{")
        elif not theirs.startswith("{") and ours != theirs:
            return False
    return named


def _path(url: str) -> str:
    return (
        urlsplit(url.replace("{", "%7B").replace("}", "%7D"))
        .path.replace("%7B", "{")
        .replace("%7D", "}")
    )


def _documented_methods(reference: Reference, url: str) -> list[str]:
    return [m for m in METHODS if _matches(reference, m, url)]


def _matches(reference: Reference, method: str, url: str) -> bool:
    try:
        reference.lookup.match_endpoint(method, url)
    except AmbiguousEndpoint:
        return True
    except (UnknownEndpoint, ValueError):
        return False
    return True
