"""Scope lists, found by what labels them in a page's normalized tree.

A label is the word "scopes" (any case, singular or plural, with "required",
"accepted", "OAuth", "authorization" or "API" before it) standing as

- a heading: the list is the first list, table or list-sentence of its section;
- a paragraph of its own (`**Scopes**`, `scopes:`): the list is the next block;
- a paragraph's lead: the rest is the list, flattened (`scopes: - a - b`), as a
  sentence (``Required scopes: `a`, `b` and `c`.``), or "none";
- a box's label (`<summary>`, a component's `title`): its first list, table or
  list-sentence;
- a table's header cell: the cells of that column.

An item is the scope at its head: a code span, a link's text or the first word,
then nothing, another scope after "or"/","/"and", or a description after a
separator (`—`, `-`, `:`, `(`). An item that is anything else is kept verbatim as
`unrecognized`, never guessed at. A word that is no scope is no scope: a bare word
(no colon) counts only when it stands alone in an item or a code span, in lower
case, and "none" says the list is empty. A sentence with any word that is no scope
is no list at all, so its scopes stay unread and are reported (see `scraper.build`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Collection
from dataclasses import dataclass, field

from scraper.model import SCOPE_TOKEN, Finding, FindingKind
from scraper.parse.markdown import read_fragment
from scraper.parse.prose import names_in
from scraper.parse.tree import (
    Block,
    Code,
    Container,
    Heading,
    Kind,
    ListBlock,
    Paragraph,
    Rule,
    Span,
    Table,
    plain,
    written,
)

ELLIPSIS = "…"
# How a cut-short description ends: the ellipsis character, or three dots.
CUT_MARKS = (ELLIPSIS, "...")

# "Scopes", with words that qualify it before ("Required OAuth 2.0 scopes") and a
# parenthesis after ("Scopes (any one of)").
_LABEL_WORDS = (
    r"(?:(?:required|accepted|allowed|supported|valid|access|token|security|api|"
    r"authori[sz]ation|oauth(?:[ \t]*2(?:\.0)?)?)[ \t]+)*scopes?(?:[ \t]*\([^)\n]*\))?"
)
_LABEL = re.compile(rf"^[ \t]*{_LABEL_WORDS}[ \t]*:?[ \t]*$", re.IGNORECASE)
# A label that leads its line, or the sentence after another ("Bearer token. Scopes: ...").
_LEAD = re.compile(
    rf"^(?:.*?[.!?][ \t]+)?[ \t]*{_LABEL_WORDS}[ \t]*:(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
# "none", "none needed", "no scopes required", "n/a", a dash: a list that is empty.
_NONE = re.compile(
    r"^[ \t]*(?:none(?:[ \t]+(?:needed|required))?|no[ \t]+scopes?(?:[ \t]+(?:are[ \t]+)?"
    r"(?:needed|required))?|not[ \t]+required|n/?a|[-\u2013\u2014])[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)
# Words that read as a bare scope token but are English.
_WORDS = frozenset(
    [
        "none",
        "null",
        "nil",
        "any",
        "all",
        "nothing",
        "empty",
        "no",
        "na",
        "yes",
        "true",
        "false",
        "scope",
        "scopes",
        "optional",
        "required",
        "see",
        "or",
        "and",
    ]
)
_BARE = re.compile(r"[a-z][a-z0-9_.\-]*")
_QUOTES = "`'\"*\u201c\u201d\u2018\u2019"
# An item's head, and each further scope after "or", "and", a comma or a slash.
_PLACEHOLDER = re.compile("\x00(\\d+)\x00")
_HEAD = re.compile("^(?P<token>\x00\\d+\x00|[^\\s,;\u2014\u2013(]+)(?P<rest>.*)$", re.DOTALL)
_NEXT = re.compile(
    "^ ?(?:[,;/]|or|and) ?(?:(?:or|and) )?"
    "(?P<token>\x00\\d+\x00|[^\\s,;\u2014\u2013(]+)(?P<rest>.*)$",
    re.DOTALL | re.IGNORECASE,
)
# What may follow an item's scopes: a description after a separator.
_DESCRIBED = re.compile(r"^ ?(?:[\u2014\u2013:(\[]|- |, )")
# What separates the items of a list written as a sentence ("and" and "or" are dropped).
_SENTENCE_WORDS = re.compile("[\\s,;|\u00b7\u2022]+")
# A list item's bullet, on a line that markdown did not read as a list.
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
# A horizontal rule ends a flattened list: what follows is a note, not scopes.
_RULE = re.compile(r"[ \t]+(?:-{3,}|\*{3,}|_{3,})(?:[ \t]|$)")
_FLAT_SPLIT = re.compile(r"(?:^|[ \t]+)-[ \t]+")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ScopeList:
    """One scope list: its scopes in order, what could not be read, and whether it was cut.

    An empty list that is complete is a list the docs state is empty ("none").
    `described` holds the scope names its items' descriptions mention ("includes
    `read:checkout`"): words about a listed scope, which the list accounts for.
    """

    scopes: tuple[str, ...]
    unrecognized: tuple[str, ...]
    complete: bool
    described: frozenset[str] = field(default=frozenset(), compare=False)


def is_label(text: str) -> bool:
    return _LABEL.match(text) is not None


def is_scope(token: str, *, alone: bool) -> bool:
    """Whether a token is a scope: `action:resource...`, or, standing `alone` (an item or a
    code span of its own), a bare lower-case token that is no English word (`openid`)."""
    if not SCOPE_TOKEN.fullmatch(token):
        return False
    if ":" in token:
        return True
    return alone and _BARE.fullmatch(token) is not None and token not in _WORDS


def _clean(token: str) -> str:
    return token.strip().strip(_QUOTES).strip().rstrip(",;.").strip(_QUOTES)


def find_scope_lists(blocks: list[Block], skip: Collection[int] = ()) -> list[ScopeList]:
    """Every labelled scope list in the blocks, in document order; blocks whose id is in
    `skip` (a scope page's scope tables) are no list."""
    finder = _Finder(set(skip))
    finder.scan(blocks)
    return finder.found


def lists_in_markdown(text: str) -> list[ScopeList]:
    """Every labelled scope list in a markdown text (a spec's description, say)."""
    # Every label holds the word: a text without it, most spec descriptions, has no list.
    if "scope" not in text.lower():
        return []
    return find_scope_lists(read_fragment(text))


def _flat(blocks: list[Block]) -> list[Block]:
    """Unlabelled boxes (quotes, notes, divs) opened in place; agent boxes left out."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Container) and block.kind == Kind.AGENT:
            continue
        if isinstance(block, Container) and not plain(block.label).strip():
            out.extend(_flat(block.blocks))
        else:
            out.append(block)
    return out


class _Finder:
    def __init__(self, taken: set[int]) -> None:
        self.found: list[ScopeList] = []
        # Blocks already read as a list (or never to be read as one), by id.
        self.taken = taken

    def scan(self, blocks: list[Block]) -> None:
        sequence = _flat(blocks)
        for i, block in enumerate(sequence):
            if id(block) in self.taken:
                continue
            match block:
                case Heading(level=level, spans=spans) if is_label(plain(spans)):
                    section = []
                    for later in sequence[i + 1 :]:
                        if isinstance(later, Heading) and later.level <= level:
                            break
                        section.append(later)
                    self._first(section)
                case Paragraph(spans=spans):
                    self._paragraph(spans, sequence[i + 1 : i + 2])
                case Container(label=label, blocks=inner) if is_label(plain(label)):
                    self._first(inner)
                case Container(blocks=inner):
                    self.scan(inner)
                case ListBlock(items=items):
                    for item in items:
                        self.scan(item.blocks)
                case Table(header=header) if any(is_label(plain(c.spans)) for c in header):
                    self._take(block, _table_list(block))
                case Table(header=header, rows=rows):
                    for cell in [*header, *(c for row in rows for c in row.cells)]:
                        self.scan(cell.blocks)
                case _:
                    pass

    def _take(self, block: Block, found: ScopeList | None) -> bool:
        if found is None or id(block) in self.taken:
            return False
        self.taken.add(id(block))
        self.found.append(found)
        return True

    def _paragraph(self, spans: tuple[Span, ...], following: list[Block]) -> None:
        """A label on one of the paragraph's lines: a label alone on its last line labels
        the next block; a lead ("scopes: ...") has its list after the colon, on its
        line and the lines after it."""
        lines = _lines(spans)
        for n, line in enumerate(lines):
            text = plain(line)
            if is_label(text):
                if n + 1 < len(lines):
                    found = _bulleted(lines[n + 1 :]) or rest_list(
                        tuple(s for later in lines[n + 1 :] for s in (Span(" "), *later))
                    )
                    if found is not None:
                        self.found.append(found)
                elif following:
                    self._take(following[0], _block_list(following[0]))
                return
            lead = _LEAD.match(text)
            if lead is not None:
                rest = _rest_spans(line, len(text) - len(lead["rest"]))
                rest += tuple(s for later in lines[n + 1 :] for s in (Span(" "), *later))
                if (found := rest_list(rest)) is not None:
                    self.found.append(found)
                return

    def _first(self, blocks: list[Block]) -> None:
        """The section's or box's list: its first list, table or list-sentence."""
        for block in _flat(blocks):
            if isinstance(block, (Heading, Rule)):
                return
            found = _block_list(block)
            if found is not None:
                self._take(block, found)
                return
            if isinstance(block, Paragraph) and _mentions_scope(block.spans):
                # Prose about scopes is no list: its scopes stay unread, and are reported.
                return


def _bulleted(lines: list[tuple[Span, ...]]) -> ScopeList | None:
    """Items that markdown took for the label's paragraph (indented four spaces or a tab):
    each line a bullet and an item."""
    items = _Items()
    for line in lines:
        bullet = _BULLET.match(plain(line))
        if bullet is None:
            return None
        items.read(_rest_spans(line, bullet.end()))
    return items.list()


def _array(text: str) -> ScopeList | None:
    """`["admin:x", "read:x"]`: a JSON array of strings, each an item."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        return None
    items = _Items()
    for item in value:
        items.read((Span(item, code=True),))
    return items.list()


def _lines(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """A paragraph's lines, split at its line breaks."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        if span.text == "\n":
            lines.append([])
        else:
            lines[-1].append(span)
    return [tuple(line) for line in lines]


def _block_list(block: Block) -> ScopeList | None:
    match block:
        case ListBlock():
            return _items_list(block)
        case Table():
            return _table_list(block)
        case Paragraph(spans=spans):
            return rest_list(spans)
        case Code(text=text):
            # Items indented four spaces below a heading read as code; or a code block of
            # bullets, or a JSON array, under a label.
            return _bulleted([(Span(line),) for line in text.strip("\n").split("\n")]) or (
                _array(text)
            )
        case _:
            return None


class _Items:
    """A list's items as they are read: scopes, items kept verbatim, and the scope names
    that the descriptions of its items mention."""

    def __init__(self) -> None:
        self.scopes: list[str] = []
        self.unrecognized: list[str] = []
        self.described: set[str] = set()

    def read(self, spans: tuple[Span, ...], beside: tuple[Span, ...] = ()) -> None:
        """One item, and what stands `beside` it (a table row's other cells)."""
        text = _WHITESPACE.sub(" ", plain(spans)).strip()
        if not text or _NONE.match(text):
            return
        found = _head_scopes(spans)
        if found is None:
            self.unrecognized.append(_WHITESPACE.sub(" ", written(spans)).strip())
            return
        _add(self.scopes, found)
        self.described.update(names_in(written(spans) + " " + written(beside)))

    def extend(self, nested: ScopeList) -> None:
        _add(self.scopes, nested.scopes)
        self.unrecognized += nested.unrecognized
        self.described |= nested.described

    def list(self) -> ScopeList | None:
        if not self.scopes and not self.unrecognized:
            return None
        return ScopeList(
            tuple(self.scopes),
            tuple(self.unrecognized),
            complete=True,
            described=frozenset(self.described - set(self.scopes)),
        )


def _items_list(block: ListBlock) -> ScopeList | None:
    items = _Items()
    for item in block.items:
        for inner in item.blocks:
            if isinstance(inner, Paragraph):
                items.read(inner.spans)
                break
        for inner in item.blocks:
            if isinstance(inner, ListBlock) and (nested := _items_list(inner)) is not None:
                items.extend(nested)
    return items.list()


def _table_list(table: Table) -> ScopeList | None:
    column = next((i for i, c in enumerate(table.header) if is_label(plain(c.spans))), 0)
    items = _Items()
    for row in table.rows:
        if column < len(row.cells):
            beside = tuple(s for i, c in enumerate(row.cells) if i != column for s in c.spans)
            items.read(row.cells[column].spans, beside)
    return items.list()


def _add(scopes: list[str], new: tuple[str, ...] | list[str]) -> None:
    for scope in new:
        if scope not in scopes:
            # The same few scope strings recur on thousands of pages: keep one copy.
            scopes.append(sys.intern(scope))


def _head_scopes(spans: tuple[Span, ...]) -> list[str] | None:
    """The scopes at an item's head, or None when the item is not one of those shapes.

    Marked spans (code, links, bold, emphasis) stand in the text as placeholders, so
    that one is read whole, whatever characters it holds.
    """
    marked: list[str] = []
    text = ""
    for span in spans:
        if span.code or span.link or span.strong or span.emphasis:
            text += f"\x00{len(marked)}\x00"
            marked.append(_clean(span.text))
        else:
            text += span.text
    rest = _WHITESPACE.sub(" ", text).strip()
    found: list[str] = []
    while True:
        head = _HEAD.match(rest) if not found else _NEXT.match(rest)
        if head is None:
            break
        placeholder = _PLACEHOLDER.fullmatch(head["token"])
        token = marked[int(placeholder[1])] if placeholder else _clean(head["token"])
        after = head["rest"]
        alone = placeholder is not None or not after.strip() or _DESCRIBED.match(after) is not None
        if not is_scope(token, alone=alone and (placeholder is not None or not found)):
            break
        found.append(token)
        rest = after
    if not found:
        return None
    if not rest.strip(" ,;.") or _DESCRIBED.match(rest):
        return found
    return None


def _rest_spans(spans: tuple[Span, ...], skip: int) -> tuple[Span, ...]:
    """The spans after the first `skip` characters."""
    out: list[Span] = []
    for span in spans:
        if skip >= len(span.text):
            skip -= len(span.text)
            continue
        out.append(Span(span.text[skip:], span.code, span.strong, span.emphasis, span.link))
        skip = 0
    return tuple(out)


def rest_list(spans: tuple[Span, ...]) -> ScopeList | None:
    """What follows a label's colon: "none", a flattened list, or a list-sentence."""
    text = _WHITESPACE.sub(" ", plain(spans)).strip()
    if not text:
        return None
    if _NONE.match(text):
        return ScopeList((), (), complete=True)
    if text.startswith("-"):
        return parse_flat(text)
    return _sentence(spans)


def _sentence(spans: tuple[Span, ...]) -> ScopeList | None:
    """``a``, ``b`` and ``c``: None unless every item is a scope (bare words in code only)."""
    items: list[tuple[str, bool]] = []
    for span in spans:
        if span.code or span.link:
            items.append((_clean(span.text), True))
            continue
        words = _SENTENCE_WORDS.split(span.text.strip().rstrip("."))
        items += [(_clean(w), False) for w in words if w and w.lower() not in ("and", "or")]
    if not items or not all(is_scope(token, alone=marked) for token, marked in items):
        return None
    scopes: list[str] = []
    _add(scopes, [token for token, _ in items])
    return ScopeList(tuple(scopes), (), complete=True)


def _mentions_scope(spans: tuple[Span, ...]) -> bool:
    return any(
        is_scope(_clean(word), alone=False) for span in spans for word in span.text.split()
    ) or any(span.code and is_scope(_clean(span.text), alone=True) for span in spans)


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
    scopes: list[str] = []
    unrecognized: list[str] = []
    for raw in items:
        token = _clean(raw)
        if is_scope(token, alone=True):
            _add(scopes, [token])
        elif raw.strip() and not _NONE.match(raw):
            unrecognized.append(raw.strip())
    return ScopeList(tuple(scopes), tuple(unrecognized), complete=cut is None)


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
