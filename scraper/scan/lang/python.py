"""Python: requests, httpx, aiohttp and urllib clients."""

from __future__ import annotations

from .. import ir
from .common import Node, Reader, field, line, named, short, text, unescape


class PythonReader(Reader):
    language = "python"

    def __init__(self, path: str, source: bytes) -> None:
        super().__init__(path, source)
        self.handlers.update(
            {
                "function_definition": self._function,
                "class_definition": self._class,
                "assignment": self._assignment,
                "augmented_assignment": self._assignment,
                "return_statement": self.return_statement,
                "call": self.call,
            }
        )

    def _class(self, node: Node) -> None:
        bases = tuple(
            text(b).rsplit(".", 1)[-1]
            for b in named(field(node, "superclasses"))
            if b.type in ("identifier", "attribute")
        )
        self.class_node(node, text(field(node, "name")), bases, field(node, "body"))

    def _function(self, node: Node) -> None:
        name = text(field(node, "name"))
        params: list[ir.Param] = []
        for p in named(field(node, "parameters")):
            if p.type == "identifier":
                params.append(ir.Param(text(p)))
            elif p.type == "typed_parameter":
                params.append(ir.Param(text(p.named_children[0])))
            elif p.type in ("default_parameter", "typed_default_parameter"):
                params.append(ir.Param(text(field(p, "name")), self.expr(field(p, "value"))))
        if self.in_body and params:
            params = params[1:]  # self or cls
        function_name = ir.CONSTRUCTOR if name == "__init__" else name
        self.function_node(node, function_name, tuple(params), field(node, "body"))

    def _assignment(self, node: Node) -> None:
        left, right = field(node, "left"), field(node, "right")
        if right is None:
            return
        target, value = self.expr(left), self.expr(right)
        if node.type == "augmented_assignment":
            if text(field(node, "operator")) != "+=":
                return
            value = ir.Concat((target, value))
        if left is not None and left.type in ("pattern_list", "tuple_pattern"):
            values = right.named_children if right.type in ("expression_list", "tuple") else []
            for i, name in enumerate(left.named_children):
                part = (
                    self.expr(values[i]) if i < len(values) else ir.Index(value, ir.Lit(str(i), 0))
                )
                self.assign(self.expr(name), part, node)
        else:
            self.assign(target, value, node)
        self.visit(right)

    # Expressions

    def convert(self, node: Node) -> ir.Expr:
        kind = node.type
        if kind == "string":
            return self._string(node)
        if kind == "concatenated_string":
            return ir.Concat(tuple(self.expr(c) for c in node.named_children))
        if kind == "identifier":
            name = text(node)
            return ir.This() if name in ("self", "cls") else ir.Name(name)
        if kind == "attribute":
            name = text(field(node, "attribute"))
            return ir.Attr(
                self.expr(field(node, "object")), ir.CONSTRUCTOR if name == "__init__" else name
            )
        if kind == "subscript":
            return ir.Index(self.expr(field(node, "value")), self.expr(field(node, "subscript")))
        if kind == "binary_operator":
            operator = text(field(node, "operator"))
            left, right = self.expr(field(node, "left")), self.expr(field(node, "right"))
            if operator == "+":
                return ir.Concat((left, right))
            if operator == "%":
                return _percent(left, right)
            return ir.Unknown(short(node))
        if kind == "boolean_operator" and text(field(node, "operator")) == "or":
            return ir.Fallback(self.expr(field(node, "left")), self.expr(field(node, "right")))
        if kind == "conditional_expression":
            parts = node.named_children
            if len(parts) == 3:
                return ir.Choice((self.expr(parts[0]), self.expr(parts[2])))
        if kind == "call":
            return self._call_expr(node)
        if kind == "dictionary":
            items: list[tuple[ir.Expr | None, ir.Expr]] = []
            for pair in named(node):
                if pair.type == "pair":
                    items.append((self.expr(field(pair, "key")), self.expr(field(pair, "value"))))
                elif pair.type == "dictionary_splat" and pair.named_children:
                    items.append((ir.Lit("...", line(pair)), self.expr(pair.named_children[0])))
            return ir.Record(tuple(items))
        if kind in ("list", "tuple", "expression_list"):
            return ir.Record(tuple((None, self.expr(c)) for c in node.named_children))
        if kind in ("parenthesized_expression", "await"):
            inner = node.named_children
            return self.expr(inner[0]) if inner else ir.Unknown(short(node))
        return ir.Unknown(short(node))

    def _call_expr(self, node: Node) -> ir.Expr:
        function_node = field(node, "function")
        function = self.expr(function_node)
        if function == ir.Name("super"):
            return ir.Super()
        args: list[ir.Expr] = []
        kwargs: list[tuple[str, ir.Expr]] = []
        for argument in named(field(node, "arguments")):
            if argument.type == "keyword_argument":
                kwargs.append((text(field(argument, "name")), self.expr(field(argument, "value"))))
            elif argument.type == "dictionary_splat" and argument.named_children:
                kwargs.append(("...", self.expr(argument.named_children[0])))
            elif argument.type not in ("list_splat", "comment"):
                args.append(self.expr(argument))
        if isinstance(function, ir.Attr) and function.name == "format":
            return ir.Format(function.obj, tuple(args), "brace", tuple(kwargs))
        return ir.Call(function, tuple(args), tuple(kwargs), line(node), node.start_byte)

    def _string(self, node: Node) -> ir.Expr:
        start = next((c for c in node.children if c.type == "string_start"), None)
        prefix = text(start).lower() if start is not None else ""
        raw = "r" in prefix
        parts: list[ir.Expr] = []
        for child in node.named_children:
            if child.type == "string_content":
                value = text(child) if raw else unescape(text(child))
                parts.append(ir.Lit(value, line(child)))
            elif child.type == "escape_sequence":
                parts.append(ir.Lit(unescape(text(child)), line(child)))
            elif child.type == "interpolation":
                expression = field(child, "expression")
                parts.append(self.expr(expression))
        if "f" not in prefix:
            return ir.Lit("".join(p.text for p in parts if isinstance(p, ir.Lit)), line(node))
        return ir.Interp(tuple(parts))


def _percent(template: ir.Expr, values: ir.Expr) -> ir.Expr:
    """``"..." % x``, ``% (a, b)`` and ``% {"k": v}``."""
    if isinstance(values, ir.Record) and values.items and values.items[0][0] is not None:
        named_values = tuple(
            (key.text, value) for key, value in values.items if isinstance(key, ir.Lit)
        )
        return ir.Format(template, (), "printf", named_values)
    if isinstance(values, ir.Record):
        return ir.Format(template, tuple(v for _, v in values.items), "printf")
    return ir.Format(template, (values,), "printf")
