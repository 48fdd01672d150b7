"""Whether an endpoint authenticates the API client itself: HTTP Basic with its client id and
secret, as the token endpoint does for the ``client_credentials`` grant.

Such a call needs no scope for client credentials; the scopes its docs list apply to the
Bearer grant types. The docs say so in two ways, and either is enough:

- the page's own words: a paragraph that names HTTP Basic and ``client_credentials``
  ("Use HTTP Basic authentication scheme for authenticating grant_type
  `client_credentials`, use client_id/client_secret as user/password.");
- the spec: the operation's security offers a ``basic`` scheme (Swagger 2.0
  ``securityDefinitions``: ``type: basic``; OpenAPI 3 ``components.securitySchemes``:
  ``type: http, scheme: basic``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_BASIC = re.compile(r"\bHTTP\s+Basic\b", re.IGNORECASE)
_CLIENT_CREDENTIALS = re.compile(r"\bclient_credentials\b")
# Paragraphs end at a blank line or a heading.
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*#)")


def authenticates_client(
    description: str | None, security: object, spec: Mapping[str, Any]
) -> bool:
    """Whether an operation authenticates the client with HTTP Basic, by its description's
    words or by the security schemes of ``spec`` its ``security`` requirements name."""
    return _said(description or "") or _basic_scheme(security, spec)


def _said(text: str) -> bool:
    return any(
        _BASIC.search(paragraph) and _CLIENT_CREDENTIALS.search(paragraph)
        for paragraph in _PARAGRAPH_END.split(text)
    )


def _basic_scheme(security: object, spec: Mapping[str, Any]) -> bool:
    if not isinstance(security, list):
        return False
    schemes = _schemes(spec)
    named = (name for need in security if isinstance(need, dict) for name in need)
    return any(_is_basic(schemes.get(name)) for name in named if isinstance(name, str))


def _schemes(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """The spec's security schemes by name: Swagger 2.0's or OpenAPI 3's."""
    components = spec.get("components")
    found = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(found, dict):
        found = spec.get("securityDefinitions")
    return found if isinstance(found, dict) else {}


def _is_basic(scheme: object) -> bool:
    if not isinstance(scheme, dict):
        return False
    kind = str(scheme.get("type", "")).lower()
    return kind == "basic" or (kind == "http" and str(scheme.get("scheme", "")).lower() == "basic")
