"""Records -> catalogue, on records made by hand: build takes records, not a crawl."""

from __future__ import annotations

from dataclasses import replace

from scraper.build import build
from scraper.model import (
    Catalogue,
    EndpointDoc,
    FindingKind,
    IndexEntry,
    Records,
    Region,
    ScopeMention,
    Source,
    SourceKind,
)

DOCS = "https://docs.dintero.com"
INDEX = Source(f"{DOCS}/llms.txt", SourceKind.LLMS)
PAGE = Source(f"{DOCS}/api-reference/sessions.md", SourceKind.API_PAGE)
SPEC = Source(f"{DOCS}/specs/spec-checkout.yaml", SourceKind.OPENAPI)
CHECKOUT = "https://checkout.dintero.com/v1"


def doc(
    source: Source,
    *scopes: str,
    server: str = CHECKOUT,
    title: str | None = None,
    operation_id: str | None = None,
) -> EndpointDoc:
    return EndpointDoc("GET", server, "/sessions/{id}", title, None, scopes, source, operation_id)


def mention(name: str, line: int, region: Region = Region.TEXT) -> ScopeMention:
    return ScopeMention(name, f"line {line}", Source(PAGE.url, SourceKind.PROSE), line, region)


def catalogue(
    records: Records,
    missing: set[str] | None = None,
    mirror: bool = False,
    sensitive: dict[str, str] | None = None,
) -> Catalogue:
    return build(
        records,
        missing or set(),
        INDEX.url,
        "2026-11-30T00:00:00Z",
        mirror=mirror,
        sensitive=sensitive,
    )


def kinds(built: Catalogue, kind: FindingKind) -> list[str]:
    return [f.message for f in built.findings if f.kind == kind]


def test_a_mention_outside_the_scope_list_is_unattributed_unless_an_example() -> None:
    records = Records(
        endpoints=[doc(PAGE, "read:checkout")],
        mentions=[
            mention("read:checkout", 7),
            mention("write:checkout", 9),
            mention("admin:checkout", 12, Region.EXAMPLE),
            mention("admin:checkout", 2, Region.AGENT),
        ],
    )
    (message,) = kinds(catalogue(records), FindingKind.UNATTRIBUTED_SCOPE)
    assert message.startswith("write:checkout stands in no scope list the parsers read (line 9)")


def test_a_guide_mentions_scopes_as_observations() -> None:
    guide = Source(f"{DOCS}/docs/guide.md", SourceKind.PROSE)
    records = Records(
        endpoints=[doc(PAGE, "read:checkout")],
        mentions=[ScopeMention("read:checkout", "Use read:checkout.", guide, 3)],
    )
    assert kinds(catalogue(records), FindingKind.UNATTRIBUTED_SCOPE) == []


def test_a_spec_operation_mention_is_held_to_that_operation() -> None:
    spec_mention = ScopeMention(
        "write:checkout", "scopes: write:checkout", SPEC, 2, Region.OPENAPI, "GET /sessions/{id}"
    )
    other = ScopeMention(
        "write:checkout", "scopes: write:checkout", SPEC, 2, Region.OPENAPI, "POST /sessions"
    )
    records = Records(endpoints=[doc(SPEC, "write:checkout")], mentions=[spec_mention, other])
    (message,) = kinds(catalogue(records), FindingKind.UNATTRIBUTED_SCOPE)
    assert "(POST /sessions, line 2 of its description)" in message


def test_one_operation_on_several_servers_is_its_own_finding() -> None:
    records = Records(
        endpoints=[doc(PAGE, "read:checkout"), doc(SPEC, "read:checkout", server="https://x.io/v1")]
    )
    built = catalogue(records)
    (message,) = kinds(built, FindingKind.SEVERAL_SERVERS)
    assert "documented on several servers" in message
    assert kinds(built, FindingKind.SPEC_PAGE_MISMATCH) == []


def test_a_human_title_and_every_name() -> None:
    index = IndexEntry("Get a session", PAGE.url, None, "Docs", None, True, INDEX)
    records = Records(
        endpoints=[
            doc(PAGE, "read:checkout", title="sessions_id_get", operation_id="sessions_id_get"),
            doc(SPEC, "read:checkout", title="sessions_id_get", operation_id="sessions_id_get"),
        ],
        index=[index],
    )
    (endpoint,) = catalogue(records).endpoints
    assert endpoint.title == "Get a session"
    assert endpoint.names == ["Get a session", "sessions_id_get"]


def test_reviewed_sensitive_scopes_are_marked_and_missing_ones_reported() -> None:
    records = Records(endpoints=[doc(PAGE, "read:checkout", "write:checkout:/no-mfa")])
    reviewed = {"write:checkout:/no-mfa": "skips MFA", "admin:gone": "gone"}
    built = catalogue(records, sensitive=reviewed, mirror=True)
    assert {s.name: s.sensitive for s in built.scopes} == {
        "read:checkout": None,
        "write:checkout:/no-mfa": "skips MFA",
    }
    assert kinds(built, FindingKind.REVIEWED_SCOPE_MISSING) == [
        "admin:gone is reviewed as sensitive, but the docs name no such scope"
    ]
    assert built.mirror is True


def test_a_scope_only_the_index_names_for_a_page_it_read_is_unused() -> None:
    listed = IndexEntry("Sessions", PAGE.url, None, "Docs", ("read:old",), True, INDEX)
    gone = f"{DOCS}/api-reference/gone.md"
    missing = IndexEntry("Gone", gone, None, "Docs", ("read:gone",), True, INDEX)
    records = Records(endpoints=[doc(PAGE, "read:checkout")], index=[listed, missing])
    built = catalogue(records, missing={missing.url})
    assert kinds(built, FindingKind.SCOPE_UNUSED) == [
        "read:old is named by the docs but no documented endpoint accepts it"
    ]


def test_an_operation_on_several_servers_authenticates_its_client_on_each() -> None:
    token = "aid_auths_oauth_token_post"
    said = replace(doc(PAGE, "admin:accounts", operation_id=token), client_auth=True)
    other = doc(SPEC, "admin:accounts", server="https://api.dintero.com/v1", operation_id=token)
    unrelated = doc(SPEC, "admin:accounts", server="https://api.dintero.com/v2")

    built = catalogue(Records(endpoints=[said, other, unrelated]))

    assert {(e.server, e.client_auth) for e in built.endpoints} == {
        (CHECKOUT, True),
        ("https://api.dintero.com/v1", True),
        ("https://api.dintero.com/v2", False),
    }
