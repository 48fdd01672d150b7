"""What every front-end shares: reading a tree-sitter tree into ``ir`` records.

A front-end names the handlers for its grammar's node types; the walk keeps track of
the function and class it is in, and records each call once, in the function that
makes it (a lambda's calls are its enclosing function's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from .. import ir

Node = Any  # tree_sitter.Node: the grammars' trees are walked by node type, untyped.

# Node types of branches, in every grammar read: if/else/elif, switch/case, loops, try.
_BRANCH = re.compile(r"^(?:if|else|elif|switch|case|catch|try|except|for|foreach|while|do)(?:_|$)")


class Reader:
    """Reads one file; subclasses give ``handlers`` and ``expr``."""

    language = ""

    def __init__(self, path: str, source: bytes) -> None:
        self.path = path
        self.source = source
        top = ir.Function(ir.MODULE, (), 1, path)
        self.module = ir.Module(path, self.language, top)
        self.function = top
        self.cls: ir.ClassDef | None = None
        # Directly in a class body (not in one of its methods).
        self.in_body = False
        self._cache: dict[tuple[int, int, str], ir.Expr] = {}
        self._recorded: set[int] = set()
        self.handlers: dict[str, Callable[[Node], None]] = {}
        # The branches the walk is in, innermost last, and where the function began.
        self.branches: list[tuple[int, int]] = []
        self.function_start = 0

    # Reading

    def read(self, root: Node) -> ir.Module:
        self.visit(root)
        return self.module

    def visit(self, node: Node) -> None:
        branch = _BRANCH.search(node.type) is not None
        if branch:
            self.branches.append((node.start_byte, node.end_byte))
        handler = self.handlers.get(node.type)
        if handler is not None:
            handler(node)
        else:
            self.visit_children(node)
        if branch:
            self.branches.pop()

    def visit_children(self, node: Node) -> None:
        for child in node.named_children:
            self.visit(child)

    def expr(self, node: Node | None) -> ir.Expr:
        """The expression a node stands for, converted once per node."""
        if node is None:
            return ir.Unknown("nothing")
        key = (node.start_byte, node.end_byte, node.type)
        found = self._cache.get(key)
        if found is None:
            found = self.convert(node)
            self._cache[key] = found
            if isinstance(found, ir.Call | ir.New) and id(found) not in self._recorded:
                self._recorded.add(id(found))
                self.function.calls.append(found)
        return found

    def convert(self, node: Node) -> ir.Expr:
        raise NotImplementedError

    # Records

    def function_node(
        self,
        node: Node,
        name: str,
        params: tuple[ir.Param, ...],
        body: Node | None,
        visit_body: Callable[[Node], None] | None = None,
    ) -> ir.Function:
        """A function: its body read into a new ``ir.Function``, filed under the class
        whose body it is in, or the module."""
        owner = self.cls if self.in_body else None
        function = ir.Function(
            name, params, line(node), self.path, owner.name if owner is not None else None
        )
        if self.function.name != ir.MODULE:
            function.parent, function.pos = self.function, node.start_byte
        function.abstract = body is None
        if owner is not None:
            owner.methods.setdefault(name, []).append(function)
        else:
            self.module.functions.append(function)
        saved = (self.function, self.in_body, self.function_start)
        self.function, self.in_body, self.function_start = function, False, node.start_byte
        if body is not None:
            (visit_body or self.visit)(body)
        self.function, self.in_body, self.function_start = saved
        if name == ir.CONSTRUCTOR:
            parent = (ir.Super(), ir.Attr(ir.Super(), ir.CONSTRUCTOR))
            function.super_call = next(
                (c for c in function.calls if isinstance(c, ir.Call) and c.func in parent), None
            )
        return function

    def class_node(self, node: Node, name: str, bases: tuple[str, ...], body: Node | None) -> None:
        abstract = any(
            c.type in ("abstract_modifier",) or text(c) == "abstract" for c in node.children
        )
        partial = any(text(c) == "partial" for c in node.children)
        cls = ir.ClassDef(name, bases, self.path, line(node), abstract, partial=partial)
        self.module.classes.append(cls)
        saved = (self.cls, self.in_body)
        self.cls, self.in_body = cls, True
        if body is not None:
            self.visit_children(body)
        self.cls, self.in_body = saved

    def field(self, name: str, value: ir.Expr, node: Node) -> None:
        if self.cls is not None:
            self.cls.fields.setdefault(name, []).append((value, line(node)))

    def assign(self, target: ir.Expr, value: ir.Expr, node: Node) -> None:
        if self.in_body and isinstance(target, ir.Name):
            self.field(target.id, value, node)
            return
        branch = self.branches[-1] if self.branches else None
        if branch is not None and branch[0] < self.function_start:
            branch = None
        self.function.assigns.append(ir.Assign(target, value, node.start_byte, line(node), branch))

    def returns(self, value: ir.Expr, node: Node) -> None:
        self.function.returns.append((value, node.start_byte))

    # Handlers every grammar shares

    def return_statement(self, node: Node) -> None:
        values = node.named_children
        if values:
            self.returns(self.expr(values[0]), node)
        self.visit_children(node)

    def call(self, node: Node) -> None:
        self.expr(node)
        self.visit_children(node)

    def arguments(
        self, node: Node | None
    ) -> tuple[tuple[ir.Expr, ...], tuple[tuple[str, ir.Expr], ...]]:
        """Arguments whose node may have a ``name`` field (``name: value``)."""
        args: list[ir.Expr] = []
        kwargs: list[tuple[str, ir.Expr]] = []
        for argument in named(node):
            name = field(argument, "name")
            values = [c for c in argument.named_children if c != name]
            value = self.expr(values[-1]) if values else ir.Unknown("argument")
            if name is not None:
                kwargs.append((text(name), value))
            else:
                args.append(value)
        return tuple(args), tuple(kwargs)


def text(node: Node | None) -> str:
    return "" if node is None else str(node.text.decode("utf-8", "replace"))


def line(node: Node) -> int:
    return int(node.start_point[0]) + 1


def field(node: Node, name: str) -> Node | None:
    return node.child_by_field_name(name)


def named(node: Node | None) -> Iterator[Node]:
    if node is not None:
        yield from node.named_children


def short(node: Node) -> str:
    """A short text of a node, for a hole's name in a URL."""
    return " ".join(text(node).split())[:40]


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"', "$": "$"}


def unescape(raw: str) -> str:
    """A string's content with the common backslash escapes resolved."""
    if "\\" not in raw:
        return raw
    out: list[str] = []
    i = 0
    while i < len(raw):
        char = raw[i]
        if char == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "/":
                out.append("/")
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)
