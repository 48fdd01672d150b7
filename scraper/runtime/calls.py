"""The calls a client makes, as people write them: in arguments, files or a pipe.

A call is ``METHOD URL`` (two words, or one quoted word ``"GET /v1/x"``), a docs page
URL standing for the endpoint it documents, or an endpoint's name (``--name``). Files
may be UTF-8 (with or without a byte order mark) or UTF-16 with one (PowerShell's
``>``); one call a line, blank lines and ``#`` comments skipped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from .routing import METHODS

# The largest file of calls or grant payload read, in bytes.
MAX_INPUT_BYTES = 1_000_000

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
    except OSError as error:
        raise CallError(f"{path}: {error.strerror or error}") from None
    return decode(data, str(path), limit)


def decode(data: bytes, where: str, limit: int = MAX_INPUT_BYTES) -> str:
    """Text from a file's bytes: UTF-8, UTF-8 with a BOM, or UTF-16 with a BOM."""
    if len(data) > limit:
        raise CallError(f"{where} is larger than {limit} bytes")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise CallError(f"{where} is not valid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CallError(
            f"{where} is not UTF-8 or UTF-16 text (byte {error.start} is not)"
        ) from None


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
                raise CallError(f"calls come in pairs, METHOD URL; {word!r} has no URL")
            calls.append(Call(URL, word.upper(), pieces[i + 1]))
            i += 2
        elif is_page(word, docs_origin):
            calls.append(Call(PAGE, None, word))
            i += 1
        else:
            raise CallError(
                f"{word!r} is neither an HTTP method (of a METHOD URL pair) nor a docs page URL"
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
                f"line {number}: expected 'METHOD URL' or a docs page URL, got {line.strip()!r}"
            )
    return calls


def names(values: Sequence[str]) -> list[Call]:
    """Calls named by an endpoint's title or operationId."""
    return [Call(NAME, None, value) for value in values]


def malformed(call: Call) -> str | None:
    """Why a URL call's target is plainly no URL or path, or None when it may be one.

    The router refuses the rest (a bad port, an unclosed IPv6 host) as it reads them.
    """
    if call.kind == URL and not call.target.startswith(("/", "https://", "http://")):
        return f"{call.target!r} is neither an absolute URL nor a path starting with '/'"
    return None
