"""The scope model: what the parsers produce and the renderers read.

Parsers emit *records* (one page's account of a fact, with its source).
`scraper.build` merges records into a `Catalogue`, the one hub every output is
rendered from.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from scraper.runtime.reference import read_catalogue
from scraper.runtime.scopes import ACTIONS

SCHEMA_VERSION = 2

# A scope token: colon-separated parts of word characters and path punctuation.
# Deliberately loose, so odd shapes are kept and reported rather than dropped.
SCOPE_TOKEN = re.compile(r"[A-Za-z][\w.\-]*(?::[\w./*{}\-]+)*")
# A scope-looking string in prose: at least one colon, known action on either side.
_ACTION_WORDS = "|".join(sorted(ACTIONS))
SCOPE_IN_PROSE = re.compile(
    rf"(?<![\w:/.-])(?:(?:{_ACTION_WORDS}):[a-z][\w\-]*(?::[\w./*{{}}\-]+)*"
    rf"|[a-z][\w\-]*:(?:{_ACTION_WORDS}))(?![\w:/-])"
)


class SourceKind(StrEnum):
    """Where a fact was read from."""

    SCOPE_TABLE = "scope_table"
    API_PAGE = "api_page"
    LLMS = "llms"
    OPENAPI = "openapi"
    PROSE = "prose"


class FindingKind(StrEnum):
    """What a finding is about; the catalogue's `findings[].kind`."""

    PAGE_NOT_FOUND = "page_not_found"
    FETCH_FAILED = "fetch_failed"
    UNPARSED_PAGE = "unparsed_page"
    UNRECOGNIZED_SCOPE_ITEM = "unrecognized_scope_item"
    SCOPE_NOT_IN_TABLE = "scope_not_in_table"
    SCOPE_UNUSED = "scope_unused"
    ENDPOINT_WITHOUT_SCOPES = "endpoint_without_scopes"
    LOOKALIKE_SCOPES = "lookalike_scopes"
    REVERSED_SCOPE = "reversed_scope"
    CONFLICTING_SCOPES = "conflicting_scopes"
    PROSE_SCOPE = "prose_scope"
    TRUNCATED_INDEX_ENTRY = "truncated_index_entry"
    INDEX_PAGE_MISMATCH = "index_page_mismatch"
    SPEC_PAGE_MISMATCH = "spec_page_mismatch"
    SEVERAL_SERVERS = "several_servers"
    REVIEWED_SCOPE_MISSING = "reviewed_scope_missing"
    UNATTRIBUTED_SCOPE = "unattributed_scope"
    UNDECODABLE_BYTES = "undecodable_bytes"
    UNPLACED_ENDPOINT = "unplaced_endpoint"


@dataclass(frozen=True, order=True, slots=True)
class Source:
    url: str
    kind: SourceKind


def human_url(url: str) -> str:
    """The page people read: a `.md` export's URL without `.md`."""
    return url.removesuffix(".md")


# Records: one source's account of one fact.


@dataclass(frozen=True, slots=True)
class TableScope:
    """A row of a scope table: the scope, its description and its group."""

    name: str
    description: str | None
    group: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class EndpointDoc:
    """One page's or one spec's account of an endpoint and the scopes it accepts."""

    method: str
    server: str
    path: str
    title: str | None
    doc_url: str | None
    scopes: tuple[str, ...]
    source: Source
    operation_id: str | None = None
    # Whether it authenticates the API client itself (see scraper.parse.client_auth).
    client_auth: bool = False


@dataclass(frozen=True, slots=True)
class EndpointRef:
    """A page's endpoint named without a spec of its own on the page: by the line a
    reference page shows (`POST https://...`, `` `GET /path` ``), or by spec files the
    page links to. `scraper.build` places it on a server that a spec or the previous
    catalogue documents, never on a guessed one.

    `target` is the URL or path as written; `specs` the spec files linked, in page order.
    """

    method: str | None
    target: str | None
    specs: tuple[str, ...]
    title: str | None
    doc_url: str | None
    scopes: tuple[str, ...]
    source: Source
    # Whether the page's words say the endpoint authenticates the client itself.
    client_auth: bool = False


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """A link in llms.txt, with the scopes its description lists, if any.

    `scopes` is None when the description lists none; `complete` is False when the
    description was cut with an ellipsis, so the list may be partial.
    """

    title: str
    url: str
    description: str | None
    section: str
    scopes: tuple[str, ...] | None
    complete: bool
    source: Source


