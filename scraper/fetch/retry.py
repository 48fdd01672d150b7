"""Retries: which failures are worth another attempt, and how long to wait before it.

Connection errors, timeouts, 429 and 5xx are retried with exponential backoff and
jitter (stamina); a Retry-After header replaces the backoff's wait.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

import httpx
import stamina

from scraper.fetch.policy import FetchPolicy

# Failures worth another try besides statuses (RetryableStatus): the network and timeouts.
TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, TimeoutError)


class RetryableStatus(Exception):
    """A 429 or 5xx answer, with the wait its Retry-After asked for, if any."""

    def __init__(self, status: int, wait: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.wait = wait


def check_status(response: httpx.Response, retry_after_max: float) -> None:
    """Raise RetryableStatus for a 429 or 5xx answer."""
    status = response.status_code
    if status == 429 or status >= 500:
        header = response.headers.get("retry-after")
        raise RetryableStatus(status, retry_after_seconds(header, cap=retry_after_max))


def retry_after_seconds(
    value: str | None, *, cap: float, now: datetime | None = None
) -> float | None:
    """The wait a Retry-After header asks for, clamped to 0..cap.

    The header holds delay-seconds or an HTTP-date; None when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+", value):
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(cap, max(0.0, seconds))


def retrying(policy: FetchPolicy) -> stamina.AsyncRetryingCaller:
    """The caller that runs an attempt up to `policy.attempts` times; pass it `backoff`."""
    return stamina.AsyncRetryingCaller(
        attempts=policy.attempts,
        timeout=None,
        wait_initial=policy.wait_initial,
        wait_max=policy.wait_max,
        wait_jitter=policy.wait_jitter,
    )


def backoff(exc: Exception) -> bool | float:
    """stamina's hook: whether to retry after `exc`; a float replaces the exponential wait."""
    if isinstance(exc, RetryableStatus):
        return True if exc.wait is None else exc.wait
    return isinstance(exc, TRANSIENT)
