"""The change report, versions from the diff, and the safety gate, on small catalogues."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from pathlib import Path

import pytest

from scraper.diff import Change, ChangeKind, diff
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.release import (
    Release,
    date_version,
    history_from_json,
    history_to_json,
    next_release,
)
from scraper.render import changelog, python

API = "https://api.dintero.com/v1"
TABLE = Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)


def scope(name: str, description: str | None = None, group: str | None = None) -> Scope:
    action, _, resource = name.partition(":")
    return Scope(name, action, resource, None, description, group, [TABLE])


def endpoint(path: str, *scopes: str, method: str = "GET") -> Endpoint:
    return Endpoint(method, API, path, path, None, list(scopes), [TABLE])


BEFORE = Catalogue(
    schema_version=1,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-20T03:17:00Z",
    scopes=[scope("admin:checkout", "Fully manage checkout"), scope("read:checkout")],
    endpoints=[
        endpoint("/sessions", "admin:checkout", "read:checkout"),
        endpoint("/transactions", "admin:checkout"),
    ],
    findings=[],
)


def test_diff_reports_exactly_what_changed() -> None:
    after = replace(
        BEFORE,
        fetched_at="2026-11-27T03:17:00Z",
        scopes=[scope("admin:checkout", "Manage checkout"), scope("write:checkout")],
        endpoints=[
            endpoint("/sessions", "admin:checkout"),
            endpoint("/sessions", "write:checkout", method="POST"),
        ],
    )
    assert diff(BEFORE, after) == [
        Change(ChangeKind.ENDPOINT_ADDED, f"POST {API}/sessions", None, ["write:checkout"]),
        Change(ChangeKind.ENDPOINT_REMOVED, f"GET {API}/transactions", ["admin:checkout"], None),
        Change(
            ChangeKind.ENDPOINT_SCOPES_CHANGED,
            f"GET {API}/sessions",
            ["admin:checkout", "read:checkout"],
            ["admin:checkout"],
        ),
        Change(ChangeKind.SCOPE_ADDED, "write:checkout", None, None),
        Change(
            ChangeKind.SCOPE_DESCRIPTION_CHANGED,
            "admin:checkout",
            "Fully manage checkout",
            "Manage checkout",
        ),
        Change(ChangeKind.SCOPE_REMOVED, "read:checkout", None, None),
    ]
    assert diff(BEFORE, BEFORE) == []


def test_an_endpoints_scopes_are_a_set_and_a_scopes_group_is_a_fact() -> None:
    reordered = replace(
        BEFORE,
        endpoints=[endpoint("/sessions", "read:checkout", "admin:checkout"), BEFORE.endpoints[1]],
    )
    assert diff(BEFORE, reordered) == []
    regrouped = replace(
        BEFORE, scopes=[BEFORE.scopes[0], scope("read:checkout", None, "admin:checkout")]
    )
    assert diff(BEFORE, regrouped) == [
        Change(ChangeKind.SCOPE_GROUP_CHANGED, "read:checkout", None, "admin:checkout")
    ]


def test_first_diff_adds_everything() -> None:
    kinds = [c.kind for c in diff(None, BEFORE)]
    assert kinds == [ChangeKind.ENDPOINT_ADDED] * 2 + [ChangeKind.SCOPE_ADDED] * 2


def release(
    version: str, *changes: Change, deprecated: dict[str, str | None] | None = None
) -> Release:
    return Release(version, "2026-11-20T03:17:00Z", list(changes), deprecated or {})


ADDED = Change(ChangeKind.SCOPE_ADDED, "write:checkout", None, None)
REMOVED = Change(ChangeKind.SCOPE_REMOVED, "read:checkout", "Read", None)
DESCRIBED = Change(ChangeKind.SCOPE_DESCRIPTION_CHANGED, "admin:checkout", "a", "b")
GROUPED = Change(ChangeKind.SCOPE_GROUP_CHANGED, "read:checkout", "admin:check", "admin:checkout")


@pytest.mark.parametrize(
    ("history", "change", "version"),
    [
        ([], ADDED, "2026.12.4"),
        ([release("2026.11.27", ADDED)], ADDED, "2026.12.4"),
        ([release("2026.11.27", ADDED)], REMOVED, "2026.12.4"),
        ([release("2026.11.27", ADDED)], DESCRIBED, "2026.11.27.1"),
        ([release("2026.11.27.1", DESCRIBED)], DESCRIBED, "2026.11.27.2"),
        # A scope's group is a fact of it, like its description: no name came or went.
        ([release("2026.11.27", ADDED)], GROUPED, "2026.11.27.1"),
        ([release("2026.11.27.post2")], GROUPED, "2026.11.27.1"),
        ([release("2026.12.4", ADDED)], ADDED, "2026.12.4.1"),
        # A description change that also drops deprecated members is a date release.
        (
            [release("2026.11.27", REMOVED, deprecated={"read:checkout": None})],
            DESCRIBED,
            "2026.12.4",
        ),
    ],
)
def test_version_from_the_diff(history: list[Release], change: Change, version: str) -> None:
    made = next_release(history, [change], "2026-12-04T03:17:00Z")
    assert made is not None and made.version == version


def test_removed_scopes_are_deprecated_for_one_release_then_dropped() -> None:
    first = next_release([], [REMOVED], "2026-12-04T03:17:00Z")
    assert first is not None and first.deprecated == {"read:checkout": "Read"}
    second = next_release([first], [ADDED], "2026-12-11T03:17:00Z")
    assert second is not None and second.deprecated == {} and second.dropped == ["read:checkout"]
    assert next_release([second], [], "2026-12-18T03:17:00Z") is None


def test_history_round_trips() -> None:
    history = [release("2026.11.27", REMOVED, DESCRIBED, deprecated={"read:checkout": "Read"})]
    assert history_from_json(history_to_json(history)) == history
    assert date_version("2026-01-05T00:00:00Z") == "2026.1.5"


def test_change_report_files(tmp_path: Path) -> None:
    hostile = Change(ChangeKind.SCOPE_ADDED, "write:x", None, "<script>alert(1)</script> & *b*")
    history = [
        Release("2026.12.4", "2026-12-04T03:17:00Z", [hostile, REMOVED], {"read:checkout": "Read"}),
        Release("2026.11.27", "2026-11-27T03:17:00Z", [ADDED], {}),
    ]
    files = changelog.files(history)
    assert json.loads(files[Path("generated/changes.json")]) == [
        {"kind": "scope_added", "key": "write:x", "before": None, "after": hostile.after},
        {"kind": "scope_removed", "key": "read:checkout", "before": "Read", "after": None},
    ]
    text = files[Path("generated/CHANGELOG.md")].decode()
    assert text.index("## 2026.12.4") < text.index("## 2026.11.27")
    assert "<script>" not in text and "&lt;script&gt;" in text
    feed = ElementTree.fromstring(files[Path("site/docs/feed.xml")])
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.findtext(f"{atom}title") for e in feed.iter(f"{atom}entry")]
    assert titles == ["2026.12.4: 1 scope added, 1 scope removed", "2026.11.27: 1 scope added"]
    content = next(feed.iter(f"{atom}content")).text or ""
    assert "<script>" not in content and "&lt;script&gt;" in content
    assert b"2026.12.4" in files[Path("site/docs/changes.md")]


def test_change_wording_says_what_was_lost_and_what_gained() -> None:
    def scopes_changed(path: str, before: list[str], after: list[str]) -> Change:
        return Change(ChangeKind.ENDPOINT_SCOPES_CHANGED, f"GET {API}{path}", before, after)

    changed = [
        scopes_changed("/a", ["admin:x", "read:x"], []),
        scopes_changed("/b", ["admin:x", "read:x"], []),
        scopes_changed("/c", ["admin:x", "read:x"], ["admin:x"]),
        scopes_changed("/d", [], ["read:x"]),
        scopes_changed("/e", ["read:x"], ["write:x"]),
        Change(ChangeKind.SCOPE_DESCRIPTION_CHANGED, "read:x", "Read", None),
    ]
    release = Release("2026.12.4", "2026-12-04T03:17:00Z", changed)
    assert changelog.summary(release) == (
        "1 scope lost its description, 2 endpoints lost their scope list, "
        "1 endpoint lost scopes, 1 endpoint gained scopes, 1 endpoint changed scopes"
    )
    body = html.unescape(str(changelog.release_markdown(release))).replace("\\", "")
    assert "### Endpoints that lost their scope list\n" in body
    assert "admin:x, read:x -> no scope; lost admin:x, read:x" in body
    assert "### Endpoints that lost scopes\n" in body and "lost read:x" in body
    assert "### Endpoints that gained scopes\n" in body and "gained read:x" in body
    assert "lost read:x; gained write:x" in body
    assert "### Scope descriptions lost\n" in body


def test_a_group_change_is_reported_everywhere_the_changes_are() -> None:
    moved = Change(
        ChangeKind.SCOPE_GROUP_CHANGED, "write:accounts", "admin:account", "admin:accounts"
    )
    history = [Release("2026.12.4.1", "2026-12-04T03:17:00Z", [moved, GROUPED])]
    assert changelog.summary(history[0]) == "2 scopes moved to other groups"
    body = str(changelog.release_markdown(history[0]))
    assert "### Scopes moved to another group\n" in body
    assert "admin:account -> admin:accounts" in html.unescape(body).replace("\\", "")
    files = changelog.files(history)
    assert json.loads(files[Path("generated/changes.json")])[0] == {
        "kind": "scope_group_changed",
        "key": "write:accounts",
        "before": "admin:account",
        "after": "admin:accounts",
    }
    feed = ElementTree.fromstring(files[Path("site/docs/feed.xml")])
    atom = "{http://www.w3.org/2005/Atom}"
    (entry,) = feed.iter(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == "2026.12.4.1: 2 scopes moved to other groups"
    assert "Scopes moved to another group" in (entry.findtext(f"{atom}content") or "")
    page = files[Path("site/docs/changes.md")].decode()
    assert "### Scopes moved to another group" in page and "write:accounts" in page


def test_a_change_to_the_package_alone_makes_a_post_release() -> None:
    packages = iter(["a", "a", "b", "b"])

    def fingerprint(history: list[Release]) -> str:
        return next(packages)

    first = next_release([], [ADDED], "2026-12-04T03:17:00Z", fingerprint)
    assert first is not None and (first.version, first.package) == ("2026.12.4", "a")
    # The same package, no change in the docs: no release.
    assert next_release([first], [], "2026-12-05T03:17:00Z", fingerprint) is None
    fixed = next_release([first], [], "2026-12-05T03:17:00Z", fingerprint)
    assert fixed is not None and (fixed.version, fixed.changes, fixed.package) == (
        "2026.12.4.post1",
        [],
        "b",
    )
    assert changelog.summary(fixed) == "the package's code changed, the data did not"
    again = next_release([fixed, first], [], "2026-12-06T03:17:00Z", fingerprint)
    assert again is None


def test_post_releases_keep_the_deprecations_and_count_up() -> None:
    removed = next_release([], [REMOVED], "2026-12-04T03:17:00Z", lambda _: "a")
    assert removed is not None and removed.deprecated == {"read:checkout": "Read"}
    post = next_release([removed], [], "2026-12-05T03:17:00Z", lambda _: "b")
    assert post is not None and post.deprecated == removed.deprecated and post.dropped == []
    second = next_release([post, removed], [], "2026-12-06T03:17:00Z", lambda _: "c")
    assert second is not None and second.version == "2026.12.4.post2"
    described = next_release([second], [DESCRIBED], "2026-12-07T03:17:00Z", lambda _: "d")
    assert described is not None and described.dropped == ["read:checkout"]
    assert described.version == "2026.12.7"


def test_the_fingerprint_ignores_version_and_fetch_time_but_not_code(tmp_path: Path) -> None:
    history = [Release("2026.11.20", "2026-11-20T03:17:00Z", [])]
    of = python.fingerprint(BEFORE)
    assert of(history) == python.fingerprint(replace(BEFORE, fetched_at="2027-01-01T00:00:00Z"))(
        [Release("2027.1.1", "2027-01-01T00:00:00Z", [])]
    )
    more = replace(BEFORE, scopes=[*BEFORE.scopes, scope("write:checkout")])
    assert python.fingerprint(more)(history) != of(history)


def test_a_new_order_of_an_endpoints_scopes_makes_no_release() -> None:
    """The committed catalogue lists scopes as documented; the next one sorts them."""
    first = next_release([], diff(None, BEFORE), BEFORE.fetched_at, python.fingerprint(BEFORE))
    assert first is not None
    listed = replace(
        BEFORE,
        fetched_at="2026-11-27T03:17:00Z",
        endpoints=[endpoint("/sessions", "read:checkout", "admin:checkout"), BEFORE.endpoints[1]],
    )
    changes = diff(BEFORE, listed)
    assert next_release([first], changes, listed.fetched_at, python.fingerprint(listed)) is None


def test_a_deprecated_scope_settles_names_its_release_and_goes_with_the_next() -> None:
    dates = iter(f"2026-12-{day:02}T03:17:00Z" for day in range(4, 31))
    history: list[Release] = []

    def released(catalogue: Catalogue, before: Catalogue | None) -> Release | None:
        made = next_release(
            history, diff(before, catalogue), next(dates), python.fingerprint(catalogue)
        )
        if made is not None:
            history.insert(0, made)
        return made

    assert released(BEFORE, None) is not None
    gone = replace(
        BEFORE,
        scopes=[BEFORE.scopes[0]],
        endpoints=[endpoint("/sessions", "admin:checkout"), BEFORE.endpoints[1]],
    )
    removal = released(gone, BEFORE)
    assert removal is not None and removal.deprecated == {"read:checkout": None}
    # Nothing changed since: no release, however often it is asked.
    assert released(gone, gone) is None and released(gone, gone) is None
    (kept,) = python.deprecated_scopes(gone, history)
    assert kept.description == (
        f"Deprecated: removed from the Dintero docs in {removal.version}; "
        "the next release drops it."
    )
    # A post-release for a fix to the package keeps the scope, and the note its release.
    fix = Release(f"{removal.version}.post1", "2026-12-20T03:17:00Z", [], removal.deprecated)
    (still,) = python.deprecated_scopes(gone, [fix, *history])
    assert still.description == kept.description
    more = replace(gone, scopes=[*gone.scopes, scope("write:checkout")])
    drop = released(more, gone)
    assert drop is not None and drop.dropped == ["read:checkout"] and drop.deprecated == {}
    assert python.deprecated_scopes(more, history) == []
    assert "breaking" in str(changelog.release_markdown(drop)).splitlines()[0]


def test_a_scope_back_before_its_drop_is_not_dropped() -> None:
    removed = release("2026.12.4", REMOVED, deprecated={"read:checkout": "Read"})
    back = Change(ChangeKind.SCOPE_ADDED, "read:checkout", None, "Read")
    made = next_release([removed], [back], "2026-12-11T03:17:00Z")
    assert made is not None and made.dropped == []


def test_an_endpoint_that_comes_to_authenticate_its_client_is_a_change() -> None:
    after = replace(
        BEFORE, endpoints=[BEFORE.endpoints[0], replace(BEFORE.endpoints[1], client_auth=True)]
    )
    (change,) = diff(BEFORE, after)
    assert change == Change(
        ChangeKind.ENDPOINT_CLIENT_AUTH_CHANGED, f"GET {API}/transactions", False, True
    )
    release = next_release([], [change], "2026-12-04T03:17:00Z")

    assert release is not None and release.version == "2026.12.4"
    assert changelog.summary(release) == "1 endpoint changed how it authenticates the client"
    body = str(changelog.release_markdown(release))
    assert "now authenticates the client itself: no scope with client credentials" in body
