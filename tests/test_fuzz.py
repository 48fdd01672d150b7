"""Property-based fuzzing: every parser, scope strings, page bodies and snapshot paths.

A parser may refuse a document only with its own ParseError (which `parse_document`
turns into a finding); anything else escaping is a crash of the refresh. Structured
strategies (markdown with scope blocks and tables, OpenAPI-shaped YAML and JSON, HTML
tag soup, llms.txt entries) reach past the first line of each parser, and what the
parsers return is fed on through the build and every renderer. Last, scope names and
descriptions of any text round-trip exactly through the generated Python package and
the JSON Schema.
"""

from __future__ import annotations

import encodings
import html
import importlib
import json
import os
import pkgutil
import string
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar
from unittest import mock
from urllib.parse import urljoin

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from markdown_it import MarkdownIt

from scraper.build import build
from scraper.errors import UnsafePathError
from scraper.fetch import Page, url_to_relpath
from scraper.formats import SPEC_SUFFIXES, url_path
from scraper.model import (
    SCOPE_IN_PROSE,
    SCOPE_TOKEN,
    Catalogue,
    Records,
    Region,
    Scope,
    Source,
    SourceKind,
)
from scraper.parse import ParseError, openapi, parse_document, prose
from scraper.parse.html import read_html
from scraper.parse.llms import is_index, parse_llms
from scraper.parse.openapi import load_spec, parse_openapi
from scraper.parse.page import read_page
from scraper.parse.scope_list import ScopeList, parse_flat
from scraper.parse.scope_list import lists_in_markdown as find_scope_lists
from scraper.render import python, render_all, schema
from scraper.runtime.routing import METHODS
from scraper.runtime.scopes import ScopeParts, parse_scope

# Slow: fuzzes every parser with Hypothesis.
pytestmark = pytest.mark.slow

OPERATION_KEYS = [method.lower() for method in METHODS]

DOCS = "https://docs.dintero.com"
INDEX = f"{DOCS}/llms.txt"
# Every way a document reaches parse_document: by file name or by media type.
TARGETS = [
    (INDEX, "text/plain"),
    (f"{DOCS}/specs/spec.yaml", None),
    (f"{DOCS}/specs/spec.json", "application/json"),
    (f"{DOCS}/specs/spec", "application/yaml"),
    (f"{DOCS}/docs/page", "text/html"),
    (f"{DOCS}/docs/page.html", None),
    (f"{DOCS}/docs/page.md", "text/markdown"),
    (f"{DOCS}/docs/page.md", "application/json"),
    (f"{DOCS}/docs/page", None),
]

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

T = TypeVar("T")


