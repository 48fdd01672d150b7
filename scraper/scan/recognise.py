"""Call recognition: which calls send an HTTP request, and where their URL and method are.

Clients are known by the shape of their calls, not by import: a verb method
(``post``, ``PostAsync``, ``getForObject``, openapi-fetch's ``POST``), a request
function (``wp_remote_request``, ``fetch``, ``requests.request``), a request object
(``new HttpRequestMessage``, ``WebRequest.Create``, ``curl_init``) with its setters,
or a builder chain (``->setUri($u)->setMethod('POST')``). Whether the URL is a Dintero
API's is decided later, when its value is known; a call into the repository's own
code is followed there instead.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from . import ir
from .program import called_name

VERBS = ("get", "post", "put", "patch", "delete", "head", "options")
_VERB_SUFFIX = re.compile(
    r"(?:asjson|fromjson|forobject|forentity|json|string|bytearray|stream|async|_json)+$"
)
_FUNCTIONS = {
    "wp_remote_get": "GET",
    "wp_safe_remote_get": "GET",
    "wp_remote_post": "POST",
    "wp_safe_remote_post": "POST",
    "wp_remote_head": "HEAD",
    "wp_safe_remote_head": "HEAD",
    "file_get_contents": "GET",
    "urlopen": "GET",
}
# Request functions whose second argument holds the options, ``method`` among them.
_WITH_OPTIONS = frozenset(
    {
        "wp_remote_request",
        "wp_safe_remote_request",
        "fetch",
        "request",
        "got",
        "ky",
        "ofetch",
        "$fetch",
        "axios",
    }
)
# Methods that take the HTTP method and the URL, in that order (Guzzle, requests, httpx).
_GENERIC = frozenset(
    {"request", "send_request", "sendRequest", "makeRequest", "fetch", "exchange", "Request"}
)
URL_SETTERS = frozenset(
    {
        "setUri",
        "setUrl",
        "setURL",
        "url",
        "uri",
        "withUri",
        "withUrl",
        "setRequestUri",
        "setEndpoint",
    }
)
METHOD_SETTERS = frozenset({"setMethod", "method", "withMethod", "setRequestMethod"})
_CREATORS = frozenset({"Create", "CreateHttp", "curl_init"})
# Functions that make a request object from a method and a URL, and where the method is
# (Go's ``http.NewRequest(method, url, body)``, after a context in the other).
_NEW_REQUESTS = {"NewRequest": 0, "NewRequestWithContext": 1}
# Calls that send the object they are made on (``$client->request()``, ``req.send()``).
_SENDS = frozenset({"request", "send", "execute", "exec", "perform", "dispatch"})
# What an object sends to and with, as pseudo-members the evaluator answers.
SENT_URL = "<url>"
SENT_METHOD = "<method>"
_URL_PROPS = ("RequestUri", "Url", "url", "uri", "Resource", "Address")
_METHOD_PROPS = ("Method", "method", "type")
# Names that hold a method, and calls that only change a text's case.
_METHODISH = re.compile(
    r"method|verb|^(?:http_?|method_)?(?:get|post|put|patch|delete|head|options)$", re.IGNORECASE
)
_CASE = re.compile(r"^(?:strtoupper|strtolower|upper|lower|toUpperCase|toLowerCase|ToUpper)$")
_MOCKS = re.compile(r"mock|^nock$|^responses$|^respx$|^msw$|^fake|^stub", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Request:
    """A call that sends a request: the expressions that give its URL and method."""

    call: ir.Call | ir.New
    url: ir.Expr
    # An expression that gives the method, or a method the call itself fixes.
    method: ir.Expr | None = None
    verb: str | None = None
    # The method when none is given (GET for fetch and friends); None: it must be given.
    default: str | None = None
    # The client object: a relative URL is under its base address.
    receiver: ir.Expr | None = None
    how: str = ""
    # openapi-fetch style: a literal method and a path template under a server.
    generated: bool = False
    # The function returns the request unsent, as a builder its callers may go on
    # setting (``initRequest($url)->setMethod(PUT)``).
    returned: bool = False


def chains(function: ir.Function) -> list[list[ir.Call | ir.New]]:
    """The function's calls as chains, outermost call first (``a.b().c()`` is one)."""
    inner = {
        id(c.func.obj)
        for c in function.calls
        if isinstance(c, ir.Call)
        and isinstance(c.func, ir.Attr)
        and isinstance(c.func.obj, ir.Call)
    }
    found: list[list[ir.Call | ir.New]] = []
    for call in function.calls:
        if id(call) in inner:
            continue
        chain: list[ir.Call | ir.New] = [call]
        while isinstance(chain[-1], ir.Call):
            func = chain[-1].func
            if isinstance(func, ir.Attr) and isinstance(func.obj, ir.Call | ir.New):
                chain.append(func.obj)
            else:
                break
        found.append(chain)
    return found