class Region(StrEnum):
    """Where on a page a scope-looking string stands."""

    # The page's own words, its scope lists included.
    TEXT = "text"
    # An API page's embedded OpenAPI document, or a spec operation's description.
    OPENAPI = "openapi"
    # A code example (fenced code, <pre>): what people send, not what the docs state.
    EXAMPLE = "example"
    # A block addressed to AI agents: instructions to the reader, not documentation.
    AGENT = "agent"
    # The description of an item in a scope list that was read ("`a:b`: includes `a:c`"):
    # words about a listed scope, which that list accounts for.
    DESCRIPTION = "description"


@dataclass(frozen=True, slots=True)
class ScopeMention:
    """A scope-looking string on a page, with the line it stands on.

    `line` counts from 1 in the document, or in the description of `operation`
    (`GET /path`) for a mention in a spec operation's description.
    """

    name: str
    context: str
    source: Source
    line: int | None = None
    region: Region = Region.TEXT
    operation: str | None = None


@dataclass(slots=True)
class Finding:
    kind: FindingKind
    message: str
    urls: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Records:
    """Everything parsed from one document."""

    table_scopes: list[TableScope] = field(default_factory=list)
    endpoints: list[EndpointDoc] = field(default_factory=list)
    refs: list[EndpointRef] = field(default_factory=list)
    index: list[IndexEntry] = field(default_factory=list)
    # Spec files to read: those an index lists, and those a page links to.
    specs: list[str] = field(default_factory=list)
    # Further llms.txt indexes an index links to.
    indexes: list[str] = field(default_factory=list)
    mentions: list[ScopeMention] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def extend(self, other: Records) -> None:
        self.table_scopes += other.table_scopes
        self.endpoints += other.endpoints
        self.refs += other.refs
        self.index += other.index
        self.specs += other.specs
        self.indexes += other.indexes
        self.mentions += other.mentions
        self.findings += other.findings

    def is_empty(self) -> bool:
        return not (
            self.table_scopes
            or self.endpoints
            or self.refs
            or self.index
            or self.specs
            or self.indexes
        )


# The catalogue: merged, reconciled, sorted.


@dataclass(slots=True)
class Scope:
    name: str
    action: str | None
    resource: str | None
    restriction: str | None
    description: str | None
    group: str | None
    sources: list[Source]
    # Why the maintainers marked the scope sensitive (it weakens a safeguard), if they did.
    sensitive: str | None = None


@dataclass(slots=True)
class Endpoint:
    method: str
    server: str
    path: str
    title: str | None
    doc_url: str | None
    scopes: list[str]
    sources: list[Source]
    # Every title and operationId its docs give it, sorted: what `need --name` matches.
    names: list[str] = field(default_factory=list)
    # Whether it authenticates the API client itself (HTTP Basic with client id and
    # secret): a client-credentials call needs no scope, `scopes` apply to Bearer grants.
    client_auth: bool = False

    @property
    def key(self) -> str:
        """`METHOD server+path`, the endpoint's name in change reports."""
        return f"{self.method} {self.server}{self.path}"


@dataclass(slots=True)
class Catalogue:
    schema_version: int
    source: str
    fetched_at: str
    scopes: list[Scope]
    endpoints: list[Endpoint]
    findings: list[Finding]
    # Whether the docs were read through --mirror (a copy), not from the live site.
    mirror: bool = False

    def to_json(self) -> str:
        """Sorted, indented JSON: the same catalogue always gives the same bytes."""
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Catalogue:
        return cls.from_data(json.loads(text))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Catalogue:
        """A catalogue from its JSON data; a ValueError that says what does not fit."""
        try:
            return cls(
                schema_version=data["schema_version"],
                source=data["source"],
                fetched_at=data["fetched_at"],
                scopes=[Scope(**{**s, "sources": _sources(s["sources"])}) for s in data["scopes"]],
                endpoints=[
                    Endpoint(**{**e, "sources": _sources(e["sources"])}) for e in data["endpoints"]
                ],
                findings=[
                    Finding(**{**f, "kind": FindingKind(f["kind"])}) for f in data["findings"]
                ],
                mirror=data.get("mirror", False),
            )
        except (KeyError, TypeError, ValueError):
            raise ValueError(
                "is not a catalogue of this version: a field is missing, unknown or of "
                "another kind (`dintero-scopes render --from-snapshot` rebuilds it)"
            ) from None

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        """A catalogue file; a CatalogError naming the file when it cannot be read as one."""
        return read_catalogue(path, cls.from_data)

    def scope(self, name: str) -> Scope | None:
        return next((s for s in self.scopes if s.name == name), None)


def _sources(raw: list[dict[str, str]]) -> list[Source]:
    return [Source(src["url"], SourceKind(src["kind"])) for src in raw]