def joined(pieces: st.SearchStrategy[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=max_size).map("".join)


# Text: pieces that mean something to one format or another, and anything at all.

HOSTILE_PIECES = [
    '"',
    "'",
    "\\",
    '"""',
    "'''",
    "{{ x }}",
    "{% if %}",
    "</script>",
    "<script>window.pwned=1</script>",
    "<!--",
    "-->",
    "**b**",
    "[x](javascript:alert(1))",
    "`",
    "|",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x1b[1m",
    "\u2028",
    "\ufeff",
    "…",
    "æøå",
    "\U0001d518",
    "\\N{DASH}",
    "\\x00",
    "%s",
    "{0}",
]
MARKUP_PIECES = [
    *HOSTILE_PIECES,
    "# ",
    "## ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "scopes:",
    "*scopes*:",
    "### Scopes",
    "admin:checkout",
    "read:accounts:/auth/users",
    "checkout:admin",
    "GET ",
    "POST /v1/accounts/{aid}",
    "https://api.dintero.com/v1/x",
    "```yaml spec get /x\n",
    "````\n",
    "<AgentInstructions>",
    "</AgentInstructions>",
    "<h1>",
    "<table>",
    "<tr>",
    "<th>Name</th>",
    "<td>",
    "<ul>",
    "<li>",
    "<code>",
    "<![",
    "<![CDATA[",
    "]]>",
    "<!",
    "</",
    "<?xml",
    "&#x110000;",
    "&#0;",
    "openapi: 3.0.1\n",
    "paths:\n",
    "  /x:\n",
    "    get:\n",
    "      x-scopes: [",
    "servers:\n  - url: ",
    "http://[",
    "&a ",
    "*a",
    "!!binary ",
    "!!python/object ",
    "? ",
    "{",
    "}",
    "[",
    "]",
]
TEXT = st.one_of(st.text(max_size=60), joined(st.sampled_from(MARKUP_PIECES) | st.text(max_size=3)))

# Scope tokens as the docs write them, [a-z][a-z_-]{0,8}(:[a-z0-9_/{}-]{1,10}){1,3};
# none ends with what a list item's cleanup trims. Built from parts, not st.from_regex,
# which spends a third of this module's time drawing them.
SCOPES = st.builds(
    lambda first, action, parts: first + action + "".join(f":{part}" for part in parts),
    st.sampled_from(string.ascii_lowercase),
    st.text(string.ascii_lowercase + "_-", max_size=8),
    st.lists(
        st.text(string.ascii_lowercase + string.digits + "_/{}-", min_size=1, max_size=10),
        min_size=1,
        max_size=3,
    ),
)
HEADERS = [
    "scopes:",
    "*scopes*:",
    "Scopes:",
    "**Scopes:**",
    "**Scopes**:",
    "### Scopes",
    "Required scopes:",
    "> scopes:",
    "_Scope_:",
]


def renders_as_written(text: str) -> bool:
    """Whether markdown shows the text as it is written (no emphasis, no escapes)."""
    return MarkdownIt("commonmark").renderInline(text) == html.escape(text, quote=False)


def unique(items: list[T]) -> list[T]:
    return list(dict.fromkeys(items))


def markdown_lines() -> st.SearchStrategy[str]:
    """Markdown the way Dintero writes it, shuffled: headings, scope blocks, tables, fences."""
    line = st.one_of(
        st.sampled_from(HEADERS),
        st.builds(
            lambda indent, bullet, scope: f"{indent}{bullet} {scope}",
            st.sampled_from(["", "  ", "\t", "> "]),
            st.sampled_from(["-", "*", "+", "1.", "2)"]),
            SCOPES | TEXT,
        ),
        st.builds(lambda s: "scopes: - " + " - ".join(s), st.lists(SCOPES | TEXT, max_size=4)),
        st.builds(lambda t: f"# {t}", TEXT),
        st.sampled_from(["| Name | Description |", "| --- | --- |", "|---|---|", ""]),
        st.builds(
            lambda bold, scope, text: (
                f"| {'**' if bold else ''}`{scope}`{'**' if bold else ''} | {text} |"
            ),
            st.booleans(),
            SCOPES | TEXT,
            TEXT,
        ),
        st.builds(
            lambda m, p: f"{m} {p}",
            st.sampled_from([m.upper() for m in METHODS]),
            st.sampled_from(["/v1/a/{id}", "https://api.dintero.com/v1/x", f"{DOCS}/x", "/"]),
        ),
        st.sampled_from(["```yaml spec get /a", "````yaml", "```", "````", "<AgentInstructions>"]),
        TEXT,
    )
    return st.lists(line, max_size=25).map("\n".join)


# Values of any JSON/YAML shape, for every place of an OpenAPI document.
SHORT = joined(st.sampled_from(MARKUP_PIECES) | st.text(max_size=3), max_size=6)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), SHORT, SCOPES
)
ANY = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(SHORT, inner, max_size=3),
    max_leaves=10,
)


