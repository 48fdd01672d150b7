"""Value resolution: what an expression is worth, following the code the way it composes
a URL — constants and class constants, fields set in constructors, helper functions and
their returns, concatenation, interpolation and format strings, configuration defaults.

The answers are lists of alternatives (``a ? b : c`` gives two), few and bounded; a
part the code leaves open is a hole, never a guess.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable

from . import ir
from .libraries import FACTORIES
from .program import Program, called_name, nearest_all
from .recognise import METHOD_SETTERS, SENT_METHOD, SENT_URL, URL_SETTERS
from .values import Frame, Hole, Instance, Record, Text, Value, hole, join

# The most alternatives one expression may have, and how deep evaluation may go.
MAX_ALTERNATIVES = 8
MAX_DEPTH = 40

# Calls that read a setting, whose last argument is the default (``getenv("X", "d")``).
_SETTINGS = frozenset(
    {
        "get",
        "getenv",
        "get_option",
        "env",
        "config",
        "getValue",
        "GetValue",
        "getConfig",
        "GetEnvironmentVariable",
        "get_theme_mod",
        "getProperty",
        "getSetting",
    }
)
# Calls that make an HTTP client (``IHttpClientFactory.CreateClient``, ``requests.Session``).
_CLIENT_FACTORIES = frozenset({"CreateClient", "createClient", "create_client", "Session"})
# A parameter bag's getters and setters, by key (Omnipay, Symfony, Magento data objects).
_BAG_GETTERS = frozenset({"getParameter", "getData", "getConfigData", "getParam"})
_BAG_SETTERS = ("setParameter", "setData", "setParam", "set")
# Calls that hand back their (first) argument's text, near enough for a URL.
_SAME = frozenset(
    {
        "strval",
        "String",
        "str",
        "ToString",
        "toString",
        "encodeURI",
        "encodeURIComponent",
        "urlencode",
        "rawurlencode",
        "EscapeDataString",
        "EscapeUriString",
        "UrlEncode",
        "quote",
        "quote_plus",
        "esc_url",
        "esc_url_raw",
        "esc_attr",
        "sanitize_text_field",
        "URI",
        "Uri",
        "URL",
        "ToLower",
        "strtolower",
        "lower",
        "toLowerCase",
    }
)
_TRIM_END = frozenset(
    {"rtrim", "TrimEnd", "rstrip", "untrailingslashit", "trimEnd", "TrimSuffix", "TrimRight"}
)
_TRIM = frozenset({"trim", "Trim", "strip", "TrimSpace"})
_TRIM_START = frozenset({"ltrim", "TrimStart", "lstrip", "trimStart", "TrimPrefix", "TrimLeft"})
_JOIN = frozenset({"urljoin", "join", "resolve", "combine", "Combine"})
# Setters of a builder or client object (``setMethod``, ``withUri``, ``addHeader``).
_FLUENT = re.compile(r"^(?:set|with|add)(?:[A-Z_]|$)")
_PRINTF = re.compile(r"%(?:(\d+)\$)?(?:\(([^)]*)\))?[-+ 0#]*\d*(?:\.\d+)?[sdfiuxX]|%%")
_INDEX = re.compile(r"\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}")
_BRACE = re.compile(r"\{\{|\}\}|\{([A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^}]*)?\}")


class Evaluator:
    def __init__(self, program: Program) -> None:
        self.program = program
        self._depth = 0
        self._active: set[tuple[int, int, int]] = set()
        # Answers already worked out; a key holds its frame, so no frame's id is reused.
        self._known: dict[tuple[int, Frame, int], list[Value]] = {}
        # The file of the function being evaluated: names mean what they mean there.
        self.near = ""
        self._tops: dict[tuple[int, str | None], Frame] = {}
        # Parameter-bag setters by key (``->set('base_url', ...)``), indexed once.
        self._stores: dict[str, list[tuple[ir.Call | ir.New, ir.Function]]] | None = None
        self._stored_values: dict[tuple[str, str], list[Value]] = {}

    # Entry points

    def texts(self, expr: ir.Expr, frame: Frame, at: int) -> list[Text]:
        """The texts an expression may be; records and objects are holes."""
        return [self.as_text(value, expr) for value in self.values(expr, frame, at)]

    def values(self, expr: ir.Expr, frame: Frame, at: int) -> list[Value]:
        known = self._known.get((id(expr), frame, at))
        if known is not None:
            return known
        key = (id(expr), id(frame), at)
        if key in self._active or self._depth > MAX_DEPTH:
            return [hole(_label(expr))]
        self._active.add(key)
        self._depth += 1
        near, self.near = self.near, frame.function.path
        try:
            found = _distinct(self._values(expr, frame, at))[:MAX_ALTERNATIVES]
        finally:
            self._depth -= 1
            self._active.discard(key)
            self.near = near
        found = found or [hole(_label(expr))]
        self._known[(id(expr), frame, at)] = found
        return found

    def top(self, function: ir.Function, this: str | None = None) -> Frame:
        """The one frame of a module's top level, for a class `this` is."""
        key = (id(function), this)
        frame = self._tops.get(key)
        if frame is None:
            frame = self._tops[key] = Frame(function, this)
        return frame

    def as_text(self, value: Value, expr: ir.Expr) -> Text:
        if isinstance(value, Text):
            return value
        if isinstance(value, Instance) and value.cls in ("Uri", "URI", "URL") and value.creation:
            return self._uri(value)
        return hole(_label(expr))

    # Expressions

    def _values(self, expr: ir.Expr, frame: Frame, at: int) -> list[Value]:
        if isinstance(expr, ir.Lit):
            inside = frame.function.name != ir.MODULE and frame.function.line <= expr.line
            return [Text((expr.text,), (), (frame.function.path, expr.line) if inside else None)]
        if isinstance(expr, ir.Interp | ir.Concat):
            return list(self._concat(expr.parts, frame, at))
        if isinstance(expr, ir.Format):
            return self._format(expr, frame, at)
        if isinstance(expr, ir.Name):
            return self._name(expr.id, frame, at)
        if isinstance(expr, ir.Attr):
            return self._attr(expr, frame, at)
        if isinstance(expr, ir.Index):
            return self._index(expr, frame, at)
        if isinstance(expr, ir.Call):
            return self._call(expr, frame, at)
        if isinstance(expr, ir.New):
            return self._new(expr, frame, at)
        if isinstance(expr, ir.Record):
            items = tuple(
                (self._key(k, frame, at), v)
                for k, v in expr.items
                if not (isinstance(k, ir.Lit) and k.text == "...")
            )
            spreads = tuple(v for k, v in expr.items if isinstance(k, ir.Lit) and k.text == "...")
            return [Record(items, frame, at, spreads)]
        if isinstance(expr, ir.Choice):
            return [v for option in expr.options for v in self.values(option, frame, at)]
        if isinstance(expr, ir.Fallback):
            first = self.values(expr.first, frame, at)
            if all(isinstance(v, Text) and v.literal is not None for v in first):
                return first
            # An empty default (``getenv('ACCOUNT', '')``) stands for the setting itself.
            label = _label(expr.first)
            return [hole(label) if _empty(v) else v for v in self.values(expr.then, frame, at)]
        if isinstance(expr, ir.This):
            return [hole("this")]
        return [hole(_label(expr))]

    def _key(self, key: ir.Expr | None, frame: Frame, at: int) -> str | None:
        if key is None:
            return None
        texts = self.texts(key, frame, at)
        return texts[0].literal if len(texts) == 1 else None

    def _concat(self, parts: Iterable[ir.Expr], frame: Frame, at: int) -> list[Text]:
        options = [self.texts(part, frame, at) for part in parts]
        combos = itertools.islice(itertools.product(*options), MAX_ALTERNATIVES)
        return [join(list(combo)) for combo in combos]

    def _format(self, expr: ir.Format, frame: Frame, at: int) -> list[Value]:
        args = [self.texts(a, frame, at)[0] for a in expr.args]
        named = {name: self.texts(v, frame, at)[0] for name, v in expr.kwargs}
        results: list[Value] = []
        for template in self.texts(expr.template, frame, at):
            results.append(_fill(template, args, named, expr.style))
        return results

    # Names

    def _name(self, name: str, frame: Frame, at: int) -> list[Value]:
        function = frame.function
        assigned = _reaching(function, ir.Name(name), at)
        if assigned:
            return [v for a in assigned for v in self.values(a.value, frame, a.pos)]
        param = next((p for p in function.params if p.name == name), None)
        if param is not None:
            return self._param(param, frame)
        if function.parent is not None and _defines(function.parent, name):
            return self._name(name, self._scope(frame), function.pos)
        if function.cls is not None and self.program.method(function.cls, name, self.near) is None:
            found = self._field(name, frame, implicit=True)
            if found is not None:
                return found
            if (
                self._implicit_this(function)
                and self.program.descendants(frame.this, self.near)
                and name not in self.program.globals
            ):
                return [hole(name, this=True)]
        return self._global(name, frame)

    def _scope(self, frame: Frame) -> Frame:
        """The frame of the function a closure is written in: its caller's when the
        enclosing function calls it, else one of its own, open to the enclosing function's
        callers."""
        if frame.scope is None:
            parent = frame.function.parent
            assert parent is not None
            caller = frame.caller
            if caller is not None and caller.function is parent:
                frame.scope = caller
            else:
                frame.scope = Frame(parent, frame.this, open=True)
        return frame.scope

    def _implicit_this(self, function: ir.Function) -> bool:
        """Whether a bare name in a method may be a member (C#, Java), not a global."""
        module = self.program.module_of.get(id(function))
        return module is not None and module.language in ("csharp", "java")

    def _param(self, param: ir.Param, frame: Frame) -> list[Value]:
        if frame.bindings is not None and param.name in frame.bindings:
            caller = frame.caller or frame
            return self.values(frame.bindings[param.name], caller, frame.at)
        if frame.bindings is None and frame.open:
            return [Text((Hole(param.name, open=id(frame)),))]
        if param.default is not None:
            found = self.values(param.default, frame, 0)
            return [_noted(v, f"the default of the parameter {param.name}") for v in found]
        return [hole(param.name)]

    def _global(self, name: str, frame: Frame) -> list[Value]:
        everywhere = self.program.globals.get(name, [])
        tops = nearest_all([top for _, top in everywhere], frame.function.path)
        found: list[Value] = []
        for assign, top in everywhere:
            if top not in tops:
                continue
            top_frame = self.top(top)
            for value in self.values(assign.value, top_frame, assign.pos):
                found.append(_noted(value, f"{name} ({top.path}:{assign.line})"))
        return found or [hole(name)]

    # Members

    def _attr(self, expr: ir.Attr, frame: Frame, at: int) -> list[Value]:
        obj = expr.obj
        if expr.name in (SENT_URL, SENT_METHOD):
            return [
                found
                for value in self.values(obj, frame, at)
                if isinstance(value, Instance)
                for found in self._sent(value, expr.name == SENT_URL)
            ]
        local = _reaching(frame.function, expr, at)
        if local:
            return [v for a in local for v in self.values(a.value, frame, a.pos)]
        if isinstance(obj, ir.This | ir.Super):
            return self._field(expr.name, frame) or [
                hole(expr.name, this=bool(self.program.descendants(frame.this, self.near)))
            ]
        if isinstance(obj, ir.Name) and self._is_class(obj.id, frame, at):
            static = self._static(obj.id, expr.name, frame)
            if static is not None:
                return static
        found: list[Value] = []
        for value in self.values(obj, frame, at):
            if (
                isinstance(obj, ir.Name)
                and isinstance(value, Text)
                and value.pieces == (Hole(obj.id),)
            ):
                # A name the repository does not define: a constant from a library.
                found.append(hole(expr.name, symbol=f"{obj.id}.{expr.name}"))
            else:
                found += self._member(value, expr.name)
        return found

    def _is_class(self, name: str, frame: Frame, at: int) -> bool:
        """Whether a name is a class (or outside namespace), not a variable in scope."""
        function = frame.function
        if _reaching(function, ir.Name(name), at):
            return False
        if any(p.name == name for p in function.params):
            return False
        return self.program.cls(name, self.near) is not None

    def _static(self, cls: str, name: str, frame: Frame) -> list[Value] | None:
        for owner in self.program.ancestry(cls, self.near):
            if name in owner.fields:
                return self._initialisers(owner, name, Frame(frame.function, cls))
        return None

    def _member(self, value: Value, name: str) -> list[Value]:
        if isinstance(value, Record):
            return self._lookup(value, name)
        if isinstance(value, Instance):
            own = self.program.cls(value.cls, self.near)
            if own is not None:
                frame = Frame(own.methods.get(ir.CONSTRUCTOR, [_body_less(own)])[0], own.name)
                frame.instance = value
                return self._field(name, frame) or self._made_with(own, name) or [hole(name)]
            return self._prop(value, name) or [hole(name)]
        holes = value.holes
        if holes and holes[0].open is None and not holes[0].this:
            default = self._only_default(name)
            if default:
                return default
        return [
            Text(
                (Hole(name, open=holes[0].open, this=holes[0].this),) if holes else (Hole(name),),
                value.why,
            )
        ]

    def _only_default(self, name: str) -> list[Value]:
        """A setting read from an object the code does not make (``options.ApiBaseUrl``):
        the default its class declares, when one class of the repository declares it."""
        owners = nearest_all(
            [
                cls
                for classes in self.program.classes.values()
                for cls in classes
                if any(not isinstance(v, ir.Unknown) for v, _ in cls.fields.get(name, []))
            ],
            self.near,
        )
        if len(owners) != 1:
            return []
        owner = owners[0]
        return [
            _noted(v, f"the default of {owner.name}.{name}")
            for v in self._initialisers(owner, name, Frame(_body_less(owner), owner.name))
        ]

    def _made_with(self, cls: ir.ClassDef, name: str) -> list[Value]:
        """A property of an object the code reads without knowing which one: the values
        the repository gives it where it makes one (``new Settings { Url = "..." }``)."""
        found: list[Value] = []
        for call, caller in self.program.callers.get(cls.name, []):
            for key, expr in options(call):
                if _fold(key) == _fold(name):
                    found += [
                        _noted(v, f"{cls.name}.{name} given at {caller.path}:{call.line}")
                        for v in self.values(expr, Frame(caller, caller.cls), call.pos)
                    ]
        return found

    def _lookup(self, record: Record, key: str) -> list[Value]:
        for k, v in reversed(record.items):
            if k == key:
                return self.values(v, record.frame, record.at)
        overridden = False
        for spread in reversed(record.spreads):
            spread_values = self.values(spread, record.frame, record.at)
            for inner in spread_values:
                if isinstance(inner, Record):
                    found = self._lookup(inner, key)
                    if found and not all(isinstance(f, Text) and f.holes for f in found):
                        # An empty default under settings the code does not know is theirs.
                        return [hole(key) if overridden and _empty(f) else f for f in found]
            overridden = overridden or any(not isinstance(v, Record) for v in spread_values)
        return [hole(key)]

    def _prop(self, instance: Instance, name: str) -> list[Value]:
        wanted = _fold(name)
        for key, value in reversed(instance.props):
            if _fold(key) == wanted:
                return self.values(value, instance.frame, instance.at)
        return []

    def _sent(self, instance: Instance, url: bool) -> list[Value]:
        """The URL (or the method) an object made by a library will send: the last setter
        that gives it, the property it was made with, or (the URL) its first argument."""
        setters = URL_SETTERS if url else METHOD_SETTERS
        for name, arg, frame, at in reversed(instance.later):
            if name in setters:
                return self.values(arg, frame, at)
        for key in ("url", "uri", "requesturi") if url else ("method",):
            found = self._prop(instance, key)
            if found:
                return found
        made = instance.creation
        first = made.args[0] if made.args else None
        if url and isinstance(made, ir.New) and not isinstance(first, ir.Record | None):
            return self.values(first, instance.frame, instance.at)
        return []

    def _index(self, expr: ir.Index, frame: Frame, at: int) -> list[Value]:
        local = _reaching(frame.function, expr, at)
        if local:
            return [v for a in local for v in self.values(a.value, frame, a.pos)]
        keys = self.texts(expr.key, frame, at)
        key = keys[0].literal if len(keys) == 1 else None
        if key is None:
            return [hole(_label(expr))]
        found: list[Value] = []
        for value in self.values(expr.obj, frame, at):
            found += (
                self._member(value, key)
                if not isinstance(value, Text)
                else [Text((Hole(key, open=_open(value), this=_this(value)),), value.why)]
            )
        return found

    # Fields of `this`

    def _field(self, name: str, frame: Frame, implicit: bool = False) -> list[Value] | None:
        """A field of the object `this` is: set in its class or the nearest ancestor that
        sets it (a constructor, another method, or the declaration's initialiser)."""
        for owner in self.program.ancestry(frame.this, self.near):
            found: list[Value] = []
            sets = self.program.field_sets(owner)
            for method_name, method, assign in sets.get(name, []):
                if isinstance(assign.target, ir.Name) and not implicit:
                    continue
                method_frame = self._method_frame(method, method_name, owner, frame)
                where = f"{method.where} ({method.path}:{assign.line})"
                found += [
                    _noted(v, f"{owner.name}.{name} set in {where}")
                    for v in self.values(assign.value, method_frame, assign.pos)
                ]
            if not found and name in owner.fields:
                found = self._initialisers(owner, name, Frame(frame.function, frame.this))
            if found:
                return found
        if frame.instance is not None:
            return self._prop(frame.instance, name) or None
        return None

    def _initialisers(self, owner: ir.ClassDef, name: str, frame: Frame) -> list[Value]:
        """A member's declared values. One a subclass declares is where the request is
        decided, so its literals keep their lines; a constant's do not."""
        if owner.name != frame.function.cls and frame.function.cls is not None:
            members = ir.Function(f"{owner.name} members", (), owner.line, owner.path, owner.name)
            class_frame = Frame(members, frame.this)
        else:
            module = next(m for m in self.program.modules if m.path == owner.path)
            class_frame = self.top(module.top, frame.this)
        found: list[Value] = []
        for value_expr, line in owner.fields.get(name, []):
            if isinstance(value_expr, ir.Unknown) and value_expr.text == "unset":
                continue
            for value in self.values(value_expr, class_frame, 0):
                found.append(_noted(value, f"{owner.name}.{name} ({owner.path}:{line})"))
        return found

    def _method_frame(
        self, method: ir.Function, name: str, owner: ir.ClassDef, frame: Frame
    ) -> Frame:
        """The frame a method that sets a field runs in: a constructor's parameters are
        bound where the object is made (or by the subclass's call of it)."""
        if name != ir.CONSTRUCTOR:
            return Frame(method, frame.this, instance=frame.instance)
        if owner.name == frame.this and frame.instance is not None:
            creation = frame.instance.creation
            return Frame(
                method,
                frame.this,
                _bind(method, creation.args, creation.kwargs),
                frame.instance.frame,
                frame.instance.at,
                creation,
                frame.instance,
            )
        if owner.name != frame.this:
            child = next(
                (
                    c
                    for c in self.program.ancestry(frame.this, self.near)
                    if owner.name in c.bases and c.methods.get(ir.CONSTRUCTOR)
                ),
                None,
            )
            if child is not None:
                child_ctor = child.methods[ir.CONSTRUCTOR][0]
                call = child_ctor.super_call
                if call is not None:
                    child_frame = self._method_frame(child_ctor, name, child, frame)
                    return Frame(
                        method,
                        frame.this,
                        _bind(method, call.args, call.kwargs),
                        child_frame,
                        call.pos,
                        call,
                    )
        return Frame(method, frame.this, open=frame.function is method and frame.open)

    # Calls

    def _call(self, call: ir.Call, frame: Frame, at: int) -> list[Value]:
        func = call.func
        name = (
            func.id if isinstance(func, ir.Name) else func.name if isinstance(func, ir.Attr) else ""
        )
        args = call.args
        if isinstance(func, ir.Name) and self.program.cls(name, self.near) is not None:
            return self._new(ir.New(name, call.args, call.kwargs, call.line, call.pos), frame, at)
        stored = self._stored(name, args, frame, at)
        if stored:
            return stored
        targets = self.targets(call, frame, at)
        if targets:
            found: list[Value] = []
            for function, this, instance in targets:
                bound = Frame(
                    function, this, _bind(function, args, call.kwargs), frame, at, call, instance
                )
                for returned, pos in function.returns:
                    found += [
                        _noted(
                            v, f"returned by {function.where}() ({function.path}:{function.line})"
                        )
                        for v in self.values(returned, bound, pos)
                    ]
            if found:
                return found
            if any(not t[0].returns and self.program.descendants(t[1], self.near) for t in targets):
                return [hole(name, this=True)]
            return [hole(name)]
        if name in _SETTINGS and len(args) >= 2:
            receiver = func.obj if isinstance(func, ir.Attr) else None
            if receiver is not None:
                for value in self.values(receiver, frame, at):
                    if isinstance(value, Record):
                        key = self._key(args[0], frame, at)
                        if key is not None:
                            return self._lookup(value, key)
            return self.values(ir.Fallback(ir.Unknown(_label(args[0])), args[-1]), frame, at)
        # ``rtrim($s, '/')`` takes the text first; ``s.TrimEnd('/')`` is called on it.
        on: tuple[ir.Expr, ...] = (func.obj,) if isinstance(func, ir.Attr) else ()
        if name in _SAME and (args or on):
            subject = (*args, *on)[0]
            return [self.as_text(v, subject) for v in self.values(subject, frame, at)]
        if name == "create" and func == ir.Attr(ir.Name("URI"), name) and args:
            return [self.as_text(v, args[0]) for v in self.values(args[0], frame, at)]
        if name in _TRIM_END | _TRIM | _TRIM_START and (args or on):
            subject, *rest = (*on, *args)
            chars = self._key(rest[0], frame, at) if rest else None
            ends = (name not in _TRIM_END, name not in _TRIM_START)
            return [_trim(t, chars, *ends) for t in self.texts(subject, frame, at)]
        if name in ("trailingslashit",) and args:
            return [
                join([_trim(t, "/", False, True), Text(("/",))])
                for t in self.texts(args[0], frame, at)
            ]
        if (name in _JOIN and len(args) == 2 and name != "join") or (
            name == "join" and _is_path(func)
        ):
            return [
                url_join(a, b)
                for a in self.texts(args[0], frame, at)
                for b in self.texts(args[1], frame, at)
            ]
        if name in ("str_replace", "replace", "Replace") and len(args) >= 2:
            return self._replace(call, frame, at)
        if isinstance(func, ir.Attr) and name in ("create", "Create", "createClient"):
            return [Instance(_label(func.obj), call, frame, at, options(call))]
        factory = self._factory(func, frame)
        if factory is not None:
            return [
                _noted(v, f"{name}() of a known client library")
                for v in self.values(factory, frame, at)
            ]
        typed = next((t for t in call.types if self.program.cls(t, self.near) is not None), None)
        if typed is not None:
            # A factory or a settings loader typed by a class of the repository.
            return [Instance(typed, call, frame, at)]
        if isinstance(func, ir.Attr) and args and _FLUENT.match(name):
            made = [
                v
                for v in self.values(func.obj, frame, at)
                if isinstance(v, Instance) and self.program.cls(v.cls, self.near) is None
            ]
            if made:
                # A library object's setter returns the object, one setting more.
                step = (name, args[0], frame, at)
                return [dataclasses.replace(v, later=(*v.later, step)) for v in made]
        return [Instance(name, call, frame, at, options(call))]

    def _factory(self, func: ir.Expr, frame: Frame) -> ir.Expr | None:
        """What a known client library's factory, imported into this file, returns."""
        module = self.program.module_of.get(id(frame.function))
        if module is None or not isinstance(func, ir.Name):
            return None
        imported = module.imports.get(func.id)
        return FACTORIES.get(imported) if imported is not None else None

    def _stored(self, name: str, args: tuple[ir.Expr, ...], frame: Frame, at: int) -> list[Value]:
        """A value read from a parameter bag by its key (``getParameter('base_url')``): what
        the repository stores under that key (``->set('base_url', ...)``)."""
        if name not in _BAG_GETTERS or not args or not isinstance(args[0], ir.Lit):
            return []
        key = args[0].text
        known = self._stored_values.get((key, self.near))
        if known is not None:
            return known
        if self._stores is None:
            self._stores = {}
            for setter in _BAG_SETTERS:
                for call, caller in self.program.callers.get(setter, []):
                    if len(call.args) == 2 and isinstance(call.args[0], ir.Lit):
                        self._stores.setdefault(call.args[0].text, []).append((call, caller))
        found: list[Value] = []
        for call, caller in self._stores.get(key, []):
            if not self.program.nearest_copy(caller, self.near):
                continue
            for value in self.values(call.args[1], Frame(caller, caller.cls), call.pos):
                if isinstance(value, Text) and len(value.holes) == len(value.pieces) == 1:
                    value = hole(key)  # a value passed in: named by its key
                found.append(_noted(value, f"stored as {key!r} ({caller.path}:{call.line})"))
        # What a key holds is the same wherever it is read from one file.
        self._stored_values[(key, self.near)] = found
        return found

    def targets(
        self, call: ir.Call | ir.New, frame: Frame, at: int
    ) -> list[tuple[ir.Function, str | None, Instance | None]]:
        """The repository's functions a call may run, with what `this` is in each."""
        program = self.program
        if isinstance(call, ir.New):
            found = program.method(call.cls, ir.CONSTRUCTOR, self.near)
            return [(found[0], call.cls, None)] if found else []
        func = call.func
        if isinstance(func, ir.Name):
            if frame.function.cls is not None:
                method = program.method(frame.this or frame.function.cls, func.id, self.near)
                if method is not None:
                    return [(method[0], frame.this, frame.instance)]
            if program.from_package(frame.function, func.id):
                return []
            functions = nearest_all(program.functions.get(func.id, []), self.near)
            return [(f, None, None) for f in functions[:4]]
        if isinstance(func, ir.Super):
            parent = self._parent(frame)
            found = program.method(parent, ir.CONSTRUCTOR, self.near)
            return [(found[0], frame.this, frame.instance)] if found else []
        if not isinstance(func, ir.Attr):
            return []
        obj = func.obj
        if isinstance(obj, ir.This):
            method = program.method(frame.this or frame.function.cls, func.name, self.near)
            return [(method[0], frame.this, frame.instance)] if method else []
        if isinstance(obj, ir.Super):
            method = program.method(self._parent(frame), func.name, self.near)
            return [(method[0], frame.this, frame.instance)] if method else []
        if (
            isinstance(obj, ir.Name)
            and program.cls(obj.id, self.near) is not None
            and self._is_class(obj.id, frame, at)
        ):
            method = program.method(obj.id, func.name, self.near)
            return [(method[0], obj.id, None)] if method else []
        found_targets: list[tuple[ir.Function, str | None, Instance | None]] = []
        receivers = self.values(obj, frame, at)
        for value in receivers:
            if isinstance(value, Instance) and program.cls(value.cls, self.near) is not None:
                method = program.method(value.cls, func.name, self.near)
                if method is not None:
                    found_targets.append((method[0], value.cls, value))
        if found_targets or any(self.made_by_library(v) for v in receivers):
            # A known object: its class's method, or a library's.
            return found_targets
        candidates = [m for m in program.methods.get(func.name, []) if not m.abstract]
        if len(candidates) == 1 and func.name not in _SETTINGS:
            return [(candidates[0], candidates[0].cls, None)]
        return []

    def made_by_library(self, value: Value) -> bool:
        """Whether a value is an object a library made: ``new Client(...)`` of a class the
        repository does not define, or an HTTP client factory's (``CreateClient()``). A
        factory's ``create()`` may make one of the repository's classes: not known."""
        if not isinstance(value, Instance) or self.program.cls(value.cls, self.near) is not None:
            return False
        made = value.creation
        return isinstance(made, ir.New) or called_name(made) in _CLIENT_FACTORIES

    def _parent(self, frame: Frame) -> str | None:
        own = self.program.cls(frame.function.cls, self.near)
        if own is None:
            return None
        return next((b for b in own.bases if self.program.cls(b, self.near) is not None), None)

    def _new(self, new: ir.New, frame: Frame, at: int) -> list[Value]:
        return [Instance(new.cls, new, frame, at, options(new))]

    def _replace(self, call: ir.Call, frame: Frame, at: int) -> list[Value]:
        args = call.args
        if isinstance(call.func, ir.Attr) and len(args) == 2:
            subject, search, value = call.func.obj, args[0], args[1]
        elif len(args) >= 3:
            search, value, subject = args[0], args[1], args[2]
        else:
            return [hole("replace")]
        needle = self._key(search, frame, at)
        replacement = self.texts(value, frame, at)[0]
        found: list[Value] = []
        for text in self.texts(subject, frame, at):
            if needle is None or not needle:
                found.append(text)
                continue
            pieces: list[Text] = []
            for piece in text.pieces:
                if isinstance(piece, str) and needle in piece:
                    chunks = piece.split(needle)
                    for i, chunk in enumerate(chunks):
                        if i:
                            pieces.append(replacement)
                        pieces.append(Text((chunk,)))
                else:
                    pieces.append(Text((piece,)))
            found.append(join([*pieces, Text((), text.why, text.site)]))
        return found

    def _uri(self, value: Instance) -> Text:
        """``new Uri(base, relative)``, ``new URL(path, base)``, ``URI.create(x)``."""
        creation = value.creation
        texts = [self.texts(a, value.frame, value.at)[0] for a in creation.args[:2]]
        if len(texts) == 2:
            base, rest = (texts[1], texts[0]) if value.cls == "URL" else (texts[0], texts[1])
            return url_join(base, rest)
        return texts[0] if texts else hole("uri")


