"""Which documented endpoint a request is for: an HTTP router over path templates.

Requests are matched the way an HTTP router matches them: against the documented path
templates, one segment at a time, where ``{param}`` stands for any one non-empty
segment and, at each position, a literal segment wins over a parameter. A request that
no endpoint matches raises UnknownEndpoint, one that several match equally well raises
AmbiguousEndpoint: the router never guesses.

An endpoint's template is its server's path prefix and its own path. A bare path
(``/v1/accounts/T12345678/auth/clients``) is matched under every server at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar
from urllib.parse import SplitResult, urlsplit

from .inputs import cut, shown

# The HTTP methods an endpoint may have, as OpenAPI lists operations.
METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")

# The port a URL of each scheme has when it names none.
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_parameter(segment: str) -> bool:
    """``{param}``: a path segment in braces stands for any one non-empty segment."""
    return segment.startswith("{") and segment.endswith("}")


def path_shape(path: str, fill: Callable[[str], str] = lambda _: "{}") -> str:
    """The path with each parameter segment replaced by ``fill(segment)``: ``{}`` by default,
    so that two templates that differ only in parameter names have one shape."""
    return "/".join(fill(s) if is_parameter(s) else s for s in path.split("/"))


class Route(Protocol):
    """What the router needs of an endpoint."""

    @property
    def method(self) -> str: ...

    @property
    def server(self) -> str: ...

    @property
    def path(self) -> str: ...


R = TypeVar("R", bound=Route)


class UnknownEndpoint(LookupError):
    """No documented endpoint matches the request."""


class AmbiguousEndpoint(LookupError):
    """Several documented endpoints match the request equally well.

    ``candidates`` holds them. A path without a server is the usual cause, when two
    servers serve the same path: pass the absolute URL instead.
    """

    def __init__(self, message: str, candidates: tuple[Route, ...]) -> None:
        super().__init__(message, candidates)
        self.message = message
        self.candidates = candidates

    def __str__(self) -> str:
        return self.message


class _Node(Generic[R]):
    """A place in a route trie: the endpoints that end here, and the ways on."""

    __slots__ = ("endpoints", "literals", "parameter")

    def __init__(self) -> None:
        self.endpoints: list[R] = []
        self.literals: dict[str, _Node[R]] = {}
        self.parameter: _Node[R] | None = None


class Router(Generic[R]):
    """A route trie per method and origin; origin None holds every server's routes."""

    def __init__(self, endpoints: Iterable[R]) -> None:
        self._routes: dict[tuple[str, str | None], _Node[R]] = {}
        # A few servers serve every endpoint: each is split once.
        servers: dict[str, tuple[str, str]] = {}
        for endpoint in endpoints:
            if endpoint.server not in servers:
                parts = urlsplit(endpoint.server)
                servers[endpoint.server] = (_origin(parts), parts.path)
            origin, prefix = servers[endpoint.server]
            segments = _segments(prefix + endpoint.path)
            method = endpoint.method.upper()
            for key in ((method, origin), (method, None)):
                node = self._routes.setdefault(key, _Node())
                for segment in segments:
                    if is_parameter(segment):
                        node.parameter = node.parameter or _Node()
                        node = node.parameter
                    else:
                        node = node.literals.setdefault(segment, _Node())
                node.endpoints.append(endpoint)

    def match(self, method: str, url: str) -> R:
        """The documented endpoint that a request to ``url`` with ``method`` is for.

        ``url`` is an absolute URL (``https://api.dintero.com/v1/accounts/T12345678``)
        or a path that starts with a server's path prefix (``/v1/accounts/T12345678``).
        The query string and fragment are ignored, a trailing slash is allowed, and
        ``method`` may be in any case.

        Raises UnknownEndpoint when no endpoint matches, AmbiguousEndpoint when several
        match equally well, and ValueError when ``url`` is neither an absolute URL nor
        a path.
        """
        method = method.upper()
        origin, segments = _parse(url)
        named = f"{method} {cut(url)}"
        root = self._routes.get((method, origin))
        node = _find(root, segments, 0) if root is not None else None
        if node is None:
            if origin is not None and not any(o == origin for _, o in self._routes):
                raise UnknownEndpoint(
                    f"no documented endpoint matches {named}: no endpoint is"
                    f" documented on {cut(origin)}"
                )
            raise UnknownEndpoint(f"no documented endpoint matches {named}")
        if len(node.endpoints) > 1:
            raise AmbiguousEndpoint(
                f"{named} matches {len(node.endpoints)} documented endpoints equally"
                " well: " + "; ".join(f"{e.method} {e.server}{e.path}" for e in node.endpoints),
                tuple(node.endpoints),
            )
        return node.endpoints[0]


def _find(node: _Node[R], segments: list[str], position: int) -> _Node[R] | None:
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


def _parse(url: str) -> tuple[str | None, list[str]]:
    """The origin of ``url`` (None for a bare path) and its path segments."""
    try:
        parts = urlsplit(url)
        origin = _origin(parts) if parts.scheme and parts.netloc else None
    except ValueError as error:  # an unclosed IPv6 host, a port that is no number...
        raise ValueError(f"{shown(url)} is not a URL: {cut(str(error))}") from None
    if origin is not None:
        return origin, _segments(parts.path)
    if not parts.scheme and not parts.netloc and parts.path.startswith("/"):
        return None, _segments(parts.path)
    raise ValueError(f"expected an absolute URL or a path that starts with '/', not {shown(url)}")


def _origin(parts: SplitResult) -> str:
    """``scheme://host[:port]``, lowercased and without a default port."""
    scheme = parts.scheme.lower()
    port = parts.port
    shown = f":{port}" if port is not None and port != DEFAULT_PORTS.get(scheme) else ""
    return f"{scheme}://{parts.hostname or ''}{shown}"


def _segments(path: str) -> list[str]:
    """The segments of a path, without the empty one a trailing slash leaves."""
    segments = path.split("/")[1:]
    if segments and not segments[-1]:
        segments.pop()
    return segments
