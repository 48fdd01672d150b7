"""From recognised requests to the calls a repository makes: each request's URL and
method evaluated where it is sent, and, where they depend on the sending function's
parameters or on which subclass sends them, once for each caller or subclass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import ir
from .program import Program, called_name, nearest_all
from .recognise import SENT_METHOD, Request, chained_method, chains, recognise
from .resolve import Evaluator, options, url_join
from .values import Frame, Hole, Instance, Record, Site, Text, hole

# How many callers up a URL's parts are followed, and how many versions of one request
# (callers times subclasses) are evaluated at most.
MAX_CALLER_DEPTH = 4
MAX_VERSIONS = 48
BASE_KEYS = frozenset({"baseurl", "baseaddress", "baseuri", "prefixurl", "basepath"})


@dataclass(frozen=True, slots=True)
class Sent:
    """One request as the code sends it: where, its method and URL (holes as ``{name}``),
    or what could not be resolved, and the steps that decided it."""

    path: str
    line: int
    method: str | None
    url: Text
    # Where the request is sent from (the HTTP client's call), when not at `line`.
    sink: Site
    how: str
    generated: bool = False
    why: tuple[str, ...] = ()


class Finder:
    def __init__(self, program: Program, hosts: frozenset[str]) -> None:
        self.program = program
        self.hosts = hosts
        self.evaluator = Evaluator(program)
        self._fallback_base: list[Text] | None = None

    def sent(self) -> Iterator[Sent]:
        """Every request to a Dintero host, in file order, each once."""
        seen: set[tuple[str, int, str | None, str]] = set()
        for function in self.program.functions_everywhere():
            for chain in chains(function):
                request = recognise(chain, function)
                if request is None or self._followed(request, function):
                    continue
                for sent in self._versions(request, function):
                    key = (sent.path, sent.line, sent.method, sent.url.render())
                    if key not in seen:
                        seen.add(key)
                        yield sent

    def _followed(self, request: Request, function: ir.Function) -> bool:
        """Whether the call is into the repository's own code (read there instead)."""
        call = request.call
        frame = Frame(function, function.cls)
        if isinstance(call, ir.New):
            return False
        func = call.func
        if isinstance(func, ir.Attr) and not isinstance(func.obj, ir.This | ir.Super | ir.Name):
            return any(
                isinstance(v, Instance) and self.program.method(v.cls, func.name, function.path)
                for v in self.evaluator.values(func.obj, frame, call.pos)
            )
        return bool(self.evaluator.targets(call, frame, call.pos))

    # Versions of one request

    def _versions(self, request: Request, function: ir.Function) -> list[Sent]:
        """The request as each caller sends it, and as each subclass does, where its URL
        or method depends on which subclass `this` is."""
        frame = Frame(function, function.cls, open=True)
        subclasses = self.program.descendants(function.cls, function.path)[:MAX_VERSIONS]
        if subclasses and self._depends_on_subclass(request, frame):
            found: list[Sent] = []
            for cls in subclasses:
                found += self._instances(request, Frame(function, cls.name, open=True), 0)
            return found
        return self._instances(request, frame, 0) or self._per_object(request, function)

    def _per_object(self, request: Request, function: ir.Function) -> list[Sent]:
        """The request as each object of its class the repository makes sends it: the
        arguments its constructor is given (``Checkout(api_url, checkout_url)``)."""
        found: list[Sent] = []
        sites = [
            (call, caller)
            for call, caller in self.program.callers.get(function.cls or "", [])
            if isinstance(call, ir.New) or isinstance(call.func, ir.Name)
        ]
        for call, caller in sites[:MAX_VERSIONS]:
            made = Frame(caller, caller.cls)
            instance = Instance(function.cls or "", call, made, call.pos, options(call))
            frame = Frame(function, function.cls, open=True, instance=instance)
            found += [
                dataclasses.replace(
                    s, why=(*s.why, f"the object made at {caller.path}:{call.line}")
                )
                for s in self._instances(request, frame, 0)
            ]
        return found

    def _depends_on_subclass(self, request: Request, frame: Frame) -> bool:
        return any(h.this for h in self._holes(request, frame))

    def _needs(self, request: Request, frame: Frame) -> set[int]:
        """The open frames whose parameters the request's URL or method needs."""
        return {h.open for h in self._holes(request, frame) if h.open is not None}

    def _holes(self, request: Request, frame: Frame) -> list[Hole]:
        at = request.call.pos
        values = self.evaluator.texts(request.url, frame, at)
        if request.method is not None:
            values += self.evaluator.texts(request.method, frame, at)
        if request.receiver is not None:
            values += self.evaluator.texts(request.receiver, frame, at)
        return [h for text in values for h in text.holes]

    def _instances(self, request: Request, frame: Frame, depth: int) -> list[Sent]:
        open_frame = _open_frame(frame, self._needs(request, frame))
        if open_frame is None:
            return self._evaluate(request, frame)
        sites = self._call_sites(open_frame) if depth < MAX_CALLER_DEPTH else []
        if not sites:
            # No caller binds it: its parameters stay holes, and other open frames (an
            # enclosing function's) may still be bound.
            return self._instances(request, _rebuilt(frame, open_frame, _closed(open_frame)), depth)
        versions: list[Sent] = []
        for call, caller in sites[:MAX_VERSIONS]:
            caller_frame = Frame(caller, caller.cls, open=True)
            sent = request
            method = chained_method(call, caller) if request.returned else None
            if isinstance(method, ir.Lit | ir.Attr) and open_frame is frame:
                # The caller goes on setting the builder the function returns: a method
                # named by a literal or a constant holds wherever it is read.
                sent = dataclasses.replace(request, method=method, verb=None, returned=False)
            bound = dataclasses.replace(
                open_frame,
                bindings=_bind(open_frame.function, call),
                caller=caller_frame,
                at=call.pos,
                site=call,
                open=False,
            )
            for found in self._instances(sent, _rebuilt(frame, open_frame, bound), depth + 1):
                versions.append(
                    dataclasses.replace(
                        found, why=(*found.why, f"called from {caller.path}:{call.line}")
                    )
                )
        return versions

    def _call_sites(self, frame: Frame) -> list[tuple[ir.Call | ir.New, ir.Function]]:
        function = frame.function
        if function.name == ir.MODULE:
            return []
        name = function.cls if function.name == ir.CONSTRUCTOR else function.name
        sites = []
        for call, caller in self.program.callers.get(name or "", []):
            if caller is not function and self._calls(call, caller, function):
                sites.append((call, caller))
        return sites

    def _calls(self, call: ir.Call | ir.New, caller: ir.Function, function: ir.Function) -> bool:
        """Whether a call (found by name) may run the function: the name means it where
        the call is, and a call on `this` or a class is on a class of its family."""
        program = self.program
        if function.cls is None:
            named = program.functions.get(function.name, [])
            if program.from_package(caller, function.name):
                return False
            return isinstance(call, ir.New) or function in nearest_all(named, caller.path)
        if not program.nearest_copy(function, caller.path):
            return False
        if isinstance(call, ir.New):
            return True
        func = call.func
        if isinstance(func, ir.Attr) and isinstance(func.obj, ir.This | ir.Super):
            return self._family(caller.cls, caller.path, function)
        if isinstance(func, ir.Attr) and isinstance(func.obj, ir.Name):
            cls = program.cls(func.obj.id, caller.path)
            if cls is not None:
                return self._family(cls.name, cls.path, function)
        if isinstance(func, ir.Attr) and self._library_object(func.obj, caller, call.pos):
            return False
        if isinstance(func, ir.Name):
            return self._family(caller.cls, caller.path, function)
        return True

    def _library_object(self, receiver: ir.Expr, caller: ir.Function, at: int) -> bool:
        """Whether a call's receiver is an object a library made (``factory.CreateClient()``),
        so the call is the library's, not a method of the repository of the same name."""
        values = self.evaluator.values(receiver, Frame(caller, caller.cls), at)
        return bool(values) and all(self.evaluator.made_by_library(v) for v in values)

    def _family(self, name: str | None, near: str, function: ir.Function) -> bool:
        """Whether the class a name means near a file is the function's class, or one
        of its ancestors or descendants."""
        program = self.program
        owner, mine = program.cls(function.cls, function.path), program.cls(name, near)
        if owner is None or mine is None:
            return False
        return owner in program.ancestry(mine.name, mine.path) or mine in program.ancestry(
            owner.name, owner.path
        )

    # One version

    def _evaluate(self, request: Request, frame: Frame) -> list[Sent]:
        call = request.call
        at = call.pos
        evaluator = self.evaluator
        methods = self._methods(request, frame)
        found: list[Sent] = []
        for url in evaluator.texts(request.url, frame, at):
            for full in self._absolute(url, request, frame):
                if not self._dintero(full):
                    continue
                for method, method_why in methods:
                    path, line = full.site or (frame.function.path, call.line)
                    if full.site is None and frame.site is not None:
                        path, line = _outermost(frame)
                    found.append(
                        Sent(
                            path,
                            line,
                            method,
                            full,
                            (_module_path(self.program, frame.function), call.line),
                            request.how,
                            request.generated,
                            (*full.why, *method_why),
                        )
                    )
        return found

    def _methods(self, request: Request, frame: Frame) -> list[tuple[str | None, tuple[str, ...]]]:
        """The methods the request may have, each with the steps that gave it."""
        if request.verb is not None:
            return [(request.verb.upper(), ())]
        if request.method is None:
            return [(request.default, ())]
        values = self.evaluator.values(request.method, frame, request.call.pos)
        if _sent_method(request.method) and values == [hole(SENT_METHOD)]:
            # An object no setter gave a method to sends with its client's default.
            return [(request.default, ())]
        methods: list[tuple[str | None, tuple[str, ...]]] = []
        for value in values:
            why = tuple(f"method: {w}" for w in value.why) if isinstance(value, Text) else ()
            methods.append((_method_of(value, self.evaluator), why))
        return list(dict.fromkeys(methods)) or [(request.default, ())]

    def _absolute(self, url: Text, request: Request, frame: Frame) -> list[Text]:
        """The URL with its client's base address put before it, if it is relative."""
        first = url.pieces[0] if url.pieces else ""
        if isinstance(first, str) and "://" in first:
            return [url]
        if request.receiver is None or not isinstance(first, str):
            return []
        bases = self._bases(request.receiver, frame, request.call.pos)
        return [url_join(base, url) for base in bases]

    def _bases(self, receiver: ir.Expr, frame: Frame, at: int) -> list[Text]:
        evaluator = self.evaluator
        found: list[Text] = []
        for value in evaluator.values(receiver, frame, at):
            if isinstance(value, Instance | Record):
                found += self._base_of(value)
        if not found:
            found = self._assigned_base(receiver, frame)
        if not found:
            found = self._only_base()
        return [b for b in found if self._dintero(b)]

    def _base_of(self, value: Instance | Record) -> list[Text]:
        evaluator = self.evaluator
        if isinstance(value, Record):
            items = [(k, v) for k, v in value.items if k is not None]
            frame, at = value.frame, value.at
        else:
            items = list(value.props)
            frame, at = value.frame, value.at
            if not items and value.creation.args:
                first = value.creation.args[0]
                if not isinstance(first, ir.Record):
                    items = [("baseurl", first)]
        texts: list[Text] = []
        for key, expr in items:
            if key.replace("_", "").lower() in BASE_KEYS:
                for found in evaluator.values(expr, frame, at):
                    if isinstance(found, Record | Instance) and not isinstance(found, Instance):
                        texts += self._base_of(found)
                    else:
                        texts.append(evaluator.as_text(found, expr))
            elif isinstance(value, Instance) and key in ("..."):
                continue
        if not texts and isinstance(value, Instance) and self.program.cls(value.cls) is not None:
            texts = self._class_base(value.cls, value)
        if not texts and isinstance(value, Instance):
            for arg in value.creation.args:
                for found in evaluator.values(arg, value.frame, value.at):
                    if isinstance(found, Record):
                        texts += self._base_of(found)
        return texts

    def _class_base(self, cls: str, instance: Instance | None) -> list[Text]:
        frame = Frame(ir.Function(ir.MODULE, (), 0, ""), cls, instance=instance)
        for key in ("BaseAddress", "baseURL", "baseUrl", "base_url", "baseUri", "base_uri"):
            found = self.evaluator._field(key, frame, implicit=True)
            if found:
                return [self.evaluator.as_text(v, ir.Name(key)) for v in found]
        return []

    def _assigned_base(self, receiver: ir.Expr, frame: Frame) -> list[Text]:
        """A base address set on the client after it is made (``http.BaseAddress = ...``)."""
        names = _same(receiver)
        if not names:
            return []
        functions = [frame.function]
        for cls in self.program.ancestry(frame.this, frame.function.path):
            functions += [m for methods in cls.methods.values() for m in methods]
        found: list[Text] = []
        for function in functions:
            for assign in function.assigns:
                target = assign.target
                if (
                    isinstance(target, ir.Attr)
                    and target.obj in names
                    and target.name.replace("_", "").lower() in BASE_KEYS
                ):
                    found += self.evaluator.texts(
                        assign.value, Frame(function, frame.this), assign.pos
                    )
        return found

    def _only_base(self) -> list[Text]:
        """The one Dintero base address the repository sets anywhere, if it sets one."""
        if self._fallback_base is None:
            found: dict[str, Text] = {}
            for function in self.program.functions_everywhere():
                frame = Frame(function, function.cls)
                for assign in function.assigns:
                    target = assign.target
                    if (
                        isinstance(target, ir.Attr)
                        and target.name.replace("_", "").lower() in BASE_KEYS
                    ):
                        for text in self.evaluator.texts(assign.value, frame, assign.pos):
                            if self._dintero(text):
                                found.setdefault(text.render(), text)
            self._fallback_base = list(found.values()) if len(found) == 1 else []
        return [
            dataclasses.replace(t, why=(*t.why, "the only Dintero base address set in the code"))
            for t in self._fallback_base
        ]

    def _dintero(self, url: Text) -> bool:
        first = url.pieces[0] if url.pieces else ""
        if not isinstance(first, str) or "://" not in first:
            return False
        rest = first.split("://", 1)[1]
        host = rest.split("/", 1)[0].split("?", 1)[0]
        complete = "/" in rest or len(url.pieces) == 1 or not isinstance(url.pieces[1], str)
        try:
            hostname = urlsplit(f"https://{host}").hostname or ""
        except ValueError:
            return False
        return complete and hostname in self.hosts


