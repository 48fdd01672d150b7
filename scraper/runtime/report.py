"""The answers in words: plain text for the terminal, JSON for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .answers import CallAnswer, Explanation, Need, Problem
from .least_privilege import NAME_ORDER
from .reference import EndpointEntry
from .scopes import parse_scope

# What a call to an endpoint that authenticates the client itself needs.
CLIENT_CREDENTIALS = (
    "no scope with client credentials: the endpoint authenticates the client itself "
    "(HTTP Basic, client id and secret)"
)

if TYPE_CHECKING:  # imported only by the commands that use them
    from .grant import GrantReport
    from .recordings import Recording

# The hosts a recording's summary names, the most requested first; --json names all.
HOSTS_SHOWN = 5


def endpoint_json(endpoint: EndpointEntry) -> dict[str, Any]:
    return {
        "method": endpoint.method,
        "server": endpoint.server,
        "path": endpoint.path,
        "title": endpoint.title,
        "doc_url": endpoint.doc_url,
    }


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "kind": problem.kind,
        "message": problem.message,
        "hint": problem.hint,
        "candidates": [endpoint_json(e) for e in problem.candidates],
    }


def call_json(answer: CallAnswer) -> dict[str, Any]:
    call = answer.call
    return {
        "given": str(call),
        "kind": call.kind,
        "method": call.method,
        "target": call.target,
        "endpoint": endpoint_json(answer.endpoint) if answer.endpoint else None,
        "accepted": list(answer.accepted),
        "client_auth": answer.client_auth,
        "bearer_scopes": list(answer.bearer_scopes),
        "problem": problem_json(answer.problem) if answer.problem else None,
    }


def need_json(need: Need, recording: Recording | None = None) -> dict[str, Any]:
    fields = {
        "scopes": list(need.scopes),
        "decided_by": need.rule,
        "as_small": [list(tie) for tie in need.ties],
        "sensitive": [{"scope": s.name, "why": s.sensitive} for s in need.sensitive],
        "calls": [call_json(answer) for answer in need.calls],
    }
    return {**fields, "recording": recording_json(recording)} if recording else fields


def recording_json(recording: Recording) -> dict[str, Any]:
    return {
        "format": recording.kind,
        "requests": recording.requests,
        "calls": len(recording.calls),
        "repeats": recording.repeats,
        "preflights": recording.preflights,
        "other_hosts": dict(recording.other_hosts),
    }


def recording_text(recording: Recording) -> str:
    """One line: what was read, and what was left out and why."""
    kept = len(recording.calls) + recording.repeats
    read = f"Read {_count(recording.requests, 'request')} ({recording.kind})"
    line = f"{read}: {kept} to documented hosts"
    if recording.repeats:
        line += f", shown below as {_count(len(recording.calls), 'call')}, one per endpoint"
    hosts = recording.other_hosts
    skipped = []
    if hosts:
        named = ", ".join(f"{host} {count}" for host, count in hosts[:HOSTS_SHOWN])
        more = f" and {len(hosts) - HOSTS_SHOWN} more hosts" if len(hosts) > HOSTS_SHOWN else ""
        skipped.append(f"{sum(c for _, c in hosts)} to other hosts ({named}{more})")
    if recording.preflights:
        skipped.append(_count(recording.preflights, "CORS preflight"))
    return line + (f"; skipped {' and '.join(skipped)}." if skipped else ".")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _call_lines(answer: CallAnswer) -> list[str]:
    lines = [str(answer.call)]
    endpoint = answer.endpoint
    if endpoint is not None:
        lines.append(f"  endpoint  {endpoint.method} {endpoint.server}{endpoint.path}")
        if endpoint.title:
            lines.append(f"  title     {endpoint.title}")
        if answer.client_auth:
            lines.append(f"  accepts   {CLIENT_CREDENTIALS}")
            if answer.bearer_scopes:
                lines.append(f"  bearer    {', '.join(answer.bearer_scopes)}")
        else:
            lines.append(f"  accepts   {', '.join(endpoint.scopes) or '(no scope named)'}")
        if endpoint.doc_url:
            lines.append(f"  docs      {endpoint.doc_url}")
    problem = answer.problem
    if problem is not None:
        lines.append(f"  problem   {problem.kind}: {problem.message}")
        if problem.hint:
            lines.append(f"  hint      {problem.hint}")
        lines += [
            f"  candidate {e.method} {e.server}{e.path}" + (f" ({e.title})" if e.title else "")
            for e in problem.candidates
        ]
    return lines


def client_auth_note(answer: CallAnswer) -> str:
    """Why a call that authenticates the client itself needs no scope, and whose its
    listed scopes are."""
    note = f"{answer.call} needs {CLIENT_CREDENTIALS}"
    if answer.bearer_scopes:
        listed = ", ".join(answer.bearer_scopes)
        note += f"; the scopes its docs list ({listed}) apply to the Bearer grant types"
    return note


def need_text(need: Need, recording: Recording | None = None) -> str:
    if need.scopes:
        head = [f"Least-privilege scopes: {' '.join(need.scopes)}"]
    elif need.complete and need.calls:
        head = ["Least-privilege scopes: none (no call needs a scope)"]
    else:
        head = ["No scope can be named: no call matched an endpoint that names its scopes."]
    if need.rule == NAME_ORDER:
        head.append(f"Chosen by name among {len(need.ties) + 1} sets as small; the others:")
        head += [f"  {' '.join(tie)}" for tie in need.ties]
    elif need.rule is not None:
        head.append(f"Chosen over the next best set by: {need.rule}")
    head += [
        f"Note: {scope.name} is sensitive ({scope.sensitive}); no other scope covers its calls"
        for scope in need.sensitive
    ]
    head += [f"Note: {client_auth_note(a)}" for a in need.calls if a.client_auth]
    if not need.complete:
        head.append("Some calls have no answer (see 'problem' below); the scopes cover the rest.")
    if recording is not None:
        head.append(recording_text(recording))
    body = [line for answer in need.calls for line in _call_lines(answer)]
    return "\n".join([*head, "", *body]) + "\n"


def explain_text(explanation: Explanation) -> str:
    scope = explanation.scope
    parts = parse_scope(scope.name)
    lines = [
        scope.name,
        f"  action       {parts.action or '-'}",
        f"  resource     {parts.resource or '-'}",
        f"  restriction  {parts.restriction or '-'}",
        f"  description  {scope.description or '(not described in the Dintero docs)'}",
        f"  group        {scope.group or '-'}",
    ]
    if scope.sensitive:
        lines.append(f"  sensitive    {scope.sensitive}")
    lines += [f"  documented   {url}" for url in scope.doc_urls]
    lines += ["", f"Accepted by {len(explanation.endpoints)} documented endpoints:"]
    lines += [f"  {e.method} {e.server}{e.path}" for e in explanation.endpoints]
    if explanation.wider:
        lines += ["", "Wider scopes that grant all of these too (and how many more endpoints):"]
        lines += [f"  {name} (+{extra})" for name, extra in explanation.wider]
    if explanation.narrower:
        lines += ["", "Narrower scopes that grant part of these and nothing else:"]
        lines += [f"  {name} ({count} endpoints)" for name, count in explanation.narrower]
    return "\n".join(lines) + "\n"


def explain_json(explanation: Explanation) -> dict[str, Any]:
    scope = explanation.scope
    parts = parse_scope(scope.name)
    return {
        "scope": scope.name,
        "action": parts.action,
        "resource": parts.resource,
        "restriction": parts.restriction,
        "description": scope.description,
        "group": scope.group,
        "sensitive": scope.sensitive,
        "documented": list(scope.doc_urls),
        "endpoints": [endpoint_json(e) for e in explanation.endpoints],
        "wider": [{"scope": name, "more_endpoints": n} for name, n in explanation.wider],
        "narrower": [{"scope": name, "endpoints": n} for name, n in explanation.narrower],
    }


def grant_text(report: GrantReport, recording: Recording | None = None) -> str:
    lines = ["Schema: valid" if not report.issues else "Schema: invalid"]
    lines += [f"  {issue}" for issue in report.issues]
    if recording is not None:
        lines.append(recording_text(recording))
    if report.least is None:
        lines.append("Calls: none given, so over-granting cannot be judged (add METHOD URL pairs)")
        return "\n".join(lines) + "\n"
    if not report.weighed:
        lines.append("Calls: not weighed against the grant, whose scope is no list of scopes")
    for answer in report.uncovered:
        accepted = ", ".join(answer.accepted)
        lines.append(f"Not covered: {answer.call} needs one of {accepted}")
    if report.unneeded:
        lines.append(f"Over-granted, no call needs: {', '.join(report.unneeded)}")
    if report.wider:
        lines.append(f"Over-granted, wider than needed: {', '.join(report.wider)}")
    lines.append(f"Least-privilege scopes for these calls: {' '.join(report.least.scopes) or '-'}")
    lines += [
        f"  {a.call}: {a.problem.kind}: {a.problem.message}"
        for a in report.least.calls
        if a.problem is not None
    ]
    if report.ok:
        lines.append("The grant fits the calls.")
    return "\n".join(lines) + "\n"


def grant_json(report: GrantReport, recording: Recording | None = None) -> dict[str, Any]:
    fields = {
        "ok": report.ok,
        "schema_errors": [
            {"where": i.where, "message": i.message, "did_you_mean": list(i.suggestions)}
            for i in report.issues
        ],
        "uncovered": [
            {"given": str(a.call), "accepted": list(a.accepted)} for a in report.uncovered
        ],
        "unneeded": list(report.unneeded),
        "wider": list(report.wider),
        "least": need_json(report.least) if report.least else None,
    }
    return {**fields, "recording": recording_json(recording)} if recording else fields
