"""The change report: changes.json, CHANGELOG.md, and the site's Changes page and Atom feed."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import markdown
import markupsafe

from scraper.diff import Change, ChangeKind
from scraper.release import Release
from scraper.render.jinja import render
from scraper.settings import SITE_URL

SECTIONS = (
    (ChangeKind.SCOPE_ADDED, "Scopes added"),
    (ChangeKind.SCOPE_REMOVED, "Scopes removed (kept, deprecated, for one more release)"),
    (ChangeKind.SCOPE_DESCRIPTION_CHANGED, "Scope descriptions changed"),
    (ChangeKind.ENDPOINT_ADDED, "Endpoints added"),
    (ChangeKind.ENDPOINT_REMOVED, "Endpoints removed"),
    (ChangeKind.ENDPOINT_SCOPES_CHANGED, "Endpoints whose scopes changed"),
)
# How each kind reads in a one-line summary: "3 scopes added".
NOUNS = {
    ChangeKind.SCOPE_ADDED: ("scope", "added"),
    ChangeKind.SCOPE_REMOVED: ("scope", "removed"),
    ChangeKind.SCOPE_DESCRIPTION_CHANGED: ("description", "changed"),
    ChangeKind.ENDPOINT_ADDED: ("endpoint", "added"),
    ChangeKind.ENDPOINT_REMOVED: ("endpoint", "removed"),
    ChangeKind.ENDPOINT_SCOPES_CHANGED: ("endpoint", "with new scopes"),
}


def _scopes(value: Any) -> str:
    return ", ".join(value) if value else "no scope"


def _detail(change: Change) -> str:
    """One line on what changed, beside the change's key."""
    if change.kind == ChangeKind.SCOPE_ADDED:
        return str(change.after or "")
    if change.kind == ChangeKind.SCOPE_DESCRIPTION_CHANGED:
        return f"{change.before or '(none)'} -> {change.after or '(none)'}"
    if change.kind == ChangeKind.ENDPOINT_ADDED:
        return f"accepts {_scopes(change.after)}"
    if change.kind == ChangeKind.ENDPOINT_REMOVED:
        return f"accepted {_scopes(change.before)}"
    if change.kind == ChangeKind.ENDPOINT_SCOPES_CHANGED:
        return f"{_scopes(change.before)} -> {_scopes(change.after)}"
    return ""


def summary(release: Release) -> str:
    """`3 scopes added, 1 endpoint removed`: a release in a few words."""
    parts: list[str] = []
    for kind, _ in SECTIONS:
        count = sum(1 for c in release.changes if c.kind == kind)
        if count:
            noun, verb = NOUNS[kind]
            parts.append(f"{count} {noun}{'s' if count > 1 else ''} {verb}")
    return ", ".join(parts)


def release_markdown(release: Release) -> markupsafe.Markup:
    """The CHANGELOG section of one release; also the body of the refresh pull request."""
    sections = [
        {
            "title": title,
            "changes": [
                {"key": c.key, "detail": _detail(c)} for c in release.changes if c.kind == kind
            ],
        }
        for kind, title in SECTIONS
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
