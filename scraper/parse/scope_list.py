"""Scope lists written in text: the `scopes:` blocks of API descriptions.

Every spelling seen in Dintero's docs and specs is one grammar here:

    scopes:            *scopes*:          Scopes:          scopes: - a - b
    - admin:checkout     - admin:billing    - read:reports
    - read:checkout      - read:billing     - admin:reports

A header (any case, optional emphasis, heading marks, and a word such as
"required", "accepted", "OAuth" or "authorization" before it), then list items
at any indentation; or the items on the header line, flattened (`- a - b`) or as
a sentence (``Required scopes: `a`, `b` and `c`.``); or a one-column table whose
header cell is such a header. The block ends at the first line that is not an
item. Items that are not a plain scope token are kept verbatim as `unrecognized`,
never silently dropped; a sentence with any word that is no scope token is no
list at all, so its scopes stay unread and are reported as such (see
`scraper.build`), rather than guessed.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from scraper.model import SCOPE_TOKEN, Finding, FindingKind

ELLIPSIS = "…"
# How a cut-short description ends: the ellipsis character, or three dots.
CUT_MARKS = (ELLIPSIS, "...")

_EM = r"[*_]{0,3}"
_LABEL = r"(?:(?:required|accepted|oauth2?|authorization|api)[ \t]+)*scopes?"
# A header needs its colon, unless it is a markdown heading ("### Scopes") or stands
# alone on its line ("**Scopes**").
_HEADER = re.compile(
    rf"^[ \t]*(?:>[ \t]*)*(?P<heading>#{{1,6}}[ \t]+)?{_EM}{_LABEL}{_EM}"
    rf"[ \t]*(?P<colon>:{_EM}|{_EM}:)?[ \t]*(?P<rest>.*)",
    re.IGNORECASE,
)
_TABLE_HEADER = re.compile(rf"^[ \t]*\|?[ \t]*{_EM}{_LABEL}{_EM}[ \t]*\|?[ \t]*$", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|?[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cell>[^|]*)\|?[ \t]*$")
# The separators of a list written as a sentence.
_SENTENCE_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_ITEM = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<item>.*)")
# A horizontal rule ends a flattened list: what follows is a note, not scopes.
_RULE = re.compile(r"[ \t]+(?:-{3,}|\*{3,}|_{3,})(?:[ \t]|$)")
_FLAT_SPLIT = re.compile(r"(?:^|[ \t]+)-[ \t]+")
_QUOTES = "`'\"*"


@dataclass(frozen=True)
class ScopeList:
    """One scope block: its scopes in order, what could not be read, and whether it was cut."""

    scopes: tuple[str, ...]
    unrecognized: tuple[str, ...]
    complete: bool


def _clean(item: str) -> str:
    return item.strip().strip(_QUOTES).strip().rstrip(",;")


def _classify(items: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    scopes: list[str] = []
    unrecognized: list[str] = []
    for raw in items:
        token = _clean(raw)
        if SCOPE_TOKEN.fullmatch(token):
            if token not in scopes:
                # The same few scope strings recur on thousands of pages: keep one copy.
                scopes.append(sys.intern(token))
        elif raw.strip():
            unrecognized.append(raw.strip())
    return tuple(scopes), tuple(unrecognized)


def parse_flat(rest: str) -> ScopeList | None:
    """`- a - b` (the items flattened onto one line); None when it is no list.

    A line cut with an ellipsis is incomplete, and its last item is dropped:
    `- admin:acc…` is no scope.
    """
    text = _RULE.split(rest.strip(), maxsplit=1)[0]
    if not text.startswith("-"):
        return None
    cut = next((mark for mark in CUT_MARKS if text.endswith(mark)), None)
    if cut is not None:
        text = text.removesuffix(cut)
    items = [part for part in _FLAT_SPLIT.split(text) if part]
    # `- a - b …` (a space before the mark) was cut after a whole item.
    if cut is not None and items and not text[-1:].isspace():
        items.pop()
    scopes, unrecognized = _classify(items)
    return ScopeList(scopes, unrecognized, complete=cut is None)


def find_scope_lists(text: str) -> list[ScopeList]:
    """Every scope block in `text`, in document order."""
    lines = text.splitlines()
    found: list[ScopeList] = []
    i = 0
    while i < len(lines):
        if _TABLE_HEADER.match(lines[i]) and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            cells, i = _read_cells(lines, i + 2)
            scopes, unrecognized = _classify(cells)
            found.append(ScopeList(scopes, unrecognized, complete=True))
            continue
        header = _HEADER.match(lines[i])
        i += 1
        if header is None:
            continue
        rest = header["rest"].strip()
        if not (header["colon"] or header["heading"] or not rest):
            continue
        if rest:
            listed = parse_flat(rest) or _parse_sentence(rest)
            if listed is not None:
                found.append(listed)
            continue
        items, i = _read_items(lines, i)
        if items:
            scopes, unrecognized = _classify(items)
            found.append(ScopeList(scopes, unrecognized, complete=True))
    return found


def _parse_sentence(rest: str) -> ScopeList | None:
    """``a``, ``b`` and ``c``: None unless every item is a scope token."""
    items = [_clean(item) for item in _SENTENCE_SPLIT.split(rest.strip().rstrip("."))]
    if not items or not all(SCOPE_TOKEN.fullmatch(item) for item in items):
        return None
    scopes, _ = _classify(items)
    return ScopeList(scopes, (), complete=True)


def _read_cells(lines: list[str], i: int) -> tuple[list[str], int]:
    """The cells of a one-column table's rows from line i on."""
    cells: list[str] = []
    while i < len(lines) and (row := _TABLE_ROW.match(lines[i])) is not None:
        cells.append(row["cell"].strip())
        i += 1
    return cells, i


def _read_items(lines: list[str], i: int) -> tuple[list[str], int]:
    """The list items from line i on; blank lines may sit before or between them."""
    items: list[str] = []
    while i < len(lines):
        line = lines[i]
        item = _ITEM.match(line)
        if item is not None:
            items.append(item["item"].strip())
        elif (line.strip() and line.strip() != ">") or not _next_is_item(lines, i):
            break
        i += 1
    return items, i


def _next_is_item(lines: list[str], i: int) -> bool:
    for line in lines[i + 1 :]:
        if line.strip() and line.strip() != ">":
            return _ITEM.match(line) is not None
    return False


def unrecognized_findings(url: str, lists: list[ScopeList]) -> list[Finding]:
    """A finding for each list item that is not a plain scope, kept verbatim."""
    return [
        Finding(
            FindingKind.UNRECOGNIZED_SCOPE_ITEM,
            f"scope list item not understood, kept verbatim: {item!r}",
            [url],
        )
        for found in lists
        for item in found.unrecognized
    ]
