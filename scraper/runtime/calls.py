"""The calls a client makes, as people write them: in arguments, files or a pipe.

A call is ``METHOD URL`` (two words, or one quoted word ``"GET /v1/x"``), a docs page
URL standing for the endpoint it documents, or an endpoint's name (``--name``). Files
may be UTF-8 (with or without a byte order mark) or UTF-16 with one (PowerShell's
``>``); one call a line, blank lines and ``#`` comments skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from . import inputs
from .inputs import MAX_INPUT_BYTES as MAX_INPUT_BYTES
from .inputs import shown
from .routing import METHODS

URL = "url"
PAGE = "page"
NAME = "name"

_COMMENT = re.compile(r"(?:^|\s)#")


class CallError(ValueError):
    """Input that cannot be read as calls: the message says which and why, on one line."""


class Call(NamedTuple):
    """One call: ``kind`` is URL (``method`` and ``target``), PAGE or NAME (``target``)."""

    kind: str
    method: str | None
    target: str

    def __str__(self) -> str:
        return f"{self.method} {self.target}" if self.method else self.target


def read_file(path: Path, limit: int = MAX_INPUT_BYTES) -> str:
    """A file's text, in UTF-8 or UTF-16; a CallError naming it if it is larger than
    ``limit`` bytes or cannot be read."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = error.strerror if isinstance(error, OSError) else None
        raise CallError(f"{path}: {reason or 'cannot be read'}") from None
    return decode(data, str(path), limit)


def decode(data: bytes, where: str, limit: int = MAX_INPUT_BYTES) -> str:
    """Text from a file's bytes: UTF-8, UTF-8 with a BOM, or UTF-16 with a BOM; a
    CallError naming ``where`` when it is none, or larger than ``limit`` bytes."""
    try:
        return inputs.decode(data, limit)
    except ValueError as error:
        raise CallError(f"{where} {error}") from None


def is_page(word: str, docs_origin: str) -> bool:
    """Whether a word is a URL of a docs page (which stands for the endpoint it documents)."""
    try:
        parts = urlsplit(word)
    except ValueError:
        return False
    return f"{parts.scheme}://{parts.netloc}".lower() == docs_origin


def parse_words(words: Sequence[str], docs_origin: str) -> list[Call]:
    """Calls from command-line words: ``METHOD URL`` pairs, ``"METHOD URL"``, page URLs."""
    pieces = [piece for word in words for piece in word.split()]
    calls: list[Call] = []
    i = 0
    while i < len(pieces):
        word = pieces[i]
        if word.upper() in METHODS:
            if i + 1 == len(pieces) or pieces[i + 1].upper() in METHODS:
                raise CallError(f"calls come in pairs, METHOD URL; {shown(word)} has no URL")
            calls.append(Call(URL, word.upper(), pieces[i + 1]))
            i += 2
        elif is_page(word, docs_origin):
            calls.append(Call(PAGE, None, word))
            i += 1
        else:
            raise CallError(
                f"{shown(word)} is neither an HTTP method (of a METHOD URL pair) "
                "nor a docs page URL"
            )
    return calls


def parse_lines(text: str, docs_origin: str) -> list[Call]:
    """Calls from a file: ``METHOD URL`` or a docs page URL per line."""
    calls: list[Call] = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = _COMMENT.split(line, 1)[0].split()
        if not words:
            continue
        if len(words) == 1 and is_page(words[0], docs_origin):
            calls.append(Call(PAGE, None, words[0]))
        elif len(words) == 2 and words[0].upper() in METHODS:
            calls.append(Call(URL, words[0].upper(), words[1]))
        else:
            raise CallError(
                f"line {number}: expected 'METHOD URL' or a docs page URL, "
                f"got {shown(line.strip())}"
            )
    return calls


def names(values: Sequence[str]) -> list[Call]:
    """Calls named by an endpoint's title or operationId."""
    for value in values:
        if not value.strip():
            raise CallError(f"--name {shown(value)} names nothing: give an endpoint's title")
    return [Call(NAME, None, value) for value in values]


def malformed(call: Call) -> str | None:
    """Why a URL call's target is plainly no URL or path, or None when it may be one.

    The router refuses the rest (a bad port, an unclosed IPv6 host) as it reads them.
    """
    if call.kind == URL and not call.target.startswith(("/", "https://", "http://")):
        return f"{shown(call.target)} is neither an absolute URL nor a path starting with '/'"
    return None
