"""C#: HttpClient, HttpRequestMessage, WebRequest and RestSharp clients."""

from __future__ import annotations

from .. import ir
from .common import Node, Reader, field, line, named, short, text, unescape

_TYPES = (
    "class_declaration",
    "struct_declaration",
    "record_declaration",
    "interface_declaration",
)


class CSharpReader(Reader):
    language = "csharp"

    def __init__(self, path: str, source: bytes) -> None:
        super().__init__(path, source)
        self.handlers.update(
            {
                "method_declaration": self._function,
                "local_function_statement": self._function,
                "constructor_declaration": self._function,
                "field_declaration": self._declaration,
                "local_declaration_statement": self._declaration,
                "property_declaration": self._property,
                "assignment_expression": self._assignment,
                "return_statement": self.return_statement,
                "invocation_expression": self.call,
                "object_creation_expression": self.call,
                "implicit_object_creation_expression": self.call,
            }
        )
        for kind in _TYPES:
            self.handlers[kind] = self._class

    def _class(self, node: Node) -> None:
        bases: list[str] = []
        for child in node.named_children:
            if child.type == "base_list":
                bases += [_type_name(c) for c in child.named_children]
        self.class_node(node, text(field(node, "name")), tuple(bases), field(node, "body"))

    def _function(self, node: Node) -> None:
        name = text(field(node, "name"))
        is_ctor = node.type == "constructor_declaration"
        params = tuple(
            ir.Param(text(field(p, "name")), self._default(p))
            for p in named(field(node, "parameters"))
            if p.type == "parameter"
        )
        body = field(node, "body")
        function = self.function_node(
            node, ir.CONSTRUCTOR if is_ctor else name, params, body, self._body
        )
        for child in node.named_children:
            if child.type == "constructor_initializer" and text(child).lstrip(": ").startswith(
                "base"
            ):
                saved, self.function = self.function, function
                args, kwargs = self.arguments(_child(child, "argument_list"))
                function.super_call = ir.Call(
                    ir.Attr(ir.Super(), ir.CONSTRUCTOR), args, kwargs, line(child), child.start_byte
                )
                self.function = saved

    def _body(self, body: Node) -> None:
        if body.type == "arrow_expression_clause":
            values = body.named_children
            if values:
                self.returns(self.expr(values[0]), body)
        self.visit(body)

    def _default(self, param: Node) -> ir.Expr | None:
        skip = (field(param, "name"), field(param, "type"))
        values = [
            c
            for c in param.named_children
            if c not in skip and c.type not in ("modifier", "attribute_list")
        ]
        return self.expr(values[-1]) if values else None

    def _declaration(self, node: Node) -> None:
        for declaration in named(node):
            if declaration.type != "variable_declaration":
                continue
            for declarator in named(declaration):
                if declarator.type != "variable_declarator":
                    continue
                name = field(declarator, "name")
                values = [c for c in declarator.named_children if c != name]
                if not values:
                    continue
                value = self.expr(values[-1])
                if node.type == "field_declaration":
                    self.field(text(name), value, declarator)
                else:
                    self.assign(ir.Name(text(name)), value, declarator)
        self.visit_children(node)

    def _property(self, node: Node) -> None:
        name = text(field(node, "name"))
        value = field(node, "value")
        if value is not None:
            inner = value.named_children if value.type == "arrow_expression_clause" else [value]
            if inner:
                self.field(name, self.expr(inner[-1]), node)
        for accessors in named(field(node, "accessors")):
            body = field(accessors, "body")
            if text(field(accessors, "name")) == "get" and body is not None:
                # A getter's returns are the property's values; its calls are read as a
                # method's, under a name no call uses.
                getter = self.function_node(accessors, f"{name}.get", (), body, self._body)
                for returned, _ in getter.returns:
                    self.field(name, returned, accessors)
        if value is not None:
            self.visit(value)

    def _assignment(self, node: Node) -> None:
        if node.parent is not None and node.parent.type == "initializer_expression":
            self.visit_children(node)
            return
        target = self.expr(field(node, "left"))
        value = self.expr(field(node, "right"))
        operator = text(field(node, "operator"))
        if operator == "+=":
            value = ir.Concat((target, value))
        elif operator != "=":
            return
        self.assign(target, value, node)
        self.visit_children(node)

    # Expressions

    def convert(self, node: Node) -> ir.Expr:
        kind = node.type
        if kind == "string_literal":
            return ir.Lit(unescape("".join(text(c) for c in node.named_children)), line(node))
        if kind == "verbatim_string_literal":
            return ir.Lit(text(node)[2:-1].replace('""', '"'), line(node))
        if kind == "character_literal":
            return ir.Lit(unescape("".join(text(c) for c in node.named_children)), line(node))
        if kind == "raw_string_literal":
            return ir.Lit(text(node).strip('"'), line(node))
        if kind == "interpolated_string_expression":
            return self._interpolated(node)
        if kind == "identifier":
            return ir.Name(text(node))
        if kind in ("predefined_type", "generic_name", "qualified_name"):
            return ir.Name(_type_name(node))
        if kind == "this_expression" or text(node) == "this":
            return ir.This()
        if kind == "base_expression" or text(node) == "base":
            return ir.Super()
        if kind == "binary_expression":
            operator = text(field(node, "operator"))
            left, right = self.expr(field(node, "left")), self.expr(field(node, "right"))
            if operator == "+":
                return ir.Concat((left, right))
            if operator in ("??", "||"):
                return ir.Fallback(left, right)
            return ir.Unknown(short(node))
        if kind == "conditional_expression":
            return ir.Choice(
                (self.expr(field(node, "consequence")), self.expr(field(node, "alternative")))
            )
        if kind == "member_access_expression":
            return ir.Attr(self.expr(field(node, "expression")), _type_name(field(node, "name")))
        if kind == "conditional_access_expression":
            binding = node.named_children[-1]
            name = field(binding, "name") if binding.type == "member_binding_expression" else None
            base = self.expr(field(node, "condition"))
            return ir.Attr(base, text(name)) if name is not None else base
        if kind == "element_access_expression":
            keys = list(named(field(node, "subscript")))
            key = self.expr(keys[0]) if keys else ir.Unknown("index")
            return ir.Index(self.expr(field(node, "expression")), key)
        if kind == "invocation_expression":
            return self._invocation(node)
        if kind in ("object_creation_expression", "implicit_object_creation_expression"):
            return self._creation(node)
        if kind == "anonymous_object_creation_expression":
            parts = node.named_children
            items: list[tuple[ir.Expr | None, ir.Expr]] = []
            for i in range(0, len(parts) - 1, 2):
                items.append((ir.Lit(text(parts[i]), line(parts[i])), self.expr(parts[i + 1])))
            return ir.Record(tuple(items))
        if kind in ("cast_expression",):
            return self.expr(field(node, "value"))
        if kind in ("parenthesized_expression", "await_expression", "argument"):
            inner = node.named_children
            return self.expr(inner[-1]) if inner else ir.Unknown(short(node))
        if kind == "initializer_expression":
            return ir.Record(tuple((None, self.expr(c)) for c in node.named_children))
        return ir.Unknown(short(node))

    def _invocation(self, node: Node) -> ir.Expr:
        function = self.expr(field(node, "function"))
        args, kwargs = self.arguments(field(node, "arguments"))
        if (
            isinstance(function, ir.Attr)
            and function.name == "Format"
            and function.obj in (ir.Name("string"), ir.Name("String"))
            and args
        ):
            return ir.Format(args[0], args[1:], "index")
        return ir.Call(function, args, kwargs, line(node), node.start_byte, _type_args(node))

    def _creation(self, node: Node) -> ir.Expr:
        args, kwargs = self.arguments(field(node, "arguments") or _child(node, "argument_list"))
        initializer = field(node, "initializer") or _child(node, "initializer_expression")
        extra: list[tuple[str, ir.Expr]] = []
        for item in named(initializer):
            if item.type == "assignment_expression":
                extra.append((text(field(item, "left")), self.expr(field(item, "right"))))
        cls = _type_name(field(node, "type")) if field(node, "type") is not None else "object"
        return ir.New(cls, args, kwargs + tuple(extra), line(node), node.start_byte)

    def _interpolated(self, node: Node) -> ir.Expr:
        parts: list[ir.Expr] = []
        for child in node.named_children:
            if child.type == "string_content":
                raw = text(child).replace("{{", "{").replace("}}", "}")
                parts.append(ir.Lit(unescape(raw), line(child)))
            elif child.type == "escape_sequence":
                parts.append(ir.Lit(unescape(text(child)), line(child)))
            elif child.type == "interpolation":
                values = [
                    c
                    for c in child.named_children
                    if c.type
                    not in (
                        "interpolation_brace",
                        "interpolation_format_clause",
                        "interpolation_alignment_clause",
                    )
                ]
                if values:
                    parts.append(self.expr(values[0]))
        return ir.Interp(tuple(parts))


def _type_args(invocation: Node) -> tuple[str, ...]:
    """The type arguments of a generic call (``settings.Load<Settings>()``)."""
    function = field(invocation, "function")
    generic = function if function is not None and function.type == "generic_name" else None
    if function is not None and function.type == "member_access_expression":
        name = field(function, "name")
        generic = name if name is not None and name.type == "generic_name" else None
    arguments = _child(generic, "type_argument_list") if generic is not None else None
    return tuple(_type_name(t) for t in named(arguments))


def _child(node: Node, kind: str) -> Node | None:
    return next((c for c in node.named_children if c.type == kind), None)


def _type_name(node: Node | None) -> str:
    """``Foo`` of ``Foo``, ``Foo<T>``, ``N.Foo`` and ``global::N.Foo``."""
    if node is None:
        return ""
    if node.type == "generic_name":
        first = node.named_children
        return text(first[0]) if first else text(node)
    return text(node).rsplit(".", 1)[-1].split("<", 1)[0]
