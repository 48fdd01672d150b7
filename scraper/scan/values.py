"""What an expression can be worth, as far as the code says: text with holes where the
code leaves a part open, a record (array, dict, object literal), or an object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import ir

# Where a value was decided: (file, line).
Site = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Hole:
    """A part of a text the code does not fix: ``label`` names it (``{label}`` in a URL).

    ``open`` is the frame whose unbound parameter it is (its callers can bind it),
    ``this`` says it depends on which subclass the object is, and ``symbol`` holds a
    dotted name from outside the repository (``HttpMethod.Post``).
    """

    label: str
    open: int | None = None
    this: bool = False
    symbol: str | None = None


Piece = str | Hole


@dataclass(frozen=True, slots=True)
class Text:
    pieces: tuple[Piece, ...]
    why: tuple[str, ...] = ()
    # The literal that decided the last part of the text, when a function body holds it.
    site: Site | None = None

    @property
    def literal(self) -> str | None:
        texts = [p for p in self.pieces if isinstance(p, str)]
        return "".join(texts) if len(texts) == len(self.pieces) else None

    @property
    def holes(self) -> list[Hole]:
        return [p for p in self.pieces if isinstance(p, Hole)]

    def render(self) -> str:
        """The text with each hole as ``{label}``."""
        return "".join(p if isinstance(p, str) else "{" + slug(p.label) + "}" for p in self.pieces)


@dataclass(eq=False, slots=True)
class Frame:
    """A function being evaluated: what ``this`` is, and how its parameters are bound.

    ``bindings`` None means the parameters are open: they become holes that the
    function's callers may bind later (``caller`` holds the expressions' frame).
    """

    function: ir.Function
    this: str | None
    bindings: dict[str, ir.Expr] | None = None
    caller: Frame | None = None
    at: int = 0
    site: ir.Call | ir.New | None = None
    instance: Instance | None = None
    # Whether an unbound parameter may still be bound by a caller (else it stays a hole).
    open: bool = False
    # The enclosing function's frame, for a closure: where the names it does not define
    # are looked up.
    scope: Frame | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """An array, dict or object literal: its items, evaluated when asked for."""

    items: tuple[tuple[str | None, ir.Expr], ...]
    frame: Frame
    at: int
    spreads: tuple[ir.Expr, ...] = ()


@dataclass(frozen=True, slots=True)
class Instance:
    """An object made by ``new C(...)`` or ``C(...)``, or returned by a client factory."""

    cls: str
    creation: ir.Call | ir.New
    frame: Frame
    at: int
    # Properties set on it by name (keyword arguments, object initialisers, options).
    props: tuple[tuple[str, ir.Expr], ...] = field(default=())
    # Setters called on it after it was made, in order (``->setMethod(X)``): the setter's
    # name and argument, and where the argument is evaluated.
    later: tuple[tuple[str, ir.Expr, Frame, int], ...] = field(default=())


Value = Text | Record | Instance


def slug(label: str) -> str:
    """A hole's name as a URL parameter: letters, digits and underscores."""
    words = re.findall(r"[A-Za-z0-9]+", label)
    return "_".join(words)[-40:] or "value"


def hole(label: str, this: bool = False, symbol: str | None = None) -> Text:
    """A text that is one hole."""
    return Text((Hole(label, this=this, symbol=symbol),))


def join(texts: list[Text]) -> Text:
    """Texts one after another, their holes and reasons kept."""
    pieces: list[Piece] = []
    why: list[str] = []
    site: Site | None = None
    for text in texts:
        for piece in text.pieces:
            if isinstance(piece, str) and pieces and isinstance(pieces[-1], str):
                pieces[-1] += piece
            elif piece != "":
                pieces.append(piece)
        why += [w for w in text.why if w not in why]
        site = text.site or site
    return Text(tuple(pieces), tuple(why), site)