def recognise(chain: list[ir.Call | ir.New], function: ir.Function) -> Request | None:
    """The request a chain of calls sends, if it sends one."""
    request = _recognised(chain, function)
    if request is not None and any(r is chain[0] for r, _ in function.returns):
        return dataclasses.replace(request, returned=True)
    return request


def chained_method(call: ir.Call | ir.New, caller: ir.Function) -> ir.Expr | None:
    """The method a caller sets on the builder a call returns (``f()->setMethod(X)``)."""
    for chain in chains(caller):
        if any(link is call for link in chain[1:]):
            outer = chain[: next(i for i, link in enumerate(chain) if link is call)]
            return next(
                (c.args[0] for c in outer if called_name(c) in METHOD_SETTERS and c.args), None
            )
    return None


def _recognised(chain: list[ir.Call | ir.New], function: ir.Function) -> Request | None:
    if _mocked(chain[-1]):
        return None
    url = next((c.args[0] for c in chain if called_name(c) in URL_SETTERS and c.args), None)
    method = next((c.args[0] for c in chain if called_name(c) in METHOD_SETTERS and c.args), None)
    for link in chain:
        request = _direct(link, function)
        if request is not None:
            if url is not None or method is not None:
                return Request(
                    request.call,
                    url if url is not None else request.url,
                    method if method is not None else request.method,
                    None if method is not None else request.verb,
                    request.default,
                    request.receiver,
                    request.how,
                )
            return request
    if url is not None:
        verb = next((_verb(called_name(c)) for c in chain if _verb(called_name(c))), None)
        return Request(chain[-1], url, method, verb, "GET", None, "a request builder")
    return _sent(chain, function)


def _sent(chain: list[ir.Call | ir.New], function: ir.Function) -> Request | None:
    """A client or request object told to send itself (``$client->request()``): the URL and
    method it was made with or given by setters, on it or on the variable that holds it."""
    at = next((i for i, c in enumerate(chain) if _sends(c)), None)
    if at is None:
        return None
    send = chain[at]
    before = chain[at + 1 :]
    if before:
        holder: ir.Expr = before[-1]
    elif isinstance(send, ir.Call) and isinstance(send.func, ir.Attr):
        holder = send.func.obj
    else:
        return None
    if isinstance(holder, ir.This | ir.Super):
        return None
    method = next((c.args[0] for c in before if called_name(c) in METHOD_SETTERS and c.args), None)
    url = _setter_url(holder, function) if not before else None
    method = method or (_setter_method(holder, function) if not before else None)
    return Request(
        send,
        url if url is not None else ir.Attr(holder, SENT_URL),
        method if method is not None else ir.Attr(holder, SENT_METHOD),
        None,
        "GET",
        None,
        f"{called_name(send)}()",
    )


def _sends(call: ir.Call | ir.New) -> bool:
    return isinstance(call, ir.Call) and not call.args and called_name(call) in _SENDS


