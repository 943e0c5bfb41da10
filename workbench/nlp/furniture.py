"""Furniture decided across a project: lines that recur in several articles, and the user's marks.

The segmenter decides what is furniture one article at a time. Two things
need the project: a short line that recurs in several outlets' pages but is
not part of any story (a site's slogan, a menu item the lexicon does not
know), and the user's corrections ("this line is furniture" / "this is
article text"), which are stored like alignment corrections and replayed on
every analysis. Both only change segment kinds (and split a segment where a
mark covers part of it); the text and its offsets never change.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from workbench.core.models import Segment
from workbench.nlp.page_shape import content_words
from workbench.nlp.segmenter import is_headline_line, trim
from workbench.nlp.sentences import split_sentences

# A recurring line longer than this (words) is shared reporting, not furniture.
RECURRING_MAX_WORDS = 12
# Share of a recurring line's content words that may also occur in its own story.
RECURRING_MAX_TOPICAL = 0.2
# Recurring lines judged per document: a page has a handful; a text of 20,000 lines
# shared with another is a list, and each judgement searches the whole story.
RECURRING_MAX_SPANS = 300


@dataclass(frozen=True)
class Mark:
    """A user's correction: ``[start, end)`` is furniture (True) or article text (False)."""

    start: int
    end: int
    furniture: bool


_NORM = re.compile(r"[\W_]+")


def _key(line: str) -> str:
    return _NORM.sub(" ", re.sub(r"\d", "0", line.casefold())).strip()


Line = tuple[str, int, int, str]  # (doc, start, end, text) of a headline-like line


def recurring_lines(lines: list[Line]) -> dict[str, list[tuple[int, int]]]:
    """Per document, its short lines that recur (ignoring case, digits and punctuation) in another document."""
    seen: dict[str, set[str]] = defaultdict(set)
    for doc, _, _, text in lines:
        if len(text.split()) <= RECURRING_MAX_WORDS:
            seen[_key(text)].add(doc)
    out: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end, text in lines:
        key = _key(text)
        if key and len(seen.get(key, ())) >= 2:
            out.setdefault(doc, []).append((start, end))
    return out


def off_topic(text: str, segments: list[Segment], spans: list[tuple[int, int]]) -> list[Mark]:
    """Furniture marks for those ``spans`` that share (almost) no content word with the rest of the story.

    A content word is shared when its stem occurs anywhere in the story's
    other segments (a substring test, so "Kanzler" finds "Kanzlerwahl").
    """
    pieces = [(a, b, text[a:b].lower()) for s in segments if s.kind != "boilerplate" for a, b in [(s.start, s.end)]]
    story = " ".join(piece for _, _, piece in pieces)  # joined once; each span's own piece is skipped below
    region: dict[tuple[int, int], tuple[int, int]] = {}
    at = 0
    for a, b, piece in pieces:
        region[(a, b)] = (at, at + len(piece))
        at += len(piece) + 1
    out = []
    for start, end in spans[:RECURRING_MAX_SPANS]:
        words = content_words(text[start:end])
        own_start, own_end = region.get((start, end), (0, 0))  # the rest of the story: before and after it
        shared = sum(1 for w in words if story.find(w, 0, own_start) != -1 or story.find(w, own_end) != -1)
        if not words or shared / len(words) <= RECURRING_MAX_TOPICAL:
            out.append(Mark(start, end, True))
    return out


def recurring_furniture(lines: list[Line], load: Callable[[str], tuple[str, list[Segment]]]) -> dict[str, list[Mark]]:
    """Furniture marks for short headline-like ``lines`` found in two or more documents.

    A line counts when it recurs (ignoring case, digits and punctuation) in at
    least two documents and shares (almost) no content word with the rest of
    its own document: a shared agency headline shares its story's words and
    stays. ``load(doc)`` gives a document's text and segments; it is called
    only for documents that have a recurring line.
    """
    out = {}
    for doc, spans in recurring_lines(lines).items():
        marks = off_topic(*load(doc), spans)
        if marks:
            out[doc] = marks
    return out


def headline_lines(docs: dict[str, tuple[str, list[Segment]]]) -> list[Line]:
    """The headline lines of documents held in memory (the project store finds them with one query)."""
    return [(doc, s.start, s.end, text[s.start:s.end]) for doc, (text, segments) in docs.items()
            for s in segments if s.kind == "headline"]


def _as_text(text: str, seg: Segment, language: str) -> list[Segment]:
    """A furniture segment the user says is article text: a headline, or its sentences."""
    if is_headline_line(text[seg.start:seg.end]):
        return [replace(seg, kind="headline")]
    return [replace(seg, start=s, end=e, kind="sentence") for s, e in split_sentences(text, seg.start, seg.end, language)]


def _apply_one(text: str, segments: list[Segment], mark: Mark, language: str) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments:
        if seg.end <= mark.start or seg.start >= mark.end or (mark.furniture and seg.kind == "boilerplate"):
            out.append(seg)  # untouched, or already what the mark says
        elif not mark.furniture:
            out.extend(_as_text(text, seg, language) if seg.kind == "boilerplate" else [seg])
        else:
            pieces = ((seg.start, mark.start, seg.kind), (max(seg.start, mark.start), min(seg.end, mark.end), "boilerplate"),
                      (mark.end, seg.end, seg.kind))
            for start, end, kind in pieces:
                start, end = trim(text, start, end)
                if start < end and start >= seg.start and end <= seg.end:
                    out.append(replace(seg, start=start, end=end, kind=kind))
    return out


def apply_marks(text: str, segments: list[Segment], marks: list[Mark], language: str = "de") -> list[Segment]:
    """The segments with ``marks`` applied in order (a later mark wins where two overlap).

    Segments are ordered and do not overlap, so a mark touches one run of
    them, found by bisection; only that run is redone (applying every mark
    to every segment was quadratic: 20,000 marks on 20,000 segments).
    """
    segments = list(segments)
    starts = [s.start for s in segments]
    ends = [s.end for s in segments]
    for mark in marks:
        lo = bisect_right(ends, mark.start)  # the first segment that ends after the mark starts
        hi = bisect_left(starts, mark.end)  # the first segment that starts at or after its end
        if lo >= hi:
            continue
        redone = _apply_one(text, segments[lo:hi], mark, language)
        segments[lo:hi] = redone
        starts[lo:hi] = [s.start for s in redone]
        ends[lo:hi] = [s.end for s in redone]
    return segments
