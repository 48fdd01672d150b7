"""JSON Schemas (2020-12): a Dintero scope, and the client-grant payload that holds scopes.

Each schema stands alone: the grant schema holds the scope schema under `$defs`,
so any validator reads it offline, with no registry. A scope is an `enum` (with
`enumDescriptions` for editors), which validators check in one step per item.
The schemas are also published on the site under schema/, where their `$id`
points once the site is deployed.
"""

from __future__ import annotations

from pathlib import Path

from scraper.model import Catalogue, Scope
from scraper.render.jinja import render
from scraper.settings import SITE_URL

SCHEMA_BASE = SITE_URL + "schema/"
SCOPE_SCHEMA = "dintero-scope.schema.json"
GRANT_SCHEMA = "client-grant.schema.json"


def _describe(scope: Scope) -> str:
    text = scope.description or "The Dintero docs give no description."
    if scope.group:
        text += f" Listed under {scope.group}."
    return text


def files(catalogue: Catalogue) -> dict[Path, bytes]:
    description = (
        f"One of the {len(catalogue.scopes)} scopes documented on docs.dintero.com "
        f"(read from {catalogue.source} at {catalogue.fetched_at})."
    )
    scopes = [{"name": s.name, "description": _describe(s)} for s in catalogue.scopes]
    scope_schema = render(
        f"schema/{SCOPE_SCHEMA}.j2",
        id=SCHEMA_BASE + SCOPE_SCHEMA,
        description=description,
        scopes=scopes,
    )
    grant_schema = render(
        f"schema/{GRANT_SCHEMA}.j2",
        id=SCHEMA_BASE + GRANT_SCHEMA,
        description=description,
        scopes=scopes,
    )
    return {
        directory / name: content
        for directory in (Path("generated/schema"), Path("site/docs/schema"))
        for name, content in ((SCOPE_SCHEMA, scope_schema), (GRANT_SCHEMA, grant_schema))
    }
