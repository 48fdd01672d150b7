"""The reference the answers read: the catalogue made into lookups, from catalogue.json or
the package's modules.

Endpoints carry their scopes, every name their docs give them (titles and
operationIds) and the docs pages that document them; scopes carry what the docs
say of them and, where the maintainers marked one, why it is sensitive.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

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


def read_catalogue(path: Path, parse: Callable[[str], T]) -> T:
    """A catalogue.json file, parsed; a CatalogError naming it when it cannot be read as one."""
    try:
        return parse(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CatalogError(f"{path}: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError) as error:
        raise CatalogError(f"{path} is not a catalogue: {error!r}") from None


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
        data: dict[str, Any] = json.loads(text)
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
