"""Annotations and the user's code system (standard library only).

An annotation is a note with codes, anchored to one or more passages
(targets). A target keeps its offsets *and* the quoted text, so a target
whose quote no longer matches the text at its offsets is reported as
detached instead of silently pointing somewhere else; ``reanchor`` moves it
only when the quote is found exactly once nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from workbench.core.models import Span

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Colours for codes created without one: distinct, readable on white, in this order.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22")
REANCHOR_WINDOW = 2000  # code points on either side of the old place


@dataclass(frozen=True)
class Target:
    """One passage an annotation points at; ``detached`` when ``quote`` no longer matches the text there."""

    doc: str
    start: int
    end: int
    quote: str
    detached: bool = False

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)

    def to_json(self) -> dict:
        out = {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}
        if self.detached:
            out["detached"] = True
        return out


@dataclass
class Annotation:
    """A note with codes on one or more targets; ``id`` is public ("a3")."""

    id: str
    note: str
    codes: list[str]
    targets: list[Target]
    created: str
    modified: str

    @property
    def number(self) -> int:
        return annotation_number(self.id)

    @property
    def detached(self) -> list[Target]:
        return [t for t in self.targets if t.detached]

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(t.doc for t in self.targets))

    def to_json(self) -> dict:
        """The annotation object of the comparison JSON contract."""
        return {
            "id": self.id,
            "note": self.note,
            "codes": list(self.codes),
            "targets": [t.to_json() for t in self.targets],
            "created": self.created,
            "modified": self.modified,
        }


@dataclass
class Code:
    """One code of the project's code system; ``uses`` counts the annotations that carry it."""

    name: str
    colour: str
    description: str = ""
    uses: int = 0
    id: int = 0

    def to_json(self) -> dict:
        return {"name": self.name, "colour": self.colour, "description": self.description, "uses": self.uses}


@dataclass
class ComparisonImport:
    """What importing a comparison JSON did: the documents' report plus the annotations' fate."""

    outcomes: list = field(default_factory=list)  # ImportOutcome per document
    doc_map: dict[str, str | None] = field(default_factory=dict)  # id in the file -> id in the project (None: not imported)
    annotations_added: int = 0
    annotations_present: int = 0  # already in the project, skipped
    reanchored: int = 0  # targets moved to where their quote is
    detached: int = 0  # targets whose quote was not found: kept, reported
    dropped: int = 0  # targets whose document could not be imported

    @property
    def ok(self) -> bool:
        return not any(o.status == "error" for o in self.outcomes)


def annotation_id(number: int) -> str:
    return f"a{number}"


def annotation_number(ref: str | int) -> int:
    """``"a3"``, ``"3"`` or ``3`` -> 3; ValueError for anything else."""
    text = str(ref).strip()
    digits = text[1:] if text[:1] in "aA" else text
    if not digits.isdigit():
        raise ValueError(f"'{ref}' is not an annotation id (a1, a2, ...)")
    return int(digits)


def normalise_code_name(name: str) -> str:
    return " ".join(str(name).split())


def is_attached(text: str, target: Target) -> bool:
    return 0 <= target.start < target.end <= len(text) and text[target.start : target.end] == target.quote


def reanchor(text: str, target: Target, window: int = REANCHOR_WINDOW) -> Target | None:
    """``target`` at the one place near its old offsets where its quote occurs, else None.

    Nearby first (within ``window`` code points); when the quote does not
    occur there at all, anywhere in the text. Two or more candidates are
    ambiguous: the target stays detached rather than guess.
    """
    if is_attached(text, target):
        return replace(target, detached=False)
    quote = target.quote
    if not quote:
        return None
    lo, hi = max(0, target.start - window), min(len(text), target.end + window)
    for begin, end in ((lo, hi), (0, len(text))):
        hits = _occurrences(text, quote, begin, end)
        if len(hits) == 1:
            return Target(target.doc, hits[0], hits[0] + len(quote), quote)
        if hits:
            return None
    return None


def _occurrences(text: str, quote: str, begin: int, end: int, limit: int = 2) -> list[int]:
    found: list[int] = []
    i = text.find(quote, begin, end)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(quote, i + 1, end)
    return found
