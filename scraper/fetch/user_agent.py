"""The User-Agent every request carries: the project's name, version and home page."""

from __future__ import annotations

import importlib.metadata


def _user_agent() -> str:
    try:
        version = importlib.metadata.version("dintero-scope-catalogue")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    return (
        f"dintero-scope-catalogue/{version}"
        " (+https://github.com/dintero-scopes/dintero-scope-catalogue)"
    )


USER_AGENT = _user_agent()
