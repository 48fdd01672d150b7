"""The modules of a repository, indexed: classes and their families, functions by name,
module-level names, and who calls what."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from . import ir


class Program:
    def __init__(self, modules: Iterable[ir.Module]) -> None:
        self.modules = list(modules)
        self.classes: dict[str, list[ir.ClassDef]] = {}
        self.functions: dict[str, list[ir.Function]] = {}
        self.methods: dict[str, list[ir.Function]] = {}
        self.globals: dict[str, list[tuple[ir.Assign, ir.Function]]] = {}
        self.children: dict[str, list[ir.ClassDef]] = {}
        # Calls by the name they call (a function's, a method's or a class's).
        self.callers: dict[str, list[tuple[ir.Call | ir.New, ir.Function]]] = {}
        self.module_of: dict[int, ir.Module] = {}
        self._nearest: dict[tuple[str, str], ir.ClassDef | None] = {}
        self._ancestry: dict[tuple[str, str], list[ir.ClassDef]] = {}
        self._field_sets: dict[int, dict[str, list[tuple[str, ir.Function, ir.Assign]]]] = {}
        for cls in _joined(c for module in self.modules for c in module.classes):
            self.classes.setdefault(cls.name, []).append(cls)
            for base in cls.bases:
                self.children.setdefault(base, []).append(cls)
        for module in self.modules:
            for cls in module.classes:
                for name, methods in cls.methods.items():
                    self.methods.setdefault(name, []).extend(methods)
            for function in module.functions:
                self.functions.setdefault(function.name, []).append(function)
            for assign in module.top.assigns:
                if isinstance(assign.target, ir.Name):
                    self.globals.setdefault(assign.target.id, []).append((assign, module.top))
            for function in self.all_functions(module):
                self.module_of[id(function)] = module
                for call in function.calls:
                    self.callers.setdefault(called_name(call), []).append((call, function))

    @staticmethod
    def all_functions(module: ir.Module) -> Iterator[ir.Function]:
        yield module.top
        yield from module.functions
        for cls in module.classes:
            for methods in cls.methods.values():
                yield from methods

    def functions_everywhere(self) -> Iterator[ir.Function]:
        for module in self.modules:
            yield from self.all_functions(module)

    def cls(self, name: str | None, near: str = "") -> ir.ClassDef | None:
        """The class a name means in the file ``near``: of several with the name (a
        repository may hold two copies of a plugin), the one nearest that file."""
        candidates = self.classes.get(name or "", [])
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        key = (name or "", near)
        if key not in self._nearest:
            self._nearest[key] = nearest(candidates, near)
        return self._nearest[key]

    def field_sets(self, cls: ir.ClassDef) -> dict[str, list[tuple[str, ir.Function, ir.Assign]]]:
        """The assignments a class's methods make to ``this.name`` or a bare ``name``, by
        name, in the order written: (method name, method, assignment)."""
        found = self._field_sets.get(id(cls))
        if found is None:
            found = self._field_sets[id(cls)] = {}
            for method_name, methods in cls.methods.items():
                for method in methods:
                    for assign in method.assigns:
                        target = assign.target
                        if isinstance(target, ir.Attr) and isinstance(target.obj, ir.This):
                            found.setdefault(target.name, []).append((method_name, method, assign))
                        elif isinstance(target, ir.Name):
                            found.setdefault(target.id, []).append((method_name, method, assign))
        return found

    def from_package(self, function: ir.Function, name: str) -> bool:
        """Whether a name used in a function's file is imported from a package, not from
        the repository's own files (``import { createClient } from "@acme/sdk"``)."""
        module = self.module_of.get(id(function))
        imported = module.imports.get(name) if module is not None else None
        return imported is not None and not imported[0].startswith((".", "/"))

    def nearest_copy(self, function: ir.Function, near: str) -> bool:
        """Whether a function is the one its name means in the file ``near``: of several
        classes (or module functions) by one name, copies of a plugin, the nearest's."""
        if function.cls is None:
            return function in nearest_all(self.functions.get(function.name, [function]), near)
        if len(self.classes.get(function.cls, [])) < 2:
            return True
        return self.cls(function.cls, near) is self.cls(function.cls, function.path)

    def ancestry(self, name: str | None, near: str = "") -> list[ir.ClassDef]:
        """The class and its ancestors the repository defines, nearest first."""
        key = (name or "", near)
        if key not in self._ancestry:
            self._ancestry[key] = self._ancestors(name, near)
        return self._ancestry[key]

    def _ancestors(self, name: str | None, near: str) -> list[ir.ClassDef]:
        chain: list[ir.ClassDef] = []
        cls = self.cls(name, near)
        while cls is not None and cls not in chain:
            chain.append(cls)
            parents = (self.cls(b, cls.path) for b in cls.bases)
            cls = next((p for p in parents if p is not None), None)
        return chain

    def descendants(self, name: str | None, near: str = "") -> list[ir.ClassDef]:
        root = self.cls(name, near)
        found: list[ir.ClassDef] = []
        todo = [root] if root is not None else []
        while todo:
            parent = todo.pop(0)
            for child in self.children.get(parent.name, ()):
                if child not in found and parent in self.ancestry(child.name, child.path)[1:2]:
                    found.append(child)
                    todo.append(child)
        return found

    def method(self, cls: str | None, name: str, near: str = "") -> tuple[ir.Function, str] | None:
        """The method a call on an instance of ``cls`` runs, and the class that defines it."""
        for owner in self.ancestry(cls, near):
            methods = owner.methods.get(name)
            if methods:
                return methods[0], owner.name
        return None


def _joined(classes: Iterable[ir.ClassDef]) -> Iterator[ir.ClassDef]:
    """The classes, the parts of a partial class in one folder joined into one (placed
    where its first part is)."""
    parts: dict[tuple[str, str], list[ir.ClassDef]] = {}
    for cls in classes:
        if not cls.partial:
            yield cls
            continue
        parts.setdefault(
            (cls.path.rsplit("/", 1)[0] if "/" in cls.path else "", cls.name), []
        ).append(cls)
    for group in parts.values():
        if len(group) == 1:
            yield group[0]
            continue
        first = group[0]
        joined = ir.ClassDef(first.name, (), first.path, first.line, partial=True)
        for part in group:
            joined.bases += tuple(b for b in part.bases if b not in joined.bases)
            joined.abstract = joined.abstract or part.abstract
            for name, methods in part.methods.items():
                joined.methods.setdefault(name, []).extend(methods)
            for name, values in part.fields.items():
                joined.fields.setdefault(name, []).extend(values)
        yield joined


T = TypeVar("T", ir.ClassDef, ir.Function)


def nearest(candidates: Sequence[T], near: str) -> T | None:
    """Of things with one name, the one whose file shares the longest folder path with
    ``near``; the first of those."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    return max(candidates, key=lambda c: _shared(c.path, near))


def nearest_all(candidates: Sequence[T], near: str) -> list[T]:
    """All those as near as the nearest."""
    if len(candidates) <= 1:
        return list(candidates)
    best = max(_shared(c.path, near) for c in candidates)
    return [c for c in candidates if _shared(c.path, near) == best]


def _shared(path: str, near: str) -> int:
    """How many leading folders (and the file itself) two paths share."""
    count = 0
    for a, b in zip(path.split("/"), near.split("/"), strict=False):
        if a != b:
            break
        count += 1
    return count


def called_name(call: ir.Call | ir.New) -> str:
    if isinstance(call, ir.New):
        return call.cls
    func = call.func
    if isinstance(func, ir.Name):
        return func.id
    if isinstance(func, ir.Attr):
        return func.name
    return ""