def _direct(call: ir.Call | ir.New, function: ir.Function) -> Request | None:
    name = called_name(call)
    if isinstance(call, ir.New):
        return _created(call, function)
    func = call.func
    args = call.args
    receiver = func.obj if isinstance(func, ir.Attr) else None
    kwargs = dict(call.kwargs)
    if name in _CREATORS:
        handle = _handle(call, function)
        url = args[0] if args else _setter_url(handle, function)
        if url is None:
            return None
        return Request(call, url, _setter_method(handle, function), None, "GET", None, f"{name}()")
    if name in _FUNCTIONS and args:
        return Request(call, args[0], None, _FUNCTIONS[name], None, None, f"{name}()")
    if name in _NEW_REQUESTS and len(args) > _NEW_REQUESTS[name] + 1:
        at = _NEW_REQUESTS[name]
        return Request(call, args[at + 1], args[at], None, None, None, f"{name}()")
    if name in VERBS + tuple(v.upper() for v in VERBS) and name.isupper() and args:
        # openapi-fetch and the like: client.POST("/path", { ... })
        return Request(call, args[0], None, name, None, receiver, f"{name}()", generated=True)
    verb = _verb(name)
    if verb and (args or "url" in kwargs):
        url = kwargs.get("url", args[0] if args else None)
        if url is None:
            return None
        return Request(call, url, None, verb.upper(), None, receiver, f"{name}()")
    if name in _WITH_OPTIONS and args:
        options = args[1] if len(args) > 1 else kwargs.get("options")
        method = _option(options, "method") if options is not None else None
        if name == "axios" and isinstance(args[0], ir.Record):
            return Request(
                call,
                _option(args[0], "url") or args[0],
                _option(args[0], "method"),
                None,
                "GET",
                None,
                "axios()",
            )
        if (
            name in _GENERIC
            and len(args) >= 2
            and not isinstance(args[1], ir.Record)
            and _looks_like_method(args[0])
        ):
            return Request(call, args[1], args[0], None, None, receiver, f"{name}()")
        return Request(call, args[0], method, None, "GET", receiver, f"{name}()")
    if name in _GENERIC:
        if len(args) >= 2:
            return Request(call, args[1], args[0], None, None, receiver, f"{name}()")
        if "url" in kwargs and "method" in kwargs:
            return Request(call, kwargs["url"], kwargs["method"], None, None, receiver, f"{name}()")
    return None


def _created(new: ir.New, function: ir.Function) -> Request | None:
    """A request object: ``new HttpRequestMessage(method, url)``, ``new RestRequest(url,
    method)``, ``new Request(url, init)``, with the properties set on it."""
    props = dict(new.kwargs)
    handle = _handle(new, function)
    if new.cls in ("HttpRequestMessage",):
        method = (
            new.args[0] if new.args else props.get("Method") or _setter_method(handle, function)
        )
        url = (
            new.args[1]
            if len(new.args) > 1
            else props.get("RequestUri") or _setter_url(handle, function)
        )
        return (
            Request(new, url, method, None, "GET", None, f"new {new.cls}")
            if url is not None
            else None
        )
    if new.cls in ("RestRequest",):
        url = new.args[0] if new.args else props.get("Resource")
        method = (
            new.args[1]
            if len(new.args) > 1
            else props.get("Method") or _setter_method(handle, function)
        )
        return (
            Request(new, url, method, None, "GET", None, "new RestRequest")
            if url is not None
            else None
        )
    if new.cls == "Request" and new.args:
        if len(new.args) >= 2 and _looks_like_method(new.args[0]):
            return Request(new, new.args[1], new.args[0], None, None, None, "new Request")
        options = new.args[1] if len(new.args) > 1 else None
        method = _option(options, "method") if options is not None else props.get("method")
        return Request(new, new.args[0], method, None, "GET", None, "new Request")
    return None


def _handle(call: ir.Call | ir.New, function: ir.Function) -> ir.Expr | None:
    """What a request object is kept in: the variable or field it is assigned to."""
    return next((a.target for a in function.assigns if a.value is call), None)


def _setter_url(handle: ir.Expr | None, function: ir.Function) -> ir.Expr | None:
    return _set(handle, function, _URL_PROPS, URL_SETTERS, ("CURLOPT_URL",))


