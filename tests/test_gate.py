"""The safety gate, rule by rule, on small catalogues of its own."""

from __future__ import annotations

from dataclasses import replace

from scraper import gate
from scraper.diff import diff
from scraper.model import Catalogue, Endpoint, Finding, FindingKind, Scope, Source, SourceKind

API = "https://api.dintero.com/v1"
DOCS = "https://docs.dintero.com"
TABLE = Source(f"{DOCS}/docs/clients.md", SourceKind.SCOPE_TABLE)


def page(name: str) -> str:
    return f"{DOCS}/api-reference/{name}.md"


def scope(name: str) -> Scope:
    action, _, resource = name.partition(":")
    return Scope(name, action, resource, None, None, None, [TABLE])


def endpoint(path: str, *scopes: str) -> Endpoint:
    source = Source(page(path.strip("/")), SourceKind.API_PAGE)
    return Endpoint("GET", API, path, path, None, list(scopes), [source])


def unattributed(name: str, url: str) -> Finding:
    message = f"{name} stands in no scope list the parsers read (line 7): 'Required: {name}'"
    return Finding(FindingKind.UNATTRIBUTED_SCOPE, message, [url])


BEFORE = Catalogue(
    schema_version=2,
    source=f"{DOCS}/llms.txt",
    fetched_at="2026-11-20T03:17:00Z",
    scopes=[scope("admin:checkout"), scope("read:checkout")],
    endpoints=[
        endpoint("/sessions", "admin:checkout", "read:checkout"),
        endpoint("/transactions", "admin:checkout"),
        endpoint("/payouts", "read:checkout"),
    ],
    findings=[],
)
READ = {page("sessions"), page("transactions"), page("payouts"), TABLE.url}


def problems(after: Catalogue, read: set[str] = READ, share: float = 0.10) -> list[str]:
    return gate.problems(BEFORE, after, diff(BEFORE, after), read, share)


def test_a_sound_refresh_passes() -> None:
    assert problems(BEFORE) == []
    added = replace(BEFORE, endpoints=[*BEFORE.endpoints, endpoint("/refunds", "admin:checkout")])
    assert problems(added) == []


def test_mass_removal_and_an_empty_catalogue_are_refused() -> None:
    emptied = replace(BEFORE, endpoints=BEFORE.endpoints[:2])
    (reason,) = problems(emptied, read=set())
    assert "1 of 3 endpoints would be removed" in reason
    assert problems(emptied, read=set(), share=0.5) == []
    nothing = replace(BEFORE, scopes=[], endpoints=[])
    assert any("0 scopes" in p for p in gate.problems(None, nothing, [], ()))


def test_a_drop_in_parse_coverage_is_refused() -> None:
    unread = Finding(FindingKind.UNPARSED_PAGE, "not markdown", [page("payouts")])
    broken = replace(BEFORE, findings=[unread])
    (coverage,) = problems(broken)
    assert "parse coverage dropped" in coverage and "/payouts.md" in coverage


def test_scopes_lost_while_the_page_still_mentions_them_are_refused() -> None:
    lost = replace(
        BEFORE,
        endpoints=[
            endpoint("/sessions", "admin:checkout"),
            *BEFORE.endpoints[1:],
        ],
        findings=[unattributed("read:checkout", page("sessions"))],
    )
    reasons = problems(lost)
    assert any(
        "1 endpoints would lose scopes that their pages still mention" in r
        and f"GET {API}/sessions" in r
        and page("sessions") in r
        for r in reasons
    )
    # A scope that is gone from the page as well is an upstream change.
    assert problems(replace(lost, findings=[])) == []


def test_a_smaller_share_of_endpoints_with_scopes_is_refused() -> None:
    fewer = replace(
        BEFORE, endpoints=[endpoint("/sessions"), *BEFORE.endpoints[1:]], scopes=BEFORE.scopes
    )
    (reason,) = problems(fewer)
    assert "fell from 100.0% (3 of 3) to 66.7% (2 of 3)" in reason
    assert page("sessions") in reason


