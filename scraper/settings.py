"""Where the catalogue is read from and published to: the project's fixed addresses."""

from __future__ import annotations

# The site the catalogue is read from, and the index a crawl starts at.
DOCS_HOST = "docs.dintero.com"
DEFAULT_SOURCE = f"https://{DOCS_HOST}/llms.txt"
# Where the site is published; the schemas' $id and the feed's links point there.
SITE_URL = "https://dintero-scopes.github.io/dintero-scope-catalogue/"

# Requests in flight during a crawl.
DEFAULT_CONCURRENCY = 8
# The safety gate refuses a refresh that removes more than this share of scopes or endpoints.
DEFAULT_MAX_REMOVALS = 0.10
# How long a refresh or render waits for another run writing to the same folder, in
# seconds: a live refresh takes a minute or two, and retries can stretch it.
DEFAULT_WAIT = 600.0
