"""The scan: the calls a repository's code makes, found with real parsers and answered by
the runtime. The fixture repositories under tests/fixtures/scan/ are written in the
shapes real integrations use (a WooCommerce-style plugin, a .NET client, a TypeScript
SDK, a Python client), decoys included, and answered from a fixture catalogue."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from scraper.cli import main
from scraper.runtime.cli import load_json
from scraper.scan.scanner import Scan, scan
from tests.conftest import FIXTURES, ROOT

SCAN = FIXTURES / "scan"
CATALOGUE = SCAN / "catalogue.json"
REPOSITORIES = ("woo-plugin", "dotnet-client", "node-sdk", "python-client")
CO = "https://checkout.dintero.com/v1"
API = "https://api.dintero.com/v1"

# What each repository calls: (method, documented endpoint), besides the problems below.
EXPECTED = {
    "woo-plugin": {
        ("POST", f"{CO}/sessions-profile"),
        ("POST", f"{CO}/accounts/{{oid}}/auth/token"),
        ("GET", f"{CO}/sessions/{{session_id}}"),
        ("PUT", f"{CO}/sessions/{{session_id}}"),
        ("POST", f"{CO}/sessions/{{session_id}}/cancel"),
        ("GET", f"{CO}/transactions/{{id}}"),
        ("PUT", f"{CO}/transactions/{{id}}"),
        ("POST", f"{CO}/transactions/{{id}}/capture"),
        ("POST", f"{CO}/transactions/{{id}}/refund"),
        ("POST", f"{CO}/transactions/{{id}}/void"),
    },
    "dotnet-client": {
        ("POST", f"{API}/accounts/{{oid}}/auth/token"),
        ("POST", f"{CO}/sessions-profile"),
        ("GET", f"{CO}/transactions/{{id}}"),
        ("GET", f"{API}/accounts/{{aid}}/settlements"),
        ("POST", f"{CO}/transactions/{{id}}/refund"),
        ("POST", f"{CO}/transactions/{{id}}/capture"),
        ("POST", f"{CO}/transactions/{{id}}/void"),
    },
    "node-sdk": {
        ("POST", f"{API}/accounts/{{oid}}/auth/token"),
        ("POST", f"{CO}/sessions-profile"),
        ("GET", f"{CO}/sessions/{{session_id}}"),
        ("GET", f"{API}/accounts/{{aid}}/settlements"),
        ("POST", "https://api.dintero.com/v2/accounts/{aid}/payout/fund-transfer"),
        ("GET", f"{CO}/transactions/{{id}}"),
        ("POST", f"{CO}/transactions/{{id}}/capture"),
        ("POST", f"{CO}/transactions/{{id}}/refund"),
    },
    "python-client": {
        ("POST", f"{API}/accounts/{{oid}}/auth/token"),
        ("POST", f"{CO}/sessions-profile"),
        ("GET", f"{CO}/sessions/{{session_id}}"),
        ("POST", f"{CO}/transactions/{{id}}/capture"),
        ("POST", f"{CO}/transactions/{{id}}/refund"),
        ("GET", f"{CO}/transactions/{{id}}"),
        ("POST", f"{CO}/sessions/{{session_id}}/cancel"),
    },
}
# The calls that have no answer, by design: (file, problem kind, URL).
PROBLEMS = {
    "woo-plugin": {
        ("acme-dintero-checkout.php", "unresolved", f"{CO}/{{endpoint}}"),
        ("acme-dintero-checkout.php", "unknown", f"{CO}/not-documented"),
    },
    "dotnet-client": set(),
    "node-sdk": {("src/payments.ts", "unknown", f"{CO}/sessions/{{session_id}}/invented")},
    "python-client": set(),
}
GRANTS = {
    "woo-plugin": ("read:checkout", "write:checkout"),
    "dotnet-client": ("read:checkout", "read:settlements", "write:checkout"),
    "node-sdk": ("read:checkout", "read:settlements", "write:checkout", "write:payout"),
    "python-client": ("read:checkout", "write:checkout"),
}


@pytest.fixture(scope="module")
def scans() -> dict[str, Scan]:
    reference = load_json(CATALOGUE)
    return {name: scan(reference, [SCAN / name]) for name in REPOSITORIES}


def endpoints(result: Scan) -> set[tuple[str, str]]:
    found = set()
    for call in result.found:
        answer = result.answer(call)
        if answer is not None and answer.endpoint is not None and answer.problem is None:
            found.add((answer.endpoint.method, answer.endpoint.server + answer.endpoint.path))
    return found


@pytest.mark.parametrize("name", REPOSITORIES)
def test_every_documented_call_is_found_and_nothing_else(scans: dict[str, Scan], name: str) -> None:
    assert endpoints(scans[name]) == EXPECTED[name]


@pytest.mark.parametrize("name", REPOSITORIES)
def test_the_grant_is_the_least_privilege_for_the_calls(scans: dict[str, Scan], name: str) -> None:
    assert scans[name].need.scopes == GRANTS[name]


@pytest.mark.parametrize("name", REPOSITORIES)
def test_calls_without_an_answer_say_why_and_are_never_matched(
    scans: dict[str, Scan], name: str
) -> None:
    problems = set()
    for call in scans[name].found:
        answer = scans[name].answer(call)
        if call.problem is not None:
            assert call.call is None and answer is None
            problems.add((call.file, "unresolved", call.url))
        elif answer is not None and answer.problem is not None:
            assert answer.endpoint is None
            problems.add((call.file, answer.problem.kind, call.url))
    assert problems == PROBLEMS[name]


@pytest.mark.parametrize("name", REPOSITORIES)
def test_every_call_has_a_real_file_and_line(scans: dict[str, Scan], name: str) -> None:
    for call in scans[name].found:
        lines = (SCAN / name / call.file).read_text().splitlines()
        assert 1 <= call.line <= len(lines), call
        sink_file, _, sink_line = call.sink.rpartition(":")
        assert 1 <= int(sink_line) <= len((SCAN / name / sink_file).read_text().splitlines())


@pytest.mark.parametrize("name", REPOSITORIES)
def test_decoys_never_become_calls(scans: dict[str, Scan], name: str) -> None:
    """Tokens' audiences, logos, backoffice links, allow-lists, tests and mocks."""
    for call in scans[name].found:
        assert "invented-by" not in call.url
        assert "branding" not in call.url and "backoffice" not in call.url
        assert "/view/" not in call.url
        assert not call.url.rstrip("/").endswith(("/accounts/{aid}", "/accounts/{account_id}"))
        assert not call.file.startswith(("tests/", "test/")) and "Tests" not in call.file