def either(shape: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The shape a spec should have, or anything at all."""
    return st.one_of(shape, shape, ANY)


SCOPE_LISTS = st.lists(SCOPES | SHORT, max_size=4)
SERVERS = st.lists(
    st.fixed_dictionaries(
        {"url": either(st.sampled_from(["https://api.dintero.com/v1", "/v2", "http://[x"]))},
        optional={"variables": ANY},
    ),
    max_size=2,
)
OPERATIONS = st.fixed_dictionaries(
    {},
    optional={
        "summary": either(SHORT),
        "operationId": either(SHORT),
        "description": either(
            st.builds(
                lambda s: "Does a thing.\n\nscopes:\n" + "".join(f"- {x}\n" for x in s), SCOPE_LISTS
            )
        ),
        "x-scopes": either(SCOPE_LISTS),
        "security": either(st.lists(st.dictionaries(SHORT, SCOPE_LISTS, max_size=2), max_size=2)),
        "servers": either(SERVERS),
    },
)
SPECS = st.fixed_dictionaries(
    {
        "paths": either(
            st.dictionaries(
                st.sampled_from(["/a", "/a/{id}", "/b/{id}/c"]) | SHORT,
                either(
                    st.dictionaries(
                        st.sampled_from([*(m.lower() for m in METHODS), "servers"]),
                        either(OPERATIONS),
                    )
                ),
                max_size=4,
            )
        )
    },
    optional={
        "openapi": either(st.just("3.0.1")),
        "swagger": either(st.just("2.0")),
        "servers": either(SERVERS),
        "x-servers": either(SERVERS),
        "host": either(st.sampled_from(["api.dintero.com", "[x", ""])),
        "basePath": either(st.just("/v1")),
        "schemes": either(st.lists(st.sampled_from(["https", "http", ""]), max_size=2)),
        "security": ANY,
    },
)


def serialized(spec: Any, as_json: bool) -> str:
    if as_json:
        return json.dumps(spec)
    return yaml.safe_dump(spec, allow_unicode=True)


SPEC_TEXTS = st.one_of(
    st.builds(serialized, SPECS, st.booleans()),
    st.builds(lambda s: serialized(s, False), ANY),
    joined(st.sampled_from(MARKUP_PIECES) | st.text(max_size=3)),
)

# HTML: nested tags of the kinds the readers look at, around hostile text.
TAGS = [
    "h1",
    "title",
    "table",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "code",
    "p",
    "b",
    "script",
    "nav",
    "template",
    "AgentInstructions",
]
HTML = st.recursive(
    TEXT | SCOPES,
    lambda inner: st.builds(
        lambda tag, children, closed: (
            f"<{tag}>{''.join(children)}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(TAGS),
        st.lists(inner, max_size=3),
        st.booleans(),
    ),
    max_leaves=15,
)

# llms.txt: entries with titles, links and descriptions, some of them scope lists.
# A link runs to the first space or `)`; no line break sits inside an entry.
LINKS = st.one_of(
    st.builds(lambda p: f"{DOCS}/{p}", joined(st.sampled_from(["a", "/", ".md", "%2e", ".."]), 8)),
    st.sampled_from(
        ["https://[x/a.md", "/relative.md", "file:///etc/passwd", "https://other.example/x"]
    ),
    st.text(st.characters(exclude_categories=("C", "Z"), exclude_characters="()"), min_size=1),
)
ONE_LINE = st.characters(exclude_categories=("C", "Zl", "Zp"))
ENTRIES = st.tuples(
    st.text(
        st.characters(
            codec="utf-8", exclude_categories=("C", "Zl", "Zp"), exclude_characters="[]\\"
        ),
        max_size=20,
    ).map(str.strip),
    LINKS,
    st.one_of(
        st.none(),
        st.text(ONE_LINE, max_size=30),
        st.builds(lambda s: "scopes: - " + " - ".join(s), st.lists(SCOPES, min_size=1, max_size=4)),
    ),
)


def llms_text(title: str, sections: list[tuple[str, list[tuple[str, str, str | None]]]]) -> str:
    lines = [f"# {title}", ""]
    for section, entries in sections:
        lines += [f"## {section}", ""]
        for name, url, description in entries:
            lines.append(f"- [{name}]({url})" + (f": {description}" if description else ""))
    return "\n".join(lines) + "\n"


LLMS = st.builds(
    llms_text,
    SHORT,
    st.lists(
        st.tuples(st.sampled_from(["Docs", "OpenAPI Specs", "API"]), st.lists(ENTRIES, max_size=5)),
        max_size=3,
    ),
)

DOCUMENTS = st.one_of(TEXT, markdown_lines(), SPEC_TEXTS, HTML, LLMS)


# Checks on what parsers return.


def check_records(url: str, records: Records) -> None:
    assert all(url in finding.urls for finding in records.findings)
    assert all(SCOPE_TOKEN.fullmatch(row.name) for row in records.table_scopes)
    assert all(SCOPE_IN_PROSE.fullmatch(m.name) for m in records.mentions)
    assert all(doc.method in METHODS for doc in records.endpoints)


def catalogue_of(url: str, records: Records) -> Catalogue:
    """What the build makes of one parsed page (and an empty index)."""
    return build(records, set(), INDEX, fetched_at="2026-01-02T03:04:05Z")


# Every parser, through parse_document.


# Documents that once escaped as other exceptions.
MALFORMED_HTML = ((f"{DOCS}/docs/page", "text/html"), "<h1>T</h1><![<![")
UNCLOSED_SERVER = (
    (f"{DOCS}/specs/spec.yaml", None),
    "openapi: 3.0.1\nservers:\n  - url: 'http://[x'\npaths:\n  /a:\n    get: {}\n",
)
UNCLOSED_HOST = (
    (f"{DOCS}/api-reference/a.md", None),
    "# A\n\n```yaml spec get /a\nswagger: '2.0'\nhost: '[x'\npaths:\n  /a:\n    get: {}\n```\n",
)


@FUZZ
@given(st.sampled_from(TARGETS), DOCUMENTS)
@example(*MALFORMED_HTML)
@example(*UNCLOSED_SERVER)
@example(*UNCLOSED_HOST)
def test_parse_document_never_raises(target: tuple[str, str | None], text: str) -> None:
    url, content_type = target
    check_records(url, parse_document(url, content_type, text))


@SOME
@given(st.sampled_from(TARGETS), st.one_of(SPEC_TEXTS, markdown_lines(), HTML))
@example(*UNCLOSED_SERVER)
@example(*UNCLOSED_HOST)
def test_whatever_a_page_gives_builds_and_renders(
    target: tuple[str, str | None], text: str
) -> None:
    url, content_type = target
    catalogue = catalogue_of(url, parse_document(url, content_type, text))
    files = render_all(catalogue, [])
    for path, content in files.items():
        if path.suffix == ".py":
            compile(content, str(path), "exec")
        elif path.suffix == ".json":
            json.loads(content)


def test_a_catalogue_without_scopes_renders_a_package_that_compiles() -> None:
    # Only `refresh --accept-removals` writes such a catalogue: the gate refuses it.
    catalogue = catalogue_of(f"{DOCS}/specs/spec.yaml", Records())
    source = python.files(catalogue, [])[python.PACKAGE / "_scopes.py"]
    compile(source, "_scopes.py", "exec")
    scope_schema = schema.files(catalogue)[Path("generated/schema") / schema.SCOPE_SCHEMA]
    Draft202012Validator.check_schema(json.loads(scope_schema))


# Each parser's entry points, on its own.


def only_parse_errors(parse: Callable[[], T]) -> T | None:
    try:
        return parse()
    except ParseError:
        return None


@FUZZ
@given(SPEC_TEXTS)
def test_openapi_refuses_only_with_a_parse_error(text: str) -> None:
    url = f"{DOCS}/specs/spec.yaml"
    spec = only_parse_errors(lambda: load_spec(url, text))
    records = only_parse_errors(lambda: parse_openapi(url, text))
    if spec is None:
        assert records is None
    if records is not None:
        check_records(url, records)


def spec_or_error(url: str, text: str) -> str:
    """What load_spec makes of `text`, the spec or the error, as text (NaN equals NaN)."""
    try:
        return repr(load_spec(url, text))
    except ParseError as error:
        return str(error)


# YAML that libyaml and the Python parser may read apart: a dumped document, flow or
# block, with pieces of YAML syntax put in anywhere.
YAML_PIECES = [
    *["[", "]", "{", "}", ",", ": ", ":", "- ", "? ", "?", "#c", " #c", "|", ">", "|-"],
    *["!", "!!str ", " !x ", "&a ", "*a", "\t", ":\tz", "  ", "%YAML 1.1\n", "---", "..."],
    *["\n", "\n  ", "\n- ", "'q'", '"d"', "\u2028", "\x85", "\ufeff", "é", "\\"],
]
YAML_LEAVES = st.sampled_from(["x", "y z", "a?b", "1", "true", "", "q: r", "t\tu", "é"])
YAML_DATA = st.recursive(
    YAML_LEAVES | st.integers(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "c d", "e?f", "[i]"]), inner, max_size=3)
    ),
    max_leaves=8,
)


def put_in(text: str, pieces: list[tuple[int, str]]) -> str:
    for position, piece in pieces:
        at = position % (len(text) + 1)
        text = text[:at] + piece + text[at:]
    return text


YAML_TEXTS = st.builds(
    put_in,
    st.builds(
        lambda paths, flow: yaml.safe_dump(
            {"openapi": "3", "paths": paths}, allow_unicode=True, default_flow_style=flow
        ),
        YAML_DATA,
        st.sampled_from([False, None, True]),
    ),
    st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(YAML_PIECES)), max_size=3),
)


@FUZZ
@given(SPEC_TEXTS | YAML_TEXTS)
# Where the two parsers are known to read apart: the Python parser refuses each of these.
@example("openapi: 3\npaths:\n  a:\tb\n")
@example("openapi: 3\npaths: [b?c, d]\n")
@example("openapi: 3\npaths: {b?: c}\n")
@example("openapi: 3\npaths: |#c\n  b\n")
def test_libyaml_reads_a_spec_as_the_python_parser_does(text: str) -> None:
    """load_spec reads what it can with libyaml, for speed, and never with another outcome."""
    url = f"{DOCS}/specs/spec.yaml"
    fast = spec_or_error(url, text)
    with mock.patch.object(openapi, "_FAST_LOADER", None):
        assert spec_or_error(url, text) == fast


# Outside Hypothesis, which lends a test more stack than a crawl has.
@pytest.mark.parametrize(
    "text",
    [
        "openapi: 3\npaths: " + "[" * 150 + "]" * 150,
        "openapi: 3\npaths: " + "[" * 600 + "]" * 600,
        "openapi: 3\npaths:\n" + "- " * 600 + "x\n",
    ],
    ids=["150 deep", "600 deep, flow", "600 deep, block"],
)
def test_libyaml_leaves_deep_nesting_to_the_python_parser(text: str) -> None:
    """libyaml reads on where the Python parser runs out of stack: never with another outcome."""
    url = f"{DOCS}/specs/spec.yaml"
    fast = spec_or_error(url, text)
    with mock.patch.object(openapi, "_FAST_LOADER", None):
        assert spec_or_error(url, text) == fast


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(["/a", "/b/{id}", "/c"]), st.lists(SCOPES, max_size=4), min_size=1
    )
)
def test_openapi_reads_every_operation_and_its_scopes(paths: dict[str, list[str]]) -> None:
    spec = {
        "openapi": "3.0.1",
        "servers": [{"url": "https://api.dintero.com/v1/"}],
        "paths": {path: {"get": {"x-scopes": scopes}} for path, scopes in paths.items()},
    }
    records = parse_openapi(f"{DOCS}/specs/spec.json", json.dumps(spec))
    assert {(e.method, e.server, e.path, e.scopes) for e in records.endpoints} == {
        ("GET", "https://api.dintero.com/v1", path, tuple(unique(scopes)))
        for path, scopes in paths.items()
    }


@FUZZ
@given(HTML | TEXT)
def test_html_refuses_only_with_a_parse_error(text: str) -> None:
    url = f"{DOCS}/docs/page"
    records = only_parse_errors(lambda: read_page(read_html(url, text)))
    if records is not None:
        check_records(url, records)


@FUZZ
@given(LLMS | TEXT)
def test_llms_refuses_only_with_a_parse_error(text: str) -> None:
    records = only_parse_errors(lambda: parse_llms(INDEX, text))
    if records is not None:
        check_records(INDEX, records)


def resolved(link: str) -> str:
    """A link read against the index's own URL; one that is no URL, as it is written."""
    try:
        return urljoin(INDEX, link)
    except ValueError:
        return link


def escaped(text: str) -> str:
    """Markdown that reads as `text`: every ASCII punctuation mark backslash-escaped."""
    return "".join(f"\\{c}" if c in string.punctuation else c for c in text)


@FUZZ
@given(st.lists(ENTRIES, min_size=1, max_size=6))
def test_llms_reads_every_entry_in_order(entries: list[tuple[str, str, str | None]]) -> None:
    records = parse_llms(INDEX, llms_text("Docs", [("Docs", entries)]))
    # A link to a spec file is a spec, whatever section lists it.
    # An llms.txt is another index, not a page.
    pages = [
        e
        for e in entries
        if not url_path(e[1]).endswith(SPEC_SUFFIXES) and not is_index(resolved(e[1]))
    ]
    assert [(e.title, e.url) for e in records.index] == [(t, resolved(u)) for t, u, _ in pages]
    assert records.specs == [
        resolved(e[1]) for e in entries if url_path(e[1]).endswith(SPEC_SUFFIXES)
    ]
    for entry, (_, _, description) in zip(records.index, pages, strict=True):
        # The parser reads the description stripped, as the index holds it.
        if description is not None and description.strip().startswith("scopes: - "):
            listed = description.strip().removeprefix("scopes: - ").split(" - ")
            assert entry.scopes == tuple(unique(listed))


@FUZZ
@given(markdown_lines() | TEXT)
def test_scope_lists_never_raise_and_hold_only_scopes(text: str) -> None:
    for found in find_scope_lists(text):
        assert all(SCOPE_TOKEN.fullmatch(scope) for scope in found.scopes)
        assert all(item.strip() for item in found.unrecognized)
    for line in text.splitlines():
        flat = parse_flat(line)
        if flat is not None:
            assert all(SCOPE_TOKEN.fullmatch(scope) for scope in flat.scopes)


@FUZZ
@given(
    st.sampled_from(HEADERS),
    st.sampled_from(["", "  ", "\t"]),
    st.sampled_from(["-", "*", "+", "1.", "3)"]),
    st.lists(st.tuples(SCOPES, st.sampled_from(["", "`", "'", '"'])), min_size=1, max_size=6),
    st.booleans(),
)
def test_a_scope_block_gives_its_scopes_in_order(
    header: str, indent: str, bullet: str, items: list[tuple[str, str]], blank: bool
) -> None:
    lines = [f"{indent}{bullet} {quote}{scope}{quote}" for scope, quote in items]
    # Scopes are read as markdown renders them: `a:_b_` shows as "a:" and an emphasised b.
    plain = [line.strip() for line, (_, quote) in zip(lines, items, strict=True) if quote != "`"]
    assume(renders_as_written("\n".join(plain)))
    text = "Intro.\n\n" + header + "\n" + ("\n" if blank else "") + "\n".join(lines)
    text += "\n\nMore text, not a scope.\n"
    scopes = tuple(unique([scope for scope, _ in items]))
    assert find_scope_lists(text) == [ScopeList(scopes, (), complete=True)]


@FUZZ
@given(st.lists(SCOPES, min_size=1, max_size=6), st.sampled_from(["", " …", "…", " ..."]))
def test_a_flat_list_gives_its_scopes_and_drops_a_cut_one(scopes: list[str], cut: str) -> None:
    found = parse_flat("- " + " - ".join(scopes) + cut)
    # A mark right after an item cuts that item; after a space, the list.
    kept = scopes[:-1] if cut == "…" else scopes
    assert found == ScopeList(tuple(unique(kept)), (), complete=cut == "")


# A table cell loses emphasis and backticks at its ends, and so a trailing `_` or `*`.
TABLE_SCOPES = SCOPES.filter(lambda s: not s.endswith("_"))
CELL_TEXT = st.lists(
    st.text(st.sampled_from("abcxyzæ<>\"'{}.,:/#"), min_size=1, max_size=8), max_size=4
).map(" ".join)


@FUZZ
@given(
    TABLE_SCOPES,
    st.lists(st.tuples(TABLE_SCOPES, st.booleans(), CELL_TEXT), max_size=8),
    st.sampled_from(
        ["| Name | Description |", "| **Scope** | Description |", "Name | Description"]
    ),
)
def test_a_scope_table_gives_every_row_with_its_group(
    first: str, rows: list[tuple[str, bool, str]], header: str
) -> None:
    rows = [(first, True, "Heads the first group"), *rows]
    # Punctuation escaped, so the cell reads as the text (`<b>` would be a tag).
    lines = [
        f"| {'**' if bold else ''}`{name}`{'**' if bold else ''} | {escaped(text)} |"
        for name, bold, text in rows
    ]
    text = "# Clients\n\n" + header + "\n| --- | --- |\n" + "\n".join(lines) + "\n"
    records = parse_document(f"{DOCS}/docs/clients.md", "text/markdown", text)
    expected: list[tuple[str, str | None, str | None]] = []
    group = None
    for name, bold, description in rows:
        expected.append((name, description or None, None if bold else group))
        group = name if bold else group
    assert [(r.name, r.description, r.group) for r in records.table_scopes] == expected


@FUZZ
@given(TEXT | markdown_lines())
def test_prose_mentions_are_scope_like_distinct_and_in_the_text(text: str) -> None:
    lines = text.splitlines()
    numbered = [(n, line, Region.TEXT) for n, line in enumerate(lines, 1)]
    found = prose.mentions(f"{DOCS}/docs/page.md", numbered)
    assert len({(m.line, m.name) for m in found}) == len(found)
    assert all(
        SCOPE_IN_PROSE.fullmatch(m.name) and m.line and m.name in lines[m.line - 1] for m in found
    )


@FUZZ
@given(st.lists(st.sampled_from(["read", "write", "admin"]), min_size=1), st.lists(SCOPES))
def test_prose_finds_every_scope_written_in_a_sentence(actions: list[str], rest: list[str]) -> None:
    names = unique([f"{a}:{s.split(':', 1)[0]}" for a, s in zip(actions, rest, strict=False)])
    text = "Grant " + ", ".join(f"`{name}`" for name in names) + " to the client."
    assert [
        m.name for m in prose.mentions(f"{DOCS}/docs/page.md", [(1, text, Region.TEXT)])
    ] == names


# Scope strings.

PART = st.text(min_size=1).filter(lambda s: ":" not in s)


@FUZZ
@given(st.text())
def test_parse_scope_takes_any_text(name: str) -> None:
    parts = parse_scope(name)
    for part in (parts.action, parts.resource):
        assert part is None or (part and ":" not in part and part in name)
    if parts.restriction is not None:
        assert name.endswith(parts.restriction)


@FUZZ
@given(PART, PART, st.none() | st.text(min_size=1))
def test_parse_scope_splits_action_resource_restriction(
    action: str, resource: str, restriction: str | None
) -> None:
    name = f"{action}:{resource}" + (f":{restriction}" if restriction else "")
    assert parse_scope(name) == ScopeParts(action, resource, restriction)


# Bodies and paths.

CHARSETS = sorted(
    {*encodings.aliases.aliases, *encodings.aliases.aliases.values()}
    | {m.name for m in pkgutil.iter_modules(encodings.__path__)}
)


@FUZZ
@given(st.binary(max_size=200), st.none() | st.sampled_from(CHARSETS) | st.text(max_size=10))
def test_any_body_in_any_charset_reads_as_text(body: bytes, charset: str | None) -> None:
    page = Page(f"{DOCS}/a.md", 200, "text/markdown", body, charset=charset)
    text = page.text()
    if not page.decoding_errors:
        assert "\ufffd" not in text or "\ufffd".encode() in body or charset is not None
    if charset is None:
        assert text == body.decode("utf-8-sig", errors="replace")


@pytest.mark.parametrize(
    "charset", ["rot13", "base64", "hex", "zlib", "idna", "punycode", "undefined", "utf-8\x00"]
)
def test_a_charset_no_page_can_be_read_in_is_read_as_utf8(charset: str) -> None:
    body = "Ærlig: read:checkout \\x41 +AGE-".encode() + b"\xff"
    page = Page(f"{DOCS}/a.md", 200, "text/markdown", body, charset=charset)
    assert page.text() == body.decode("utf-8", errors="replace")
    assert page.decoding_errors


PATH_PIECES = [
    "/",
    "..",
    ".",
    "%2e",
    "%2E",
    "%2f",
    "%2F",
    "%5c",
    "\\",
    "%00",
    "\x00",
    "a",
    "b.md",
    "index.html",
    "?",
    "#",
    "%",
    "%25",
    ":",
    "@",
    "//",
    "~",
]
URLS = st.builds(
    lambda origin, path: origin + path,
    st.sampled_from(
        [
            f"{DOCS}",
            f"{DOCS}/",
            "https://DOCS.dintero.com/",
            "http://127.0.0.1:8000/",
            "https://a/",
            "https://../",
            "https://[x/",
            "file:///",
            "",
        ]
    ),
    joined(st.sampled_from(PATH_PIECES), max_size=12),
)


@FUZZ
@given(URLS | st.text(max_size=40))
def test_a_url_maps_to_a_file_inside_the_directory_or_is_refused(url: str) -> None:
    try:
        relpath = url_to_relpath(url)
    except UnsafePathError:
        return
    root = Path("/srv/mirror")
    assert not relpath.is_absolute()
    assert ".." not in relpath.parts and "\\" not in str(relpath) and "\0" not in str(relpath)
    assert Path(os.path.normpath(root / relpath)).is_relative_to(root / relpath.parts[0])
    assert relpath.parts[0] != "." and len(relpath.parts) >= 2


# Scope names and descriptions of any text, through the generated package.

ANY_TEXT = st.one_of(st.text(min_size=1, max_size=40), joined(st.sampled_from(HOSTILE_PIECES), 8))
DESCRIPTIONS = (
    st.none()
    | st.text(max_size=120)
    | joined(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=5), 20)
)


