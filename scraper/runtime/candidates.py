"""The endpoints a name that is no endpoint's title may stand for, ranked by shared words.

``--name "Customer details"`` names no title, but its words are an endpoint's: its
title and operationId, the segments and parameters of its path, and the restrictions of
the scopes it accepts (``user:customers:/customer/details``). Each endpoint that shares
a word is a candidate, ranked by how rare the shared words are across the catalogue; the
answer lists them and picks none, so a name is never guessed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from .reference import EndpointEntry
from .scopes import parse_scope

MAX_CANDIDATES = 5
# A name longer than this has no candidates: no endpoint has so many words.
MAX_NAME_LENGTH = 200

_WORD = re.compile(r"[a-z0-9]+")
# camelCase and PascalCase words, split where a capital follows a lower-case letter.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def words(text: str) -> set[str]:
    """The words of a title, operationId or path, lower-case and in the singular."""
    return {_singular(word) for word in _WORD.findall(_CAMEL.sub(" ", text).lower())}


def _singular(word: str) -> str:
    """``customers`` -> ``customer``; short words and ``ss`` endings stay as they are."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def endpoint_words(endpoint: EndpointEntry) -> set[str]:
    """What an endpoint is called: its names, its path and its scopes' restrictions."""
    restrictions = (parse_scope(scope).restriction or "" for scope in endpoint.scopes)
    found: set[str] = set()
    for text in (*endpoint.names, endpoint.title or "", endpoint.path, *restrictions):
        found |= words(text)
    return found


def rank(name: str, endpoints: Sequence[EndpointEntry]) -> tuple[EndpointEntry, ...]:
    """The endpoints that share words with ``name``, best first: the rarer the shared
    words, the better; at most MAX_CANDIDATES, none below half the best score."""
    if len(name) > MAX_NAME_LENGTH:
        return ()
    wanted = words(name)
    if not wanted:
        return ()
    bags = [endpoint_words(endpoint) for endpoint in endpoints]
    weight = _rarity(bags, wanted)
    scored = [
        (sum(weight[word] for word in wanted & bag), position)
        for position, bag in enumerate(bags)
        if wanted & bag
    ]
    if not scored:
        return ()
    best = max(score for score, _ in scored)
    ranked = sorted((s for s in scored if s[0] >= best / 2), key=lambda s: (-s[0], s[1]))
    return tuple(endpoints[position] for _, position in ranked[:MAX_CANDIDATES])


def _rarity(bags: Sequence[set[str]], wanted: set[str]) -> dict[str, float]:
    """Each wanted word's weight: higher for a word fewer endpoints have."""
    counts = Counter(word for bag in bags for word in bag & wanted)
    return {word: math.log((1 + len(bags)) / (1 + counts[word])) + 1 for word in wanted}