def _setter_method(handle: ir.Expr | None, function: ir.Function) -> ir.Expr | None:
    found = _set(handle, function, _METHOD_PROPS, METHOD_SETTERS, ("CURLOPT_CUSTOMREQUEST",))
    if found is not None or handle is None:
        return found
    for call in function.calls:
        options = _curl_options(call, handle)
        for option in ("CURLOPT_POST", "CURLOPT_POSTFIELDS"):
            if option in options:
                return ir.Lit("POST", call.line)
        if "CURLOPT_PUT" in options:
            return ir.Lit("PUT", call.line)
    return None


def _set(
    handle: ir.Expr | None,
    function: ir.Function,
    props: tuple[str, ...],
    setters: frozenset[str],
    options: tuple[str, ...],
) -> ir.Expr | None:
    if handle is None:
        return None
    for assign in function.assigns:
        if (
            isinstance(assign.target, ir.Attr)
            and assign.target.obj == handle
            and assign.target.name in props
        ):
            return assign.value
    for call in function.calls:
        if (
            isinstance(call, ir.Call)
            and isinstance(call.func, ir.Attr)
            and call.func.obj == handle
            and call.func.name in setters
            and call.args
        ):
            return call.args[0]
        curl = _curl_options(call, handle)
        for option in options:
            if option in curl:
                return curl[option]
    return None


def _curl_options(call: ir.Call | ir.New, handle: ir.Expr) -> dict[str, ir.Expr]:
    """``curl_setopt($ch, OPTION, value)`` and ``curl_setopt_array($ch, [...])`` on a handle."""
    if not isinstance(call, ir.Call) or not isinstance(call.func, ir.Name) or not call.args:
        return {}
    if call.args[0] != handle:
        return {}
    if call.func.id == "curl_setopt" and len(call.args) == 3 and isinstance(call.args[1], ir.Name):
        return {call.args[1].id: call.args[2]}
    if (
        call.func.id == "curl_setopt_array"
        and len(call.args) == 2
        and isinstance(call.args[1], ir.Record)
    ):
        return {k.id: v for k, v in call.args[1].items if isinstance(k, ir.Name)}
    return {}


def _option(options: ir.Expr | None, key: str) -> ir.Expr | None:
    if isinstance(options, ir.Record):
        for k, v in options.items:
            if isinstance(k, ir.Lit) and k.text == key:
                return v
        return None
    if options is None:
        return None
    return ir.Index(options, ir.Lit(key, 0))


def _verb(name: str) -> str | None:
    lowered = name.lower()
    core = _VERB_SUFFIX.sub("", lowered) if lowered not in VERBS else lowered
    return core if core in VERBS else None


def _looks_like_method(expr: ir.Expr) -> bool:
    """Whether a first argument names the method (``'POST'``, ``$method``,
    ``HttpMethod.Post``) rather than the URL (``$this->endpoint($path)``)."""
    if isinstance(expr, ir.Lit):
        return expr.text.lower() in VERBS
    if isinstance(expr, ir.Index):
        return _looks_like_method(expr.key) or _looks_like_method(expr.obj)
    if isinstance(expr, ir.Call) and _CASE.search(called_name(expr)) and expr.args:
        return _looks_like_method(expr.args[0])
    name = expr.id if isinstance(expr, ir.Name) else expr.name if isinstance(expr, ir.Attr) else ""
    return bool(_METHODISH.search(name))


def _mocked(call: ir.Call | ir.New) -> bool:
    """Whether a chain starts at a test double (nock, fetch-mock, responses, ...)."""
    root: ir.Expr = call if isinstance(call, ir.Call) else ir.Name(call.cls)
    while True:
        if isinstance(root, ir.Call):
            root = root.func
        elif isinstance(root, ir.Attr):
            if _MOCKS.search(root.name):
                return True
            root = root.obj
        else:
            break
    return isinstance(root, ir.Name) and bool(_MOCKS.search(root.id))
