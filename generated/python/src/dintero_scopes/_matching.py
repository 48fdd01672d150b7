"""Which documented endpoint a request is for, and whether a token's scopes may call it.

Requests are matched the way an HTTP router matches them: against the documented path
templates, one segment at a time, where ``{param}`` stands for any one non-empty
segment and, at each position, a literal segment wins over a parameter. A request that
no endpoint matches raises UnknownEndpoint, one that several match equally well raises
AmbiguousEndpoint: the matcher never guesses.

The routes are a trie per method and origin, built on first use so that importing the
package stays cheap.
"""

from collections.abc import Iterable
from functools import cache
from typing import Optional, Union
from urllib.parse import SplitResult, urlsplit

from ._endpoints import ENDPOINTS, Endpoint
from ._scopes import Scope

_DEFAULT_PORTS = {"http": 80, "https": 443}


class UnknownEndpoint(LookupError):
    """No documented endpoint matches the request."""


class AmbiguousEndpoint(LookupError):
    """Several documented endpoints match the request equally well.

    ``candidates`` holds them. A path without a server is the usual cause, when two
    servers serve the same path: pass the absolute URL instead.
    """

    def __init__(self, message: str, candidates: tuple[Endpoint, ...]) -> None:
        super().__init__(message, candidates)
        self.message = message
        self.candidates = candidates

    def __str__(self) -> str:
        return self.message


def match_endpoint(method: str, url: str) -> Endpoint:
    """The documented endpoint that a request to ``url`` with ``method`` is for.

    ``url`` is an absolute URL (``https://api.dintero.com/v1/accounts/T12345678/auth/clients``)
    or a path that starts with a server's path prefix (``/v1/accounts/T12345678/auth/clients``),
    which is tried under every server. The query string and fragment are ignored, a
    trailing slash is allowed, and ``method`` may be in any case.

    Raises UnknownEndpoint when no endpoint matches, AmbiguousEndpoint when several
    match equally well, and ValueError when ``url`` is neither an absolute URL nor a path.
    """
    method = method.upper()
    origin, segments = _parse(url)
    root = _routes().get((method, origin))
    node = _find(root, segments, 0) if root is not None else None
    if node is None:
        if origin is not None and not any(o == origin for _, o in _routes()):
            raise UnknownEndpoint(
                f"no documented endpoint matches {method} {url}: no endpoint is documented"
                f" on {origin}"
            )
        raise UnknownEndpoint(f"no documented endpoint matches {method} {url}")
    if len(node.endpoints) > 1:
        raise AmbiguousEndpoint(
            f"{method} {url} matches {len(node.endpoints)} documented endpoints equally well: "
            + "; ".join(f"{e.method} {e.server}{e.path}" for e in node.endpoints),
            tuple(node.endpoints),
        )
    return node.endpoints[0]


def scopes_for(method: str, url: str) -> tuple[Scope, ...]:
    """The scopes that may call the endpoint a request is for; any one of them will do.

    ``method`` and ``url`` are as for match_endpoint, which raises the same errors. An
    endpoint whose docs name no scope gives an empty tuple.
    """
    return ENDPOINTS[match_endpoint(method, url)]


def is_allowed(granted: Iterable[Union[str, Scope]], method: str, url: str) -> bool:
    """Whether a token with the ``granted`` scopes may make the request, by the docs.

    True when any granted scope is one the endpoint accepts. An endpoint whose docs name
    no scope gives False: the docs do not say what it needs, so nothing is known to be
    enough. ``granted`` is a collection of scope strings or members; a token's
    space-separated ``scope`` claim must be split first. ``method`` and ``url`` are as
    for match_endpoint, which raises the same errors.
    """
    if isinstance(granted, str):
        raise TypeError("granted must be a collection of scopes, not a string; split it first")
    accepted = {str(scope) for scope in scopes_for(method, url)}
    return any(str(scope) in accepted for scope in granted)


class _Node:
    """A place in a route trie: the endpoints that end here, and the ways on."""

    __slots__ = ("endpoints", "literals", "parameter")

    def __init__(self) -> None:
        self.endpoints: list[Endpoint] = []
        self.literals: dict[str, _Node] = {}
        self.parameter: Optional[_Node] = None


@cache
def _routes() -> dict[tuple[str, Optional[str]], _Node]:
    """A route trie per method and origin; origin None holds every server's routes.

    Each endpoint's template is its server's path prefix and its own path, so a path
    given without a server is matched against all of them at once.
    """
    routes: dict[tuple[str, Optional[str]], _Node] = {}
    for endpoint in ENDPOINTS:
        server = urlsplit(endpoint.server)
        segments = _segments(server.path + endpoint.path)
        for key in ((endpoint.method.upper(), _origin(server)), (endpoint.method.upper(), None)):
            node = routes.setdefault(key, _Node())
            for segment in segments:
                if segment.startswith("{") and segment.endswith("}"):
                    node.parameter = node.parameter or _Node()
                    node = node.parameter
                else:
                    node = node.literals.setdefault(segment, _Node())
            node.endpoints.append(endpoint)
    return routes


def _find(node: _Node, segments: list[str], position: int) -> Optional[_Node]:
    """The most specific node where ``segments[position:]`` ends, trying literals first."""
    if position == len(segments):
        return node if node.endpoints else None
    segment = segments[position]
    literal = node.literals.get(segment)
    if literal is not None:
        found = _find(literal, segments, position + 1)
        if found is not None:
            return found
    if node.parameter is not None and segment:
        return _find(node.parameter, segments, position + 1)
    return None


def _parse(url: str) -> tuple[Optional[str], list[str]]:
    """The origin of ``url`` (None for a bare path) and its path segments."""
    parts = urlsplit(url)
    if parts.scheme and parts.netloc:
        return _origin(parts), _segments(parts.path)
    if not parts.scheme and not parts.netloc and parts.path.startswith("/"):
        return None, _segments(parts.path)
    raise ValueError(f"expected an absolute URL or a path that starts with '/', not {url!r}")


def _origin(parts: SplitResult) -> str:
    """``scheme://host[:port]``, lowercased and without a default port."""
    scheme = parts.scheme.lower()
    port = parts.port
    shown = f":{port}" if port is not None and port != _DEFAULT_PORTS.get(scheme) else ""
    return f"{scheme}://{parts.hostname or ''}{shown}"


def _segments(path: str) -> list[str]:
    """The segments of a path, without the empty one a trailing slash leaves."""
    segments = path.split("/")[1:]
    if segments and not segments[-1]:
        segments.pop()
    return segments
