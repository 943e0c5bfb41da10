"""Plain dataclasses passed between stages.

Offsets are Python string indices (code points) into the immutable stored
text of a document; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEGMENT_KINDS = ("headline", "sentence", "boilerplate")


@dataclass(frozen=True, order=True, slots=True)
class Span:
    doc: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def text(self, full_text: str) -> str:
        return full_text[self.start : self.end]

    def to_json(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)  # slots: a thousand articles hold about 30,000 of them
class Segment:
    """A unit readers compare: a headline, a sentence, or boilerplate."""

    start: int
    end: int
    kind: str
    doc: str = ""

    def to_json(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True, slots=True)  # slots: a thousand articles hold about 450,000 of them
class Token:
    start: int
    end: int
    lemma: str
    pos: str  # STTS tag for German (HanTa or trained pipeline), UD tag otherwise
    is_stop: bool = False
    is_punct: bool = False


@dataclass
class Analysis:
    """What the text pipeline produced for one document."""

    segments: list[Segment]
    tokens: list[Token]
    pipeline: str  # name and version of the pipeline that made it


@dataclass
class ExtractedArticle:
    """What a reader got out of one file or URL, before it is stored."""

    text: str
    source: str
    sha256: str
    extractor: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, possibly partial ("2023-09")
    url: str | None = None
    author: str | None = None
    language: str | None = None


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    extractor: str | None = None
    sha256: str | None = None
    author: str | None = None
    imported: str | None = None
    word_count: int = 0

    def to_json(self, with_text: bool = True) -> dict:
        """The document object of the comparison JSON contract."""
        out = {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "language": self.language,
            "author": self.author,
            "extractor": self.extractor,
            "sha256": self.sha256,
            "imported": self.imported,
            "words": self.word_count,
        }
        if with_text:
            out["text"] = self.text
        return out


@dataclass
class ImportOutcome:
    """One line of an import report."""

    source: str
    status: str  # "imported" | "duplicate" | "error"
    reason: str = ""
    doc_id: str | None = None
    code: str | None = None


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)  # summaries worth telling the user (e.g. annotations brought in)

    @property
    def imported(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == "imported"]

    @property
    def failed(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == "error"]

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == "duplicate"]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


@dataclass
class Group:
    """Passages that report the same fact across outlets: one row of the comparison."""

    id: str
    score: float
    members: list[Span]

    def to_json(self) -> dict:
        return {"id": self.id, "score": round(self.score, 3), "members": [m.to_json() for m in self.members]}


@dataclass
class Alignment:
    """Two passages of one group, with their word-level diff."""

    a: Span
    b: Span
    group: str
    score: float
    diff: list[list] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "group": self.group,
            "score": round(self.score, 3),
            "diff": self.diff,
        }


@dataclass
class Related:
    """A passage that shares part of one or more groups' facts without belonging to them.

    Typically a lead or a summary sentence: it is not an omission ("only this
    outlet reports it"), and it is not one of the group's parallel passages.
    """

    span: Span
    groups: list[str]  # ids of the groups it resembles, best first
    score: float  # its best similarity to a passage of those groups

    def to_json(self) -> dict:
        return {**self.span.to_json(), "groups": list(self.groups), "score": round(self.score, 3)}


@dataclass
class AlignmentResult:
    """Groups, pairwise alignments and unique passages for a set of documents.

    ``unique`` holds the passages only one outlet reports (in no group and
    related to none); ``related`` the passages in no group, or in another
    group, that resemble a group of other outlets (see ``Related``).
    """

    groups: list[Group]
    alignments: list[Alignment]
    unique: list[Span]
    docs: list[str]
    params: str  # a fingerprint of the parameters and engine version that made it
    related: list[Related] = field(default_factory=list)


FURNITURE_KINDS = ("furniture", "text")  # a passage marked as page furniture / as article text
CORRECTION_KINDS = ("link", "unlink", "split", *FURNITURE_KINDS)


@dataclass
class Correction:
    """A user's fix to the alignment, kept across re-alignment.

    ``link``: the passages belong together (merging their groups).
    ``unlink``: the passage belongs to no group.
    ``split``: the passages leave their group and form a group of their own.
    Spans cover whole segments; they are matched to segments by overlap.
    ``furniture`` / ``text`` (one span, see ``Project.mark_furniture``): the
    passage is page furniture (boilerplate) / article text, whatever the
    pipeline decided; the text itself never changes.
    """

    id: int
    kind: str
    spans: list[Span]
    note: str | None = None
    created: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "spans": [s.to_json() for s in self.spans], "note": self.note,
                "created": self.created}


CUE_CATEGORIES = (
    "quote_variant",
    "actor_label",
    "event_label",
    "reporting_verb",
    "evaluative",
    "hedge",
    "attribution",
    "factual_variant",
)


@dataclass
class Cue:
    """A framing cue: a word choice that shapes how readers see the event.

    ``label`` is short ("loaded label for a head of state"); ``explanation`` is
    one sentence a teacher can read out; ``cls`` is the lexicon class
    (e.g. "emphatic" for a reporting verb); ``counterparts`` are the matching
    spans in the other outlets of the cue's group. ``shown`` is False for
    neutral variants, which are kept but not highlighted by default.
    """

    span: Span
    text: str
    category: str
    label: str
    explanation: str
    cls: str = ""
    weight: float = 1.0
    speaker: str = "outlet"  # "outlet", or "quoted" when the words are inside a quotation
    entity: str | None = None  # for actor labels: whom the label names
    shown: bool = True
    counterparts: list[tuple[Span, str]] = field(default_factory=list)
    label_de: str = ""  # ``label`` in German; "" falls back to the English one
    explanation_de: str = ""  # ``explanation`` in German; "" falls back to the English one

    def to_json(self) -> dict:
        return {
            "doc": self.span.doc,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "category": self.category,
            "label": self.label,
            "explanation": self.explanation,
            "class": self.cls,
            "weight": round(self.weight, 2),
            "speaker": self.speaker,
            "entity": self.entity,
            "shown": self.shown,
            "counterparts": [{"doc": s.doc, "start": s.start, "end": s.end, "text": t} for s, t in self.counterparts],
            "label_de": self.label_de or self.label,
            "explanation_de": self.explanation_de or self.explanation,
        }


def cue_text(cue: Cue, language: str) -> tuple[str, str]:
    """(label, explanation) of ``cue`` for a reader of ``language``: German for "de…", else English.

    A cue without German texts (made before they existed) falls back to English.
    """
    if (language or "").startswith("de"):
        return cue.label_de or cue.label, cue.explanation_de or cue.explanation
    return cue.label, cue.explanation