def _method_of(value: Text | Record | Instance, evaluator: Evaluator) -> str | None:
    if isinstance(value, Instance):
        if value.creation.args and called_name(value.creation) == "HttpMethod":
            texts = evaluator.texts(value.creation.args[0], value.frame, value.at)
            return _method_name(texts[0].literal or "") if texts else None
        return None
    if isinstance(value, Record):
        return None
    if value.literal is not None:
        return _method_name(value.literal)
    holes = value.holes
    if len(holes) == 1 and holes[0].symbol:
        return _method_name(holes[0].symbol.rsplit(".", 1)[-1])
    return None


def _sent_method(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.Attr) and expr.name == SENT_METHOD


def _method_name(text: str) -> str | None:
    name = text.strip().upper()
    for prefix in ("METHOD_", "HTTP_", "METHOD"):  # METHOD: Go's http.MethodPost
        name = name.removeprefix(prefix)
    return name if name in ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS") else None


def _open_frame(frame: Frame, needs: set[int]) -> Frame | None:
    """The first frame up the callers and enclosing functions whose parameters are still
    open and needed."""
    todo: list[Frame] = [frame]
    while todo:
        each = todo.pop(0)
        if each.open and id(each) in needs:
            return each
        todo += [f for f in (each.caller, each.scope) if f is not None]
    return None


