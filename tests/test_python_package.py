"""The generated Python package: well-formed code, exact data, a router that never guesses.

Most tests render a small catalogue full of awkward strings and import the result; the
last installs the package rendered from the committed catalogue into a fresh venv.
"""

from __future__ import annotations

import ast
import copy
import doctest
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import tomllib
import typing
from collections.abc import Iterator
from dataclasses import replace
from glob import glob
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.cli import main as cli_main
from scraper.model import Catalogue, Endpoint, Scope, Source, SourceKind
from scraper.naming import member_names
from scraper.release import Release, date_version
from scraper.render import python
from scraper.runtime.scopes import ACTIONS, parse_scope
from tests.conftest import ROOT

RUNTIME = ROOT / "scraper" / "runtime"
SCANNER = ROOT / "scraper" / "scan"
VENV_BIN = Path(sys.executable).parent
HOSTILE = 'Quotes " and \\ backslashes, """triple""", {{ x }}, </script><b>bold</b> "'
# Control characters, a line separator and text long enough to be split over lines.
AWKWARD = (
    "Line one\nline two\ttabbed \x00 nul \x1b[1m escape \u2028 separator, \\N{DASH} as is, "
    "and a sentence long enough that its literal has to be split over several lines: "
    "Ærlig talt, dette er norsk tekst med bokstavene æ, ø og å."
)
SHORT_HOSTILE = 'Short: """, \\ and "'
LONG_WORD = "https://docs.dintero.com/" + "very-long-path-segment/" * 6
API = "https://api.dintero.com/v1"
CHECKOUT = "https://checkout.dintero.com/v1"
API_V2 = "https://api.dintero.com"
DOCS = Source("https://docs.dintero.com/docs/clients.md", SourceKind.SCOPE_TABLE)


def scope(name: str, description: str | None = None, group: str | None = None) -> Scope:
    parts = parse_scope(name)
    return Scope(
        name=name,
        action=parts.action,
        resource=parts.resource,
        restriction=parts.restriction,
        description=description,
        group=group,
        sources=[DOCS],
    )


def endpoint(
    method: str, server: str, path: str, scopes: list[str], title: str | None = "Title"
) -> Endpoint:
    return Endpoint(
        method=method,
        server=server,
        path=path,
        title=title,
        doc_url=f"https://docs.dintero.com/api-reference{path}",
        scopes=scopes,
        sources=[Source(f"https://docs.dintero.com/api-reference{path}.md", SourceKind.API_PAGE)],
    )


CATALOGUE = Catalogue(
    schema_version=1,
    source="https://docs.dintero.com/llms.txt",
    fetched_at="2026-11-27T08:00:00Z",
    scopes=sorted(
        [
            scope("admin:checkout", HOSTILE),
            scope("read:checkout", group="admin:checkout"),
            scope("write:checkout", AWKWARD, "admin:checkout"),
            scope("read:payout", LONG_WORD + " " + LONG_WORD),
            scope("write:shopping:/orders/ANY/events", group="admin:shopping"),
            scope("create:accounts:auth:refresh_token"),
            scope("write:accounts:/management/settings/connections/instabank-and-more"),
            # Both would be READ_A_B.
            scope("read:a-b"),
            scope("read:a_b"),
            scope("openid"),
            scope("public", SHORT_HOSTILE),
        ],
        key=lambda s: s.name,
    ),
    endpoints=[
        endpoint("GET", API, "/accounts/{aid}/sessions/{session_id}", ["read:checkout"]),
        endpoint("GET", API, "/accounts/{aid}/sessions/search", ["admin:checkout"], HOSTILE),
        endpoint("GET", API, "/things/special/detail", ["read:a-b"]),
        endpoint("GET", API, "/things/{id}/other", ["read:a_b"]),
        endpoint("PUT", API, "/accounts/{aid}/x", ["write:checkout"]),
        endpoint("PUT", API, "/accounts/{oid}/x", ["admin:checkout"]),
        endpoint(
            "POST",
            API,
            "/accounts/{aid}/orders/{order_id}/events",
            ["write:shopping:/orders/ANY/events", "admin:checkout"],
            AWKWARD,
        ),
        endpoint("POST", CHECKOUT, "/sessions/{session_id}/cancel", [], None),
        endpoint("GET", CHECKOUT, "/accounts/{aid}/sessions/{session_id}", ["admin:checkout"]),
        endpoint("GET", API_V2, "/v2/accounts/{aid}/payout", ["read:payout", "admin:checkout"]),
    ],
    findings=[],
)


