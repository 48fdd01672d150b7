"""What a fetch gives: the raw body of a URL and what the server said about it."""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A fetched URL: its raw body and what the server said about it."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    charset: str | None = None
    # True when the server answered 304 and the body is the cached one.
    revalidated: bool = False

    def text(self) -> str:
        """The body as text; undecodable bytes become U+FFFD (see `decoding_errors`)."""
        return self.body.decode(self.encoding(), errors="replace")

    @property
    def decoding_errors(self) -> bool:
        """True when `text()` had to replace bytes that were not valid in the charset."""
        try:
            self.body.decode(self.encoding())
        except UnicodeDecodeError:
            return True
        return False

    def encoding(self) -> str:
        """The codec the body is read with: its charset's, else UTF-8."""
        # A charset label that names no codec able to read any bytes with replacement
        # (unknown, `rot13`, `base64`, `idna`, `punycode`) is read as UTF-8 rather than
        # failing the page. The probe is not empty: decoding b"" never calls the codec.
        if self.charset:
            try:
                name = codecs.lookup(self.charset).name
                b"\xff".decode(name, errors="replace")
            except (LookupError, ValueError):  # ValueError: UnicodeError, or a NUL in the label
                pass
            else:
                return name
        return "utf-8-sig"