def test_the_line_is_where_the_endpoint_is_decided(scans: dict[str, Scan]) -> None:
    """A helper's callers, a subclass's URL method and a request object are each
    reported where the code names the endpoint."""
    where = {(c.file, c.line): c.url for c in scans["woo-plugin"].found}
    source = (SCAN / "woo-plugin").joinpath
    for (file, line), url in where.items():
        text = source(file).read_text().splitlines()[line - 1]
        last = url.rstrip("/").rsplit("/", 1)[-1]
        if not last.startswith("{") and "{endpoint}" not in url:
            assert last in text or "sprintf" in text, (file, line, url, text)


def test_a_method_unknown_to_the_code_is_inferred_only_from_a_single_documented_one(
    scans: dict[str, Scan],
) -> None:
    inferred = [c for c in scans["python-client"].found if c.method_inferred]
    assert [(c.method, c.url) for c in inferred] == [
        ("POST", f"{CO}/sessions/{{session_id}}/cancel")
    ]
    others = [c for n in REPOSITORIES if n != "python-client" for c in scans[n].found]
    assert not any(c.method_inferred for c in others)


def test_unknown_method_with_several_documented_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text(
        "import requests\n"
        "def go(verb, sid):\n"
        "    return requests.request(verb, f'https://checkout.dintero.com/v1/sessions/{sid}')\n"
    )
    result = scan(load_json(CATALOGUE), [tmp_path])
    [call] = result.found
    assert call.call is None and call.method is None
    assert call.problem is not None and "GET, PUT" in call.problem


