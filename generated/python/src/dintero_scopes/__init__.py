"""The OAuth scopes of the Dintero APIs, and which scopes each endpoint accepts.

``Scope`` has a member for every scope the Dintero docs name, with what the docs say
of it; ``ENDPOINTS`` maps every documented endpoint to the scopes it accepts;
``scopes_for``, ``is_allowed`` and ``match_endpoint`` answer for a concrete request;
and ``least_privilege`` gives the narrowest scopes for the calls a client makes.

Generated from the Dintero documentation, read from
https://docs.dintero.com/llms.txt
at 2026-12-03T14:15:37Z through a local copy of the site, not the live site.
Do not edit: regenerate.

``python -m dintero_scopes need METHOD URL ...`` (or the ``dintero-scopes-query``
command) answers on the command line; ``--help`` says more.
"""

from ._endpoints import ENDPOINT_DOCS, ENDPOINTS, Endpoint, EndpointDoc
from ._runtime.lookup import Lookup, UndocumentedScopes
from ._runtime.routing import AmbiguousEndpoint, UnknownEndpoint
from ._runtime.scopes import ScopeParts, parse_scope
from ._scopes import SCOPE_INFO, Action, Resource, Scope, ScopeInfo, ScopeName

__version__ = '2026.11.30.post11'
"""The date the docs were read, as a version: year.month.day."""

SOURCE_URL = 'https://docs.dintero.com/llms.txt'
"""Where the crawl of the Dintero docs started."""

FETCHED_AT = '2026-12-03T14:15:37Z'
"""When the docs were read (ISO 8601, UTC)."""

READ_FROM_COPY = True
"""True when the docs were read from a local copy of the site (``--mirror``), not live."""

# The router is built on the first question, so importing the package stays cheap.
_LOOKUP: "Lookup[Endpoint, Scope]" = Lookup(ENDPOINTS.items())
match_endpoint = _LOOKUP.match_endpoint
scopes_for = _LOOKUP.scopes_for
is_allowed = _LOOKUP.is_allowed
least_privilege = _LOOKUP.least_privilege

__all__ = [
    "ENDPOINTS",
    "ENDPOINT_DOCS",
    "FETCHED_AT",
    "READ_FROM_COPY",
    "SCOPE_INFO",
    "SOURCE_URL",
    "Action",
    "AmbiguousEndpoint",
    "Endpoint",
    "EndpointDoc",
    "Resource",
    "Scope",
    "ScopeInfo",
    "ScopeName",
    "ScopeParts",
    "UndocumentedScopes",
    "UnknownEndpoint",
    "__version__",
    "is_allowed",
    "least_privilege",
    "match_endpoint",
    "parse_scope",
    "scopes_for",
]
