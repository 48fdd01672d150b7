"""The body, read no further than the cap, which counts decoded bytes.

A gzip bomb is small on the wire, so the wire's bytes are not what is counted.
"""

from __future__ import annotations

import httpx

from scraper.errors import FetchError


async def read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body; a FetchError as soon as it is larger than `max_bytes`."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"body larger than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
