""" "Did you mean": the documented scopes a mistyped one most likely stands for.

A scope written backwards (``checkout:admin``), in other case, or one letter off
(``admin:account``) is matched through precomputed keys, so each guess costs the
length of the word, not the size of the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

from .scopes import is_reversed, reversed_scope

MAX_SUGGESTIONS = 3


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Suggester:
    """Guesses among ``known`` names."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)
        self._longest = max(map(len, self.known), default=0)
        self._folded: dict[str, str] = {}
        # A word one substitution, insertion or deletion away shares a key with a name.
        self._keys: dict[str, set[str]] = {}
        for name in sorted(self.known):
            self._folded.setdefault(name.casefold(), name)
            for key in {name, *_deletions(name)}:
                self._keys.setdefault(key, set()).add(name)

    def suggest(self, word: str) -> tuple[str, ...]:
        """The likeliest intended names, best first; empty for a known name or no guess."""
        if word in self.known:
            return ()
        found: list[str] = []
        if is_reversed(word) and reversed_scope(word) in self.known:
            found.append(reversed_scope(word))
        folded = self._folded.get(word.casefold())
        if folded is not None:
            found.append(folded)
        near: set[str] = set()
        # No name is one edit from a longer word: its deletions would cost its square.
        keys = {word, *_deletions(word)} if len(word) <= self._longest + 1 else set()
        for key in keys:
            near |= self._keys.get(key, set())
        found += sorted(near)
        unique = list(dict.fromkeys(found))
        return tuple(unique[:MAX_SUGGESTIONS])