def _closed(frame: Frame) -> Frame:
    """The frame with its parameters at their defaults: no caller binds them."""
    return dataclasses.replace(frame, bindings={}, open=False)


def _rebuilt(frame: Frame, old: Frame, new: Frame) -> Frame:
    """The callers and enclosing frames from ``frame`` with ``old`` replaced by ``new``."""
    if frame is old:
        return new
    caller = frame.caller and _rebuilt(frame.caller, old, new)
    scope = frame.scope and _rebuilt(frame.scope, old, new)
    if caller is frame.caller and scope is frame.scope:
        return frame
    return dataclasses.replace(frame, caller=caller, scope=scope)


def _outermost(frame: Frame) -> Site:
    """The call furthest up the caller chain: where the request's parts were given."""
    site = (frame.function.path, frame.function.line)
    while frame.site is not None and frame.caller is not None:
        site = (frame.caller.function.path, frame.site.line)
        frame = frame.caller
    return site


def _bind(function: ir.Function, call: ir.Call | ir.New) -> dict[str, ir.Expr]:
    bindings = {p.name: a for p, a in zip(function.params, call.args, strict=False)}
    names = {p.name for p in function.params}
    bindings.update({k: v for k, v in call.kwargs if k in names})
    return bindings


def _same(receiver: ir.Expr) -> tuple[ir.Expr, ...]:
    """A client field as the code may write it: ``this._http`` or ``_http``."""
    if isinstance(receiver, ir.Attr) and isinstance(receiver.obj, ir.This):
        return (receiver, ir.Name(receiver.name))
    if isinstance(receiver, ir.Name):
        return (receiver, ir.Attr(ir.This(), receiver.id))
    return ()


def _module_path(program: Program, function: ir.Function) -> str:
    return function.path
