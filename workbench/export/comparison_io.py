"""The comparison JSON both ways: written from a bundle (with annotations and the code system),
read back and checked for import.

The file follows the contract (``workbench-comparison/1``, see
docs/architecture.md) and extends it with a top-level ``codes`` list (name,
colour, description) so a round trip keeps the code system's colours.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.core.annotation_models import COLOUR, Target, normalise_code_name
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.export.bundle import ExportBundle
from workbench.export.comparison_json import SCHEMA, comparison_dict
from workbench.export.comparison_schema import MAX_SHORT, clean_with_offsets, load, validate

SCHEMA_PREFIX = "workbench-comparison/"
METADATA = ("title", "outlet", "published", "url", "author", "language")


def to_json(bundle: ExportBundle) -> str:
    data = comparison_dict(bundle.documents, bundle.segments, bundle.result, cues=[c.to_json() for c in bundle.cues],
                           annotations=[a.to_json() for a in bundle.annotations])
    data["codes"] = [{"name": c.name, "colour": c.colour, "description": c.description} for c in bundle.codes]
    return json.dumps(data, ensure_ascii=False, indent=1)


@dataclass
class IncomingDocument:
    id: str  # as in the file
    text: str
    sha256: str
    source: str
    extractor: str
    meta: dict


@dataclass
class IncomingAnnotation:
    note: str
    codes: list[str]
    targets: list[Target]  # doc ids as in the file
    created: str | None
    modified: str | None


@dataclass
class Incoming:
    documents: list[IncomingDocument]
    annotations: list[IncomingAnnotation]
    codes: list[dict]  # name, colour, description


def is_comparison_file(path: str) -> bool:
    """A .json file whose schema is a workbench comparison (cheap: looks at the first bytes)."""
    p = Path(path)
    if p.suffix.lower() != ".json" or not p.is_file():
        return False
    try:
        with p.open("rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="ignore")
    except OSError:
        return False
    return f'"{SCHEMA_PREFIX}' in head.replace(" ", "")


def read_comparison(path: str, clean: Callable[[str], str] = str, max_chars: int = 2_000_000) -> Incoming:
    """Parse a comparison JSON and check all of it (``comparison_schema``) before anything is imported; WorkbenchError
    naming the file and the problem. ``clean`` removes control characters from texts, notes and names (the
    ingest's rule; offsets follow the texts); a text longer than ``max_chars`` after it is refused. Every
    document's SHA-256 is computed from its text here: the one in the file is never trusted."""
    name = Path(path).name
    data = load(path)
    if not isinstance(data, dict) or not isinstance(data.get("schema"), str) or \
            not data["schema"].startswith(SCHEMA_PREFIX):
        raise WorkbenchError(ErrorCode.UNSUPPORTED, f"{name}: is not a Workbench comparison (schema {SCHEMA})")
    if data["schema"] != SCHEMA:
        raise WorkbenchError(ErrorCode.TOO_NEW, f"{name}: schema {data['schema']} is newer than this Workbench reads ({SCHEMA})")
    for n, d in enumerate(data["documents"] if isinstance(data.get("documents"), list) else []):
        if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not isinstance(d.get("id"), str):
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: document {n + 1} has no id or no text")
    validate(data, name)
    raw = {d["id"]: d["text"] for d in data.get("documents") or []}
    if len(raw) != len(data.get("documents") or []):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: two documents have the same id")
    points: dict[str, set[int]] = {key: set() for key in raw}
    for n, a in enumerate(data.get("annotations") or []):
        for t in a["targets"]:
            limit = len(raw[t["doc"]]) if t["doc"] in raw else max_chars
            if not 0 <= t["start"] < t["end"] <= limit:
                raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: annotation {n + 1} has a bad target "
                                     f"{_shown(t['start'])}..{_shown(t['end'])} (its text has {limit:,} characters)")
            points.get(t["doc"], set()).update((t["start"], t["end"]))
    docs, moved = [], {}
    for n, d in enumerate(data.get("documents") or []):
        text, moved[d["id"]] = clean_with_offsets(d["text"], points[d["id"]], clean)
        if not text.strip():
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: document {n + 1} has no id or no text")
        if len(text) > max_chars:
            raise WorkbenchError(ErrorCode.TOO_LARGE, f"{name}: document {n + 1} ({d['id']}) is too long "
                                 f"({len(text):,} characters; the limit is {max_chars:,})")
        meta = {k: v for k in METADATA if (v := _line(d.get(k), clean))}
        docs.append(IncomingDocument(d["id"], text, hashlib.sha256(text.encode("utf-8")).hexdigest(),
                                     _line(d.get("source"), clean) or f"{name}#{d['id']}",
                                     _line(d.get("extractor"), clean) or SCHEMA, meta))
    annotations = [_annotation(a, n, name, moved, clean) for n, a in enumerate(data.get("annotations") or [])]
    codes = []
    for n, c in enumerate(data.get("codes") or []):
        colour = c.get("colour") if isinstance(c.get("colour"), str) and COLOUR.fullmatch(c["colour"]) else None
        codes.append({"name": _code(c["name"], clean, f"{name}: code {n + 1}"), "colour": colour,
                      "description": clean(c.get("description") or "").strip()})
    return Incoming(docs, annotations, codes)