def test_new_unattributed_mentions_are_refused_where_there_were_none() -> None:
    mentioned = replace(BEFORE, findings=[unattributed("write:checkout", page("payouts"))])
    (reason,) = problems(mentioned)
    assert "1 pages now mention scopes outside any scope list" in reason
    assert "(write:checkout)" in reason and page("payouts") in reason
    # Where the last catalogue had some already, nothing new to refuse.
    assert gate.problems(mentioned, mentioned, [], READ) == []


def test_a_page_read_that_documents_nothing_now_is_refused() -> None:
    silent = replace(BEFORE, endpoints=BEFORE.endpoints[:2])
    reasons = problems(silent, share=0.5)
    assert reasons == [
        "format drift: 1 pages that documented endpoints were read but document none now: "
        + page("payouts")
    ]
    # A page no longer read (gone from the index) is an upstream removal.
    assert problems(silent, read=READ - {page("payouts")}, share=0.5) == []
    untabled = replace(BEFORE, scopes=[replace(s, sources=[]) for s in BEFORE.scopes])
    (reason,) = problems(untabled)
    assert "documented scope table rows were read but document none now" in reason


def test_a_reason_names_a_few_pages_then_counts() -> None:
    urls = [page(f"p{i}") for i in range(8)]
    assert gate.named(urls) == ", ".join(sorted(urls)[:5]) + " and 3 more"


def test_pages_that_newly_hold_undecodable_bytes_are_refused() -> None:
    def broken(*names: str) -> list[Finding]:
        message = "bytes that are not valid utf-8 were read as U+FFFD"
        return [Finding(FindingKind.UNDECODABLE_BYTES, message, [page(n)]) for n in names]

    refused = problems(replace(BEFORE, findings=broken("sessions", "payouts")))
    assert refused == [
        "2 pages now hold bytes their charset cannot read, parsed as U+FFFD (see the "
        f"undecodable_bytes findings): {page('payouts')}, {page('sessions')}"
    ]
    # Pages that held them last time too are no news.
    still = replace(BEFORE, findings=broken("sessions"))
    assert gate.problems(still, still, [], READ) == []


def conflict(url: str, kind: FindingKind = FindingKind.CONFLICTING_SCOPES) -> Finding:
    message = "GET /sessions: the page lists ['read:checkout'], its OpenAPI block lists ['x:y']"
    return Finding(kind, message, [url])


def test_a_new_disagreement_between_sources_is_refused_an_old_one_is_not() -> None:
    disagreeing = replace(BEFORE, findings=[conflict(page("sessions"))])
    (reason,) = problems(disagreeing)
    assert reason.startswith("sources disagree: 1 endpoints")
    assert page("sessions").removesuffix(".md") in reason
    # The same disagreement, the page read as HTML this time: no new one.
    html = replace(disagreeing, findings=[conflict(page("sessions").removesuffix(".md"))])
    assert gate.problems(disagreeing, html, [], READ) == []
    # Another kind of disagreement on the same page is new.
    spec = replace(
        disagreeing, findings=[conflict(page("sessions"), FindingKind.SPEC_PAGE_MISMATCH)]
    )
    assert len(gate.problems(disagreeing, spec, [], READ)) == 1


def test_published_says_what_accepting_would_publish() -> None:
    after = replace(
        BEFORE,
        endpoints=[
            endpoint("/sessions", "admin:checkout"),
            replace(endpoint("/new", "read:checkout"), server="https://new.dintero.com/v1"),
        ],
    )
    line = gate.published(BEFORE, after, diff(BEFORE, after))
    assert line.startswith("1 endpoints added (GET https://new.dintero.com/v1/new); ")
    assert "2 endpoints removed (GET https://api.dintero.com/v1/payouts, " in line
    assert "1 endpoints with other scopes (GET https://api.dintero.com/v1/sessions)" in line
    assert line.endswith("servers never seen before: https://new.dintero.com/v1")
