"""What a comparison JSON must look like to be imported, checked in full before anything is written.

The schema is a Python structure read by a small validator (no dependency):
a type (``str``, ``int``), ``Maybe(x)`` (x or null), ``[x]`` (a list of x) or
a dict of key -> (schema, required). Keys the import does not read (groups,
segments, cues, ...) are not looked at. Every refusal is one line naming the
file, the place in it and what is wrong: a wrong type, an offset that is not
a whole number inside its text, a string with a lone surrogate, a code
without a name, a document over the size limit, nesting too deep to parse.

Texts are cleaned of control characters with the same rule as every other
import (``clean``, given by the caller), and the annotation offsets are moved
with them (``clean_with_offsets``), so a NUL in an old file neither stays in
the stored text nor shifts an annotation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ErrorCode, WorkbenchError


@dataclass(frozen=True)
class Maybe:
    schema: object


TEXT = Maybe(str)
TARGET = {"doc": (str, True), "start": (int, True), "end": (int, True), "quote": (TEXT, False)}
DOCUMENT = {"id": (str, True), "text": (str, True), "source": (TEXT, False), "extractor": (TEXT, False),
            "sha256": (TEXT, False), **{k: (TEXT, False) for k in ("title", "outlet", "published", "url", "author",
                                                                    "language")}}
ANNOTATION = {"note": (TEXT, False), "codes": (Maybe([str]), False), "targets": ([TARGET], True),
              "created": (TEXT, False), "modified": (TEXT, False)}
CODE = {"name": (str, True), "colour": (TEXT, False), "description": (TEXT, False)}
COMPARISON = {"schema": (str, True), "documents": (Maybe([DOCUMENT]), False),
              "annotations": (Maybe([ANNOTATION]), False), "codes": (Maybe([CODE]), False)}

MAX_FILE_BYTES = 200 * 1024 * 1024  # the whole file: hundreds of articles with their groups and cues
MAX_ITEMS = 1_000_000  # entries of one list
MAX_SHORT = 10_000  # characters of an id, a name, a date, a source, a metadata field


def load(path: str, max_bytes: int = MAX_FILE_BYTES) -> object:
    """The file parsed as JSON; WorkbenchError for a file too large, not UTF-8, not JSON or nested too deep."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            raise WorkbenchError(ErrorCode.TOO_LARGE, f"{name}: is too large for a comparison ({size // 2**20} MB; "
                                 f"the limit is {max_bytes // 2**20} MB)")
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError as exc:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: is nested too deeply to be a comparison") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WorkbenchError(ErrorCode.UNREADABLE, f"{name}: cannot be read as JSON ({exc})") from exc


def validate(data: object, name: str, schema: object = COMPARISON, where: str = "") -> None:
    """Check ``data`` against ``schema``; WorkbenchError (BAD_VALUE) at the first place that does not fit."""
    at = f"{name}: {where or 'the file'}"
    if isinstance(schema, Maybe):
        if data is not None:
            validate(data, name, schema.schema, where)
    elif schema is str:
        if not isinstance(data, str):
            raise _bad(at, "text", data)
        try:
            data.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{at} holds a lone surrogate at character {exc.start} "
                                 "(not valid Unicode)") from exc
    elif schema is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise _bad(at, "a whole number", data)
    elif isinstance(schema, list):
        if not isinstance(data, list):
            raise _bad(at, "a list", data)
        if len(data) > MAX_ITEMS:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{at} has more than {MAX_ITEMS:,} entries")
        for i, item in enumerate(data):
            validate(item, name, schema[0], f"{where} {i + 1}".strip())
    elif isinstance(schema, dict):
        if not isinstance(data, dict):
            raise _bad(at, "an object", data)
        for key, (sub, required) in schema.items():
            if key in data:
                validate(data[key], name, sub, f"{where}, {key}" if where else key)
            elif required:
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{at} has no '{key}'")
    else:  # pragma: no cover - a mistake in the schemas above
        raise TypeError(schema)


def _bad(at: str, wanted: str, found: object) -> WorkbenchError:
    kind = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object",
            type(None): "null"}.get(type(found), type(found).__name__)
    shown = f" ({found!r})" if isinstance(found, (int, float)) and not isinstance(found, bool) else ""
    return WorkbenchError(ErrorCode.BAD_VALUE, f"{at} should be {wanted}, not {kind}{shown}")


def clean_with_offsets(text: str, points: set[int], clean: Callable[[str], str]) -> tuple[str, dict[int, int]]:
    """``text`` cleaned piece by piece between the offsets ``points``; returns the cleaned text and where each
    point is in it. A point between CR and LF moves past the LF (the pair becomes one line break)."""
    def shifted(p: int) -> int:
        return p + 1 if 0 < p < len(text) and text[p - 1] == "\r" and text[p] == "\n" else p

    pieces, moved, done, length = [], {0: 0}, 0, 0
    for cut in [*sorted({shifted(p) for p in points if 0 < p < len(text)}), len(text)]:
        piece = clean(text[done:cut])
        pieces.append(piece)
        length += len(piece)
        moved[cut] = length
        done = cut
    return "".join(pieces), {p: moved[shifted(p)] for p in points if 0 <= p <= len(text)}
