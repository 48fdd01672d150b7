"""The reference the answers read: the catalogue made into lookups, from catalogue.json or
the package's modules.

Endpoints carry their scopes, every name their docs give them (titles and
operationIds) and the docs pages that document them; scopes carry what the docs
say of them and, where the maintainers marked one, why it is sensitive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from .inputs import parse_json
from .lookup import Lookup

# The kinds of source whose pages document a scope, as people read them.
DOCUMENTING_SOURCES = ("api_page", "scope_table")


class EndpointEntry(NamedTuple):
    """A documented endpoint: ``path`` is a template under ``server``."""

    method: str
    server: str
    path: str
    scopes: tuple[str, ...]
    title: str | None
    doc_url: str | None
    # Every title and operationId its docs give it.
    names: tuple[str, ...] = ()
    # Every docs page that documents it, as people read it (no `.md`).
    pages: tuple[str, ...] = ()
    # Whether it authenticates the API client itself (HTTP Basic with client id and
    # secret): a client-credentials call needs no scope, `scopes` apply to Bearer grants.
    client_auth: bool = False

    @property
    def key(self) -> str:
        """``METHOD server+path``."""
        return f"{self.method} {self.server}{self.path}"


class ScopeEntry(NamedTuple):
    """A documented scope and what the docs say of it."""

    name: str
    description: str | None
    group: str | None
    doc_urls: tuple[str, ...]
    # Why the maintainers marked the scope sensitive, if they did.
    sensitive: str | None = None


class CatalogError(Exception):
    """A catalogue that cannot be read; str() names the file and why, on one line."""


T = TypeVar("T")


def read_catalogue(path: Path, parse: Callable[[Any], T]) -> T:
    """A catalogue.json file, read and checked, then given to ``parse`` as JSON data; a
    CatalogError naming it, in one line, when it cannot be read as a catalogue."""
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = error.strerror if isinstance(error, OSError) else None
        raise CatalogError(f"{path}: {reason or 'cannot be read'}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(f"{path} is not UTF-8 text (byte {error.start} is not)") from None
    try:
        parsed = parse_json(text)
        check_catalogue(parsed)
        return parse(parsed)
    except ValueError as error:
        raise CatalogError(f"{path} {error}") from None


# What each entry of a catalogue holds: the field, and the JSON types it may have.
Fields = Mapping[str, "tuple[type, ...]"]
_STRING: tuple[type, ...] = (str,)
_TEXT: tuple[type, ...] = (str, type(None))
_LIST: tuple[type, ...] = (list,)
_FLAG: tuple[type, ...] = (bool,)
_TOP: Fields = {"source": _STRING, "fetched_at": _STRING, "endpoints": _LIST, "scopes": _LIST}
_ENTRIES: dict[str, Fields] = {
    "endpoints": {
        "method": _STRING,
        "server": _STRING,
        "path": _STRING,
        "scopes": _LIST,
        "title": _TEXT,
        "doc_url": _TEXT,
        "sources": _LIST,
    },
    "scopes": {"name": _STRING, "description": _TEXT, "group": _TEXT, "sources": _LIST},
}
_OPTIONAL: Fields = {"names": _LIST, "client_auth": _FLAG, "sensitive": _TEXT, "mirror": _FLAG}
_NAMES = {list: "a list", str: "a string", bool: "true or false", type(None): "null"}


def check_catalogue(data: Any) -> None:
    """That ``data`` has the shape of catalogue.json, as far as the answers read it; a
    ValueError that says where it does not, to follow the file's name."""
    if not isinstance(data, dict):
        raise ValueError("is not a catalogue: it is no JSON object")
    _fields("", data, _TOP)
    for key, fields in _ENTRIES.items():
        for position, entry in enumerate(data[key]):
            where = f"{key}[{position}]"
            if not isinstance(entry, dict):
                raise ValueError(f"is not a catalogue: {where} is no object")
            _fields(where + ".", entry, fields)
            for name in ("scopes", "names", "sources"):
                items = entry.get(name, [])
                kind = dict if name == "sources" else str
                if not all(isinstance(item, kind) for item in items):
                    raise ValueError(f"is not a catalogue: {where}.{name} holds a wrong entry")
            for source in entry["sources"]:
                _fields(where + ".sources[].", source, {"url": _STRING, "kind": _STRING})
        if key == "endpoints":
            for position, entry in enumerate(data[key]):
                _server(entry["server"], f"endpoints[{position}].server")


def _fields(where: str, entry: dict[str, Any], fields: Fields) -> None:
    for name, kinds in (*fields.items(), *_OPTIONAL.items()):
        if name not in entry:
            if name in fields:
                raise ValueError(f"is not a catalogue: {where}{name} is missing")
        elif not isinstance(entry[name], kinds):
            wanted = " or ".join(_NAMES[kind] for kind in kinds)
            raise ValueError(f"is not a catalogue: {where}{name} is not {wanted}")


