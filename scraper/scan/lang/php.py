"""PHP: WordPress/WooCommerce, Magento, Laravel and plain PHP clients."""

from __future__ import annotations

from .. import ir
from .common import Node, Reader, field, line, named, short, text, unescape

_FORMATS = {"sprintf": "printf", "vsprintf": "printf"}
_SCOPES: dict[str, ir.Expr] = {"self": ir.This(), "static": ir.This(), "parent": ir.Super()}


class PhpReader(Reader):
    language = "php"

    def __init__(self, path: str, source: bytes) -> None:
        super().__init__(path, source)
        self.handlers.update(
            {
                "function_definition": self._function,
                "method_declaration": self._function,
                "class_declaration": self._class,
                "trait_declaration": self._class,
                "interface_declaration": self._class,
                "const_declaration": self._const,
                "property_declaration": self._property,
                "assignment_expression": self._assignment,
                "augmented_assignment_expression": self._assignment,
                "return_statement": self.return_statement,
                "function_call_expression": self._call,
                "member_call_expression": self._call,
                "nullsafe_member_call_expression": self._call,
                "scoped_call_expression": self._call,
                "object_creation_expression": self._call,
            }
        )

    # Declarations

    def _function(self, node: Node) -> None:
        name = text(field(node, "name"))
        params = tuple(
            ir.Param(_variable(field(p, "name")), self._default(p))
            for p in named(field(node, "parameters"))
            if p.type in ("simple_parameter", "property_promotion_parameter", "variadic_parameter")
        )
        function = self.function_node(
            node, ir.CONSTRUCTOR if name == "__construct" else name, params, field(node, "body")
        )
        # A promoted constructor parameter (`private string $url = '...'`) is a field too.
        for p in named(field(node, "parameters")):
            if p.type == "property_promotion_parameter" and self.cls is not None:
                value = ir.Name(_variable(field(p, "name")))
                function.assigns.insert(
                    0, ir.Assign(ir.Attr(ir.This(), value.id), value, p.start_byte, line(p))
                )

    def _default(self, param: Node) -> ir.Expr | None:
        default = field(param, "default_value")
        return self.expr(default) if default is not None else None

    def _class(self, node: Node) -> None:
        bases: list[str] = []
        for child in node.named_children:
            if child.type == "base_clause":
                bases += [_last(text(c)) for c in child.named_children]
        self.class_node(node, text(field(node, "name")), tuple(bases), field(node, "body"))

    def _const(self, node: Node) -> None:
        for element in named(node):
            if element.type != "const_element":
                continue
            parts = element.named_children
            if len(parts) >= 2:
                name, value = text(parts[0]), self.expr(parts[-1])
                if self.cls is not None and self.in_body:
                    self.field(name, value, element)
                else:
                    self.module.top.assigns.append(
                        ir.Assign(ir.Name(name), value, element.start_byte, line(element))
                    )

    def _property(self, node: Node) -> None:
        for element in named(node):
            if element.type == "property_element":
                default = field(element, "default_value")
                value = self.expr(default) if default is not None else ir.Unknown("unset")
                self.field(_variable(field(element, "name")), value, element)

    def _assignment(self, node: Node) -> None:
        target = self.expr(field(node, "left"))
        value = self.expr(field(node, "right"))
        if node.type == "augmented_assignment_expression":
            if text(field(node, "operator")) != ".=":
                return
            value = ir.Concat((target, value))
        self.assign(target, value, node)
        self.visit_children(node)

    def _call(self, node: Node) -> None:
        call = self.expr(node)
        if (
            isinstance(call, ir.Call)
            and isinstance(call.func, ir.Name)
            and call.func.id == "define"
            and len(call.args) == 2
            and isinstance(call.args[0], ir.Lit)
        ):
            self.module.top.assigns.append(
                ir.Assign(ir.Name(call.args[0].text), call.args[1], node.start_byte, line(node))
            )
        self.visit_children(node)

    # Expressions

    def convert(self, node: Node) -> ir.Expr:
        kind = node.type
        if kind in ("string", "nowdoc"):
            return ir.Lit(_string(node), line(node))
        if kind in ("encapsed_string", "heredoc"):
            return self._interpolated(node)
        if kind == "variable_name":
            name = _variable(node)
            return ir.This() if name == "this" else ir.Name(name)
        if kind in ("name", "qualified_name"):
            return ir.Name(_last(text(node)))
        if kind == "relative_scope":
            return _SCOPES.get(text(node), ir.This())
        if kind == "binary_expression":
            return self._binary(node)
        if kind == "conditional_expression":
            body = field(node, "body")
            alternative = self.expr(field(node, "alternative"))
            if body is None:
                return ir.Fallback(self.expr(field(node, "condition")), alternative)
            return ir.Choice((self.expr(body), alternative))
        if kind in ("member_access_expression", "nullsafe_member_access_expression"):
            return ir.Attr(self.expr(field(node, "object")), text(field(node, "name")))
        if kind in ("class_constant_access_expression", "scoped_property_access_expression"):
            parts = node.named_children
            scope = field(node, "scope") or parts[0]
            name = field(node, "name") or parts[-1]
            return ir.Attr(self.expr(scope), _variable(name))
        if kind == "subscript_expression":
            parts = node.named_children
            if len(parts) < 2:
                return ir.Unknown(short(node))
            return ir.Index(self.expr(parts[0]), self.expr(parts[1]))
        if kind in (
            "function_call_expression",
            "member_call_expression",
            "nullsafe_member_call_expression",
            "scoped_call_expression",
        ):
            return self._call_expr(node)
        if kind == "object_creation_expression":
            parts = [c for c in node.named_children if c.type in ("name", "qualified_name")]
            args, kwargs = self.arguments(_child(node, "arguments"))
            cls = _last(text(parts[0])) if parts else "object"
            return ir.New(cls, args, kwargs, line(node), node.start_byte)
        if kind == "array_creation_expression":
            return self._array(node)
        if kind in ("parenthesized_expression", "cast_expression", "argument"):
            inner = node.named_children
            return self.expr(inner[-1]) if inner else ir.Unknown(short(node))
        return ir.Unknown(short(node))

    def _binary(self, node: Node) -> ir.Expr:
        operator = text(field(node, "operator"))
        left, right = self.expr(field(node, "left")), self.expr(field(node, "right"))
        if operator == ".":
            return ir.Concat((left, right))
        if operator in ("??", "?:", "||", "or"):
            return ir.Fallback(left, right)
        return ir.Unknown(short(node))

    def _call_expr(self, node: Node) -> ir.Expr:
        args, kwargs = self.arguments(field(node, "arguments"))
        kind = node.type
        if kind == "function_call_expression":
            function = self.expr(field(node, "function"))
            if isinstance(function, ir.Name) and function.id in _FORMATS and args:
                return ir.Format(args[0], _spread(function.id, args[1:]), _FORMATS[function.id])
        elif kind == "scoped_call_expression":
            name = text(field(node, "name"))
            scope = self.expr(field(node, "scope"))
            function = ir.Attr(scope, ir.CONSTRUCTOR if name == "__construct" else name)
        else:
            function = ir.Attr(self.expr(field(node, "object")), text(field(node, "name")))
        return ir.Call(function, args, kwargs, line(node), node.start_byte)

    def _array(self, node: Node) -> ir.Record:
        items: list[tuple[ir.Expr | None, ir.Expr]] = []
        for element in named(node):
            parts = element.named_children
            if not parts:
                continue
            if len(parts) >= 2:
                items.append((self.expr(parts[0]), self.expr(parts[-1])))
            elif text(element).startswith("..."):
                items.append((ir.Lit("...", line(element)), self.expr(parts[0])))
            else:
                items.append((None, self.expr(parts[0])))
        return ir.Record(tuple(items))

    def _interpolated(self, node: Node) -> ir.Expr:
        parts: list[ir.Expr] = []
        for child in node.named_children:
            kind = child.type
            if kind in ("heredoc_start", "heredoc_end"):
                continue
            if kind == "heredoc_body":
                inner = self._interpolated(child)
                parts += inner.parts if isinstance(inner, ir.Interp) else [inner]
            elif kind in ("string_content", "string_value"):
                parts.append(ir.Lit(text(child), line(child)))
            elif kind == "escape_sequence":
                parts.append(ir.Lit(unescape(text(child)), line(child)))
            elif kind == "dynamic_variable_name":
                parts.append(ir.Name(text(child).strip("${}")))
            else:
                parts.append(self.expr(child))
        return ir.Interp(tuple(parts))


def _spread(function: str, args: tuple[ir.Expr, ...]) -> tuple[ir.Expr, ...]:
    """vsprintf's one array argument, as sprintf's arguments."""
    if function == "vsprintf" and len(args) == 1 and isinstance(args[0], ir.Record):
        return tuple(value for _, value in args[0].items)
    return args


def _child(node: Node, kind: str) -> Node | None:
    return next((c for c in node.named_children if c.type == kind), None)


def _variable(node: Node | None) -> str:
    return text(node).lstrip("$")


def _last(name: str) -> str:
    return name.rsplit("\\", 1)[-1]


def _string(node: Node) -> str:
    """A single-quoted string's value: only ``\\'`` and ``\\\\`` are escapes."""
    raw = "".join(text(c) for c in node.named_children)
    if node.type == "string" and text(node).startswith('"'):
        return unescape(raw)
    return raw.replace("\\'", "'").replace("\\\\", "\\")
