"""One answer everywhere: for generated catalogues (sensitive, admin and narrow scopes, ties,
endpoints that authenticate the client itself) and generated pasted text (malformed lines
included), the same answer comes from

- the runtime's need over what parse_lines reads (tests/test_site_need.py's `expected`);
- `dintero-scopes need --json` (the generator's command, from a catalogue.json);
- the package rendered from the catalogue: `python -m dintero_scopes need --json`, its
  `need()` and its `least_privilege()`;
- the site's need page (need.js), every generated case in one page evaluation.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.async_api import BrowserContext

from scraper.cli import main
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.naming import slug
from scraper.release import Release
from scraper.render import python, site
from scraper.runtime import answers
from scraper.runtime.calls import URL, Call, CallError, parse_lines
from scraper.runtime.routing import path_shape
from tests.browser import in_browser
from tests.servers import serve
from tests.test_site_need import expected, open_need

# Slow: renders and imports a package per example, and drives Chromium.
pytestmark = pytest.mark.slow

SERVERS = ("https://api.dintero.com/v1", "https://checkout.dintero.com/v1", "http://localhost:8080")
DOCS = "https://docs.dintero.com/api-reference/"
# Admin, narrow (a restriction), and alike scopes, any of which may be marked sensitive.
POOL = (
    "admin:things",
    "admin:other",
    "read:things",
    "read:things:/list",
    "write:things",
    "write:things:/users/no-mfa",
    "read:other",
    "read:a",
    "read:b",
    "read:ab",
)
# Scopes only the two endpoints at /p and /q accept.
TIED = ("read:p", "read:q", "read:pq")
# A sensitive scope only the endpoints at /secret accept.
SECRET = "write:secret"
SEGMENTS = ("things", "list", "a", "token", "{id}", "{aid}")
# Values for path parameters, some of which are also literal segments.
VALUES = ("T12345678", "x", "list", "a", "%7Bid%7D")
# Lines that are no call, or calls no router reads.
BAD = (
    "GET",
    "FETCH /v1/things",
    "GET v1/things",
    "GET /v1/things /v1/a",
    "GET https://[x/v1",
    "GET http://api.dintero.com:99999/v1/a",
    "GET https://api.dintero.com:x/v1/a",
    "https://docs.dintero.com",
    "# a comment",
    "",
    # Long input, which messages show cut.
    "GET /v1/things/" + "x" * 150,
    "GET https://[" + "1" * 150 + "]/v1",
    "GET " + "v1/" * 50,
    "\u00e9" * 150,
)
# The same examples on every run (derived from this module's code), so the counts of
# what they reach, below, hold.
CASES = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    sensitive = draw(st.sets(st.sampled_from(POOL), max_size=3))
    scopes = [
        Scope(
            name,
            *_parts(name),
            None,
            None,
            [Source(DOCS + "scopes.md", SourceKind.API_PAGE)],
            f"{name} weakens a safeguard" if name in {*sensitive, SECRET} else None,
        )
        for name in (*POOL, *TIED, SECRET)
    ]
    endpoint = st.builds(
        _endpoint,
        st.sampled_from(["GET", "POST", "DELETE"]),
        st.sampled_from(SERVERS),
        st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=3),
        st.lists(st.sampled_from(POOL), unique=True, max_size=4),
        st.sampled_from([False, False, False, True]),
        st.sampled_from([None, None, "shared"]),
    )
    endpoints = draw(
        st.lists(
            endpoint,
            min_size=1,
            max_size=12,
            unique_by=lambda e: (e.method, e.server, path_shape(e.path)),
        )
    )
    if draw(st.booleans()):
        # Two endpoints that one scope covers as narrowly as two: fewest scopes decides.
        endpoints += [
            _endpoint("GET", SERVERS[0], ["p"], ["read:p", "read:pq"], False, None),
            _endpoint("GET", SERVERS[0], ["q"], ["read:q", "read:pq"], False, None),
        ]
    if draw(st.booleans()):
        # A sensitive scope where nothing else will do, and where an admin one will.
        endpoints += [
            _endpoint("DELETE", SERVERS[1], ["secret"], [SECRET], False, None),
            _endpoint("POST", SERVERS[1], ["secret"], [SECRET, "admin:things"], False, None),
        ]
    return Catalogue(
        2, "https://docs.dintero.com/llms.txt", "2026-11-27T00:00:00Z", scopes, endpoints, []
    )


def _parts(name: str) -> tuple[str | None, str | None, str | None]:
    action, _, rest = name.partition(":")
    resource, _, restriction = rest.partition(":")
    return action, resource or None, restriction or None


def _endpoint(
    method: str,
    server: str,
    segments: list[str],
    scopes: list[str],
    client_auth: bool,
    page: str | None,
) -> Endpoint:
    path = "/" + "/".join(segments)
    doc = DOCS + (page or slug(f"{method}-{server}{path}"))
    title = f"{method} {path}"
    source = Source(doc + ".md", SourceKind.API_PAGE)
    return Endpoint(method, server, path, title, doc, scopes, [source], [title], client_auth)


@st.composite
def calls_to(draw: st.DrawFn, e: Endpoint) -> str:
    """A call to the endpoint, written one of the ways the router reads (or to a path
    beside it, or with another method)."""
    prefix = e.server.split("://", 1)[1].partition("/")[2]
    path = "/".join(
        draw(st.sampled_from(VALUES)) if part.startswith("{") else part
        for part in e.path.split("/")
    )
    absolute = draw(st.booleans()) or not prefix
    url = e.server + path if absolute else f"/{prefix}{path}"
    url += draw(st.sampled_from(["", "", "/", "?a=b", "/nope"]))
    method = draw(st.sampled_from([e.method, e.method.lower(), "PUT"]))
    return f"{method} {url}"


def texts(catalogue: Catalogue) -> st.SearchStrategy[str]:
    """Pasted lines: calls to the catalogue's endpoints, calls to nothing, docs pages, and
    lines that are no call."""
    endpoint = st.sampled_from(catalogue.endpoints)
    page = st.tuples(endpoint, st.sampled_from(["", ".md", "/?x=1"]))
    line = st.one_of(
        endpoint.flatmap(calls_to),
        endpoint.flatmap(calls_to),
        page.map(lambda p: f"{p[0].doc_url}{p[1]}"),
        st.sampled_from(BAD),
        st.text(max_size=12),
    )
    return st.lists(line, min_size=1, max_size=8).map("\n".join)


@contextmanager
def captured() -> Iterator[io.StringIO]:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        yield out


def load_package(
    catalogue: Catalogue, root: Path, name: str, history: list[Release] | None = None
) -> ModuleType:
    """The package rendered from `catalogue` (and `history`), imported as `name` (its own
    copy of the runtime included), as if installed."""
    for path, content in python.files(catalogue, history or []).items():
        if path.is_relative_to(python.PACKAGE):
            target = root / name / path.relative_to(python.PACKAGE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    spec = importlib.util.spec_from_file_location(
        name, root / name / "__init__.py", submodule_search_locations=[str(root / name)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def unload(name: str) -> None:
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]


def readable(text: str, origin: str) -> list[Call]:
    """The calls of the lines parse_lines reads (the others it refuses, one by one)."""
    calls: list[Call] = []
    for line in text.splitlines():
        try:
            calls += parse_lines(line, origin)
        except CallError:
            continue
    return calls


def check_the_package_and_both_commands(
    catalogue: Catalogue, text: str, work: Path, name: str
) -> dict[str, Any]:
    """Every Python side's answer for `text`; the runtime's, which the page must give."""
    want = expected(catalogue, text)
    origin = "https://docs.dintero.com"
    calls = readable(text, origin)
    package = load_package(catalogue, work, name)
    try:
        command = importlib.import_module(f"{name}.__main__")
        report = importlib.import_module(f"{name}._runtime.report")
        bare = {**want, "calls": [_unlined(c) for c in want["calls"]]}
        del bare["unread"]
        if calls:
            calls_file, catalogue_file = work / "calls.txt", work / "catalogue.json"
            calls_file.write_text("\n".join(map(str, calls)) + "\n", encoding="utf-8")
            catalogue_file.write_text(catalogue.to_json(), encoding="utf-8")
            asked = ["need", "--json", "--file", str(calls_file)]
            with captured() as tool_out:
                tool = main([*asked, "--catalogue", str(catalogue_file)])
            with captured() as package_out:
                packaged = command.run(asked, command.reference, command.PROG)
            assert (packaged, package_out.getvalue()) == (tool, tool_out.getvalue())
            assert json.loads(tool_out.getvalue()) == bare
            malformed = any(
                c["problem"] and c["problem"]["kind"] == "malformed" for c in bare["calls"]
            )
            complete = all(c["problem"] is None for c in bare["calls"])
            assert tool == (2 if malformed else 0 if complete else 1)
        assert report.need_json(package.need([str(call) for call in calls])) == bare
        check_least_privilege(package, catalogue, [c for c in calls if c.kind == URL])
    finally:
        unload(name)
    return want


def _unlined(call: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in call.items() if k not in ("line", "text")}


def check_least_privilege(package: ModuleType, catalogue: Catalogue, calls: list[Call]) -> None:
    """least_privilege(pairs) is need's scopes, or raises for the first call without one."""
    from scraper.query import runtime_reference

    pairs = [(str(call.method), call.target) for call in calls]
    answer = answers.need(runtime_reference(catalogue), calls)
    problems = [c.problem for c in answer.calls if c.problem is not None]
    if not problems:
        assert package.least_privilege(pairs) == answer.scopes
        assert all(type(s) is package.Scope for s in package.least_privilege(pairs))
        return
    raised = {
        answers.UNKNOWN: package.UnknownEndpoint,
        answers.AMBIGUOUS: package.AmbiguousEndpoint,
        answers.NO_SCOPE: package.UndocumentedScopes,
        answers.MALFORMED: ValueError,
    }[problems[0].kind]
    with pytest.raises(raised):
        package.least_privilege(pairs)