def url_join(base: Text, rest: Text) -> Text:
    """A base URL and a path, joined with one slash between (an absolute ``rest`` wins)."""
    first = rest.pieces[0] if rest.pieces else ""
    if isinstance(first, str) and "://" in first:
        return rest
    last = base.pieces[-1] if base.pieces else ""
    ends = isinstance(last, str) and last.endswith("/")
    if ends and isinstance(first, str) and first.startswith("/"):
        rest = Text((first[1:], *rest.pieces[1:]), rest.why, rest.site)
        return join([base, rest])
    starts = isinstance(first, str) and first.startswith("/")
    if not ends and not starts and rest.pieces:
        rest = join([Text(("/",)), rest])
    return join([base, rest])


def _fill(template: Text, args: list[Text], named: dict[str, Text], style: str) -> Text:
    pattern = {"printf": _PRINTF, "index": _INDEX}.get(style, _BRACE)
    parts: list[Text] = []
    position = 0
    for piece in template.pieces:
        if not isinstance(piece, str):
            parts.append(Text((piece,)))
            continue
        last = 0
        for match in pattern.finditer(piece):
            parts.append(Text((piece[last : match.start()],)))
            last = match.end()
            token = match.group(0)
            if token in ("%%", "{{", "}}"):
                parts.append(Text((token[0],)))
                continue
            if style == "printf":
                key, name = match.group(1), match.group(2)
                if name is not None:
                    parts.append(named.get(name, hole(name)))
                    continue
                index = int(key) - 1 if key else position
                position += 0 if key else 1
            else:
                key = match.group(1)
                if key and not key.isdigit():
                    parts.append(named.get(key, hole(key)))
                    continue
                index = int(key) if key else position
                position += 0 if key else 1
            parts.append(args[index] if 0 <= index < len(args) else hole("format"))
        parts.append(Text((piece[last:],)))
    # The template's line, unless an argument's literal decided the text later on.
    return join([Text((), template.why, template.site), *parts])


