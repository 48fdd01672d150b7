"""The one exception a parser raises: the document could not be read as its format."""

from __future__ import annotations


class ParseError(Exception):
    """A document that is not what its format needs; `str()` names the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