def write(files: dict[Path, bytes], directory: Path) -> Path:
    """Write rendered files under `directory`; the package's root directory."""
    for path, content in files.items():
        (directory / path).parent.mkdir(parents=True, exist_ok=True)
        (directory / path).write_bytes(content)
    return directory / python.ROOT


# The latest release removed two scopes: the package keeps them, deprecated.
HISTORY = [
    Release(
        "2026.12.4",
        "2026-12-04T04:23:00Z",
        [],
        {"read:gone": 'Read what is gone """ \\', "admin:gone": None},
    )
]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(python.files(CATALOGUE, []), tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def package(root: Path) -> Iterator[ModuleType]:
    """The rendered package, imported in this process and forgotten afterwards."""
    sys.path.insert(0, str(root / "src"))
    try:
        yield importlib.import_module("dintero_scopes")
    finally:
        sys.path.remove(str(root / "src"))
        for name in [n for n in sys.modules if n.split(".")[0] == "dintero_scopes"]:
            del sys.modules[name]


def module_source(root: Path, name: str) -> str:
    return (root / "src" / "dintero_scopes" / name).read_text()


# The files


def test_the_package_has_its_files() -> None:
    package = Path("generated/python/src/dintero_scopes")
    assert set(python.files(CATALOGUE, [])) == {
        Path("generated/python/pyproject.toml"),
        Path("generated/python/README.md"),
        package / "py.typed",
        package / "__init__.py",
        package / "__main__.py",
        package / "_scopes.py",
        package / "_endpoints.py",
        package / "mcp_server.py",
        *(package / "_runtime" / module.name for module in RUNTIME.glob("*.py")),
        *(package / "_scan" / m.relative_to(SCANNER) for m in SCANNER.rglob("*.py")),
    }


def test_the_same_catalogue_gives_the_same_bytes() -> None:
    assert python.files(CATALOGUE, []) == python.files(copy.deepcopy(CATALOGUE), [])


def test_every_module_compiles_as_python_39(root: Path) -> None:
    modules = sorted((root / "src").rglob("*.py"))
    assert len(modules) == 5 + len(list(RUNTIME.glob("*.py"))) + len(list(SCANNER.rglob("*.py")))
    for path in modules:
        source = path.read_text()
        compile(source, str(path), "exec")
        ast.parse(source, str(path), feature_version=(3, 9))


@pytest.mark.slow
def test_ruff_passes(root: Path) -> None:
    result = subprocess.run(
        [
            VENV_BIN / "ruff",
            "check",
            "--isolated",
            "--target-version=py39",
            "--select=E,F,W,I,UP,B",
            "--line-length=100",
            root,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_passes(root: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            VENV_BIN / "mypy",
            "--strict",
            "--python-version=3.10",
            f"--cache-dir={tmp_path}",
            "-p",
            "dintero_scopes",
        ],
        capture_output=True,
        text=True,
        cwd=root / "src",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyproject_describes_the_distribution(root: Path) -> None:
    project = tomllib.loads((root / "pyproject.toml").read_text())
    assert project["build-system"]["build-backend"] == "hatchling.build"
    meta = project["project"]
    assert meta["name"] == "dintero-scopes"
    assert meta["version"] == "2026.11.27" == date_version(CATALOGUE.fetched_at)
    assert meta["requires-python"] == ">=3.9"
    assert meta["dependencies"] == []
    # The MCP server's SDK is an extra, the same the generator's own server runs on.
    generator = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert meta["optional-dependencies"] == {
        "mcp": [python.MCP_REQUIREMENT],
        "scan": [python.SCAN_REQUIREMENT],
    }
    assert generator["optional-dependencies"]["mcp"] == [python.MCP_REQUIREMENT]
    assert meta["readme"] == "README.md"
    assert "Typing :: Typed" in meta["classifiers"]


# The scopes


def test_every_scope_is_a_member_named_by_member_names(package: ModuleType) -> None:
    names = member_names(s.name for s in CATALOGUE.scopes)
    assert {m.name: m.value for m in package.Scope} == {v: k for k, v in names.items()}
    assert names["read:a-b"] != names["read:a_b"]
    member = package.Scope.WRITE_SHOPPING_ORDERS_ANY_EVENTS
    assert member == "write:shopping:/orders/ANY/events"
    assert str(member) == f"{member}" == "write:shopping:/orders/ANY/events"
    assert package.Scope("read:checkout") is package.Scope.READ_CHECKOUT
    assert {"read:checkout": 1}[package.Scope.READ_CHECKOUT] == 1


def test_descriptions_round_trip_exactly(package: ModuleType) -> None:
    assert package.Scope.ADMIN_CHECKOUT.description == HOSTILE
    assert package.Scope.WRITE_CHECKOUT.description == AWKWARD
    assert package.Scope.READ_PAYOUT.description == LONG_WORD + " " + LONG_WORD
    assert package.Scope.PUBLIC.description == SHORT_HOSTILE
    assert package.Scope.READ_CHECKOUT.description is None


def member_docstrings(source: str) -> dict[str, str]:
    """Each Scope member's attribute docstring, read from the source."""
    tree = ast.parse(source)
    enum = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Scope")
    docs = {}
    for statement, following in zip(enum.body, enum.body[1:], strict=False):
        if (
            isinstance(statement, ast.Assign)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            target = statement.targets[0]
            assert isinstance(target, ast.Name)
            docs[target.id] = " ".join(following.value.value.split())
    return docs


def test_every_member_has_a_docstring_from_the_docs(root: Path) -> None:
    docs = member_docstrings(module_source(root, "_scopes.py"))
    assert len(docs) == len(CATALOGUE.scopes)
    assert docs["ADMIN_CHECKOUT"] == " ".join(HOSTILE.split())
    assert docs["READ_CHECKOUT"] == (
        "Read access to checkout. "
        "The Dintero docs give no description; listed under admin:checkout."
    )
    assert docs["CREATE_ACCOUNTS_AUTH_REFRESH_TOKEN"] == (
        "Create access to accounts, restricted to auth:refresh_token. "
        "The Dintero docs give no description."
    )
    assert docs["OPENID"] == "The Dintero docs give no description."
    assert docs["PUBLIC"] == SHORT_HOSTILE
    # Characters a docstring cannot show are shown as their escapes.
    assert "\\x00 nul \\x1b[1m escape separator, \\N{DASH} as is" in docs["WRITE_CHECKOUT"]


def test_scope_properties_and_info(package: ModuleType) -> None:
    scope = package.Scope.WRITE_SHOPPING_ORDERS_ANY_EVENTS
    assert scope.action is package.Action.WRITE
    assert scope.resource is package.Resource.SHOPPING
    assert scope.restriction == "/orders/ANY/events"
    assert scope.group == "admin:shopping"
    assert scope.doc_urls == ("https://docs.dintero.com/docs/clients",)
    assert scope.info == package.ScopeInfo(
        name="write:shopping:/orders/ANY/events",
        action=package.Action.WRITE,
        resource=package.Resource.SHOPPING,
        restriction="/orders/ANY/events",
        description=None,
        group="admin:shopping",
        doc_urls=("https://docs.dintero.com/docs/clients",),
        sensitive=None,
    )
    assert package.Scope.OPENID.action is None
    assert package.Scope.PUBLIC.action is package.Action.PUBLIC
    assert package.Scope.PUBLIC.resource is None
    assert set(package.SCOPE_INFO) == set(package.Scope)
    with pytest.raises(TypeError):
        package.SCOPE_INFO[package.Scope.OPENID] = None


def test_action_and_resource_enumerate_the_parts_in_use(package: ModuleType) -> None:
    assert [a.value for a in package.Action] == ["admin", "create", "public", "read", "write"]
    assert [r.value for r in package.Resource] == [
        "a-b",
        "a_b",
        "accounts",
        "checkout",
        "payout",
        "shopping",
    ]


def test_scope_name_lists_every_scope(package: ModuleType) -> None:
    assert typing.get_origin(package.ScopeName) is typing.Literal
    assert typing.get_args(package.ScopeName) == tuple(sorted(s.name for s in CATALOGUE.scopes))


SCOPE_LIKE = st.one_of(
    st.text(alphabet="adminreadwrite:/_-.{}*ANY ", max_size=30),
    st.builds(
        lambda action, rest: action + rest,
        st.sampled_from([*sorted(ACTIONS), "", "openid", "checkout"]),
        st.text(alphabet=":/ab_", max_size=12),
    ),
    st.text(),
)


@given(SCOPE_LIKE)
def test_parse_scope_agrees_with_the_catalogue(package: ModuleType, text: str) -> None:
    ours, theirs = package.parse_scope(text), parse_scope(text)
    assert (ours.action, ours.resource, ours.restriction) == (
        theirs.action,
        theirs.resource,
        theirs.restriction,
    )


# The endpoints


def test_endpoints_map_to_their_scopes_in_documented_order(package: ModuleType) -> None:
    assert {tuple(e): tuple(map(str, s)) for e, s in package.ENDPOINTS.items()} == {
        (e.method, e.server, e.path): tuple(e.scopes) for e in CATALOGUE.endpoints
    }
    events = package.Endpoint("POST", API, "/accounts/{aid}/orders/{order_id}/events")
    assert package.ENDPOINTS[events] == (
        package.Scope.WRITE_SHOPPING_ORDERS_ANY_EVENTS,
        package.Scope.ADMIN_CHECKOUT,
    )
    assert package.ENDPOINT_DOCS[events].title == AWKWARD
    search = package.Endpoint("GET", API, "/accounts/{aid}/sessions/search")
    assert package.ENDPOINT_DOCS[search] == package.EndpointDoc(
        HOSTILE,
        "https://docs.dintero.com/api-reference/accounts/{aid}/sessions/search",
        names=tuple(next(e.names for e in CATALOGUE.endpoints if e.path.endswith("/search"))),
        pages=("https://docs.dintero.com/api-reference/accounts/{aid}/sessions/search",),
    )
    with pytest.raises(TypeError):
        package.ENDPOINTS[events] = ()


def test_scopes_for_a_concrete_url_or_path(package: ModuleType) -> None:
    expected = (package.Scope.READ_PAYOUT, package.Scope.ADMIN_CHECKOUT)
    assert package.scopes_for("GET", f"{API_V2}/v2/accounts/T12345678/payout") == expected
    assert package.scopes_for("get", "/v2/accounts/T12345678/payout/?page=2#top") == expected
    assert package.scopes_for("GET", "HTTPS://API.dintero.com:443/v2/accounts/T1/payout") == (
        expected
    )
    assert package.scopes_for("GET", f"{API}/accounts/T1/sessions/abc") == (
        package.Scope.READ_CHECKOUT,
    )
    assert package.match_endpoint("post", "/v1/sessions/abc/cancel") == package.Endpoint(
        "POST", CHECKOUT, "/sessions/{session_id}/cancel"
    )


def test_a_literal_segment_beats_a_parameter(package: ModuleType) -> None:
    assert package.match_endpoint("GET", f"{API}/accounts/T1/sessions/search").path == (
        "/accounts/{aid}/sessions/search"
    )
    assert package.match_endpoint("GET", f"{API}/things/special/detail").path == (
        "/things/special/detail"
    )
    # The literal branch leads nowhere here, so the parameter takes the segment.
    assert package.match_endpoint("GET", f"{API}/things/special/other").path == (
        "/things/{id}/other"
    )


def test_no_match_raises_unknown_endpoint(package: ModuleType) -> None:
    for method, url in [
        ("GET", f"{API}/accounts/T1/sessions"),
        ("GET", f"{API}/accounts/T1/sessions/abc/more"),
        ("GET", f"{API}/accounts//sessions/abc"),
        ("DELETE", f"{API}/accounts/T1/sessions/abc"),
        ("GET", f"{API_V2}/accounts/T1/sessions/abc"),
        ("GET", "/v3/accounts/T1/payout"),
    ]:
        with pytest.raises(package.UnknownEndpoint, match="no documented endpoint matches"):
            package.match_endpoint(method, url)
    with pytest.raises(LookupError, match=r"no endpoint is documented on https://example\.com"):
        package.scopes_for("GET", "https://example.com/v1/accounts/T1/sessions/abc")
    with pytest.raises(ValueError, match="absolute URL or a path"):
        package.scopes_for("GET", "v1/accounts/T1/sessions/abc")


def test_equally_good_matches_raise_ambiguous_endpoint(package: ModuleType) -> None:
    # Both servers serve /v1/accounts/{aid}/sessions/{session_id}.
    with pytest.raises(package.AmbiguousEndpoint) as raised:
        package.scopes_for("GET", "/v1/accounts/T1/sessions/abc")
    assert {e.server for e in raised.value.candidates} == {API, CHECKOUT}
    assert f"GET {CHECKOUT}/accounts/{{aid}}/sessions/{{session_id}}" in str(raised.value)
    assert isinstance(raised.value, LookupError)
    # The absolute URL settles it.
    assert package.scopes_for("GET", f"{CHECKOUT}/accounts/T1/sessions/abc") == (
        package.Scope.ADMIN_CHECKOUT,
    )
    # Two templates on one server that differ only in a parameter's name.
    with pytest.raises(package.AmbiguousEndpoint, match="2 documented endpoints"):
        package.scopes_for("PUT", f"{API}/accounts/T1/x")


def test_is_allowed(package: ModuleType) -> None:
    url = f"{API}/accounts/T1/orders/O1/events"
    assert package.is_allowed(["openid", "admin:checkout"], "POST", url)
    assert package.is_allowed([package.Scope.WRITE_SHOPPING_ORDERS_ANY_EVENTS], "POST", url)
    assert package.is_allowed(iter(["admin:checkout"]), "POST", url)
    assert not package.is_allowed(["read:checkout", "write:shopping"], "POST", url)
    assert not package.is_allowed([], "POST", url)
    # An endpoint whose docs name no scope allows nothing.
    assert not package.is_allowed(list(package.Scope), "POST", f"{CHECKOUT}/sessions/S1/cancel")
    with pytest.raises(TypeError, match="not a string"):
        package.is_allowed("admin:checkout", "POST", url)


# The README


def test_readme_examples_run(root: Path, package: ModuleType) -> None:
    failed, attempted = doctest.testfile(
        str(root / "README.md"), module_relative=False, optionflags=doctest.REPORT_NDIFF
    )
    assert attempted > 20
    assert failed == 0


def test_readme_shows_strings_as_they_are(root: Path) -> None:
    readme = (root / "README.md").read_text()
    # In code, a literal exactly as Python writes it, HTML and all; in prose, escaped once.
    assert repr(HOSTILE) in readme
    assert "&lt;" not in readme and "&amp;" not in readme
    assert "<https://docs.dintero.com/llms.txt>" in readme
    assert "2026\\-11\\-27T08:00:00Z" in readme


# The package from the committed catalogue, installed


def oldest_python() -> str:
    """Python 3.9, the oldest the package supports, where this machine has one; else ours."""
    candidates = ["python3.9", *sorted(glob(str(Path.home() / ".pyenv/versions/3.9*/bin/python")))]
    for candidate in candidates:
        check = [candidate, "-c", "import sys; assert sys.version_info[:2] == (3, 9)"]
        try:
            if subprocess.run(check, capture_output=True).returncode == 0:
                return candidate
        except FileNotFoundError:
            continue
    return sys.executable


INSTALLED_CHECK = """
import importlib.metadata, pathlib, sys
import dintero_scopes
from dintero_scopes import Scope, scopes_for, is_allowed, least_privilege, ENDPOINTS, _LOOKUP

assert _LOOKUP._router is None, "routes built at import"
assert "site-packages" in dintero_scopes.__file__, dintero_scopes.__file__
assert (pathlib.Path(dintero_scopes.__file__).parent / "py.typed").is_file()
assert importlib.metadata.version("dintero-scopes") == sys.argv[1]
assert (len(Scope), len(ENDPOINTS)) == (int(sys.argv[2]), int(sys.argv[3]))
url = "https://api.dintero.com/v2/accounts/T12345678/payout"
assert scopes_for("GET", url) == (Scope.READ_PAYOUT, Scope.ADMIN_CHECKOUT), scopes_for("GET", url)
assert is_allowed(["read:payout"], "GET", url)
assert not is_allowed([Scope.READ_CHECKOUT], "GET", url)
calls = [("GET", url), ("GET", "/v1/accounts/T12345678/sessions/search")]
assert least_privilege(calls) == (Scope.ADMIN_CHECKOUT,), least_privilege(calls)
answer = dintero_scopes.need(calls)
assert (answer.scopes, answer.complete) == (("admin:checkout",), True), answer
grant = {"client_id": "c", "audience": "https://api.dintero.com/v1/accounts/T12345678",
         "scope": ["admin:checkout"], "type": "client_credentials"}
assert dintero_scopes.check_grant(grant, [" ".join(call) for call in calls]).ok
print(sys.version_info[:2])
"""
NO_BACKEND = importlib.util.find_spec("hatchling") is None


@pytest.mark.slow
@pytest.mark.skipif(NO_BACKEND, reason="hatchling (a test dependency) builds the package")
def test_the_package_installs_and_works_in_a_fresh_venv(tmp_path: Path) -> None:
    root = write(python.files(CATALOGUE, []), tmp_path / "out")
    dist, venv = tmp_path / "dist", tmp_path / "venv"
    # Built with the backend installed here and installed from the wheel alone: no index.
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index"]
    build += ["--no-build-isolation", "-w", str(dist), str(root)]
    subprocess.run(build, check=True, capture_output=True)
    interpreter = oldest_python()
    subprocess.run([interpreter, "-m", "venv", "--without-pip", str(venv)], check=True)
    venv_python = str(venv / "bin" / "python")
    install = [sys.executable, "-m", "pip", "-q", "--python", venv_python, "install"]
    install += ["--no-index", "--find-links", str(dist), "dintero-scopes"]
    subprocess.run(install, check=True, cwd=tmp_path)
    version, scopes, endpoints = (
        date_version(CATALOGUE.fetched_at),
        str(len(CATALOGUE.scopes)),
        str(len(CATALOGUE.endpoints)),
    )
    check = [venv_python, "-c", INSTALLED_CHECK, version, scopes, endpoints]
    result = subprocess.run(check, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    if interpreter != sys.executable:
        assert result.stdout.strip() == "(3, 9)"
    readme = [venv_python, "-m", "doctest", str(root / "README.md")]
    result = subprocess.run(readme, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    command = [str(venv / "bin" / python.COMMAND), "need", "--json"]
    result = subprocess.run(
        [*command, "GET /v2/accounts/T12345678/payout"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["scopes"] == ["read:payout"]
    # Without its extra, the package's scan says what to install (or which Python).
    scan = [str(venv / "bin" / python.COMMAND), "scan", str(tmp_path)]
    result = subprocess.run(scan, capture_output=True, text=True)
    assert result.returncode == 2
    assert "dintero-scopes[scan]" in result.stderr or "Python 3.10" in result.stderr


@pytest.mark.slow
def test_removed_scopes_stay_one_release_and_warn_on_use(tmp_path: Path) -> None:
    root = write(python.files(CATALOGUE, HISTORY), tmp_path)
    lint = [sys.executable, "-m", "ruff", "check", "--isolated", "--target-version", "py39"]
    subprocess.run(
        [*lint, "--select", "E,F,W,I,UP,B", "--line-length", "100", str(root)], check=True
    )
    mypy = [str(VENV_BIN / "mypy"), "--strict", "--python-version=3.10", f"--cache-dir={tmp_path}"]
    typed = subprocess.run(
        [*mypy, "-p", "dintero_scopes"], capture_output=True, text=True, cwd=root / "src"
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr
    script = """
import warnings
import pytest
import dintero_scopes as package

scope = package.Scope
with pytest.warns(DeprecationWarning, match="read:gone is no longer in the Dintero docs"):
    gone = scope.READ_GONE
with pytest.warns(DeprecationWarning, match="admin:gone"):
    scope("admin:gone")
assert gone.description.startswith("Deprecated: removed from the Dintero docs in 2026.12.4")
assert gone.description.endswith('Read what is gone \\"\\"\\" \\\\'), gone.description
assert package.__version__ == "2026.12.4"
with warnings.catch_warnings():
    warnings.simplefilter("error")
    assert scope.READ_CHECKOUT == "read:checkout"
    assert scope("read:checkout") is scope.READ_CHECKOUT
    accepted = {s.value for scopes in package.ENDPOINTS.values() for s in scopes}
    assert not accepted & {"read:gone", "admin:gone"}
"""
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_least_privilege_for_calls(package: ModuleType) -> None:
    scope = package.Scope
    session = f"{API}/accounts/T12345678/sessions/s1"
    events = f"{API}/accounts/T12345678/orders/o1/events"
    assert package.least_privilege([("GET", session)]) == (scope.READ_CHECKOUT,)
    # The event call alone is covered by its restricted scope, not by admin:checkout.
    assert package.least_privilege([("POST", events)]) == (scope.WRITE_SHOPPING_ORDERS_ANY_EVENTS,)
    # Only admin:checkout covers the search call, and then the event call too; the
    # session call still needs read:checkout, which admin:checkout does not cover here.
    search = f"{API}/accounts/T12345678/sessions/search"
    both = [("GET", session), ("GET", search), ("POST", events)]
    assert package.least_privilege(both) == (scope.ADMIN_CHECKOUT, scope.READ_CHECKOUT)
    with pytest.raises(package.UndocumentedScopes, match="name no scope"):
        package.least_privilege([("POST", f"{CHECKOUT}/sessions/s1/cancel")])
    with pytest.raises(package.UnknownEndpoint):
        package.least_privilege([("DELETE", session)])


def test_the_package_scans_code_as_the_generator_does(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One code path: the package's scan (its `_scan/`, with the extra) and the
    generator's answer the same, to the byte."""
    catalogue, repository = (
        ROOT / "tests/fixtures/scan/catalogue.json",
        ROOT / "tests/fixtures/scan/woo-plugin",
    )
    args = ["scan", "--json", "--explain", "--catalogue", str(catalogue), str(repository)]
    packaged = subprocess.run(
        [sys.executable, "-m", "dintero_scopes", *args],
        capture_output=True,
        text=True,
        cwd=root / "src",
    )
    assert cli_main(args) == packaged.returncode == 1
    assert packaged.stdout == capsys.readouterr().out
    assert json.loads(packaged.stdout)["scopes"] == ["read:checkout", "write:checkout"]


def test_the_package_says_whether_the_docs_were_read_live(tmp_path: Path) -> None:
    for mirror in (True, False):
        files = python.files(replace(CATALOGUE, mirror=mirror), [])
        init = files[python.PACKAGE / "__init__.py"].decode()
        assert f"READ_FROM_COPY = {mirror}\n" in init
        readme = files[python.ROOT / "README.md"].decode()
        assert ("through a local copy of the site" in readme) is mirror
        metadata = files[python.ROOT / "pyproject.toml"].decode()
        assert ("read from a local copy of the docs" in metadata) is mirror


LOGIN = "https://api.dintero.com/v1/accounts/T12345678/customers/login"
NO_MFA = "write:accounts:/auth/users/no-mfa"


def login_catalogue() -> Catalogue:
    """The login call of issue 18: the sensitive no-mfa scope grants fewer endpoints than
    write:accounts:/auth/users, which the answer must still prefer."""
    users = ["admin:accounts", "write:accounts:/auth/users", NO_MFA]
    return replace(
        CATALOGUE,
        scopes=[
            *[scope(name) for name in users[:2]],
            replace(scope(NO_MFA), sensitive="it lets users sign in without MFA"),
        ],
        endpoints=[
            endpoint("POST", API, "/accounts/{aid}/customers/login", users),
            endpoint("POST", API, "/accounts/{aid}/auth/users", users[:2]),
        ],
    )


def test_the_package_answers_the_login_call_as_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scraper.cli import main
    from tests.test_one_answer import load_package, unload

    catalogue = login_catalogue()
    (tmp_path / "catalogue.json").write_text(catalogue.to_json())
    asked = ["need", "--json", "POST", LOGIN]
    assert main([*asked, "--catalogue", str(tmp_path / "catalogue.json")]) == 0
    command = json.loads(capsys.readouterr().out)
    assert command["scopes"] == ["write:accounts:/auth/users"]
    package = load_package(catalogue, tmp_path, "dintero_scopes_login")
    try:
        assert package.least_privilege([("POST", LOGIN)]) == ("write:accounts:/auth/users",)
        answer = package.need([("POST", LOGIN)])
        assert (answer.scopes, answer.rule) == (
            ("write:accounts:/auth/users",),
            command["decided_by"],
        )
        report = importlib.import_module("dintero_scopes_login._runtime.report")
        assert report.need_json(package.need(f"POST {LOGIN}")) == command
        grant = {
            "client_id": "c",
            "audience": "https://api.dintero.com/v1/accounts/T12345678",
            "scope": [NO_MFA],
            "type": "client_credentials",
        }
        checked = package.check_grant(grant, [("POST", LOGIN)])
        assert not checked.ok and checked.wider == (NO_MFA,)
        assert package.check_grant(
            {**grant, "scope": ["write:accounts:/auth/users"]}, [("POST", LOGIN)]
        ).ok
    finally:
        unload("dintero_scopes_login")


def test_deprecated_members_are_no_scope_to_the_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The docs no longer name a scope kept deprecated: the package answers as the tool
    does from the catalogue, which has no such scope."""
    from scraper.cli import main
    from tests.test_one_answer import load_package, unload

    (tmp_path / "catalogue.json").write_text(CATALOGUE.to_json())
    package = load_package(CATALOGUE, tmp_path, "dintero_scopes_gone", HISTORY)
    try:
        command = importlib.import_module("dintero_scopes_gone.__main__")
        for asked in (["explain", "read:gone"], ["explain", "read:checkout"]):
            code = command.run(asked, command.reference, "dintero-scopes")
            packaged = capsys.readouterr()
            assert main([*asked, "--catalogue", str(tmp_path / "catalogue.json")]) == code
            assert capsys.readouterr() == packaged
        assert "read:gone" in {s.value for s in package.Scope}
        assert "read:gone" not in package.reference().scopes
    finally:
        unload("dintero_scopes_gone")
