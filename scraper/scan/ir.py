"""What the language front-ends make of a source file: a small tree of expressions, and
the functions, classes and module-level names that hold them.

The evaluator (``resolve``) reads only this, so every language it learns to read is a
front-end that builds these records from its tree-sitter grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Lit:
    """A string literal, unescaped; ``line`` is where it is written (two literals with
    one text are equal wherever they are written)."""

    text: str
    line: int = field(compare=False)


@dataclass(frozen=True, slots=True)
class Interp:
    """An interpolated string (f-string, template literal, ``"$x"``, ``$"{x}"``)."""

    parts: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Concat:
    parts: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Format:
    """``sprintf``, ``String.Format``, ``str.format`` and ``%``: ``style`` names the
    placeholder syntax (``printf``, ``index`` for ``{0}``, ``brace`` for ``{}``/``{name}``)."""

    template: Expr
    args: tuple[Expr, ...]
    style: str
    kwargs: tuple[tuple[str, Expr], ...] = ()


@dataclass(frozen=True, slots=True)
class Name:
    id: str


@dataclass(frozen=True, slots=True)
class This:
    """``this``, ``self``, ``$this``; ``static``/``self::`` in PHP too."""


@dataclass(frozen=True, slots=True)
class Super:
    """``parent``, ``super``, ``base``."""


@dataclass(frozen=True, slots=True)
class Attr:
    """``obj.name``, ``$obj->name``, ``Class::NAME``."""

    obj: Expr
    name: str


@dataclass(frozen=True, slots=True)
class Index:
    obj: Expr
    key: Expr


@dataclass(frozen=True, slots=True)
class Call:
    """A call; ``pos`` is its place in the file (a byte offset), ``line`` its line."""

    func: Expr
    args: tuple[Expr, ...]
    kwargs: tuple[tuple[str, Expr], ...]
    line: int
    pos: int
    # Type arguments (``Load<Settings>()``), by name.
    types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class New:
    """``new C(args) { Prop = value }``, and a call of a class by name in Python."""

    cls: str
    args: tuple[Expr, ...]
    kwargs: tuple[tuple[str, Expr], ...]
    line: int
    pos: int


@dataclass(frozen=True, slots=True)
class Record:
    """An array, dict or object literal: ``(key, value)`` items, key None for a list item;
    a spread (``...x``, ``**x``) is an item with the key ``"..."``."""

    items: tuple[tuple[Expr | None, Expr], ...]


@dataclass(frozen=True, slots=True)
class Choice:
    """``a ? b : c``: either value."""

    options: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Fallback:
    """``a ?? b``, ``a || b``, ``a or b``, ``getenv(K, b)``: ``first`` when it is known."""

    first: Expr
    then: Expr


@dataclass(frozen=True, slots=True)
class Unknown:
    """Anything else: ``text`` is a short name for it, for messages."""

    text: str


Expr = (
    Lit
    | Interp
    | Concat
    | Format
    | Name
    | This
    | Super
    | Attr
    | Index
    | Call
    | New
    | Record
    | Choice
    | Fallback
    | Unknown
)


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    default: Expr | None = None


@dataclass(frozen=True, slots=True)
class Assign:
    """``target = value`` at ``pos``; a declaration with a value is one too."""

    target: Expr
    value: Expr
    pos: int
    line: int
    # The innermost branch (if, else, case, loop, try) it is in, as a byte range of the
    # file: code after the branch may still see the value from before it.
    branch: tuple[int, int] | None = None


@dataclass(eq=False, slots=True)
class Function:
    """A function, method or constructor (``name`` ``"<init>"``), or a module's top level
    (``"<module>"``). Lambdas inside it count as part of it."""

    name: str
    params: tuple[Param, ...]
    line: int
    path: str
    cls: str | None = None
    assigns: list[Assign] = field(default_factory=list)
    returns: list[tuple[Expr, int]] = field(default_factory=list)
    calls: list[Call | New] = field(default_factory=list)
    # The constructor's call of the parent's (``: base(...)``, ``parent::__construct``).
    super_call: Call | None = None
    # The function this one is written inside (a closure sees its names), and where.
    parent: Function | None = None
    pos: int = 0
    # Declared without a body (an interface's or an abstract method).
    abstract: bool = False

    @property
    def where(self) -> str:
        owner = f"{self.cls}." if self.cls else ""
        return f"{owner}{self.name}"


CONSTRUCTOR = "<init>"
MODULE = "<module>"


@dataclass(eq=False, slots=True)
class ClassDef:
    name: str
    bases: tuple[str, ...]
    path: str
    line: int
    abstract: bool = False
    methods: dict[str, list[Function]] = field(default_factory=dict)
    # Initialisers of fields, properties and constants, by name.
    fields: dict[str, list[tuple[Expr, int]]] = field(default_factory=dict)
    # One file's part of a class whose other parts other files of its folder hold (a Go
    # type's methods, a C# partial class).
    partial: bool = False


@dataclass(eq=False, slots=True)
class Module:
    path: str
    language: str
    top: Function
    functions: list[Function] = field(default_factory=list)
    classes: list[ClassDef] = field(default_factory=list)
    # Names imported from packages: local name -> (package, the name it exports).
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
