"""The change report: changes.json, CHANGELOG.md, and the site's Changes page and Atom feed."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import markdown
import markupsafe

from scraper.diff import Change, ChangeKind
from scraper.release import Release
from scraper.render.jinja import render
from scraper.settings import SITE_URL


@dataclass(frozen=True)
class Section:
    """A kind of change as people read it: a CHANGELOG heading and a summary phrase."""

    title: str
    noun: str
    verb: str
    # The verb after a plural noun, where it differs ("lost their scope list").
    plural_verb: str | None = None


# In report order. An endpoint whose scopes changed is worded by what it lost or gained.
SECTIONS = {
    "scope_added": Section("Scopes added", "scope", "added"),
    "scope_removed": Section(
        "Scopes removed (kept, deprecated, for one more release)", "scope", "removed"
    ),
    "description_lost": Section(
        "Scope descriptions lost", "scope", "lost its description", "lost their description"
    ),
    "description_changed": Section("Scope descriptions changed", "description", "changed"),
    "scope_group_changed": Section(
        "Scopes moved to another group", "scope", "moved to another group", "moved to other groups"
    ),
    "endpoint_added": Section("Endpoints added", "endpoint", "added"),
    "endpoint_removed": Section("Endpoints removed", "endpoint", "removed"),
    "scope_list_lost": Section(
        "Endpoints that lost their scope list",
        "endpoint",
        "lost its scope list",
        "lost their scope list",
    ),
    "scopes_lost": Section("Endpoints that lost scopes", "endpoint", "lost scopes"),
    "scopes_gained": Section("Endpoints that gained scopes", "endpoint", "gained scopes"),
    "scopes_changed": Section(
        "Endpoints whose scopes changed (some lost, some gained)", "endpoint", "changed scopes"
    ),
    "endpoint_client_auth_changed": Section(
        "Endpoints that authenticate the client itself, or no longer do",
        "endpoint",
        "changed how it authenticates the client",
        "changed how they authenticate the client",
    ),
}


def section(change: Change) -> str:
    """The section a change is reported under."""
    if change.kind == ChangeKind.SCOPE_DESCRIPTION_CHANGED:
        return "description_lost" if change.after is None else "description_changed"
    if change.kind != ChangeKind.ENDPOINT_SCOPES_CHANGED:
        return str(change.kind)
    before, after = set(change.before or ()), set(change.after or ())
    if not after:
        return "scope_list_lost"
    if after < before:
        return "scopes_lost"
    if before <= after:
        return "scopes_gained"
    return "scopes_changed"


def _scopes(value: Any) -> str:
    return ", ".join(value) if value else "no scope"


def _detail(change: Change) -> str:
    """One line on what changed, beside the change's key."""
    if change.kind == ChangeKind.SCOPE_ADDED:
        return str(change.after or "")
    if change.kind in (ChangeKind.SCOPE_DESCRIPTION_CHANGED, ChangeKind.SCOPE_GROUP_CHANGED):
        return f"{change.before or '(none)'} -> {change.after or '(none)'}"
    if change.kind == ChangeKind.ENDPOINT_ADDED:
        return f"accepts {_scopes(change.after)}"
    if change.kind == ChangeKind.ENDPOINT_REMOVED:
        return f"accepted {_scopes(change.before)}"
    if change.kind == ChangeKind.ENDPOINT_CLIENT_AUTH_CHANGED:
        if change.after:
            return "now authenticates the client itself: no scope with client credentials"
        return "no longer authenticates the client itself: its scopes apply to every grant"
    if change.kind == ChangeKind.ENDPOINT_SCOPES_CHANGED:
        before, after = list(change.before or ()), list(change.after or ())
        parts = [f"{_scopes(before)} -> {_scopes(after)}"]
        lost = [s for s in before if s not in after]
        gained = [s for s in after if s not in before]
        if lost:
            parts.append(f"lost {', '.join(lost)}")
        if gained:
            parts.append(f"gained {', '.join(gained)}")
        return "; ".join(parts)
    return ""


def summary(release: Release) -> str:
    """`3 scopes added, 2 endpoints lost scopes`: a release in a few words."""
    if not release.changes:
        return "the package's code changed, the data did not"
    parts: list[str] = []
    for key, part in SECTIONS.items():
        count = sum(1 for c in release.changes if section(c) == key)
        if count:
            verb = (part.plural_verb or part.verb) if count > 1 else part.verb
            parts.append(f"{count} {part.noun}{'s' if count > 1 else ''} {verb}")
    return ", ".join(parts)


def release_markdown(release: Release) -> markupsafe.Markup:
    """The CHANGELOG section of one release; also the body of the refresh pull request."""
    sections = [
        {
            "title": part.title,
            "changes": [
                {"key": c.key, "detail": _detail(c)} for c in release.changes if section(c) == key
            ],
        }
        for key, part in SECTIONS.items()
    ]
    text = render(
        "changes/release.md", release=release, sections=[s for s in sections if s["changes"]]
    )
    return markupsafe.Markup(text.decode())


def files(history: list[Release]) -> dict[Path, bytes]:
    latest = history[0].changes if history else []
    sections = [release_markdown(r) for r in history]
    entries = [
        # The feed carries each release as HTML, which the template escapes as XML text.
        {"release": r, "summary": summary(r), "body": body, "html": markdown.markdown(body)}
        for r, body in zip(history, sections, strict=True)
    ]
    changes_json = json.dumps([asdict(c) for c in latest], indent=2, ensure_ascii=False) + "\n"
    return {
        Path("generated/changes.json"): changes_json.encode(),
        Path("generated/CHANGELOG.md"): render("changes/CHANGELOG.md", releases=sections),
        Path("site/docs/changes.md"): render("site/changes.md", entries=entries),
        Path("site/docs/feed.xml"): render("site/feed.xml", entries=entries, site_url=SITE_URL),
    }