def _server(server: str, where: str) -> None:
    """A server is an absolute URL the router can split."""
    try:
        parts = urlsplit(server)
        parts.port  # noqa: B018  # a port that is no number raises here
    except ValueError:
        raise ValueError(f"is not a catalogue: {where} is not a URL") from None
    if not (parts.scheme and parts.netloc):
        raise ValueError(f"is not a catalogue: {where} is not an absolute URL")


def human_url(url: str) -> str:
    """The page people read: a `.md` export's URL without `.md`."""
    return url[: -len(".md")] if url.endswith(".md") else url


def page_key(url: str) -> str:
    """A docs page URL as pages are looked up: no query, fragment, `.md` or final slash."""
    bare = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return human_url(bare).lower()


def name_key(name: str) -> str:
    """A name as names are looked up: case and runs of whitespace do not matter."""
    return " ".join(name.split()).casefold()


class Reference:
    """Everything the answers need; ``lookup`` matches requests to endpoints."""

    def __init__(
        self,
        endpoints: Iterable[EndpointEntry],
        scopes: Iterable[ScopeEntry],
        source: str,
        fetched_at: str,
        mirror: bool = False,
    ) -> None:
        self.endpoints = tuple(endpoints)
        self.scopes: Mapping[str, ScopeEntry] = {scope.name: scope for scope in scopes}
        self.source = source
        self.fetched_at = fetched_at
        self.mirror = mirror
        self.lookup: Lookup[EndpointEntry, str] = Lookup(
            ((e, e.scopes) for e in self.endpoints),
            client_auth=[e for e in self.endpoints if e.client_auth],
        )
        self._pages: dict[str, list[EndpointEntry]] | None = None
        self._names: dict[str, list[EndpointEntry]] | None = None

    @classmethod
    def from_json(cls, text: str) -> Reference:
        """A catalogue in the format of generated/catalogue.json."""
        data = parse_json(text)
        check_catalogue(data)
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Reference:
        """A catalogue read from JSON and checked (see check_catalogue)."""
        return cls(
            endpoints=[_endpoint(raw) for raw in data["endpoints"]],
            scopes=[_scope(raw) for raw in data["scopes"]],
            source=data["source"],
            fetched_at=data["fetched_at"],
            mirror=bool(data.get("mirror", False)),
        )

    @property
    def docs_origin(self) -> str:
        """``https://docs.dintero.com``: where the docs pages are, from the crawl's source."""
        scheme, _, rest = self.source.partition("://")
        return f"{scheme}://{rest.split('/', 1)[0]}".lower()

    def sensitive(self) -> frozenset[str]:
        return frozenset(name for name, scope in self.scopes.items() if scope.sensitive)

    def by_page(self, url: str) -> list[EndpointEntry]:
        """The endpoints a docs page documents."""
        if self._pages is None:
            self._pages = _index((page_key(page), e) for e in self.endpoints for page in e.pages)
        return self._pages.get(page_key(url), [])

    def by_name(self, name: str) -> list[EndpointEntry]:
        """The endpoints a title or operationId names, whatever its case."""
        if self._names is None:
            self._names = _index((name_key(n), e) for e in self.endpoints for n in e.names)
        return self._names.get(name_key(name), [])

    def names(self) -> list[str]:
        """Every endpoint name, sorted."""
        return sorted({name for endpoint in self.endpoints for name in endpoint.names})


def _index(pairs: Iterable[tuple[str, EndpointEntry]]) -> dict[str, list[EndpointEntry]]:
    index: dict[str, list[EndpointEntry]] = {}
    for key, endpoint in pairs:
        found = index.setdefault(key, [])
        if endpoint not in found:
            found.append(endpoint)
    return index


def _endpoint(raw: Mapping[str, Any]) -> EndpointEntry:
    return EndpointEntry(
        method=raw["method"],
        server=raw["server"],
        path=raw["path"],
        scopes=tuple(raw["scopes"]),
        title=raw["title"],
        doc_url=raw["doc_url"],
        names=tuple(raw.get("names", ())),
        pages=doc_pages(((s["url"], s["kind"]) for s in raw["sources"]), ("api_page",)),
        client_auth=raw.get("client_auth") is True,
    )


def _scope(raw: Mapping[str, Any]) -> ScopeEntry:
    return ScopeEntry(
        name=raw["name"],
        description=raw["description"],
        group=raw["group"],
        doc_urls=doc_pages(((s["url"], s["kind"]) for s in raw["sources"]), DOCUMENTING_SOURCES),
        sensitive=raw.get("sensitive"),
    )


def doc_pages(sources: Iterable[tuple[str, str]], kinds: Sequence[str]) -> tuple[str, ...]:
    """The pages, as people read them, of the (url, kind) sources of the given kinds."""
    return tuple(sorted({human_url(url) for url, kind in sources if kind in kinds}))