@in_browser
async def test_one_answer_everywhere(
    context: BrowserContext, fixture_site: Path, tmp_path: Path
) -> None:
    cases: list[dict[str, Any]] = []
    names = (f"dintero_scopes_case_{n}" for n in itertools.count())

    @CASES
    @given(st.data())
    def check(data: st.DataObject) -> None:
        catalogue = data.draw(catalogues(), "catalogue")
        text = data.draw(texts(catalogue), "text")
        work = tmp_path / f"case-{len(cases)}"
        want = check_the_package_and_both_commands(catalogue, text, work, next(names))
        model = json.loads(site.model_json(catalogue))
        cases.append({"model": model, "text": text, "want": want})

    check()
    # The generated cases reach every rule, sensitive choices, the token endpoint and
    # malformed lines; else the comparison below would prove little.
    wanted = [case["want"] for case in cases]
    assert {w["decided_by"] for w in wanted} >= {*answers_rules(), None}
    assert any(w["sensitive"] for w in wanted)
    assert any(c["client_auth"] for w in wanted for c in w["calls"])
    assert any(w["unread"] for w in wanted)
    assert any(
        c["problem"] and c["problem"]["kind"] == "malformed" for w in wanted for c in w["calls"]
    )
    with serve(fixture_site) as server:
        page = await open_need(context, server.origin + "need/")
        got = await page.evaluate(
            "cases => cases.map((c) => window.dinteroNeed.advisor(c.model).answer(c.text))",
            [{"model": c["model"], "text": c["text"]} for c in cases],
        )
    for case, answer in zip(cases, got, strict=True):
        assert answer == case["want"], case["text"]


def answers_rules() -> list[str]:
    from scraper.runtime.least_privilege import NAME_ORDER, RULES

    return [*RULES, NAME_ORDER]