def _annotation(a: dict, n: int, name: str, moved: dict[str, dict[int, int]],
                clean: Callable[[str], str]) -> IncomingAnnotation:
    where = f"{name}: annotation {n + 1}"
    targets = []
    for t in a["targets"]:
        here = moved.get(t["doc"])
        start, end = (here[t["start"]], here[t["end"]]) if here is not None else (t["start"], t["end"])
        if start < end:  # a target on control characters alone is gone with them
            targets.append(Target(t["doc"], start, end, clean(t.get("quote") or "")))
    if not targets:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{where} has no targets")
    codes = [_code(c, clean, where) for c in a.get("codes") or []]
    stamp = lambda k: _line(a.get(k), clean)  # noqa: E731
    return IncomingAnnotation(clean(a.get("note") or "").strip(), codes, targets, stamp("created"), stamp("modified"))


def _code(value: str, clean: Callable[[str], str], where: str) -> str:
    code = normalise_code_name(clean(value))
    if not code or len(code) > MAX_SHORT:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{where}: a code needs a name (of at most {MAX_SHORT:,} "
                             f"characters), not {value[:40]!r}")
    return code


def _line(value: str | None, clean: Callable[[str], str]) -> str | None:
    """A metadata value as one trimmed line, at most MAX_SHORT characters; None when nothing is left."""
    text = " ".join(clean(value or "").split())[:MAX_SHORT]
    return text or None


def _shown(offset: int) -> str:
    return f"{offset:,}" if abs(offset) < 10**12 else "a huge number"


def place_annotations(annotations: list[IncomingAnnotation], doc_map: dict[str, str], texts: Mapping[str, str], existing: list,
                      counts) -> list[IncomingAnnotation]:
    """Incoming annotations moved onto the project's documents (``doc_map``: file id -> project id;
    ``texts[id]``: a document's text). A target whose quote is not at its offsets is re-anchored when
    the quote occurs once nearby, else kept and counted detached; one whose document is missing is
    dropped. Annotations the project already has (same note, codes and targets) are skipped.
    ``counts`` (a ComparisonImport) is updated."""
    from workbench.core.annotation_models import is_attached, reanchor

    def signature(note, codes, targets) -> tuple:
        return note, tuple(c.casefold() for c in codes), tuple((t.doc, t.start, t.end, t.quote) for t in targets)

    seen = {signature(a.note, a.codes, a.targets) for a in existing}
    out = []
    for a in annotations:
        targets = []
        for t in a.targets:
            key = doc_map.get(t.doc)
            if key is None:
                counts.dropped += 1
                continue
            text = texts[key]
            t = Target(key, t.start, t.end, t.quote or text[t.start : t.end])
            if not is_attached(text, t):
                moved = reanchor(text, t)
                counts.reanchored += moved is not None
                counts.detached += moved is None
                t = moved or t
            targets.append(t)
        if not targets:
            continue
        sig = signature(a.note, a.codes, targets)
        if sig in seen:
            counts.annotations_present += 1
            continue
        seen.add(sig)
        counts.annotations_added += 1
        out.append(IncomingAnnotation(a.note, a.codes, targets, a.created, a.modified))
    return out
