"""llms.txt: the index of every page, and the OpenAPI specs the site lists.

The file is markdown, as the llms.txt proposal writes it: `# Title`, an optional
`> summary`, `## Section` headings, and entries `- [Title](url): description`.
Links are resolved against the index's own URL, so root-relative and relative links
name the same pages as absolute ones. An entry may be:

- a spec (in the OpenAPI section, or any entry whose file is `.yaml`, `.yml`, `.json`);
- another index (a file named `llms.txt`): a product area's own index, read in turn;
- the whole site concatenated (`llms-full.txt`, `llms-ctx.txt`, `llms-ctx-full.txt`):
  the pages it repeats are listed on their own, so it is never read as a page;
- a page, in any section, `## Optional` included (the proposal's "may be skipped for
  a shorter context" is about context, not about which pages exist).

An entry's description may be a flattened scope list (`scopes: - a - b`); one cut
with `…` is never taken as complete.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from scraper.errors import ParseError
from scraper.formats import SPEC_SUFFIXES, url_path
from scraper.model import IndexEntry, Records, Source, SourceKind
from scraper.parse.scope_list import CUT_MARKS, ScopeList, parse_flat, unrecognized_findings

SPECS_SECTION = "openapi specs"
INDEX_NAME = "llms.txt"
CONCATENATIONS = ("llms-full.txt", "llms-ctx.txt", "llms-ctx-full.txt")

_H1 = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t]*$")
_SECTION = re.compile(r"^#{2,6}[ \t]+(?P<title>.+?)[ \t]*$")
# The title may hold escaped brackets; the URL runs to the closing parenthesis, or is
# in angle brackets, and may have a link title after it (`(url "Title")`).
_ENTRY = re.compile(
    r"^[ \t]*[-*+][ \t]+\[(?P<title>(?:\\.|[^\]\\])*)\]"
    r"\((?:<(?P<angled>[^>\s]+)>|(?P<url>[^)\s]+))(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?\)"
    r"(?:[ \t]*:[ \t]*(?P<description>.*))?"
)
# A scope list may follow a sentence in a description: "List approvals. scopes: - a - b".
_INLINE_LIST = re.compile(
    r"(?:^|\s)[*_]{0,2}scopes?[*_]{0,2}\s*:[*_]{0,2}\s*(?P<items>-\s.*)", re.IGNORECASE
)


def _file_name(url: str) -> str:
    return url_path(url).rsplit("/", 1)[-1]


def is_index(url: str) -> bool:
    return _file_name(url) == INDEX_NAME


def parse_llms(url: str, text: str) -> Records:
    """Index entries, spec links and further indexes from an llms.txt file."""
    lines = text.splitlines()
    if not any(_H1.match(line) for line in lines):
        raise ParseError(url, "no '# Title' line: not an llms.txt index")
    source = Source(url, SourceKind.LLMS)
    records = Records()
    section = ""
    for line in lines:
        heading = _SECTION.match(line)
        if heading:
            section = heading["title"]
            continue
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        written = entry["angled"] or entry["url"]
        try:
            link = urljoin(url, written)
        except ValueError:
            # `https://[x/`: no URL at all, so no host may be asked for it.
            link = written
        name = _file_name(link)
        if name in CONCATENATIONS:
            continue
        if name == INDEX_NAME:
            records.indexes.append(link)
            continue
        # A spec is known by its section, or by its file name wherever it is listed.
        if section.strip().lower() == SPECS_SECTION or url_path(link).endswith(SPEC_SUFFIXES):
            records.specs.append(link)
            continue
        description = (entry["description"] or "").strip() or None
        inline = _INLINE_LIST.search(description or "")
        flat = parse_flat(inline["items"]) if inline else None
        lists = [flat] if flat is not None else []
        records.findings += unrecognized_findings(url, lists)
        records.index.append(
            IndexEntry(
                title=entry["title"].replace("\\", "").strip(),
                url=link,
                description=description,
                section=section,
                scopes=_merged(lists),
                complete=not (description or "").endswith(CUT_MARKS),
                source=source,
            )
        )
    if not records.index and not records.specs and not records.indexes:
        raise ParseError(url, "no '- [Title](url)' entries")
    return records


def _merged(lists: list[ScopeList]) -> tuple[str, ...] | None:
    if not lists:
        return None
    scopes: list[str] = []
    for found in lists:
        scopes += [s for s in found.scopes if s not in scopes]
    return tuple(scopes)