def _trim(text: Text, chars: str | None, start: bool, end: bool) -> Text:
    chars = chars if chars is not None else " \t\n"
    pieces = list(text.pieces)
    if end and pieces and isinstance(pieces[-1], str):
        pieces[-1] = pieces[-1].rstrip(chars)
    if start and pieces and isinstance(pieces[0], str):
        pieces[0] = pieces[0].lstrip(chars)
    return Text(tuple(p for p in pieces if p != ""), text.why, text.site)


def _reaching(function: ir.Function, target: ir.Expr, at: int) -> list[ir.Assign]:
    """The assignments to ``target`` whose value may be seen at ``at``: the last one
    before it, and, when that one is in a branch ``at`` is not in, those before the
    branch too (``url = A; if (...) { url = B; }`` gives A or B)."""
    before = [a for a in function.assigns if a.pos < at and a.target == target]
    found: list[ir.Assign] = []
    while before:
        last = before[-1]
        found.append(last)
        branch = last.branch
        if branch is None or branch[0] <= at < branch[1]:
            break
        before = [a for a in before if a.pos < branch[0]]
    return found


def _empty(value: Value) -> bool:
    return isinstance(value, Text) and value.literal == ""


def _defines(function: ir.Function, name: str) -> bool:
    """Whether a name is a parameter or a local of the function or of one it is in."""
    target = ir.Name(name)
    return (
        any(p.name == name for p in function.params)
        or any(a.target == target for a in function.assigns)
        or (function.parent is not None and _defines(function.parent, name))
    )


