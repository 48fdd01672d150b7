"""Bad input gets one line and the documented exit code, from every command: no traceback,
no Python internals, long input shown cut, and the generator's arguments checked before
any work."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.cli import main
from scraper.runtime.inputs import MAX_DEPTH, MAX_SHOWN, cut, parse_json, shown
from tests.conftest import FIXTURES
from tests.test_answers import CATALOGUE, CHECKOUT, GRANT

# What no message may show: Python's own words for its types and errors.
INTERNALS = re.compile(
    r"Traceback|Error\(|Error:|KeyError|TypeError|UnicodeDecodeError|b'\\x|"
    r"sys\.|set_int_max_str_digits|object is not|subscriptable"
)
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def catalogue(tmp_path: Path) -> str:
    path = tmp_path / "catalogue.json"
    path.write_text(CATALOGUE.to_json())
    return str(path)


def one_line(capsys: pytest.CaptureFixture[str], args: list[str], code: int = 2) -> str:
    """The one line of stderr a command that exits `code` says, checked for internals."""
    try:
        got = main(args)
    except SystemExit as exit:  # argparse's own refusals
        got = int(str(exit.code))
    out, err = capsys.readouterr()
    assert got == code, (args[:3], out, err)
    if code == 2:
        # argparse's usage may come first, then the one line.
        *usage, line = err.splitlines()
        assert all(u.startswith(("usage:", " ")) for u in usage), err
        assert line.startswith("dintero-scopes"), err
        assert not INTERNALS.search(err), err
        return line
    return out


BAD_JSON = {
    "deep": (DEEP, f"is nested deeper than {MAX_DEPTH} levels"),
    "not JSON": ("{not json", "is not JSON: Expecting property name"),
    "a huge number": ('{"a": ' + "9" * 5000 + "}", "a number has too many digits"),
    "not UTF-8": (b"\x80abc", "is not UTF-8"),
    "no object": ("[1, 2]", None),
}
BAD_CATALOGUES = {
    **BAD_JSON,
    "no object": ("[1, 2]", "is not a catalogue: it is no JSON object"),
    "an empty object": ("{}", "is not a catalogue: source is missing"),
    "entries of another kind": (
        '{"source": "s", "fetched_at": "f", "endpoints": [1], "scopes": []}',
        "is not a catalogue: endpoints[0] is no object",
    ),
    "a field of another kind": (
        json.dumps({**json.loads(CATALOGUE.to_json()), "scopes": {"a": 1}}),
        "is not a catalogue: scopes is not a list",
    ),
    "a server that is no URL": (
        CATALOGUE.to_json().replace(CHECKOUT, "https://[x/v1", 1),
        "].server is not a URL",
    ),
}


@pytest.mark.parametrize("case", BAD_CATALOGUES, ids=list(BAD_CATALOGUES))
def test_a_catalogue_that_is_none(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, said = BAD_CATALOGUES[case]
    path = tmp_path / "catalogue.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    for asked in (["need", "GET", "/v1/x"], ["explain", "read:x"]):
        line = one_line(capsys, [*asked, "--catalogue", str(path)])
        assert line.startswith(f"dintero-scopes: error: {path} ") and str(said) in line


@pytest.mark.parametrize("case", [c for c in BAD_JSON if c != "no object"])
def test_a_grant_that_cannot_be_read(
    case: str, catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, said = BAD_JSON[case]
    path = tmp_path / "grant.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    line = one_line(capsys, ["check-grant", str(path), "--catalogue", catalogue])
    assert line.startswith(f"dintero-scopes: error: {path} ") and str(said) in line


def test_json_is_read_to_a_bounded_depth() -> None:
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    for text in ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), '{"a":' * 70 + "1" + "}" * 70):
        with pytest.raises(ValueError, match=f"deeper than {MAX_DEPTH} levels"):
            parse_json(text)


def test_long_input_is_shown_cut(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    long = "x" * 130_000
    assert len(cut(long)) == MAX_SHOWN and cut("short") == "short"
    assert shown("\u00e9" * 200) == repr("\u00e9" * (MAX_SHOWN - 3) + "...")
    for args, code in (
        (["explain", long], 1),
        (["explain", f"read:{long}"], 1),
        (["need", "GET", f"/v1/{long}"], 1),
        (["need", "GET", f"https://[{long}/v1"], 2),
        (["need", f"v1/{long}"], 2),
        (["need", "--name", long], 1),
        (["need", "--json", "GET", f"/v1/{long}"], 1),
    ):
        try:
            assert main([*args, "--catalogue", catalogue]) == code
        finally:
            out, err = capsys.readouterr()
        # The answer may hold the input (the JSON's `given`); a message shows it cut.
        shown_lines = err.splitlines() + [
            line for line in out.splitlines() if "problem" in line or "message" in line
        ]
        assert all(len(line) < 400 for line in shown_lines), args[:2]
    json_answer = json.loads(out)
    assert json_answer["calls"][0]["target"] == f"/v1/{long}"


def test_an_empty_name_is_bad_input_as_an_empty_call(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("", "  "):
        line = one_line(capsys, ["need", "--name", name, "--catalogue", catalogue])
        assert "names nothing" in line
    one_line(capsys, ["need", "", "--catalogue", catalogue])


def test_calls_may_follow_options(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    asked = [
        "need",
        "GET",
        f"{CHECKOUT}/transactions",
        "--json",
        "GET",
        f"{CHECKOUT}/transactions/t",
    ]
    out = one_line(capsys, [*asked, "--catalogue", catalogue], 0)
    assert [c["target"] for c in json.loads(out)["calls"]] == [asked[2], asked[5]]
    grant = Path(catalogue).with_name("grant.json")
    grant.write_text(json.dumps(GRANT))
    out = one_line(
        capsys,
        [
            "check-grant",
            "--json",
            str(grant),
            "GET",
            asked[2],
            "--catalogue",
            catalogue,
            *asked[4:],
        ],
        1,
    )
    assert len(json.loads(out)["least"]["calls"]) == 2


def test_the_usage_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for args in ([], ["bogus"]):
        with pytest.raises(SystemExit) as exit:
            main(args)
        assert exit.value.code == 2
        usage = capsys.readouterr().err
        for command in ("refresh", "render", "verify", "need", "explain", "check-grant"):
            assert command in usage, (args, usage)
    # A query command's bad option gets that command's usage.
    with pytest.raises(SystemExit):
        main(["need", "--bogus"])
    assert capsys.readouterr().err.startswith("usage: dintero-scopes need ")


def test_standard_input_is_read_once(catalogue: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = one_line(capsys, ["check-grant", "-", "--calls-file", "-", "--catalogue", catalogue])
    assert "standard input is read once" in line


def test_calls_are_weighed_whatever_the_payload(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A payload that breaks the schema still gets the calls' answer, never 'none given'."""
    grant = tmp_path / "grant.json"
    call = ["GET", f"{CHECKOUT}/transactions"]
    for payload in ({**GRANT, "scope": "admin:checkout"}, [1], {**GRANT, "scope": [{"a": 1}]}):
        grant.write_text(json.dumps(payload))
        out = one_line(capsys, ["check-grant", str(grant), *call, "--catalogue", catalogue], 1)
        assert "Calls: none given" not in out
        assert "Least-privilege scopes for these calls: read:checkout" in out
    grant.write_text(json.dumps(GRANT))
    out = one_line(capsys, ["check-grant", str(grant), "--catalogue", catalogue], 0)
    assert "Calls: none given" in out


