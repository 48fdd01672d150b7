"""Plain-text answers for the terminal: what `need`, `explain` and `check-grant` print."""

from __future__ import annotations

from typing import Any

from scraper.advice import CallAnswer, Explanation, GrantReport, Need
from scraper.query import doc_urls


def _call(answer: CallAnswer) -> list[str]:
    lines = [f"{answer.call.method} {answer.call.url}"]
    endpoint = answer.endpoint
    if endpoint is not None:
        lines.append(f"  endpoint  {endpoint.method} {endpoint.server}{endpoint.path}")
        if endpoint.title:
            lines.append(f"  title     {endpoint.title}")
        lines.append(f"  accepts   {', '.join(endpoint.scopes) or '(no scope named)'}")
        if endpoint.doc_url:
            lines.append(f"  docs      {endpoint.doc_url}")
    if answer.problem:
        lines.append(f"  problem   {answer.problem}")
    return lines


def need_text(need: Need) -> str:
    if need.scopes:
        head = f"Least-privilege scopes: {' '.join(need.scopes)}"
    else:
        head = "No scope can be named: no call matched an endpoint that names its scopes."
    if not need.complete:
        head += "\nSome calls have no answer (see 'problem' below); the scopes cover the rest."
    body = [line for answer in need.calls for line in _call(answer)]
    return "\n".join([head, "", *body]) + "\n"


def explain_text(explanation: Explanation) -> str:
    scope = explanation.scope
    lines = [
        scope.name,
        f"  action       {scope.action or '-'}",
        f"  resource     {scope.resource or '-'}",
        f"  restriction  {scope.restriction or '-'}",
        f"  description  {scope.description or '(not described in the Dintero docs)'}",
        f"  group        {scope.group or '-'}",
    ]
    lines += [f"  documented   {url}" for url in doc_urls(scope)]
    lines += ["", f"Accepted by {len(explanation.endpoints)} documented endpoints:"]
    lines += [f"  {e.method} {e.server}{e.path}" for e in explanation.endpoints]
    if explanation.wider:
        lines += ["", "Wider scopes that grant all of these too (and how many more endpoints):"]
        lines += [f"  {name} (+{extra})" for name, extra in explanation.wider]
    if explanation.narrower:
        lines += ["", "Narrower scopes that grant part of these and nothing else:"]
        lines += [f"  {name} ({count} endpoints)" for name, count in explanation.narrower]
    return "\n".join(lines) + "\n"


def grant_text(report: GrantReport) -> str:
    lines = ["Schema: valid" if not report.errors else "Schema: invalid"]
    lines += [f"  {error}" for error in report.errors]
    if report.least is None:
        lines.append("Calls: none given, so over-granting cannot be judged (add METHOD URL pairs)")
        return "\n".join(lines) + "\n"
    for call, accepted in report.uncovered:
        lines.append(f"Not covered: {call.method} {call.url} needs one of {', '.join(accepted)}")
    if report.unneeded:
        lines.append(f"Over-granted, no call needs: {', '.join(report.unneeded)}")
    if report.wider:
        lines.append(f"Over-granted, wider than needed: {', '.join(report.wider)}")
    lines.append(f"Least-privilege scopes for these calls: {' '.join(report.least.scopes) or '-'}")
    lines += [
        f"  {a.call.method} {a.call.url}: {a.problem}" for a in report.least.calls if a.problem
    ]
    if report.ok:
        lines.append("The grant fits the calls.")
    return "\n".join(lines) + "\n"


def grant_json(report: GrantReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "schema_errors": report.errors,
        "uncovered": [
            {"method": call.method, "url": call.url, "accepted": accepted}
            for call, accepted in report.uncovered
        ],
        "unneeded": report.unneeded,
        "wider": report.wider,
        "least": report.least.to_json() if report.least else None,
    }
