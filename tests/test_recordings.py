"""need --file and check-grant --calls-file on recorded traffic: a HAR file or a Postman
collection, recognized by content, answered as the call lines they hold are, with no
secret printed; from the generator and from the package."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scraper.cli import main
from scraper.render import python
from scraper.runtime.calls import MAX_INPUT_BYTES
from scraper.runtime.recordings import read
from scraper.runtime.reference import Reference
from tests.recorded import (
    API,
    CALLS,
    CATALOGUE,
    OTHER_HOSTS,
    SECRET,
    har,
    postman,
    write_catalogue,
    write_json,
)

RECORDINGS = {
    "har": har,
    "postman-v2.1": lambda: postman("v2.1.0"),
    "postman-v2.0": lambda: postman("v2.0.0"),
}


@pytest.fixture
def catalogue(tmp_path: Path) -> str:
    return str(write_catalogue(tmp_path))


@pytest.fixture(params=sorted(RECORDINGS))
def recording(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return write_json(tmp_path / f"{request.param}.json", RECORDINGS[request.param]())


@pytest.fixture
def lines(tmp_path: Path) -> Path:
    path = tmp_path / "calls.txt"
    path.write_text("\n".join(CALLS) + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def endpoints(answer: dict[str, Any]) -> list[tuple[str, str, str]]:
    return sorted(
        (c["endpoint"]["method"], c["endpoint"]["server"], c["endpoint"]["path"])
        for c in answer["calls"]
    )


def test_a_recording_gives_the_scopes_of_the_calls_it_holds(
    catalogue: str, recording: Path, lines: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(lines))
    assert code == 0
    expected = json.loads(out)
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(recording))
    assert code == 0
    answer = json.loads(out)
    assert answer["scopes"] == expected["scopes"]
    assert endpoints(answer) == endpoints(expected)
    assert len(answer["calls"]) == len(CALLS)
    code, text, _ = run(capsys, "need", "--catalogue", catalogue, "--file", str(recording))
    assert code == 0
    assert text.splitlines()[0] == f"Least-privilege scopes: {' '.join(expected['scopes'])}"


@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["text", "json"])
def test_no_secret_is_printed(
    catalogue: str,
    recording: Path,
    json_flag: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert SECRET in recording.read_text()
    code, out, err = run(
        capsys, "need", "--catalogue", catalogue, *json_flag, "--file", str(recording)
    )
    assert code == 0
    assert "Least-privilege scopes" in out or '"scopes"' in out
    assert SECRET not in out + err
    grant = write_json(
        tmp_path / "grant.json",
        {
            "client_id": "helpdesk",
            "audience": "https://api.dintero.com/v1/accounts/T12345678",
            "scope": ["admin:checkout", "read:customers"],
            "type": "client_credentials",
        },
    )
    code, out, err = run(
        capsys,
        "check-grant",
        str(grant),
        "--catalogue",
        catalogue,
        *json_flag,
        "--calls-file",
        str(recording),
    )
    assert code == 1
    assert "admin:checkout" in out
    assert SECRET not in out + err


def test_what_is_left_out_is_counted(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = har()
    path = write_json(tmp_path / "session.har", recorded)
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(path))
    assert code == 0
    requests = len(recorded["log"]["entries"])
    preflights = sum(1 for call in CALLS if not call.startswith("GET "))
    skipped = sum(OTHER_HOSTS.values())
    assert json.loads(out)["recording"] == {
        "format": "HAR 1.2",
        "requests": requests,
        "calls": len(CALLS),
        "repeats": requests - len(CALLS) - preflights - skipped,
        "preflights": preflights,
        "other_hosts": OTHER_HOSTS,
    }
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--file", str(path))
    summary = out.splitlines()[2]
    assert summary.startswith(f"Read {requests} requests (HAR 1.2): ")
    assert f"shown below as {len(CALLS)} calls, one per endpoint" in summary
    assert f"skipped {skipped} to other hosts (fonts.gstatic.com 2, " in summary
    assert summary.endswith(f" and {preflights} CORS preflights.")
    # Lines give no summary, and their JSON no "recording".
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", *CALLS[0].split())
    assert "recording" not in json.loads(out)


def test_recognized_by_content_not_by_name(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disguised = write_json(tmp_path / "calls.txt", postman())
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(disguised))
    assert code == 0
    assert json.loads(out)["recording"]["format"] == "Postman collection v2.1"
    lines = tmp_path / "session.har"
    lines.write_text(f"{CALLS[0]}\n")
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(lines))
    assert code == 0
    assert "recording" not in json.loads(out)


def test_a_recording_is_read_from_a_pipe_in_utf16_too(catalogue: str) -> None:
    text = json.dumps(har())
    for data in (text.encode(), codecs.BOM_UTF16_LE + text.encode("utf-16-le")):
        done = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "need", "--catalogue", catalogue, "--json"],
            input=data,
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["recording"]["calls"] == len(CALLS)
        assert SECRET.encode() not in done.stdout + done.stderr


def test_a_recording_may_be_larger_than_a_file_of_lines(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = har()
    entry = recorded["log"]["entries"][-1]
    entry["response"]["content"]["text"] = "x" * MAX_INPUT_BYTES
    big = write_json(tmp_path / "big.har", recorded)
    code, out, _ = run(capsys, "need", "--catalogue", catalogue, "--json", "--file", str(big))
    assert code == 0
    assert json.loads(out)["recording"]["calls"] == len(CALLS)
    lines = tmp_path / "calls.txt"
    lines.write_text(f"{CALLS[0]}\n" + "#" * MAX_INPUT_BYTES)
    code, _, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(lines))
    assert code == 2
    assert f"is larger than {MAX_INPUT_BYTES} bytes" in err


def _entry(url: str, method: str = "GET") -> dict[str, Any]:
    return {"request": {"method": method, "url": url, "headers": []}}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"log": {"entries": [{"request": "' + SECRET, "is not valid JSON: "),
        (json.dumps({"secret": SECRET}), "is JSON but neither a HAR file"),
        (
            json.dumps({"info": {"name": SECRET}, "item": []}),
            "a Postman collection must be v2.0 or v2.1",
        ),
        (
            json.dumps({"log": {"entries": [_entry(f"https://api.dintero.com:{SECRET}/v1")]}}),
            "entry 1 has a URL that cannot be read",
        ),
        (
            json.dumps({"log": {"entries": [{"request": {"url": f"{API}/{SECRET}"}}]}}),
            "entry 1 has no request method and URL",
        ),
        (
            json.dumps({"log": {"entries": [_entry(f"{API}/x", f"{SECRET} /")]}}),
            "entry 1 has a method that is no HTTP method",
        ),
        (
            json.dumps({"log": {"entries": [_entry(f"https://elsewhere.example/{SECRET}")]}}),
            "no request in this HAR goes to a documented API host "
            "(api.dintero.com, checkout.dintero.com); skipped 1 to other hosts and 0 CORS "
            "preflights",
        ),
        ('{"a": ' * 100_000, "nested too deeply"),
    ],
    ids=[
        "not-json",
        "other-json",
        "postman-v1",
        "bad-port",
        "no-method",
        "odd-method",
        "only-other-hosts",
        "deep",
    ],
)
def test_a_bad_recording_is_one_line_and_no_secret(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "broken.har"
    path.write_text(text)
    code, out, err = run(capsys, "need", "--catalogue", catalogue, "--file", str(path))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"dintero-scopes: error: {path}")
    assert message in err
    assert SECRET not in err


@pytest.mark.parametrize(
    ("request_", "variables", "call"),
    [
        (f"{API}/accounts/:aid/customers/users", [], f"GET {API}/accounts/{{aid}}/customers/users"),
        (
            {"method": "POST", "url": "{{ base }}/accounts/x/customers/users"},
            [{"key": "base", "value": API}],
            f"POST {API}/accounts/x/customers/users",
        ),
        (
            {"url": {"host": "api.dintero.com", "port": "443", "path": "/v1/accounts/x"}},
            [],
            "GET https://api.dintero.com:443/v1/accounts/x",
        ),
        (
            {"url": "{{undefinedHost}}/v1/accounts/{{aid}}/customers/users"},
            [],
            "GET /v1/accounts/{aid}/customers/users",
        ),
        (
            {"url": "api.dintero.com/v1/accounts/x/customers/users"},
            [],
            f"GET {API}/accounts/x/customers/users",
        ),
    ],
    ids=["request-as-url", "spaced-variable", "url-object-with-port", "unknown-host", "no-scheme"],
)
def test_postman_urls_as_postman_sends_them(
    request_: Any, variables: list[dict[str, str]], call: str
) -> None:
    collection = {
        "info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},
        "variable": variables,
        "item": [{"name": "one", "request": request_}],
    }
    recording = read(json.dumps(collection), "c.json", Reference.from_json(CATALOGUE.to_json()))
    assert recording is not None
    assert [str(c) for c in recording.calls] == [call]


def test_the_package_answers_a_recording_as_the_generator_does(
    catalogue: str, recording: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, content in python.files(CATALOGUE, []).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    env = {**os.environ, "PYTHONPATH": str(tmp_path / python.ROOT / "src")}
    for flag in ("--json", None):
        args = ["need", "--file", str(recording), *([flag] if flag else [])]
        package = subprocess.run(
            [sys.executable, "-m", "dintero_scopes", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        code, out, _ = run(capsys, *args, "--catalogue", catalogue)
        assert (package.returncode, package.stdout) == (code, out)
        assert SECRET not in package.stdout + package.stderr


def test_a_variable_that_names_itself_is_filled_in_a_few_rounds_only() -> None:
    collection = {
        "info": {"schema": "https://schema.getpostman.com/json/collection/v2.0.0/"},
        "variable": [{"key": "loop", "value": "{{loop}}-{{loop}}"}],
        "item": [{"name": "one", "request": f"{API}/accounts/{{{{loop}}}}/customers/users"}],
    }
    reference = Reference.from_json(CATALOGUE.to_json())
    recording = read(json.dumps(collection), "c.json", reference)
    assert recording is not None
    [call] = recording.calls
    endpoint = reference.lookup.match_endpoint("GET", call.target)
    assert endpoint.path == "/accounts/{aid}/customers/users"
    assert len(call.target) < 2 * 65_536