def _bind(
    function: ir.Function, args: tuple[ir.Expr, ...], kwargs: tuple[tuple[str, ir.Expr], ...]
) -> dict[str, ir.Expr]:
    bindings = {p.name: a for p, a in zip(function.params, args, strict=False)}
    names = {p.name for p in function.params}
    bindings.update({k: v for k, v in kwargs if k in names})
    return bindings


def options(call: ir.Call | ir.New) -> tuple[tuple[str, ir.Expr], ...]:
    """What an object is made with, by name: keyword arguments, initialisers, and the
    keys of an options record given as an argument."""
    props = [(k, v) for k, v in call.kwargs if k != "..."]
    for arg in call.args:
        if isinstance(arg, ir.Record):
            props += [(k.text, v) for k, v in arg.items if isinstance(k, ir.Lit)]
    return tuple(props)


def _is_path(func: ir.Expr) -> bool:
    return (
        isinstance(func, ir.Attr)
        and isinstance(func.obj, ir.Name)
        and func.obj.id
        in (
            "path",
            "posixpath",
            "Path",
        )
    )


def _body_less(cls: ir.ClassDef) -> ir.Function:
    return ir.Function(ir.CONSTRUCTOR, (), cls.line, cls.path, cls.name)


def _open(text: Text) -> int | None:
    return next((h.open for h in text.holes if h.open is not None), None)


def _this(text: Text) -> bool:
    return any(h.this for h in text.holes)


def _fold(name: str) -> str:
    return name.replace("_", "").lower()


def _noted(value: Value, why: str) -> Value:
    if isinstance(value, Text) and why not in value.why:
        return Text(value.pieces, (*value.why, why), value.site)
    return value


def _distinct(values: list[Value]) -> list[Value]:
    seen: set[object] = set()
    kept: list[Value] = []
    for value in values:
        key: object = (value.pieces, value.site) if isinstance(value, Text) else id(value)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def _label(expr: ir.Expr) -> str:
    """A name for what an expression stands for, for a hole in a URL."""
    if isinstance(expr, ir.Name):
        return expr.id
    if isinstance(expr, ir.Attr):
        return expr.name
    if isinstance(expr, ir.Index):
        return expr.key.text if isinstance(expr.key, ir.Lit) else _label(expr.obj)
    if isinstance(expr, ir.Call):
        return _label(expr.func)
    if isinstance(expr, ir.Unknown):
        return expr.text
    if isinstance(expr, ir.Lit):
        return expr.text
    return type(expr).__name__.lower()
