"""How hard the client tries: one value, passed in, instead of a row of keyword defaults."""

from __future__ import annotations

from dataclasses import dataclass

# Redirects followed per request; each hop is checked against the allowlist first.
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits and patience of one Fetcher.

    `timeout` bounds a whole attempt (connecting, redirects and the body included).
    The wait_* values shape the exponential backoff between the `attempts`; a
    Retry-After header replaces that wait, up to `retry_after_max` seconds.
    `max_bytes` caps a body after decoding, so a small compressed body that inflates
    past it is refused too.
    """

    concurrency: int = 8
    timeout: float = 20.0
    attempts: int = 4
    max_bytes: int = 20_000_000
    wait_initial: float = 0.5
    wait_max: float = 10.0
    wait_jitter: float = 1.0
    retry_after_max: float = 60.0
