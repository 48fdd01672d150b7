"""Calls as they were recorded: a HAR file, or a Postman collection.

A file of calls is recognized by its content, not its name: a JSON object with
``log.entries`` is a HAR (1.2, as browsers' developer tools and proxies save it), one
with ``info`` and ``item`` a Postman collection (v2.0 or v2.1); anything else is read
as lines (``calls.parse_lines``). Of each request only the method and the URL's scheme,
host, port and path are kept, so no header, cookie, auth, body, query or userinfo value
can be printed. Requests to hosts that serve no documented endpoint, and CORS
preflights, are skipped and counted; calls to an endpoint already called are counted
as repeats, since the scopes depend on the endpoints alone.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from .calls import MAX_INPUT_BYTES, URL, Call, CallError, parse_lines
from .reference import Reference
from .routing import AmbiguousEndpoint, UnknownEndpoint

# The largest recording read, in bytes: browsers save response bodies in their HARs.
MAX_RECORDING_BYTES = 256_000_000

HAR = "HAR"
POSTMAN = "Postman collection"

# Where a request is, its method, its URL and its headers.
_Request = tuple[str, str, str, Any]

_OBJECT = re.compile(r"\s*\{")
_VERSION = re.compile(r"[0-9]{1,3}(\.[0-9]{1,3}){0,2}")
_METHOD = re.compile(r"[A-Za-z]{1,20}")
_VARIABLE = re.compile(r"\{\{([^{}]*)\}\}")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# Variables whose values name other variables are resolved this many rounds deep, and
# no further than this length (a variable may name itself).
_ROUNDS = 8
_LONGEST_URL = 65_536


class Recording(NamedTuple):
    """What a recording held: its calls, one per endpoint, and the requests left out."""

    kind: str
    requests: int
    calls: tuple[Call, ...]
    repeats: int
    preflights: int
    # Each skipped host with its number of requests, the most first.
    other_hosts: tuple[tuple[str, int], ...]


def calls_in(text: str, where: str, reference: Reference) -> tuple[list[Call], Recording | None]:
    """The calls in a file's text, and the recording they came from (None for lines)."""
    recording = read(text, where, reference)
    if recording is not None:
        return list(recording.calls), recording
    if len(text) > MAX_INPUT_BYTES:
        raise CallError(f"{where} is larger than {MAX_INPUT_BYTES} bytes")
    return parse_lines(text, reference.docs_origin), None


def read(text: str, where: str, reference: Reference) -> Recording | None:
    """The recording ``text`` holds, or None when it is no JSON object (lines of calls)."""
    if not _OBJECT.match(text):
        return None
    try:
        document = json.loads(text)
    except ValueError as error:
        # The message gives the position only, never the text around it.
        raise CallError(f"{where} is not valid JSON: {error}") from None
    except RecursionError:
        raise CallError(f"{where} is JSON nested too deeply to read") from None
    tally = _Tally(where, reference)
    log = document.get("log")
    if isinstance(log, dict) and "entries" in log:
        version = log.get("version")
        shown = isinstance(version, str) and _VERSION.fullmatch(version)
        kind = f"{HAR} {version}" if shown else HAR
        for label, method, url, headers in _har_requests(log["entries"], where):
            tally.add(label, method, url, headers)
    elif isinstance(document.get("info"), dict) and "item" in document:
        kind = f"{POSTMAN} {_postman_version(document['info'], where)}"
        for label, method, url, headers in _postman_requests(document, where):
            tally.add(label, method, url, headers)
    else:
        raise CallError(
            f"{where} is JSON but neither a HAR file (log.entries) nor a Postman collection "
            "(info and item)"
        )
    return tally.recording(kind)


