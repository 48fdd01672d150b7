"""The HTTP layer: bounded, retried fetches from docs.dintero.com and nowhere else.

One concern per module, composed by the `Fetcher` in `client`:

- `policy`: `FetchPolicy`, the limits (concurrency, timeout, attempts, size cap, backoff);
- `allowlist`: the hosts that may be contacted and the paths that may be asked for,
  checked before the first request and before every redirect hop;
- `retry`: which failures are retried (network, timeouts, 429, 5xx) and how long to wait;
- `size_cap`: the body, read and inflated no further than the cap;
- `conditional`: If-None-Match / If-Modified-Since from bodies kept earlier, and 304s;
- `failures`: the one-line reason a fetch failed;
- `user_agent`: the User-Agent every request carries;
- `page`: `Page`, what a fetch gives;
- `layout`: the mirror layout (`url_to_relpath`), read by `--mirror` and written by
  `--save-raw` (`save`);
- `transports`: `--mirror` as an httpx transport, a directory or another origin.
"""

from scraper.fetch.allowlist import Allowlist
from scraper.fetch.client import Fetcher
from scraper.fetch.conditional import Cached
from scraper.fetch.layout import save, url_to_relpath
from scraper.fetch.page import Page
from scraper.fetch.policy import MAX_REDIRECTS, FetchPolicy
from scraper.fetch.retry import retry_after_seconds
from scraper.fetch.transports import MirrorError, MirrorTransport, OriginTransport, mirror_transport
from scraper.fetch.user_agent import USER_AGENT

__all__ = [
    "MAX_REDIRECTS",
    "USER_AGENT",
    "Allowlist",
    "Cached",
    "FetchPolicy",
    "Fetcher",
    "MirrorError",
    "MirrorTransport",
    "OriginTransport",
    "Page",
    "mirror_transport",
    "retry_after_seconds",
    "save",
    "url_to_relpath",
]