def scope(name: str, description: str | None) -> Scope:
    parts = parse_scope(name)
    return Scope(
        name,
        parts.action,
        parts.resource,
        parts.restriction,
        description,
        None,
        [Source(f"{DOCS}/docs/clients.md", SourceKind.SCOPE_TABLE)],
    )


@contextmanager
def imported(files: dict[Path, bytes]) -> Iterator[ModuleType]:
    """The rendered package, imported from a temporary directory and forgotten afterwards."""
    with tempfile.TemporaryDirectory() as directory:
        for path, content in files.items():
            (Path(directory) / path).parent.mkdir(parents=True, exist_ok=True)
            (Path(directory) / path).write_bytes(content)
        src = str(Path(directory) / python.ROOT / "src")
        sys.path.insert(0, src)
        importlib.invalidate_caches()
        try:
            yield importlib.import_module("dintero_scopes")
        finally:
            sys.path.remove(src)
            for module in [n for n in sys.modules if n.split(".")[0] == "dintero_scopes"]:
                del sys.modules[module]


@SOME
@given(st.dictionaries(ANY_TEXT, DESCRIPTIONS, min_size=1, max_size=6))
def test_scope_strings_round_trip_through_the_package_and_the_schema(
    scopes: dict[str, str | None],
) -> None:
    catalogue = Catalogue(
        1,
        INDEX,
        "2026-01-02T03:04:05Z",
        [scope(name, description) for name, description in sorted(scopes.items())],
        [],
        [],
    )
    files = python.files(catalogue, [])
    for path, content in files.items():
        if path.suffix == ".py":
            compile(content, str(path), "exec")
    with imported(files) as package:
        assert {m.value: m.description for m in package.Scope} == scopes
        assert {str(m) for m in package.Scope} == set(scopes)
        assert {package.Scope(name).info.name for name in scopes} == set(scopes)
    (scope_schema,) = [
        json.loads(content)
        for path, content in schema.files(catalogue).items()
        if path.parts[0] == "generated" and path.name == schema.SCOPE_SCHEMA
    ]
    described = dict(zip(scope_schema["enum"], scope_schema["enumDescriptions"], strict=True))
    assert set(described) == set(scopes)
    for name, description in scopes.items():
        assert described[name] == (description or "The Dintero docs give no description.")