class _Tally:
    """The calls of a recording as its requests are read, and what was left out."""

    def __init__(self, where: str, reference: Reference) -> None:
        self.where = where
        self.reference = reference
        servers = {endpoint.server for endpoint in reference.endpoints}
        self.hosts = {urlsplit(server).hostname or "" for server in servers}
        self.requests = 0
        self.preflights = 0
        self.other_hosts: Counter[str] = Counter()
        self.calls: dict[tuple[str, str], Call] = {}
        self.repeats = 0

    def add(self, label: str, method: str, url: str, headers: Any) -> None:
        self.requests += 1
        if not _METHOD.fullmatch(method):
            raise CallError(f"{self.where}: {label} has a method that is no HTTP method")
        method = method.upper()
        if method == "OPTIONS" and _named(headers, "access-control-request-method"):
            self.preflights += 1
            return
        target = self._target(label, url)
        if target is None:
            return
        key = self._endpoint_key(method, target)
        if key in self.calls:
            self.repeats += 1
        else:
            self.calls[key] = Call(URL, method, target)

    def _target(self, label: str, url: str) -> str | None:
        """The URL without userinfo, query or fragment; None for a host left out."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise CallError(f"{self.where}: {label} has a URL that cannot be read") from None
        scheme = parts.scheme.lower()
        path = parts.path or "/"
        if not scheme and not parts.netloc and path.startswith("/"):
            return path
        host = parts.hostname
        if scheme not in ("http", "https") or not host or host not in self.hosts:
            self.other_hosts[host or f"{scheme}:"] += 1
            return None
        shown = f"[{host}]" if ":" in host else host
        return f"{scheme}://{shown}{'' if port is None else f':{port}'}{path}"

    def _endpoint_key(self, method: str, target: str) -> tuple[str, str]:
        """Calls to one endpoint share a key: the endpoint's; other calls their own."""
        try:
            endpoint = self.reference.lookup.match_endpoint(method, target)
        except (UnknownEndpoint, AmbiguousEndpoint, ValueError):
            return method, target
        return method, f"{endpoint.server}{endpoint.path}"

    def recording(self, kind: str) -> Recording:
        if not self.calls:
            hosts = ", ".join(sorted(self.hosts - {""}))
            raise CallError(
                f"{self.where}: no request in this {kind} goes to a documented API host "
                f"({hosts}); {_left_out(self.other_hosts, self.preflights)}"
            )
        return Recording(
            kind,
            self.requests,
            tuple(self.calls.values()),
            self.repeats,
            self.preflights,
            tuple(sorted(self.other_hosts.items(), key=lambda item: (-item[1], item[0]))),
        )


def _left_out(other_hosts: Mapping[str, int], preflights: int) -> str:
    skipped = sum(other_hosts.values())
    return (
        f"skipped {skipped} to other hosts and {preflights} CORS "
        f"preflight{'' if preflights == 1 else 's'}"
    )


def _named(headers: Any, name: str) -> bool:
    """Whether a HAR (``name``) or Postman (``key``) header list has a header ``name``."""
    if not isinstance(headers, list):
        return False
    for header in headers:
        if isinstance(header, dict) and not header.get("disabled"):
            given = header.get("name", header.get("key"))
            if isinstance(given, str) and given.lower() == name:
                return True
    return False


def _har_requests(entries: Any, where: str) -> Iterator[_Request]:
    """Each entry's label, method, URL and headers."""
    if not isinstance(entries, list):
        raise CallError(f"{where}: a HAR file's log.entries must be a list")
    for number, entry in enumerate(entries, start=1):
        request = entry.get("request") if isinstance(entry, dict) else None
        if not isinstance(request, dict):
            request = {}
        method, url = request.get("method"), request.get("url")
        if not (isinstance(method, str) and isinstance(url, str)):
            raise CallError(f"{where}: entry {number} has no request method and URL")
        yield f"entry {number}", method, url, request.get("headers")


def _postman_version(info: dict[str, Any], where: str) -> str:
    schema = info.get("schema")
    if isinstance(schema, str):
        for version in ("v2.1", "v2.0"):
            if f"/{version}." in schema:
                return version
    raise CallError(f"{where}: a Postman collection must be v2.0 or v2.1 (export it again as v2.1)")