# Composition patterns, one small file each: (file name, source, method, endpoint path).
PATTERNS = [
    (
        "guzzle.php",
        "<?php\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://checkout.dintero.com/v1/']);\n"
        "$client->request('POST', 'sessions', ['json' => $order]);\n",
        "POST",
        "/sessions",
    ),
    (
        "heredoc.php",
        "<?php\nclass C { const HOST = 'https://checkout.dintero.com';\n"
        "function f($id) { $url = <<<EOT\n{$this->host()}/v1/transactions/$id/void\nEOT;\n"
        "return wp_remote_post($url); }\n function host() { return self::HOST; } }\n",
        "POST",
        "/transactions/{id}/void",
    ),
    (
        "builder.php",
        "<?php\nclass Api { const BASE = 'https://checkout.dintero.com/v1';\n"
        "  private function init($endpoint) {\n"
        "    return $this->factory->create()->setUri($endpoint)->setMethod(Http::METHOD_POST);\n"
        "  }\n"
        "  public function update($id) {\n"
        "    $r = $this->init(self::BASE . '/sessions/' . $id)->setBody([])"
        "->setMethod(Http::METHOD_PUT);\n"
        "    return $this->client->placeRequest($r->build());\n  }\n}\n",
        "PUT",
        "/sessions/{session_id}",
    ),
    (
        "percent.py",
        "import requests\nBASE = 'https://checkout.dintero.com/v1'\n"
        "def f(sid):\n    return requests.put('%s/sessions/%s' % (BASE, sid), json={})\n",
        "PUT",
        "/sessions/{session_id}",
    ),
    (
        "urljoin.py",
        "from urllib.parse import urljoin\nimport httpx\nBASE = 'https://checkout.dintero.com/v1/'\n"
        "async def f(tid):\n    async with httpx.AsyncClient() as c:\n"
        "        return await c.get(urljoin(BASE, f'transactions/{tid}'))\n",
        "GET",
        "/transactions/{id}",
    ),
    (
        "url.ts",
        "const base = 'https://checkout.dintero.com';\n"
        "export const f = (id: string) => fetch(new URL(`/v1/transactions/${id}/refund`, base), "
        "{ method: 'POST' });\n",
        "POST",
        "/transactions/{id}/refund",
    ),
    (
        "default.js",
        "function get(id, host = 'https://checkout.dintero.com/v1') {\n"
        "  return axios({ url: host + '/sessions/' + id, method: 'get' });\n}\n",
        "GET",
        "/sessions/{session_id}",
    ),
    (
        "Verbatim.cs",
        'class C { const string Api = @"https://checkout.dintero.com/v1";\n'
        "  Task F(HttpClient http, string id) => http.SendAsync(new HttpRequestMessage {\n"
        '    Method = HttpMethod.Put, RequestUri = new Uri($"{Api}/transactions/{id}") }); }\n',
        "PUT",
        "/transactions/{id}",
    ),
    (
        "RestSharp.cs",
        "class C { void F(string id) { var r = new RestRequest("
        '"https://checkout.dintero.com/v1/sessions/" + id + "/cancel", Method.Post); } }\n',
        "POST",
        "/sessions/{session_id}/cancel",
    ),
]


@pytest.mark.parametrize(
    ("name", "source", "method", "path"), PATTERNS, ids=[p[0] for p in PATTERNS]
)
def test_composition_patterns(
    tmp_path: Path, name: str, source: str, method: str, path: str
) -> None:
    (tmp_path / name).write_text(source)
    result = scan(load_json(CATALOGUE), [tmp_path])
    assert [(e[0], e[1].split("/v1", 1)[-1]) for e in endpoints(result)] == [(method, path)]


