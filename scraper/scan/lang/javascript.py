"""JavaScript and TypeScript: fetch, axios, got, undici and openapi-fetch clients."""

from __future__ import annotations

from .. import ir
from .common import Node, Reader, field, line, named, short, text, unescape

_FUNCTIONS = ("arrow_function", "function_expression", "function", "generator_function")
_WRAPPERS = (
    "parenthesized_expression",
    "await_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
)


class ScriptReader(Reader):
    language = "javascript"

    def __init__(self, path: str, source: bytes) -> None:
        super().__init__(path, source)
        self.handlers.update(
            {
                "function_declaration": self._function,
                "generator_function_declaration": self._function,
                "method_definition": self._function,
                "class_declaration": self._class,
                "class": self._class,
                "abstract_class_declaration": self._class,
                "public_field_definition": self._field,
                "field_definition": self._field,
                "variable_declarator": self._declarator,
                "assignment_expression": self._assignment,
                "augmented_assignment_expression": self._assignment,
                "return_statement": self.return_statement,
                "call_expression": self.call,
                "new_expression": self.call,
                "import_statement": self._import,
            }
        )

    def _import(self, node: Node) -> None:
        package = _string(field(node, "source"))
        for clause in named(node):
            for part in (clause, *named(clause)) if clause.type == "import_clause" else ():
                if part.type == "identifier":
                    self.module.imports[text(part)] = (package, "default")
                elif part.type == "namespace_import":
                    for name in named(part):
                        self.module.imports[text(name)] = (package, "*")
                elif part.type == "named_imports":
                    for spec in named(part):
                        exported = text(field(spec, "name"))
                        local = text(field(spec, "alias")) or exported
                        self.module.imports[local] = (package, exported)

    def _class(self, node: Node) -> None:
        bases: list[str] = []
        for heritage in node.named_children:
            if heritage.type == "class_heritage":
                for clause in heritage.named_children:
                    if clause.type == "extends_clause":
                        bases += [_last(text(v)) for v in clause.named_children[:1]]
                    elif clause.type not in ("implements_clause",):
                        bases.append(_last(text(clause)))
        self.class_node(node, text(field(node, "name")), tuple(bases), field(node, "body"))

    def _function(self, node: Node, name: str | None = None) -> None:
        name = name or text(field(node, "name"))
        params = self._params(field(node, "parameters") or field(node, "parameter"))
        body = field(node, "body")
        function = self.function_node(
            node, ir.CONSTRUCTOR if name == "constructor" else name, params, body, self._body
        )
        # TypeScript parameter properties: `constructor(private base: string)`.
        for p in named(field(node, "parameters")):
            if any(c.type == "accessibility_modifier" for c in p.children):
                param = text(field(p, "pattern"))
                function.assigns.insert(
                    0, ir.Assign(ir.Attr(ir.This(), param), ir.Name(param), p.start_byte, line(p))
                )

    def _body(self, body: Node) -> None:
        if body.type != "statement_block":
            self.returns(self.expr(body), body)
        self.visit(body)

    def _params(self, node: Node | None) -> tuple[ir.Param, ...]:
        if node is None:
            return ()
        if node.type == "identifier":
            return (ir.Param(text(node)),)
        params: list[ir.Param] = []
        for p in named(node):
            if p.type in ("required_parameter", "optional_parameter"):
                pattern, value = field(p, "pattern"), field(p, "value")
            elif p.type == "assignment_pattern":
                pattern, value = field(p, "left"), field(p, "right")
            else:
                pattern, value = p, None
            default = self.expr(value) if value is not None else None
            params.append(ir.Param(text(pattern).lstrip("."), default))
        return tuple(params)

    def _field(self, node: Node) -> None:
        name = field(node, "name") or field(node, "property")
        value = field(node, "value")
        if value is not None and value.type in _FUNCTIONS:
            self._function(value, text(name))
        elif value is not None:
            self.field(text(name), self.expr(value), node)
            self.visit(value)

    def _declarator(self, node: Node) -> None:
        name, value = field(node, "name"), field(node, "value")
        if value is None or name is None:
            return
        if value.type in _FUNCTIONS:
            saved = self.in_body
            self.in_body = False
            self._function(value, text(name))
            self.in_body = saved
            return
        converted = self.expr(value)
        required = _required(converted)
        if name.type == "object_pattern":
            for part in named(name):
                if part.type == "shorthand_property_identifier_pattern":
                    if required is not None:
                        self.module.imports[text(part)] = (required, text(part))
                    self.assign(ir.Name(text(part)), ir.Attr(converted, text(part)), node)
                elif part.type == "pair_pattern":
                    key, target = field(part, "key"), field(part, "value")
                    self.assign(ir.Name(text(target)), ir.Attr(converted, text(key)), node)
        else:
            self.assign(ir.Name(text(name)), converted, node)
        self.visit(value)

    def _assignment(self, node: Node) -> None:
        target = self.expr(field(node, "left"))
        right = field(node, "right")
        value = self.expr(right)
        if node.type == "augmented_assignment_expression":
            if text(field(node, "operator")) != "+=":
                return
            value = ir.Concat((target, value))
        self.assign(target, value, node)
        self.visit(right)

    # Expressions

    def convert(self, node: Node) -> ir.Expr:
        kind = node.type
        if kind == "string":
            raw = "".join(text(c) for c in node.named_children)
            return ir.Lit(unescape(raw), line(node))
        if kind == "template_string":
            return self._template(node)
        if kind in ("identifier", "property_identifier", "shorthand_property_identifier"):
            return ir.Name(text(node))
        if kind == "this":
            return ir.This()
        if kind == "super":
            return ir.Super()
        if kind == "member_expression":
            return ir.Attr(self.expr(field(node, "object")), text(field(node, "property")))
        if kind == "subscript_expression":
            return ir.Index(self.expr(field(node, "object")), self.expr(field(node, "index")))
        if kind == "binary_expression":
            operator = text(field(node, "operator"))
            left, right = self.expr(field(node, "left")), self.expr(field(node, "right"))
            if operator == "+":
                return ir.Concat((left, right))
            if operator in ("??", "||"):
                return ir.Fallback(left, right)
            return ir.Unknown(short(node))
        if kind == "ternary_expression":
            return ir.Choice(
                (self.expr(field(node, "consequence")), self.expr(field(node, "alternative")))
            )
        if kind == "call_expression":
            function = self.expr(field(node, "function"))
            args, kwargs = self._arguments(field(node, "arguments"))
            return ir.Call(function, args, kwargs, line(node), node.start_byte)
        if kind == "new_expression":
            args, kwargs = self._arguments(field(node, "arguments"))
            cls = _last(text(field(node, "constructor")))
            return ir.New(cls, args, kwargs, line(node), node.start_byte)
        if kind == "object":
            return self._object(node)
        if kind == "array":
            return ir.Record(tuple((None, self.expr(c)) for c in node.named_children))
        if kind in _WRAPPERS:
            inner = [c for c in node.named_children if not c.type.endswith("type")]
            return self.expr(inner[0]) if inner else ir.Unknown(short(node))
        return ir.Unknown(short(node))

    def _arguments(
        self, node: Node | None
    ) -> tuple[tuple[ir.Expr, ...], tuple[tuple[str, ir.Expr], ...]]:
        if node is None:
            return (), ()
        if node.type == "template_string":  # a tagged template
            return (self.expr(node),), ()
        return tuple(self.expr(c) for c in node.named_children if c.type != "comment"), ()

    def _object(self, node: Node) -> ir.Record:
        items: list[tuple[ir.Expr | None, ir.Expr]] = []
        for item in named(node):
            if item.type == "pair":
                key = field(item, "key")
                name = (
                    self.expr(key)
                    if key is not None and key.type != "property_identifier"
                    else ir.Lit(text(key), line(item))
                )
                items.append((name, self.expr(field(item, "value"))))
            elif item.type == "shorthand_property_identifier":
                items.append((ir.Lit(text(item), line(item)), ir.Name(text(item))))
            elif item.type == "spread_element":
                values = item.named_children
                if values:
                    items.append((ir.Lit("...", line(item)), self.expr(values[0])))
            elif item.type == "method_definition":
                self._function(item)
        return ir.Record(tuple(items))

    def _template(self, node: Node) -> ir.Interp:
        parts: list[ir.Expr] = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(ir.Lit(text(child), line(child)))
            elif child.type == "escape_sequence":
                parts.append(ir.Lit(unescape(text(child)), line(child)))
            elif child.type == "template_substitution":
                values = child.named_children
                if values:
                    parts.append(self.expr(values[0]))
        return ir.Interp(tuple(parts))


class TypeScriptReader(ScriptReader):
    language = "typescript"


def _string(node: Node | None) -> str:
    return "".join(text(c) for c in named(node))


def _required(value: ir.Expr) -> str | None:
    """The package of ``require("pkg")``."""
    if (
        isinstance(value, ir.Call)
        and value.func == ir.Name("require")
        and value.args
        and isinstance(value.args[0], ir.Lit)
    ):
        return value.args[0].text
    return None


def _last(name: str) -> str:
    return name.rsplit(".", 1)[-1].split("<", 1)[0]
