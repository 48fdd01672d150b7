"""What the maintainers reviewed by hand: data files kept beside the code, not in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

SENSITIVE_SCOPES = Path(__file__).resolve().parent / "data" / "sensitive-scopes.toml"


class ReviewError(Exception):
    """A reviewed data file that cannot be read; str() names it and why."""


def sensitive_scopes(path: Path = SENSITIVE_SCOPES) -> dict[str, str]:
    """Each scope reviewed as sensitive, with why."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReviewError(f"{path}: {error}") from None
    entries = data.get("scope", [])
    reviewed: dict[str, str] = {}
    for number, entry in enumerate(entries if isinstance(entries, list) else [None], start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if not (isinstance(name, str) and name and isinstance(reason, str) and reason.strip()):
            raise ReviewError(f"{path}: [[scope]] number {number} needs a name and a reason")
        reviewed[name] = " ".join(reason.split())
    return reviewed
