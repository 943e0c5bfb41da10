"""The comparison JSON both ways: written from a bundle (with annotations and the code system),
read back and checked for import.

The file follows the contract (``workbench-comparison/1``, see
docs/architecture.md) and extends it with a top-level ``codes`` list (name,
colour, description) so a round trip keeps the code system's colours.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.core.annotation_models import COLOUR, Target, normalise_code_name
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.export.bundle import ExportBundle
from workbench.export.comparison_json import SCHEMA, comparison_dict

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


def read_comparison(path: str) -> Incoming:
    """Parse and check a comparison JSON; WorkbenchError naming the file and the problem."""
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WorkbenchError(ErrorCode.UNREADABLE, f"{name}: cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(SCHEMA_PREFIX):
        raise WorkbenchError(ErrorCode.UNSUPPORTED, f"{name}: is not a Workbench comparison (schema {SCHEMA})")
    if data["schema"] != SCHEMA:
        raise WorkbenchError(ErrorCode.TOO_NEW, f"{name}: schema {data['schema']} is newer than this Workbench reads ({SCHEMA})")
    docs = []
    for n, d in enumerate(_list(data, "documents", name)):
        text = d.get("text") if isinstance(d, dict) else None
        if not isinstance(text, str) or not text.strip() or not isinstance(d.get("id"), str):
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: document {n + 1} has no id or no text")
        sha = d.get("sha256") if isinstance(d.get("sha256"), str) else hashlib.sha256(text.encode("utf-8")).hexdigest()
        meta = {k: d[k] for k in METADATA if isinstance(d.get(k), str) and d[k].strip()}
        docs.append(IncomingDocument(d["id"], text, sha, str(d.get("source") or f"{name}#{d['id']}"),
                                     str(d.get("extractor") or SCHEMA), meta))
    annotations = [_annotation(a, n, name) for n, a in enumerate(_list(data, "annotations", name))]
    codes = []
    for c in data.get("codes") or []:
        if isinstance(c, dict) and isinstance(c.get("name"), str) and normalise_code_name(c["name"]):
            colour = c.get("colour") if isinstance(c.get("colour"), str) and COLOUR.fullmatch(c["colour"]) else None
            codes.append({"name": normalise_code_name(c["name"]), "colour": colour,
                          "description": str(c.get("description") or "")})
    return Incoming(docs, annotations, codes)


def _list(data: dict, key: str, name: str) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{name}: '{key}' is not a list")
    return value


def _annotation(a, n: int, name: str) -> IncomingAnnotation:
    where = f"{name}: annotation {n + 1}"
    if not isinstance(a, dict) or not isinstance(a.get("targets"), list) or not a["targets"]:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"{where} has no targets")
    targets = []
    for t in a["targets"]:
        try:
            start, end = int(t["start"]), int(t["end"])
            targets.append(Target(str(t["doc"]), start, end, str(t.get("quote") or "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{where}: a target needs doc, start and end") from exc
        if not 0 <= start < end:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"{where}: bad target {start}..{end}")
    codes = [normalise_code_name(c) for c in a.get("codes") or [] if isinstance(c, str) and normalise_code_name(c)]
    stamp = lambda k: a[k] if isinstance(a.get(k), str) and a[k] else None  # noqa: E731
    return IncomingAnnotation(str(a.get("note") or ""), codes, targets, stamp("created"), stamp("modified"))


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