# The command


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_scan_json_gives_files_lines_endpoints_and_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "scan", "--catalogue", str(CATALOGUE), "--json", str(SCAN / "woo-plugin")
    )
    data = json.loads(out)
    assert code == 1  # two calls have no answer
    assert data["scopes"] == ["read:checkout", "write:checkout"]
    calls: list[dict[str, Any]] = data["calls"]
    assert {"file", "line", "method", "url", "endpoint", "problem"} <= set(calls[0])
    unresolved = [c for c in calls if c["problem"] and c["problem"]["kind"] == "unresolved"]
    assert [(c["file"], c["endpoint"]) for c in unresolved] == [("acme-dintero-checkout.php", None)]
    matched = [c for c in calls if c["endpoint"]]
    assert all(not Path(c["file"]).is_absolute() for c in calls)
    assert {"method", "server", "path"} <= set(matched[0]["endpoint"])


def test_scan_exits_0_when_every_call_has_an_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scan", "--catalogue", str(CATALOGUE), str(SCAN / "python-client"))
    assert code == 0
    assert out.startswith("Least-privilege scopes: read:checkout write:checkout\n")
    assert "acme_dintero/client.py:25\n  call      POST " in out


def test_scan_explain_says_what_decided_each_call(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "scan", "--catalogue", str(CATALOGUE), "--explain", str(SCAN / "woo-plugin")
    )
    block = out.split("classes/requests/post/class-acme-create-session.php:4\n", 1)[1]
    block = block.split("\n\n", 1)[0]
    assert "sent by   wp_remote_request() at classes/requests/class-acme-request.php:" in block
    assert "method: Acme_Request_Post.method set in Acme_Request_Post.<init>" in block
    assert "ACME_DINTERO_API_BASE (acme-dintero-checkout.php:7)" in block


def test_scan_sarif_is_sarif_2_1_0_with_locations(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "scan", "--catalogue", str(CATALOGUE), "--sarif", str(SCAN / "woo-plugin")
    )
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    [run_] = sarif["runs"]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    results = run_["results"]
    assert {r["ruleId"] for r in results} == set(rules)
    for result in results:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert (SCAN / "woo-plugin" / location["artifactLocation"]["uri"]).is_file()
        assert location["region"]["startLine"] >= 1


def test_scan_of_a_missing_path_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scan", "--catalogue", str(CATALOGUE), "/no/such/folder")
    assert (code, out) == (2, "")
    assert err == "dintero-scopes: error: /no/such/folder: no such file or folder\n"


def test_scan_that_finds_nothing_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.py").write_text("print('https://checkout.dintero.com/v1/sessions')\n")
    code, out, _ = run(capsys, "scan", "--catalogue", str(CATALOGUE), str(tmp_path))
    assert code == 1
    assert "No call of a Dintero API was found." in out


# check-grant --scan: the CI gate


def grant(tmp_path: Path, scopes: list[str]) -> str:
    path = tmp_path / "grant.json"
    payload = {
        "client_id": "shop",
        "audience": "https://api.dintero.com/v1/accounts/T12345678",
        "scope": scopes,
        "type": "client_credentials",
    }
    path.write_text(json.dumps(payload))
    return str(path)


@pytest.mark.parametrize(
    ("scopes", "code", "says"),
    [
        (["read:checkout", "write:checkout"], 0, "The grant fits the calls."),
        (["write:checkout"], 1, "Not covered: GET https://checkout.dintero.com/v1/sessions/"),
        (["read:checkout", "write:checkout", "read:customers"], 1, "no call needs: read:customers"),
        (["admin:checkout", "write:checkout"], 1, "wider than needed: admin:checkout"),
    ],
)
def test_check_grant_scan_gates_a_grant_on_the_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, scopes: list[str], code: int, says: str
) -> None:
    result, out, _ = run(
        capsys,
        "check-grant",
        grant(tmp_path, scopes),
        "--catalogue",
        str(CATALOGUE),
        "--scan",
        str(SCAN / "python-client"),
    )
    assert (result, says in out) == (code, True), out
    assert "Calls in the code (3 files scanned):" in out
    assert f"  acme_dintero/client.py:25  POST {CO}/sessions-profile" in out