def _postman_requests(collection: dict[str, Any], where: str) -> Iterator[_Request]:
    """Each request's label, method, resolved URL and headers, folders walked in order."""
    outer = _variables(collection.get("variable"))
    # A stack of (items, variables, folder path), read depth first in document order.
    stack: list[tuple[Iterator[Any], dict[str, str], str]] = [
        (iter(_items(collection["item"], "item", where)), outer, "")
    ]
    while stack:
        items, variables, folder = stack[-1]
        item = next(items, None)
        if item is None:
            stack.pop()
            continue
        if not isinstance(item, dict):
            raise CallError(f"{where}: an item in {folder or 'the collection'} is not an object")
        name = item.get("name")
        label = f"{folder}/{name}" if isinstance(name, str) else f"{folder}/(unnamed)"
        scope = {**variables, **_variables(item.get("variable"))}
        if "item" in item:
            stack.append((iter(_items(item["item"], label, where)), scope, label))
        elif "request" in item:
            method, url, headers = _postman_request(item["request"], scope, label, where)
            yield f"request {label!r}", method, url, headers


def _items(items: Any, label: str, where: str) -> list[Any]:
    if not isinstance(items, list):
        raise CallError(f"{where}: {label}'s item must be a list")
    return items


def _variables(raw: Any) -> dict[str, str]:
    """A ``variable`` list as a mapping; disabled variables and odd entries left out."""
    if not isinstance(raw, list):
        return {}
    found: dict[str, str] = {}
    for variable in raw:
        if isinstance(variable, dict) and not variable.get("disabled"):
            key, value = variable.get("key", variable.get("id")), variable.get("value")
            if isinstance(key, str) and isinstance(value, (str, int, float, bool)):
                found[key] = str(value)
    return found


def _postman_request(
    request: Any, variables: Mapping[str, str], label: str, where: str
) -> tuple[str, str, Any]:
    """A request's method, URL (variables filled in, ``:param`` as ``{param}``) and headers."""
    if isinstance(request, str):
        return "GET", _postman_url(request, variables), None
    if not isinstance(request, dict):
        raise CallError(f"{where}: request {label!r} is neither an object nor a URL")
    method = request.get("method", "GET")
    url = request.get("url")
    if isinstance(url, dict):
        url = url.get("raw") if isinstance(url.get("raw"), str) else _joined(url)
    if not (isinstance(method, str) and isinstance(url, str)):
        raise CallError(f"{where}: request {label!r} has no method and URL")
    return method, _postman_url(url, variables), request.get("header")


def _joined(url: dict[str, Any]) -> str | None:
    """A URL object without ``raw``, put together from its protocol, host, port and path."""
    host, path = url.get("host"), url.get("path")
    if isinstance(host, list):
        host = ".".join(str(part) for part in host)
    if isinstance(path, list):
        path = "/".join(
            str(part.get("value", "")) if isinstance(part, dict) else str(part) for part in path
        )
    if not isinstance(host, str):
        return None
    protocol, port = url.get("protocol"), url.get("port")
    origin = f"{protocol}://{host}" if isinstance(protocol, str) else host
    origin += f":{port}" if isinstance(port, (str, int)) and port != "" else ""
    return f"{origin}/{path.lstrip('/')}" if isinstance(path, str) else origin


def _postman_url(url: str, variables: Mapping[str, str]) -> str:
    """The URL Postman would send, as far as the collection tells: its variables filled
    in, with no scheme meaning https; a host still unknown leaves the path alone."""
    for _ in range(_ROUNDS):
        filled = _VARIABLE.sub(lambda m: variables.get(m.group(1).strip(), m.group(0)), url)
        if filled == url or len(filled) > _LONGEST_URL:
            break
        url = filled
    url = url.strip()
    if not _SCHEME.match(url) and not url.startswith(("/", "{{")):
        url = "https://" + url
    head, slash, rest = url.partition("://")
    origin, _, path = (rest if slash else head).partition("/")
    if not slash or "{{" in origin:
        # The host is a variable the collection does not define: the path is all we know.
        origin = ""
    path, _, _ = path.partition("?")
    path, _, _ = path.partition("#")
    segments = [_segment(s) for s in path.split("/")]
    return f"{head}://{origin}/{'/'.join(segments)}" if origin else "/" + "/".join(segments)


def _segment(segment: str) -> str:
    """``:param`` and an unknown ``{{variable}}`` as the ``{param}`` a template has."""
    if segment.startswith(":") and len(segment) > 1:
        return "{" + segment[1:] + "}"
    match = _VARIABLE.fullmatch(segment)
    return "{" + match.group(1).strip() + "}" if match else segment
