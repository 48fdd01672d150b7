"""The modules of a repository, indexed: classes and their families, functions by name,
module-level names, and who calls what."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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
        for module in self.modules:
            for cls in module.classes:
                self.classes.setdefault(cls.name, []).append(cls)
                for base in cls.bases:
                    self.children.setdefault(base, []).append(cls)
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

    def cls(self, name: str | None) -> ir.ClassDef | None:
        found = self.classes.get(name or "")
        return found[0] if found else None

    def ancestry(self, name: str | None) -> list[ir.ClassDef]:
        """The class and its ancestors the repository defines, nearest first."""
        chain: list[ir.ClassDef] = []
        cls = self.cls(name)
        while cls is not None and cls not in chain:
            chain.append(cls)
            cls = next((self.cls(b) for b in cls.bases if self.cls(b) is not None), None)
        return chain

    def descendants(self, name: str | None) -> list[ir.ClassDef]:
        found: list[ir.ClassDef] = []
        todo = list(self.children.get(name or "", ()))
        while todo:
            cls = todo.pop(0)
            if cls not in found:
                found.append(cls)
                todo += self.children.get(cls.name, ())
        return found

    def related(self, a: str | None, b: str | None) -> bool:
        """Whether one class is the other or descends from it."""
        if a is None or b is None:
            return a == b
        return (
            a == b
            or any(c.name == b for c in self.ancestry(a))
            or any(c.name == a for c in self.ancestry(b))
        )

    def method(self, cls: str | None, name: str) -> tuple[ir.Function, str] | None:
        """The method a call on an instance of ``cls`` runs, and the class that defines it."""
        for owner in self.ancestry(cls):
            methods = owner.methods.get(name)
            if methods:
                return methods[0], owner.name
        return None


def called_name(call: ir.Call | ir.New) -> str:
    if isinstance(call, ir.New):
        return call.cls
    func = call.func
    if isinstance(func, ir.Name):
        return func.id
    if isinstance(func, ir.Attr):
        return func.name
    return ""
