"""What every export format is made from: one plain bundle, built by the Project facade.

The facade aligns, detects cues and builds the reading-order rows; the
writers here turn the bundle into HTML, JSON, CSV or REFI-QDA without
touching the project. ``workbench.align.restrict`` narrows an alignment to chosen outlets.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench.align.restrict import restrict
from workbench.core.annotation_models import Annotation, Code, Target
from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.models import AlignmentResult, Cue, Document, Segment, Span

FORMATS = ("html", "json", "csv", "qdpx")
SNIPPET_WORDS = 30  # of a group's reference passage, in the coverage matrix
_SUFFIXES = {".html": "html", ".htm": "html", ".json": "json", ".zip": "csv", ".qdpx": "qdpx"}


@dataclass
class ExportBundle:
    title: str
    generator: str
    project_uuid: str
    documents: list[Document]  # the chosen outlets, with their text, in column order
    result: AlignmentResult  # restricted to them
    cues: list[Cue]  # the cues to show and export
    annotations: list[Annotation]  # restricted to targets in the chosen outlets
    codes: list[Code]
    language: str = "en"  # of headings and worksheet tasks: "de" or "en"
    excerpts: bool = False
    worksheet: bool = False
    cues_as_codes: bool = False
    segments: dict[str, list[Segment]] = field(default_factory=dict)  # json
    rows: list = field(default_factory=list)  # workbench.align.rows.Row, reading order (html)
    full_texts: list = field(default_factory=list)  # one Row per document, the whole text (html, not excerpts)
    label_table: dict = field(default_factory=dict)  # html
    labels: dict[str, str] = field(default_factory=dict)  # column headings per document
    furniture: dict[str, list[Span]] = field(default_factory=dict)  # page furniture per document, on request (html, csv)
    level: str = "II"  # worksheet: "I" (Sekundarstufe I: fewer, simpler tasks) or "II"
    key: bool = False  # worksheet: the teacher's version, with the answer key (the students' has none)
    own_tasks: list[str] = field(default_factory=list)  # worksheet: the teacher's own tasks, added before the last
    cue_families: list[str] | None = None  # the cue families exported (None: all), for the framing profile (html)

    @property
    def doc_ids(self) -> list[str]:
        return [d.id for d in self.documents]


def export_format(path: str, fmt: str | None, excerpts: bool = False) -> str:
    """The format to write: given, else from the file name (.html, .json, .zip = csv, .qdpx; a folder = csv)."""
    if fmt is None:
        suffix = Path(path).suffix.lower()
        fmt = _SUFFIXES.get(suffix) or ("csv" if not suffix else None)
        if fmt is None:
            raise WorkbenchError(ErrorCode.BAD_VALUE, f"cannot tell the format from '{path}': give --format "
                                 f"({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"unknown format '{fmt}': use {', '.join(FORMATS)}")
    if excerpts and fmt in ("json", "qdpx"):
        raise WorkbenchError(ErrorCode.BAD_VALUE, f"--excerpts leaves the full texts out, but {fmt} needs them: "
                             "use it with html or csv")
    return fmt


def passages(result: AlignmentResult) -> dict[str, list[Span]]:
    """Every passage of a (restricted) alignment, per document."""
    out: dict[str, list[Span]] = {}
    for g in result.groups:
        for m in g.members:
            out.setdefault(m.doc, []).append(m)
    for u in result.unique:
        out.setdefault(u.doc, []).append(u)
    return out


def overlaps(a: Span | Target, b: Span) -> bool:
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def within(span: Span | Target, spans: dict[str, list[Span]]) -> bool:
    return any(overlaps(span, s) for s in spans.get(span.doc, []))


def keep_targets(annotations: list[Annotation], accept) -> list[Annotation]:
    """Annotations with only the targets ``accept(target)`` allows; those left with none are dropped."""
    out = []
    for a in annotations:
        targets = [t for t in a.targets if accept(t)]
        if targets:
            out.append(Annotation(a.id, a.note, list(a.codes), targets, a.created, a.modified))
    return out


def column_labels(documents: list[Document], label) -> dict[str, str]:
    """Column headings (``label(doc)``), with the document id added where two outlets share a name."""
    names = {d.id: label(d) for d in documents}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    return {k: (f"{v} ({k})" if counts[v] > 1 else v) for k, v in names.items()}


def coverage(bundle: ExportBundle) -> list[dict]:
    """Groups x outlets: for each group (reading order), which chosen outlets report it."""
    order = [r.id for r in bundle.rows if r.kind == "group"] or [g.id for g in bundle.result.groups]
    by_id = {g.id: g for g in bundle.result.groups}
    texts = {d.id: d.text for d in bundle.documents}
    centres: dict[str, Span] = {}
    for a in bundle.result.alignments:
        centres.setdefault(a.group, a.a)
    out = []
    for gid in order:
        g = by_id[gid]
        centre = centres.get(gid, g.members[0])
        words = texts[centre.doc][centre.start : centre.end].split()
        snippet = " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")
        out.append({"id": gid, "snippet": snippet, "docs": {m.doc for m in g.members}})
    return out


def choose(result: AlignmentResult, keys: list[str], cues: list[Cue], annotations: list[Annotation],
           families: list[str] | None, excerpts: bool, hidden: bool = False
           ) -> tuple[AlignmentResult, list[Cue], list[Annotation]]:
    """What an export shows of the outlets ``keys``: the alignment, the highlighted cues of ``families``
    (None: all; ``hidden``: the cues hidden by default too) and the annotations, narrowed to the shared
    passages with ``excerpts``."""
    view = restrict(result, keys, unique=not excerpts)
    chosen = set(keys)
    shown = [_counterparts_in(c, chosen) for c in cues
             if (c.shown or hidden) and c.span.doc in chosen and (families is None or c.category in families)]
    if excerpts:
        spans = passages(view)
        shown = [c for c in shown if within(c.span, spans)]
        return view, shown, keep_targets(annotations, lambda t: within(t, spans))
    return view, shown, keep_targets(annotations, lambda t: t.doc in chosen)


def _counterparts_in(cue: Cue, chosen: set[str]) -> Cue:
    kept = [(s, t) for s, t in cue.counterparts if s.doc in chosen]
    return cue if len(kept) == len(cue.counterparts) else replace(cue, counterparts=kept)


def language_of(documents: list[Document]) -> str:
    """German headings and tasks when most articles are German, else English."""
    german = sum(1 for d in documents if (d.language or "").startswith("de"))
    return "de" if german * 2 > len(documents) else "en"


def event_topic(label_table: dict, keys: list[str], documents: list[Document], language: str) -> str:
    """What the articles are about, for a title: the actors most of them name, and their most common date
    ("Kim Jong Un und Wladimir Putin, 13.09.2023"); empty when no actor is named in half the articles."""
    counted = []
    for entry in label_table.get("entities", []):
        docs = sum(1 for d, labels in entry.get("labels", {}).items() if labels and d in keys)
        if docs * 2 >= len(keys):
            counted.append((-docs, entry["entity"]))
    names = [name for _, name in sorted(counted)[:2]]
    if not names:
        return ""
    joined = (" und " if language == "de" else " and ").join(names)
    dates = [d.published for d in documents if d.published and len(d.published) == 10]
    if not dates:
        return joined
    day = max(sorted(set(dates)), key=dates.count)
    shown = f"{day[8:10]}.{day[5:7]}.{day[:4]}" if language == "de" else day
    return f"{joined}, {shown}"


def default_title(labels: dict[str, str], worksheet: bool, language: str) -> str:
    from workbench.export.wording import words

    w = words(language)
    names = list(labels.values())
    shown = ", ".join(names[:3]) + (f" {w['and_more'].format(n=len(names) - 3)}" if len(names) > 3 else "")
    return f"{w['worksheet'] if worksheet else w['comparison']}: {shown}"
