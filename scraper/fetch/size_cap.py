"""The body, read no further than the cap, which counts decoded bytes.

A gzip bomb is small on the wire, so the wire's bytes are not what is counted.
httpx would inflate each chunk it receives whole (one 50 KB chunk of a bomb is
50 MB), so gzip and deflate are inflated here, a step at a time: neither memory
nor work goes much past the cap, however well the body compresses.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import httpx

from scraper.errors import FetchError
from scraper.fetch.failures import message

# The encodings asked for, and the only ones inflated; the body of any other is kept as
# it came, as httpx does with an encoding it does not know.
ACCEPT_ENCODING = "gzip, deflate"
# The most one call to zlib may give out.
_STEP = 64 * 1024
# zlib's window bits for each encoding inflated here.
_WBITS = {"gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


async def read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body; a FetchError as soon as it is larger than `max_bytes`."""
    if response.is_stream_consumed:
        # Made in memory by the transport (a mirror directory, a mock): httpx decoded it.
        return _capped(url, [response.content], max_bytes)
    body: list[bytes] = []
    size = 0
    decoder = _Decoder(response.headers.get_list("content-encoding", split_commas=True))
    try:
        async for raw in response.aiter_raw():
            for piece in decoder.decode(raw):
                size += len(piece)
                if size > max_bytes:
                    raise _too_large(url, max_bytes)
                body.append(piece)
        return _capped(url, [*body, *decoder.flush()], max_bytes)
    except zlib.error as exc:
        reason = f"body does not match its Content-Encoding: {message(exc)}"
        raise FetchError(url, reason) from exc


def _capped(url: str, pieces: list[bytes], max_bytes: int) -> bytes:
    body = b"".join(pieces)
    if len(body) > max_bytes:
        raise _too_large(url, max_bytes)
    return body


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(url, f"body larger than {max_bytes} bytes")


class _Decoder:
    """The layers of a Content-Encoding, undone in reverse order of their listing."""

    def __init__(self, encodings: Iterable[str]) -> None:
        names = [name.strip().lower() for name in encodings]
        self._layers = [_Inflater(name) for name in reversed(names) if name in _WBITS]

    def decode(self, raw: bytes) -> Iterator[bytes]:
        return self._through(0, [raw])

    def flush(self) -> Iterator[bytes]:
        # What each layer held back goes through the layers after it.
        for n, layer in enumerate(self._layers):
            yield from self._through(n + 1, [layer.flush()])

    def _through(self, start: int, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for layer in self._layers[start:]:
            pieces = layer.inflate(pieces)
        return iter(pieces)


class _Inflater:
    """One gzip or deflate layer, inflated at most _STEP bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self._zlib = zlib.decompressobj(_WBITS[encoding])
        # Some servers send deflate without its zlib header (as httpx allows too).
        self._may_be_raw = encoding == "deflate"

    def inflate(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for data in pieces:
            while data:
                try:
                    piece = self._zlib.decompress(data, _STEP)
                except zlib.error:
                    if not self._may_be_raw:
                        raise
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._may_be_raw = False
                    continue
                self._may_be_raw = False
                data = self._zlib.unconsumed_tail
                yield piece

    def flush(self) -> bytes:
        return self._zlib.flush()
