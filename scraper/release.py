"""Releases of the generated package: versions from the diff, kept in generated/history.json.

The version is a date version (CalVer) of the docs snapshot, `2026.11.27`, and
the diff decides how it moves:

- scopes or endpoints added or removed, or an endpoint's scopes changed: the
  snapshot's date, `2026.12.4` (a second such release that day: `2026.12.4.1`);
- only scope facts changed (descriptions, groups): the previous version with its
  fourth number raised, `2026.11.27` -> `2026.11.27.1`, since no name came or went;
- nothing in the docs changed, but the package's code did (a template or the
  runtime it ships): a post-release of the data's version, `2026.11.27.post1`,
  so that a fix to the package is published too. Each release keeps a
  fingerprint of the package it made, all that its version decides aside, to tell.

A scope removed upstream stays in the package, deprecated, until the next release
of new data (post-releases keep it); that release drops it, and the changelog
marks it as breaking.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

from scraper.diff import Change, ChangeKind


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    changes: list[Change]
    # Scopes removed upstream in this release's data, kept deprecated until the next.
    deprecated: dict[str, str | None] = field(default_factory=dict)
    # Deprecated scopes this release drops: a breaking change.
    dropped: list[str] = field(default_factory=list)
    # A fingerprint of the package this release made, its version aside.
    package: str | None = None


def date_version(date: str) -> str:
    """`2026-11-27T07:00:00Z` -> `2026.11.27` (PEP 440 normal form: no leading zeros)."""
    year, month, day = date[:10].split("-")
    return f"{int(year)}.{int(month)}.{int(day)}"


def current_version(history: list[Release], date: str) -> str:
    """The package's version: the latest release's, else the date of the docs read."""
    return history[0].version if history else date_version(date)


def data_version(version: str) -> str:
    """The release of the data a version publishes: `2026.11.27.post2` -> `2026.11.27`."""
    return version.partition(".post")[0]


def _raised(version: str) -> str:
    parts = data_version(version).split(".")
    fourth = int(parts[3]) + 1 if len(parts) > 3 else 1
    return ".".join([*parts[:3], str(fourth)])


def _post(version: str) -> str:
    """`2026.11.27` -> `2026.11.27.post1` -> `2026.11.27.post2`."""
    post = version.partition(".post")[2]
    return f"{data_version(version)}.post{int(post or 0) + 1}"


# Changes to what a scope is said to be, not to which names there are.
_FACTS = frozenset({ChangeKind.SCOPE_DESCRIPTION_CHANGED, ChangeKind.SCOPE_GROUP_CHANGED})

# The fingerprint of the package a history makes, all that its version decides aside.
Fingerprint = Callable[[list["Release"]], str]


def next_release(
    history: list[Release],
    changes: list[Change],
    date: str,
    fingerprint: Fingerprint | None = None,
) -> Release | None:
    """The release these changes make, or None when there are none.

    With `fingerprint`, each release records the package it makes, and when nothing
    in the docs changed, a package unlike the last release's makes a post-release.
    """
    previous = history[0] if history else None
    if changes:
        back = {c.key for c in changes if c.kind == ChangeKind.SCOPE_ADDED}
        dropped = sorted(set(previous.deprecated) - back) if previous else []
        facts_only = all(c.kind in _FACTS for c in changes)
        if previous is not None and facts_only and not dropped:
            version = _raised(previous.version)
        else:
            version = date_version(date)
            taken = {release.version for release in history}
            while version in taken:
                version = _raised(version)
        deprecated = {c.key: c.before for c in changes if c.kind == ChangeKind.SCOPE_REMOVED}
        release = Release(version, date, changes, deprecated, dropped)
    elif previous is not None and fingerprint is not None:
        # The same data: deprecated scopes stay as long as they would have.
        release = Release(_post(previous.version), date, [], dict(previous.deprecated))
    else:
        return None
    if fingerprint is None:
        return release
    package = fingerprint([release, *history])
    if previous is not None and not changes and package == previous.package:
        return None
    return replace(release, package=package)


def history_to_json(history: list[Release]) -> str:
    return json.dumps([asdict(r) for r in history], indent=2, ensure_ascii=False) + "\n"


def history_from_json(text: str) -> list[Release]:
    return [
        Release(
            version=r["version"],
            date=r["date"],
            changes=[Change(**{**c, "kind": ChangeKind(c["kind"])}) for c in r["changes"]],
            deprecated=r["deprecated"],
            dropped=r["dropped"],
            package=r.get("package"),
        )
        for r in json.loads(text)
    ]