def test_check_grant_scan_fails_on_a_call_it_cannot_resolve(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "check-grant",
        grant(tmp_path, ["read:checkout", "write:checkout"]),
        "--catalogue",
        str(CATALOGUE),
        "--scan",
        str(SCAN / "woo-plugin"),
        "--json",
    )
    data = json.loads(out)
    assert code == 1
    assert [c["problem"]["kind"] for c in data["scan"]["calls"] if c["problem"]] == [
        "unresolved",
        "unknown",
    ]


def test_the_pre_commit_hook_runs_check_grant_on_the_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    [hook] = hooks
    command, *words = hook["entry"].split()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert command in scripts and hook["language"] == "python"
    assert not hook["pass_filenames"]
    # As the docs tell an integration to use it: args [GRANT.json, --scan, .].
    args = [grant(tmp_path, ["read:checkout", "write:checkout"]), "--scan"]
    code, out, _ = run(
        capsys, *words, *args, str(SCAN / "python-client"), "--catalogue", str(CATALOGUE)
    )
    assert code == 0, out


def test_a_value_set_in_a_branch_keeps_the_one_from_before_it(tmp_path: Path) -> None:
    (tmp_path / "session.py").write_text(
        "import requests\nCHECKOUT = 'https://checkout.dintero.com'\n"
        "def post_session(session):\n"
        "    url = f'{CHECKOUT}/v1/sessions'\n"
        "    if session.get('profile_id'):\n"
        "        url = f'{CHECKOUT}/v1/sessions-profile'\n"
        "    for attempt in range(3):\n"
        "        retry = f'{CHECKOUT}/v1/sessions/{attempt}'\n"
        "        requests.get(retry)\n"
        "    return requests.post(url, json=session)\n"
    )
    result = scan(load_json(CATALOGUE), [tmp_path])
    assert endpoints(result) == {
        ("POST", f"{CO}/sessions"),
        ("POST", f"{CO}/sessions-profile"),
        ("GET", f"{CO}/sessions/{{session_id}}"),
    }


def test_an_object_sends_to_the_urls_it_is_made_with(tmp_path: Path) -> None:
    """A client whose base URLs are constructor arguments: each place that makes one."""
    (tmp_path / "checkout.py").write_text(
        "import requests\nclass Checkout:\n"
        "    def __init__(self, api_url, checkout_url):\n"
        "        self.api_url = api_url\n        self.checkout_url = checkout_url\n"
        "    def void(self, tid):\n"
        "        return requests.post(f'{self.checkout_url}/v1/transactions/{tid}/void')\n"
    )
    (tmp_path / "__init__.py").write_text(
        "from .checkout import Checkout\nclass Dintero:\n"
        "    def __init__(self, api_url='https://api.dintero.com',"
        " checkout_url='https://checkout.dintero.com'):\n"
        "        self.api_url, self.checkout_url = api_url, checkout_url\n"
        "    def checkout(self):\n"
        "        return Checkout(self.api_url, self.checkout_url)\n"
    )
    result = scan(load_json(CATALOGUE), [tmp_path])
    assert endpoints(result) == {("POST", f"{CO}/transactions/{{id}}/void")}
    [call] = result.found
    assert call.why[-1] == "the object made at __init__.py:6"


def test_two_copies_of_a_plugin_each_answer_from_their_own_files(tmp_path: Path) -> None:
    """Names mean what is nearest the file that uses them (a `legacy/` copy, say)."""
    for copy in ("current", "legacy"):
        shutil.copytree(SCAN / "woo-plugin", tmp_path / copy)
    result = scan(load_json(CATALOGUE), [tmp_path])
    alone = scan(load_json(CATALOGUE), [SCAN / "woo-plugin"])
    for copy in ("current", "legacy"):
        mine = [c for c in result.found if c.file.startswith(f"{copy}/")]
        assert [(c.file.split("/", 1)[1], c.line, c.url) for c in mine] == [
            (c.file, c.line, c.url) for c in alone.found
        ]
        assert all(c.sink.startswith(f"{copy}/") for c in mine)
        assert all(copy in step for c in mine for step in c.why if ".php:" in step)
