"""Input as people give it, read with bounds and shown back in one short line.

Files and standard input are decoded from UTF-8 or UTF-16, JSON is read to a bounded
depth, and anything echoed in a message is cut to a readable length, so that a
megabyte argument or a 100,000-deep document gets one line, never a traceback.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

# The largest file of calls, grant payload or standard input read, in bytes.
MAX_INPUT_BYTES = 1_000_000
# JSON nested deeper than this is refused: a catalogue or a grant is 4 levels deep.
MAX_DEPTH = 64
# The longest input a message shows, in characters; a longer one is cut.
MAX_SHOWN = 80


def cut(text: str) -> str:
    """``text`` as a message shows it: at most MAX_SHOWN characters, the rest cut."""
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def shown(text: str) -> str:
    """``text`` quoted as in a message (Python's repr), cut to MAX_SHOWN characters."""
    return repr(cut(text))


def decode(data: bytes, limit: int = MAX_INPUT_BYTES) -> str:
    """Text from a file's bytes: UTF-8, UTF-8 with a BOM, or UTF-16 with a BOM; a
    ValueError that says what is wrong, to follow the input's name."""
    if len(data) > limit:
        raise ValueError(f"is larger than {limit} bytes")
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                raise ValueError("is not valid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"is not UTF-8 or UTF-16 text (byte {error.start} is not)") from None


def parse_json(text: str) -> Any:
    """A JSON document nested at most MAX_DEPTH deep; a ValueError that says what is
    wrong, in words, to follow the input's name."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"is not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ValueError(f"is nested deeper than {MAX_DEPTH} levels") from None
    except ValueError:
        # Python refuses to read an integer of thousands of digits.
        raise ValueError("is not JSON this tool reads: a number has too many digits") from None
    if _depth(value) > MAX_DEPTH:
        raise ValueError(f"is nested deeper than {MAX_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in a parsed document (0 for a scalar); a loop,
    not recursion, so any depth json.loads read is measured."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if isinstance(node, (dict, list)):
            deepest = max(deepest, level)
            stack += [(child, level + 1) for child in children if isinstance(child, (dict, list))]
    return deepest
