"""A scan in words: plain text for the terminal, JSON for scripts, SARIF 2.1.0 for code
scanning. The answer's own words (scopes, endpoints, problems) are the runtime's."""

from __future__ import annotations

from typing import Any

from ..runtime import report
from ..runtime.answers import Need, Problem
from .scanner import UNRESOLVED, Found, Scan

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL = "dintero-scopes"
# SARIF rules: a call and what it needs; a call that cannot be resolved; one that
# matches no documented endpoint (or an ambiguous or unscoped one).
RULES = (
    ("DS001", "DinteroApiCall", "A call of a Dintero API, and the scopes that accept it", "note"),
    ("DS002", "UnresolvedCall", "A call whose URL or method the code does not fix", "warning"),
    ("DS003", "UndocumentedCall", "A call no documented endpoint answers for alone", "warning"),
)


def problem(scan: Scan, found: Found) -> Problem | None:
    """Why a call has no answer: unresolved in the code, or the runtime's problem."""
    if found.problem is not None:
        return Problem(UNRESOLVED, found.problem)
    answer = scan.answer(found)
    return answer.problem if answer is not None else None


def text(scan: Scan, explain: bool = False) -> str:
    head = report.need_text(
        Need(scan.need.scopes, (), scan.need.ties, scan.need.rule, scan.need.sensitive)
    )
    lines = [head.rstrip("\n")]
    problems = sum(problem(scan, f) is not None for f in scan.found)
    lines.append(
        f"Scanned {scan.files} files: {len(scan.found)} calls of the Dintero APIs"
        + (f", {problems} without an answer (see 'problem' below)." if problems else ".")
    )
    if not scan.found:
        lines.append("No call of a Dintero API was found.")
    for found in scan.found:
        lines += ["", *_call_lines(scan, found, explain)]
    return "\n".join(lines) + "\n"


def _call_lines(scan: Scan, found: Found, explain: bool) -> list[str]:
    method = found.method or "?"
    lines = [f"{found.file}:{found.line}", f"  call      {method} {found.url}"]
    answer = scan.answer(found)
    endpoint = answer.endpoint if answer is not None else None
    if endpoint is not None:
        lines.append(f"  endpoint  {endpoint.method} {endpoint.server}{endpoint.path}")
        lines.append(f"  accepts   {', '.join(endpoint.scopes) or '(no scope named)'}")
    issue = problem(scan, found)
    if issue is not None:
        lines.append(f"  problem   {issue.kind}: {issue.message}")
        if issue.hint:
            lines.append(f"  hint      {issue.hint}")
    if explain:
        lines += _explanation(found)
    return lines


def _explanation(found: Found) -> list[str]:
    lines = [f"  sent by   {found.how} at {found.sink}"]
    if found.method_inferred:
        lines.append(f"  method    {found.method}: inferred, the only method the docs document")
    lines += [f"  because   {step}" for step in found.why]
    return lines


def to_json(scan: Scan, explain: bool = False) -> dict[str, Any]:
    data = report.need_json(scan.need)
    data["files_scanned"] = scan.files
    data["calls"] = [_call_json(scan, found, explain) for found in scan.found]
    return data


def _call_json(scan: Scan, found: Found, explain: bool) -> dict[str, Any]:
    answer = scan.answer(found)
    issue = problem(scan, found)
    entry: dict[str, Any] = {
        "file": found.file,
        "line": found.line,
        "method": found.method,
        "method_inferred": found.method_inferred,
        "url": found.url,
        "endpoint": report.endpoint_json(answer.endpoint) if answer and answer.endpoint else None,
        "accepted": list(answer.accepted) if answer is not None else [],
        "problem": report.problem_json(issue) if issue is not None else None,
    }
    if explain:
        entry["explain"] = {"sent_by": found.how, "at": found.sink, "steps": list(found.why)}
    return entry


def sarif(scan: Scan) -> dict[str, Any]:
    rules = [
        {
            "id": rule,
            "name": name,
            "shortDescription": {"text": description},
            "defaultConfiguration": {"level": level},
        }
        for rule, name, description, level in RULES
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": TOOL, "informationUri": scan.docs, "rules": rules}},
                "results": [_result(scan, found) for found in scan.found],
                "properties": {"scopes": list(scan.need.scopes)},
            }
        ],
    }


def _result(scan: Scan, found: Found) -> dict[str, Any]:
    issue = problem(scan, found)
    answer = scan.answer(found)
    call = f"{found.method or '?'} {found.url}"
    if issue is None and answer is not None and answer.endpoint is not None:
        index = 0
        message = f"{call} needs one of: {', '.join(answer.accepted)}"
    elif issue is not None and issue.kind == UNRESOLVED:
        index, message = 1, f"{call}: {issue.message}"
    else:
        index = 2
        message = f"{call}: {issue.message}" if issue is not None else call
    return {
        "ruleId": RULES[index][0],
        "ruleIndex": index,
        "level": RULES[index][3],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": found.file, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": found.line},
                }
            }
        ],
    }


def grant_text(scan: Scan) -> str:
    """The calls a grant was checked against, where the code makes them."""
    lines = [f"Calls in the code ({scan.files} files scanned):"]
    for found in scan.found:
        issue = problem(scan, found)
        mark = f"  ({issue.kind}: {issue.message})" if issue is not None else ""
        lines.append(f"  {found.file}:{found.line}  {found.method or '?'} {found.url}{mark}")
    if not scan.found:
        lines.append("  none found")
    return "\n".join(lines) + "\n"
