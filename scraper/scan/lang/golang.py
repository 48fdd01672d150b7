"""Go: net/http (``http.NewRequest``, ``http.Get``) and resty-style clients.

A struct is a class and a method its receiver's: the receiver's name is ``this`` in the
method. A type's methods may be written in several files of its package, so each file's
class of that name is partial, joined with the others by the program. A call on an
imported package (``http.NewRequest``, ``strings.TrimSuffix``) is a call of a function.
"""

from __future__ import annotations

from .. import ir
from .common import Node, Reader, field, line, named, short, text, unescape

_STRINGS = ("interpreted_string_literal", "raw_string_literal")


class GoReader(Reader):
    language = "go"

    def __init__(self, path: str, source: bytes) -> None:
        super().__init__(path, source)
        self.receiver = ""
        self.packages: set[str] = set()
        self.handlers.update(
            {
                "import_spec": self._import,
                "function_declaration": self._function,
                "method_declaration": self._method,
                "type_spec": self._type,
                "const_spec": self._spec,
                "var_spec": self._spec,
                "short_var_declaration": self._assignment,
                "assignment_statement": self._assignment,
                "return_statement": self.return_statement,
                "call_expression": self.call,
            }
        )

    # Declarations

    def _import(self, node: Node) -> None:
        name = field(node, "name")
        path = "".join(text(c) for c in named(field(node, "path")))
        self.packages.add(text(name) if name is not None else path.rsplit("/", 1)[-1])

    def _params(self, node: Node | None) -> tuple[ir.Param, ...]:
        return tuple(
            ir.Param(text(name))
            for p in named(node)
            if p.type in ("parameter_declaration", "variadic_parameter_declaration")
            for name in named(p)
            if name.type == "identifier"
        )

    def _function(self, node: Node) -> None:
        params = self._params(field(node, "parameters"))
        self.function_node(node, text(field(node, "name")), params, field(node, "body"))

    def _method(self, node: Node) -> None:
        receiver = next(iter(named(field(node, "receiver"))), None)
        name = field(receiver, "name") if receiver is not None else None
        owner = self._partial(_type_name(field(receiver, "type")) if receiver else "", node)
        saved = (self.cls, self.in_body, self.receiver)
        self.cls, self.in_body, self.receiver = owner, True, text(name)
        params = self._params(field(node, "parameters"))
        self.function_node(node, text(field(node, "name")), params, field(node, "body"))
        self.cls, self.in_body, self.receiver = saved

    def _partial(self, name: str, node: Node) -> ir.ClassDef:
        """This file's part of a type: its methods here, its fields if declared here."""
        for cls in self.module.classes:
            if cls.name == name:
                return cls
        cls = ir.ClassDef(name, (), self.path, line(node), partial=True)
        self.module.classes.append(cls)
        return cls

    def _type(self, node: Node) -> None:
        kind = field(node, "type")
        if kind is None or kind.type not in ("struct_type", "interface_type"):
            return
        cls = self._partial(text(field(node, "name")), node)
        cls.line = line(node)
        for part in named(kind):
            for member in named(part):
                if member.type == "field_declaration" and field(member, "name") is None:
                    # An embedded struct: its methods and fields are this one's.
                    cls.bases += (_type_name(field(member, "type")),)
                elif member.type in ("method_elem", "method_spec"):
                    saved = (self.cls, self.in_body)
                    self.cls, self.in_body = cls, True
                    params = self._params(field(member, "parameters"))
                    self.function_node(member, text(field(member, "name")), params, None)
                    self.cls, self.in_body = saved

    def _spec(self, node: Node) -> None:
        names = [n for n in named(node) if n.type == "identifier"]
        values = list(named(field(node, "value")))
        for name, value in zip(names, values, strict=False):
            self.assign(ir.Name(text(name)), self.expr(value), node)
        self.visit_children(node)

    def _assignment(self, node: Node) -> None:
        targets = list(named(field(node, "left")))
        values = list(named(field(node, "right")))
        operator = text(field(node, "operator"))
        if operator not in ("=", ":=", "+=", ""):
            return
        # `a, b := x, y` pairwise; `req, err := http.NewRequest(...)` its first value.
        for target_node, value_node in zip(targets, values, strict=False):
            target, value = self.expr(target_node), self.expr(value_node)
            if operator == "+=":
                value = ir.Concat((target, value))
            if target != ir.Name("_"):
                self.assign(target, value, node)
        self.visit_children(node)

    def return_statement(self, node: Node) -> None:
        values = list(named(next(iter(named(node)), None)))
        if values:
            self.returns(self.expr(values[0]), node)
        self.visit_children(node)

    # Expressions

    def convert(self, node: Node) -> ir.Expr:
        kind = node.type
        if kind in _STRINGS:
            raw = "".join(text(c) for c in node.named_children)
            return ir.Lit(
                unescape(raw) if kind == "interpreted_string_literal" else raw, line(node)
            )
        if kind == "identifier":
            name = text(node)
            return ir.This() if name == self.receiver and name else ir.Name(name)
        if kind == "selector_expression":
            return ir.Attr(self.expr(field(node, "operand")), text(field(node, "field")))
        if kind == "index_expression":
            return ir.Index(self.expr(field(node, "operand")), self.expr(field(node, "index")))
        if kind == "binary_expression":
            operator = text(field(node, "operator"))
            left, right = self.expr(field(node, "left")), self.expr(field(node, "right"))
            return ir.Concat((left, right)) if operator == "+" else ir.Unknown(short(node))
        if kind == "call_expression":
            return self._call_expr(node)
        if kind == "composite_literal":
            return self._composite(node)
        if kind in ("unary_expression", "parenthesized_expression"):
            inner = field(node, "operand") or next(iter(named(node)), None)
            return self.expr(inner) if inner is not None else ir.Unknown(short(node))
        return ir.Unknown(short(node))

    def _call_expr(self, node: Node) -> ir.Expr:
        function = self.expr(field(node, "function"))
        args = tuple(self.expr(a) for a in named(field(node, "arguments")))
        if isinstance(function, ir.Attr) and function.obj in [ir.Name(p) for p in self.packages]:
            if function == ir.Attr(ir.Name("fmt"), "Sprintf") and args:
                return ir.Format(args[0], args[1:], "printf")
            function = ir.Name(function.name)
        return ir.Call(function, args, (), line(node), node.start_byte)

    def _composite(self, node: Node) -> ir.Expr:
        body = field(node, "body")
        items: list[tuple[ir.Expr | None, ir.Expr]] = []
        for element in named(body):
            if element.type == "keyed_element":
                key, value = (_element(self, c) for c in element.named_children[:2])
                items.append((ir.Lit(_label(key), line(element)), value))
            elif element.type == "literal_element":
                items.append((None, _element(self, element)))
        kind = field(node, "type")
        if kind is not None and kind.type in ("type_identifier", "qualified_type"):
            kwargs = tuple((k.text, v) for k, v in items if isinstance(k, ir.Lit))
            # Another package's type keeps its package: `http.Client` is not `Client`.
            name = text(kind) if kind.type == "qualified_type" else _type_name(kind)
            return ir.New(name, (), kwargs, line(node), node.start_byte)
        return ir.Record(tuple(items))


def _element(reader: GoReader, node: Node) -> ir.Expr:
    inner = next(iter(named(node)), None) if node.type == "literal_element" else node
    return reader.expr(inner)


def _label(expr: ir.Expr) -> str:
    if isinstance(expr, ir.Name):
        return expr.id
    if isinstance(expr, ir.Lit):
        return expr.text
    return ""


def _type_name(node: Node | None) -> str:
    """``Client`` of ``Client``, ``*Client``, ``pkg.Client`` and ``Client[T]``."""
    if node is None:
        return ""
    return text(node).lstrip("*&").rsplit(".", 1)[-1].split("[", 1)[0]
