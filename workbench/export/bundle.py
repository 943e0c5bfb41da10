"""What every export format is made from: one ``Comparison`` and what a page needs around it.

The facade aligns, detects cues and builds the comparison
(``workbench.comparison.compare``: the alignment narrowed to the chosen
outlets, the shown cues, the annotations, the reading-order rows); the
writers here render it as HTML, JSON, CSV or REFI-QDA without touching the
project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.comparison import Comparison, Row
from workbench.core.annotation_models import Annotation, Code
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
    comparison: Comparison  # the chosen outlets: restricted alignment, shown cues, annotations, rows (html), labels
    codes: list[Code]
    language: str = "en"  # of headings and worksheet tasks: "de" or "en"
    worksheet: bool = False
    cues_as_codes: bool = False
    segments: dict[str, list[Segment]] = field(default_factory=dict)  # json
    full_texts: list[Row] = field(default_factory=list)  # one Row per document, the whole text (html, not excerpts)
    label_table: dict = field(default_factory=dict)  # html
    furniture: dict[str, list[Span]] = field(default_factory=dict)  # page furniture per document, on request (html, csv)
    level: str = "II"  # worksheet: "I" (Sekundarstufe I: fewer, simpler tasks) or "II"
    key: bool = False  # worksheet: the teacher's version, with the answer key (the students' has none)
    own_tasks: list[str] = field(default_factory=list)  # worksheet: the teacher's own tasks, added before the last
    cue_families: list[str] | None = None  # the cue families exported (None: all), for the framing profile (html)

    @property
    def documents(self) -> list[Document]:
        """The chosen outlets, with their text, in column order."""
        return self.comparison.docs

    @property
    def result(self) -> AlignmentResult:
        """The alignment restricted to the chosen outlets."""
        return self.comparison.result or AlignmentResult([], [], [], self.doc_ids, "")

    @property
    def cues(self) -> list[Cue]:
        """The cues to show and export."""
        return self.comparison.shown_cues

    @property
    def annotations(self) -> list[Annotation]:
        """Restricted to targets in the chosen outlets (in the shared passages with excerpts)."""
        return self.comparison.annotations

    @property
    def rows(self) -> list[Row]:
        """Reading order (html)."""
        return self.comparison.rows

    @property
    def labels(self) -> dict[str, str]:
        """Column headings per document."""
        return self.comparison.labels

    @property
    def excerpts(self) -> bool:
        """Only the passages several outlets share."""
        return self.comparison.shared_only

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


def coverage(bundle: ExportBundle) -> list[dict]:
    """Groups x outlets: for each group row (reading order), which chosen outlets report it, and the first
    words of its reference passage."""
    comparison = bundle.comparison
    texts = {d.id: d.text for d in bundle.documents}
    out = []
    for row in comparison.rows:
        if row.kind != "group":
            continue
        centre = (comparison.reference(row) or next(p for cell in row.cells.values() for p in cell)).span
        words = texts[centre.doc][centre.start : centre.end].split()
        snippet = " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")
        out.append({"id": row.id, "snippet": snippet, "docs": {doc for doc, cell in row.cells.items() if cell}})
    return out


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