def test_a_long_scope_is_one_issue(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near the size cap, a scope is refused in one short line (benchmarks/answers.py times
    it: linear in bytes)."""
    grant = tmp_path / "grant.json"
    grant.write_text(json.dumps({**GRANT, "scope": ["read:checkout" + "x" * 900_000]}))
    out = one_line(capsys, ["check-grant", str(grant), "--catalogue", catalogue], 1)
    assert max(map(len, out.splitlines())) < 200 and "is no documented scope" in out


QUERY_WORDS = st.lists(
    st.sampled_from(
        [
            "need",
            "explain",
            "check-grant",
            "GET",
            "/v1/x",
            "--json",
            "--name",
            "--file",
            "-",
            "--calls-file",
            "read:checkout",
            "https://[x",
            "GET https://checkout.dintero.com/v1/x",
            "https://docs.dintero.com/api-reference/x",
            "",
            "\x00",
            "--catalogue",
        ]
    )
    | st.text(max_size=10),
    max_size=6,
)


@pytest.mark.slow
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=QUERY_WORDS)
def test_every_query_exits_as_documented(
    words: list[str],
    catalogue: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", _Closed())
    command = words[0] if words and words[0] in ("explain", "check-grant") else "need"
    asked = [command, "--catalogue", catalogue, *words[command != "need" :]]
    try:
        code: Any = main(asked)
    except SystemExit as exit:
        code = exit.code
    err = capsys.readouterr().err
    assert code in (0, 1, 2), (words, code)
    assert not INTERNALS.search(err), (words, err)


class _Closed:
    """Standard input that has nothing to give."""

    buffer = None

    def fileno(self) -> int:
        raise ValueError("closed")


# The generator's arguments, checked before any work.


def refused(capsys: pytest.CaptureFixture[str], args: list[str], said: str) -> None:
    line = one_line(capsys, args)
    assert said in line, line


def test_verify_needs_outputs_to_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for out in (tmp_path / "missing", tmp_path):
        refused(capsys, ["verify", "--out", str(out)], "no generated/catalogue.json to verify")
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "catalogue.json").write_text(DEEP)
    refused(capsys, ["verify", "--out", str(tmp_path)], "is nested deeper than")


def test_an_unwritable_report_is_refused_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for report in ("/proc/version", str(tmp_path), str(tmp_path / "no" / "r.md")):
        for command in (["verify", "--out", str(tmp_path)], refresh(tmp_path)):
            refused(capsys, [*command, "--report", report], f"--report {report}: cannot write")
    assert not (tmp_path / "generated").exists()
    # The check leaves no file behind.
    report = tmp_path / "report.md"
    assert not report.exists()
    refused(
        capsys, [*refresh(tmp_path), "--report", str(report), "--allow-host", "*"], "not a host"
    )
    assert not report.exists()


def refresh(out: Path) -> list[str]:
    return ["refresh", "--mirror", str(FIXTURES / "mirror"), "--out", str(out)]


@pytest.mark.parametrize("host", ["*", "", "http://x/", "a b", "x:80", "-x.com", "a..b"])
def test_allowed_hosts_are_host_names(
    host: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(capsys, [*refresh(tmp_path), f"--allow-host={host}"], "is not a host name")


def test_the_output_folder_the_mirror_and_save_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    refused(capsys, refresh(file), f"--out {file}: {file} is not a folder")
    refused(capsys, refresh(file / "below"), "is not a folder")
    refused(capsys, ["render", "--out", str(file)], "is not a folder")
    refused(capsys, [*refresh(tmp_path), "--mirror", str(file)], "is a file: give a folder")
    for inside in ("generated", "site/raw"):
        raw = tmp_path / inside
        refused(capsys, [*refresh(tmp_path), "--save-raw", str(raw)], "which a refresh replaces")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
