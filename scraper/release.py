"""Releases of the generated package: versions from the diff, kept in generated/history.json.

The version is a date version (CalVer) of the docs snapshot, `2026.11.27`, and
the diff decides how it moves:

- scopes or endpoints added or removed, or an endpoint's scopes changed: the
  snapshot's date, `2026.12.4` (a second such release that day: `2026.12.4.1`);
- only descriptions changed: the previous version with its fourth number
  raised, `2026.11.27` -> `2026.11.27.1`, since no name came or went.

A scope removed upstream stays in the package for one more release, deprecated;
the release after that drops it, and the changelog marks that one as breaking.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from scraper.diff import Change, ChangeKind


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    changes: list[Change]
    # Scopes removed upstream in this release, kept deprecated until the next.
    deprecated: dict[str, str | None] = field(default_factory=dict)
    # Deprecated scopes this release drops: a breaking change.
    dropped: list[str] = field(default_factory=list)


def date_version(date: str) -> str:
    """`2026-11-27T07:00:00Z` -> `2026.11.27` (PEP 440 normal form: no leading zeros)."""
    year, month, day = date[:10].split("-")
    return f"{int(year)}.{int(month)}.{int(day)}"


def current_version(history: list[Release], date: str) -> str:
    """The package's version: the latest release's, else the date of the docs read."""
    return history[0].version if history else date_version(date)


def _raised(version: str) -> str:
    parts = version.split(".")
    fourth = int(parts[3]) + 1 if len(parts) > 3 else 1
    return ".".join([*parts[:3], str(fourth)])


def next_release(history: list[Release], changes: list[Change], date: str) -> Release | None:
    """The release these changes make, or None when there are none."""
    if not changes:
        return None
    previous = history[0] if history else None
    dropped = sorted(previous.deprecated) if previous else []
    descriptions_only = all(c.kind == ChangeKind.SCOPE_DESCRIPTION_CHANGED for c in changes)
    if previous is not None and descriptions_only and not dropped:
        version = _raised(previous.version)
    else:
        version = date_version(date)
        taken = {release.version for release in history}
        while version in taken:
            version = _raised(version)
    deprecated = {c.key: c.before for c in changes if c.kind == ChangeKind.SCOPE_REMOVED}
    return Release(version, date, changes, deprecated, dropped)


def history_to_json(history: list[Release]) -> str:
    return json.dumps([asdict(r) for r in history], indent=2, ensure_ascii=False) + "\n"


def history_from_json(text: str) -> list[Release]:
    return [
        Release(
            version=r["version"],
            date=r["date"],
            changes=[Change(**c) for c in r["changes"]],
            deprecated=r["deprecated"],
            dropped=r["dropped"],
        )
        for r in json.loads(text)
    ]
